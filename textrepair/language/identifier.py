"""Which language is this text in? One identifier for every stage.

The identifier is Google's Compact Language Detector 2 (CLD2, through
``pycld2``): a naive-Bayes model over character quadgrams, compiled into its
wheel, that knows 83 languages reliably and more on a best-effort basis, runs
offline and needs no other package. docs/dependencies.md compares it with
py3langid, fastText's small model and lingua on this project's data.

Where ``pycld2`` has no wheel (Linux on ARM, Intel macOS, musl), textrepair
installs without it and falls back to a vote of the function words of seven
European languages (:mod:`textrepair.language.function_words`); each answer
names the identifier that gave it.

Work is bounded: a document longer than :data:`SAMPLE_CHARS` is identified
from three windows (its start, middle and end), and each block from its first
:data:`BLOCK_SAMPLE_CHARS` characters, so the time is linear in the input
whatever its size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from textrepair.language.function_words import WORD, function_word_votes

__all__ = [
    "BLOCK_SAMPLE_CHARS",
    "MIN_RELIABLE_BYTES",
    "SAMPLE_CHARS",
    "UNDETERMINED",
    "Language",
    "LanguageBlock",
    "has_identifier",
    "identify",
    "identify_blocks",
]

UNDETERMINED = "und"
"""The code for text whose language cannot be told (ISO 639-2's ``und``)."""

SAMPLE_CHARS = 6_000
"""Longest text identified whole; longer documents are read in three windows of a third each."""

BLOCK_SAMPLE_CHARS = 1_000
"""How much of each block :func:`identify_blocks` reads."""

MIN_RELIABLE_BYTES = 40
"""Fewest bytes of letters CLD2 must have read for its verdict to count as reliable
(it calls ``Sooooo .`` reliably English)."""

# Codes CLD2 writes its own way, as ISO 639-1.
_CODES = {"un": UNDETERMINED, "xxx": UNDETERMINED, "zh-Hant": "zh", "iw": "he", "jw": "jv"}
# What CLD2 refuses to read: C0 and C1 controls (but tab and line ends), lone surrogates,
# and Unicode noncharacters. Replaced by spaces in the sample only.
_UNREADABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
# Fallback: this many function words of one language make its verdict reliable.
_RELIABLE_VOTES = 5


@dataclass(frozen=True)
class Language:
    """The language of a text, how sure the identifier is, and which identifier said so.

    ``code`` is an ISO 639-1 code (``"en"``, ``"de"``) or ``"und"``;
    ``confidence`` is the share of the text's letters the identifier gave to
    that language (0 to 1); ``reliable`` is the identifier's own verdict that
    there was enough text to tell.
    """

    code: str
    confidence: float
    reliable: bool
    identifier: str

    def to_dict(self) -> dict[str, object]:
        """The language as JSON-ready data.

        >>> Language("de", 0.97, True, "cld2").to_dict()
        {'code': 'de', 'confidence': 0.97, 'reliable': True, 'identifier': 'cld2'}
        """
        return {
            "code": self.code,
            "confidence": self.confidence,
            "reliable": self.reliable,
            "identifier": self.identifier,
        }


@dataclass(frozen=True)
class LanguageBlock:
    """A paragraph or line block of a text (``text[start:end]``) and its language."""

    start: int
    end: int
    language: Language


@cache
def _cld2() -> Any:
    try:
        import pycld2
    except ImportError:  # no wheel for this platform: the function-word fallback serves
        return None
    return pycld2


@cache
def _hints() -> frozenset[str]:
    cld2 = _cld2()
    return frozenset(code for _, code in cld2.LANGUAGES) if cld2 is not None else frozenset()


def has_identifier() -> bool:
    """True when CLD2 is installed (else the function-word fallback answers).

    >>> isinstance(has_identifier(), bool)
    True
    """
    return _cld2() is not None


def _sample(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    third = limit // 3
    middle = (len(text) - third) // 2
    return "\n".join((text[:third], text[middle : middle + third], text[-third:]))


def _by_cld2(cld2: Any, sample: str, hint: str | None) -> Language:
    options: dict[str, object] = {"bestEffort": True}
    if hint and hint in _hints():
        options["hintLanguage"] = hint
    try:
        reliable, letters, details = cld2.detect(sample, **options)
    except (cld2.error, UnicodeEncodeError):  # a character CLD2 refuses: blank them, once
        try:
            reliable, letters, details = cld2.detect(_UNREADABLE.sub(" ", sample), **options)
        except (cld2.error, UnicodeEncodeError):  # never let it stop a repair
            return Language(UNDETERMINED, 0.0, False, "cld2")
    _, code, percent, _ = details[0]
    code = _CODES.get(code, code)
    if code == UNDETERMINED:
        return Language(UNDETERMINED, 0.0, False, "cld2")
    sure = bool(reliable) and letters >= MIN_RELIABLE_BYTES
    return Language(code, round(percent / 100, 2), sure, "cld2")


def _by_function_words(sample: str) -> Language:
    votes = function_word_votes(w.lower() for w in WORD.findall(sample))
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    (best, n), (_, second) = ranked[0], ranked[1]
    if n == 0 or n <= second:
        return Language(UNDETERMINED, 0.0, False, "function-words")
    confidence = round(n / sum(votes.values()), 2)
    return Language(best, confidence, n >= _RELIABLE_VOTES and n > 2 * second, "function-words")


def identify(text: str, hint: str | None = None) -> Language:
    """The language ``text`` is written in.

    ``hint`` is a language the text is likely in (the document's, for one of
    its paragraphs); it tips close calls and is never reported unread. Results
    are cached by the sample read (never the whole text, so the cache stays
    small), and stages that ask about the same document pay once.

    >>> identify("The company said on Thursday that it would stop selling the phones.").code
    'en'
    >>> identify("Die Bundesregierung hat am Donnerstag beschlossen, die Steuer zu senken.").code
    'de'
    >>> identify("").code, identify("12345 --- !!!").code
    ('und', 'und')
    """
    return _identify_sample(_sample(text, SAMPLE_CHARS), hint)


@lru_cache(maxsize=256)
def _identify_sample(sample: str, hint: str | None) -> Language:
    if not WORD.search(sample):
        return Language(UNDETERMINED, 0.0, False, "none")
    cld2 = _cld2()
    if cld2 is None:
        return _by_function_words(sample)
    return _by_cld2(cld2, sample, hint)


_BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n")


def identify_blocks(text: str, document: Language | None = None) -> list[LanguageBlock]:
    """The language of each paragraph (text between blank lines; each line where there are none).

    Each block is identified with the document's language as the hint, so a
    short line keeps its document's language unless its own letters say
    otherwise. Blocks of no words get the document's language, unreliable.

    >>> text = "Startseite | Politik | Sport\\n\\nThe minister said on Monday that talks failed."
    >>> [(b.start, b.end, b.language.code) for b in identify_blocks(text)]
    [(0, 28, 'de'), (30, 76, 'en')]
    """
    document = document or identify(text)
    splitter = _BLOCK_BREAK if _BLOCK_BREAK.search(text) else _LINE_BREAK
    hint = None if document.code == UNDETERMINED else document.code
    blocks: list[LanguageBlock] = []
    start = 0
    for brk in (*splitter.finditer(text), None):
        end = len(text) if brk is None else brk.start()
        if text[start:end].strip():
            piece = text[start : min(end, start + BLOCK_SAMPLE_CHARS)]
            if WORD.search(piece):
                language = identify(piece, hint)
            else:
                language = Language(document.code, 0.0, False, document.identifier)
            blocks.append(LanguageBlock(start, end, language))
        if brk is not None:
            start = brk.end()
    return blocks
