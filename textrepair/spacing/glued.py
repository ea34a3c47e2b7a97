"""Split words glued together where a link's surrounding spaces were lost.

``Googleoften offerimportant client``, ``hisdigital director saysFacebook``,
``told60 Minutesthat``, ``page.The``, ``thelaughable“war room”``.

The danger is false splits, so a token is only a candidate when nothing
vouches for it as written: wordfreq does not know it (in English or another
large European language), and it does not occur twice in the document. A
candidate is split at camelCase, digit and punctuation boundaries, or by a
unigram language model over wordfreq (every part a known word), and only with
evidence that the parts are separate words: a closed-class word among them, a
bigram symspellpy's English list knows, a camelCase boundary between known
words, or — in a document that already showed such damage — frequent parts.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from textrepair.edits import Edit
from textrepair.spacing.lexicon import (
    bigram_count,
    in_spelling_dictionary,
    known_elsewhere,
    zipf,
)

__all__ = ["glued_edits", "looks_like_code"]

STAGE = "spacing"

_TOKEN = re.compile(r"\S+")
# Tokens that are addresses, handles, code or markup: never split.
_UNTOUCHABLE = re.compile(
    r"://|www\.|@|^#|[_=<>{}\\|]|\.(?:com|org|net|gov|edu|io|co|uk|de)\b", re.I
)
# Runs of letters/digits inside a token (apostrophes and hyphens end a run).
_RUN = re.compile(r"[A-Za-z0-9]+")
_LONG_RUN = re.compile(r"[A-Za-z0-9]{3,}")
_TOKEN_EDGES = ".,;:!?()[]\"'“”‘’"
# Sentence punctuation glued to the next sentence: "page.The", "said:“We".
_PUNCT_GLUE = re.compile(r"(?<=[a-z]{2})([.!?;:,]|[.!?]”)(?=[A-Z][a-z]|[“‘][A-Za-z])")
# Curly quotes glued to a word: "laughable“war", "room”it".
_QUOTE_GLUE = re.compile(r"(?<=[A-Za-z])(?=“[A-Za-z])|(?<=[A-Za-z]”)(?=[A-Za-z])")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_NAME_PREFIXES = frozenset("mc mac de la le di da van von du o al".split())
# Words that precede a linked name in news text: "saysFacebook", "according toReuters".
_REPORTING_VERBS = frozenset(
    "says said told tells wrote writes reported reports according via per reads read".split()
)
_BRAND_PREFIXES = frozenset("my i e x we go get un re in on de mc o".split())

# Closed-class words: a part from this list is evidence of glued words.
_FUNCTION = frozenset(
    """a an the this that these those of in on at by for with from to into onto about as and or
    but nor so if than then when while because since until his her its their our my your he she
    it we they him them us me i you who whom which what where why how is are was were be been
    am do does did has have had will would shall should can could may might must not no all any
    each every some such very also only just often""".split()
)
# Heads of real closed compounds: X + one of these is a word, not a glue.
_COMPOUND_HEADS = frozenset(
    """person people man men woman women room house home work works book books line lines ball
    land ship time times side way ways where thing things one body day days light water wood
    field point place board ware fish bird stone hold holder maker making keeper less ness ful
    like wide proof worthy berg burg ville ton ford port""".split()
)
# The only parts shorter than three letters a split may produce.
_SHORT_WORDS = frozenset(
    """a i an as at be by do he if in is it me my no of on or so to up us we""".split()
)
_MIN_PART_ZIPF = 3.0
# A word wordfreq lists at least this often vouches for itself (rare real words:
# "stannous" 1.4, "stablecoin" 1.6, "Parscale" 1.4)...
_VOUCHED_ZIPF = 1.0
# ...except glue made only of function words, which web text writes often enough to
# be listed ("ofthe" 3.3, "inthe" 2.6, "witha" 2.1) but below real compounds of
# function words ("into", "onto", "cannot", "upon" are all above 4).
_FUNCTION_GLUE_ZIPF = 4.0
# PascalCase pairs split only when they are among the most common English bigrams.
_PASCAL_BIGRAM = 50_000_000
_MAX_PARTS = 4


@dataclass(frozen=True)
class _Split:
    parts: tuple[str, ...]
    evidence: str
    confidence: float


@lru_cache(maxsize=8192)
def _segment(word: str) -> tuple[str, ...] | None:
    """Best split of ``word`` into known English words (unigram model), or None."""
    lowered = word.lower()
    n = len(lowered)
    # best[i] = (score, parts) for lowered[:i]
    best: list[tuple[float, tuple[int, ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            prev = best[start]
            if prev is None or len(prev[1]) >= _MAX_PARTS:
                continue
            piece = lowered[start:end]
            if len(piece) < 3 and piece not in _SHORT_WORDS:
                continue
            if piece == "i" and word[start] != "I":
                continue  # the pronoun is written "I"
            z = zipf(piece)
            if z < _MIN_PART_ZIPF:
                continue
            score = prev[0] + z - 9.0
            if best[end] is None or score > best[end][0]:  # type: ignore[index]
                best[end] = (score, (*prev[1], end))
    final = best[n]
    if final is None or len(final[1]) < 2:
        return None
    cuts = (0, *final[1])
    return tuple(word[a:b] for a, b in itertools.pairwise(cuts))


def _evidence(parts: tuple[str, ...], damaged_doc: bool) -> tuple[str, float] | None:
    """Why ``parts`` are separate words (with a confidence), or None when nothing says so.

    Content parts must be words (Zipf ≥ 3, or ≥ 3.5 for fragments of three
    letters such as "gop" or "nat"); single letters are only "a" and "I".
    """
    lowered = [p.lower() for p in parts]
    if any(len(p) == 1 and p not in {"a", "i"} for p in lowered):
        return None
    if any(p not in _FUNCTION and zipf(p) < (3.5 if len(p) <= 3 else 3.0) for p in lowered):
        return None
    if len(lowered) > 2:
        if not (lowered[0] in _FUNCTION or lowered[-1] in _FUNCTION):
            return None  # "und+is+cover+able": a function word inside fragments is chance
        if any(p not in _FUNCTION and (len(p) < 4 or zipf(p) < 3.5) for p in lowered):
            return None  # "be+jet+ari+an": short fragments around a function word
    if lowered[-1] in _COMPOUND_HEADS or lowered[0] in _COMPOUND_HEADS:
        return None
    if any(p in _FUNCTION and len(p) > 1 for p in lowered):
        return "a closed-class word among the parts", 0.85
    if any(bigram_count(a, b) for a, b in itertools.pairwise(lowered)):
        return "the parts form a common bigram", 0.8
    if damaged_doc and all(zipf(p) >= 4.0 for p in lowered):
        return "frequent words, in a document with other glued words", 0.7
    return None


def _name_glued_to_word(parts: tuple[str, ...]) -> bool:
    """Whether a capitalised run is glued words rather than a name.

    Two shapes qualify: a sentence-initial function word glued to what follows
    (``Theonly``, ``Icould``, ``Ourfunds``), and a common capitalised word
    glued to a function word (``Googleoften``, ``Bloombergwas``). Names that
    merely segment into short words (``Samonas``, ``Jinapor``) fail: their
    pieces are fragments, not a function word plus common words.
    """
    lowered = [p.lower() for p in parts]
    if any(len(p) < 3 and p not in _FUNCTION for p in lowered):
        return False
    if all(p in _FUNCTION for p in lowered):
        return False  # names made of short words: Asana, Noonan
    if lowered[0] in _FUNCTION:
        return all(p in _FUNCTION or (zipf(p) >= 3.5 and len(p) > 3) for p in lowered[1:])
    if zipf(lowered[0]) < 4.0 or any(len(p) < 3 for p in lowered):
        return False
    return any(p in _FUNCTION for p in lowered[1:])


def _split_run(run: str, damaged_doc: bool) -> _Split | None:
    """Decide how to split one letter/digit run that nothing vouches for."""
    camel = _CAMEL.findall(run)
    if len(camel) > 1 and "".join(camel) == run:
        return _split_camel(run, camel, damaged_doc)
    if run.isalpha() and len(run) >= 5 and (run.islower() or run[1:].islower()):
        parts = _segment(run)
        if parts is None:
            return None
        if run[0].isupper() and not _name_glued_to_word(parts):
            return None
        found = _evidence(parts, damaged_doc and run.islower())
        if found is None:
            return None
        return _Split(parts, found[0], found[1])
    return None


def _split_camel(run: str, camel: list[str], damaged_doc: bool) -> _Split | None:
    """Split at lower→Upper and letter↔digit boundaries when the pieces are words.

    Only a function word or a reporting verb glued to what follows
    (``saysFacebook``, ``toReuters``, ``told60``) is split: PascalCase is how
    brands are written (``PowerControl``), camelCase how code names things
    (``fileName``), and a short prefix is a brand style too (``myCompass``).
    """
    first = camel[0]
    if first[0].isupper():
        return _split_pascal(camel)
    if first in _BRAND_PREFIXES or len(camel) > 2:
        return None  # three or more humps: an identifier (hasMerchantReturnPolicy)
    if first not in _FUNCTION and first not in _REPORTING_VERBS:
        return None  # code identifiers: fileName, drawImageAt, numberOfFrames
    parts: list[str] = []
    for i, piece in enumerate(camel):
        if piece.isdigit():
            prev = camel[i - 1] if i else ""
            if not (prev.islower() and len(prev) >= 3 and zipf(prev) >= 4.0):
                return None  # product codes and model numbers: iPhone15, H100, mp3
            parts.append(piece)
            continue
        if piece.isupper() and len(piece) > 1:
            return None  # acronyms inside: ChatGPT, OpenAI
        if i == 0 and piece.lower() in _NAME_PREFIXES:
            return None  # McDonald, DeSantis, MacBook
        if zipf(piece) >= 2.0:
            parts.append(piece)
            continue
        sub = _segment(piece) if piece.isalpha() and len(piece) >= 5 else None
        if sub is None or _evidence(sub, damaged_doc) is None:
            return None
        parts.extend(sub)
    if len(parts) < 2:
        return None
    return _Split(tuple(parts), "camelCase boundary between known words", 0.9)


def _function_glue(word: str) -> bool:
    """Whether ``word`` splits into function words only (``ofthe``, ``witha``)."""
    parts = _segment(word) if word.isalpha() else None
    return parts is not None and all(p.lower() in _FUNCTION for p in parts)


def _vouched(word: str) -> bool:
    """Whether a dictionary vouches for ``word`` as one word.

    symspellpy's spelling dictionary lists real words only; wordfreq also
    lists typo-glue, so its listing counts unless the word splits into
    function words alone.
    """
    if in_spelling_dictionary(word):
        return True
    z = zipf(word)
    if z < _VOUCHED_ZIPF:
        return False
    return z >= _FUNCTION_GLUE_ZIPF or not _function_glue(word)


def _split_pascal(camel: list[str]) -> _Split | None:
    """``HumanResources``: capitalised words glued, not a brand name.

    Brands are written this way too (``PowerControl``, ``SmartBoost``,
    ``ChooseMyPlate``), so a split needs every adjacent pair to be among the
    most common English bigrams.
    """
    if len(camel) > 3 or any(not p.isalpha() or (p.isupper() and p != "I") for p in camel):
        return None  # acronyms and their plurals: PDUs, HSAs
    lowered = [p.lower() for p in camel]
    if lowered[0] in _NAME_PREFIXES or lowered[0] in _BRAND_PREFIXES - {"i", "in", "on"}:
        return None
    if any(zipf(p) < 3.0 and p not in _FUNCTION for p in lowered):
        return None
    if any(len(p) == 1 and p != "i" for p in lowered):
        return None
    if all(bigram_count(a, b) >= _PASCAL_BIGRAM for a, b in itertools.pairwise(lowered)):
        return _Split(tuple(camel), "capitalised words that form a very common bigram", 0.7)
    return None


def _candidate_runs(text: str) -> list[tuple[int, str]]:
    """``(position, run)`` for letter/digit runs no dictionary or document vouches for.

    One scan for runs of four or more ASCII letters/digits; the common case (a
    known word) costs one dictionary lookup.
    """
    counts: Counter[str] | None = None
    out: list[tuple[int, str]] = []
    n = len(text)
    for m in _LONG_RUN.finditer(text):
        run = m.group()
        if run.isupper() or run.isdigit() or _vouched(run):
            continue
        start, end = m.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < n else " "
        if before in "'’-" or after in "'’-" or before.isalpha() or after.isalpha():
            continue  # contractions, hyphenated compounds, words with non-ASCII letters
        _, token = _token_at(text, start)
        core = token.strip(_TOKEN_EDGES)
        if _UNTOUCHABLE.search(token) or (core != run and _vouched(core)):
            continue
        if counts is None:
            counts = Counter(map(str.lower, _RUN.findall(text)))
        if counts[run.lower()] > 1 or (known_elsewhere(run) and not _function_glue(run)):
            continue
        out.append((start, run))
    return out


_CODE_LINE = re.compile(
    r"[{}]|::|//|->|=>|==|!=|\+\+|0x[0-9A-Fa-f]|;\s*$|^\s{4}|\w\.\w+\(|\w\(.*\)\s*;"
    r"|^\s*(?:import|using|from|def|return|var|let|const|public|private|#include)\b"
)


def looks_like_code(line: str) -> bool:
    """True for a line that looks like source code (braces, ``::``, ``0x``, indentation…).

    >>> looks_like_code("sz :: string_view text ;"), looks_like_code("Read it ; it ’s fine .")
    (True, False)
    """
    return bool(_CODE_LINE.search(line))


def _looks_like_code(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return looks_like_code(text[start : end if end >= 0 else len(text)])


def _glued_sentence(token: str, m: re.Match[str]) -> bool:
    """``page.The``: a known word, sentence punctuation, then a known capitalised word."""
    left = re.findall(r"[A-Za-z]+$", token[: m.start()])
    right = re.findall(r"^[“‘]?([A-Za-z]+)", token[m.end() :])
    if not left or not right or token.count(".") > 1 + m.group().count("."):
        return False
    return zipf(left[0]) >= 3.0 and zipf(right[0]) >= 3.0


def _token_at(text: str, pos: int) -> tuple[int, str]:
    """The whitespace-delimited token around ``pos``: (start, token)."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, text[start:end]


def _punctuation_edits(text: str, confidence: float) -> list[Edit]:
    """Missing spaces after sentence punctuation and at curly quotes (one scan of the text)."""
    edits: list[Edit] = []
    for m in _PUNCT_GLUE.finditer(text):
        start, token = _token_at(text, m.start())
        local = _PUNCT_GLUE.match(token, m.start() - start)
        if (
            local is None
            or _UNTOUCHABLE.search(token)
            or "(" in token
            or not _glued_sentence(token, local)
            or _looks_like_code(text, m.start())
        ):
            continue
        edits.append(
            Edit(STAGE, m.end(), m.end(), "", " ", f"missing space after {m.group()!r}", confidence)
        )
    for m in _QUOTE_GLUE.finditer(text):
        _, token = _token_at(text, m.start())
        if _UNTOUCHABLE.search(token) or _looks_like_code(text, m.start()):
            continue
        edits.append(
            Edit(STAGE, m.start(), m.start(), "", " ", "missing space at a quote", confidence)
        )
    return edits


def glued_edits(text: str, min_confidence: float = 0.6) -> list[Edit]:
    """Return edits inserting the spaces lost between glued words.

    >>> from textrepair.edits import apply_edits
    >>> text = "hisdigital director saysFacebook told60 Minutesthat. Parscale agreed."
    >>> apply_edits(text, glued_edits(text))
    'his digital director says Facebook told 60 Minutes that. Parscale agreed.'
    """
    candidates = _candidate_runs(text)
    edits = _punctuation_edits(text, 0.85)
    first_pass = {pos: _split_run(run, damaged_doc=False) for pos, run in candidates}
    damaged_doc = sum(s is not None for s in first_pass.values()) >= 3
    for pos, run in candidates:
        split = first_pass[pos] or (_split_run(run, damaged_doc=True) if damaged_doc else None)
        if split is None or split.confidence < min_confidence:
            continue
        offset = pos
        for part in split.parts[:-1]:
            offset += len(part)
            edits.append(
                Edit(
                    STAGE,
                    offset,
                    offset,
                    "",
                    " ",
                    f"glued words {' + '.join(split.parts)}: {split.evidence}",
                    split.confidence,
                )
            )
    edits.sort(key=lambda e: (e.start, e.end))
    return edits
