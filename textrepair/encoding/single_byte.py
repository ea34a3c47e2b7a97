"""Word-level repair of code-page mixups that ftfy declines as too ambiguous.

ftfy judges a whole line by the shape of its characters. Some damage is clear
only at the level of a word, with a dictionary at hand:

* UTF-8 read as MacRoman, code page 437 or Windows-1251 inside Latin text:
  ``pi√π`` → ``più``, ``┬┐que`` → ``¿que``, ``mГ©dicament`` → ``médicament``;
* a single-byte text read as Latin-1 where it was MacRoman, which leaves C1
  control characters: ``tur\\x92stico`` → ``turístico`` (ftfy would assume
  Windows-1252 and write ``tur’stico``).

A word is re-decoded only when it is unknown as written (wordfreq, in any of
the languages below), the re-decoded word is known, and the re-decoded word
is made of letters of one script: real words that merely look odd stay.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

import regex

from textrepair.edits import Edit
from textrepair.language.lexicon import is_unknown, is_word, zipf_in

__all__ = ["CYRILLIC_AS_LATIN1", "ODD", "TRIGGER", "rescue_words"]

STAGE = "encoding"

# Latin letters next to symbols, box drawing or another script: the shape of these mixups.
# (Explicit ranges rather than script properties: this runs on every line.)
_LATIN = "[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"
# Windows-1251 (Cyrillic) text read as Latin-1 or Windows-1252: its letters (C0-FF, and
# A8/B8 for Ё/ё) become runs of accented Latin letters ("Ïðèâåò ìèð" for "Привет мир"),
# which no language writes three of in a row. (Ukrainian і, ї, є fall outside C0-FF, so a
# Ukrainian word with one of them is not re-decoded.)
CYRILLIC_AS_LATIN1 = "[\u00c0-\u00ff\u00a8\u00b8]{3,}"
ODD = "[\u0370-\u03ff\u0400-\u04ff\u2200-\u22ff\u2500-\u257f√∞≈≠≤≥∂∑∏∫Ω◊]"
TRIGGER = regex.compile(f"{_LATIN}{ODD}|{ODD}{_LATIN}|{CYRILLIC_AS_LATIN1}")
_CYRILLIC_WORD = regex.compile(f"^{CYRILLIC_AS_LATIN1}$")
_CYRILLIC = ("ru", "uk", "bg")
_C1 = regex.compile(r"[\x80-\x9f]")
# Words split on real spaces only: \s would also split at the C1 character NEL (0x85).
_TOKEN = regex.compile(r"[^ \t\n\r\f\v\xa0\u2000-\u200a\u3000]+")
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?«»“”‘’"

# UTF-8 bytes read as one of these code pages (the decoders ftfy leaves to line-level evidence).
_UTF8_READ_AS = ("mac_roman", "cp437", "cp1251")
# Single-byte text read as Latin-1: which code page the C1 bytes belonged to.
_LATIN1_MEANT_AS = ("cp1252", "mac_roman")
# Asked too, though never chosen: where it also gives a known word (``\x90XITO``: code
# page 437 ÉXITO, MacRoman êXITO), the word is ambiguous and stays.
_LATIN1_ALSO_READ_AS = ("cp437",)
_MIN_ZIPF = 2.5


def _core(token: str) -> str:
    return token.strip(_EDGE_PUNCT + "¿¡")


def _one_script_word(word: str) -> bool:
    """True for a word of letters (and marks) from one script, with no symbols."""
    if not word or unicodedata.category(word[0]).startswith("M"):
        return False
    scripts = set()
    for char in word:
        if not char.isalpha():
            if unicodedata.category(char).startswith("M"):
                continue
            return False
        name = unicodedata.name(char, "")
        scripts.add(name.split(" ", 1)[0])
    return len(scripts) == 1


_CODE_PAGE_NAMES = {
    "mac_roman": "MacRoman",
    "cp437": "code page 437",
    "cp1251": "Windows-1251",
    "cp1252": "Windows-1252",
}


def _cyrillic(core: str) -> str | None:
    """``core`` as the Windows-1251 word it was, where that is a known word and this is not.

    >>> _cyrillic("Ïðèâåò"), _cyrillic("éèà")
    ('Привет', None)
    """
    if not _CYRILLIC_WORD.match(core) or not is_unknown(core):
        return None
    try:
        word = core.encode("latin-1").decode("cp1251")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    lowered = word.lower()
    return word if any(zipf_in(lowered, lang) >= _MIN_ZIPF for lang in _CYRILLIC) else None


def _candidates(token: str, line_codepage: str | None) -> list[tuple[str, str, bool]]:
    """Re-decodings of ``token`` that give a word of one script, in order of preference.

    Each is ``(fixed, why, choosable)``; a re-decoding that is not choosable only
    shows that the word is ambiguous.
    """
    out: list[tuple[str, str, bool]] = []
    if _C1.search(token):
        choices = (line_codepage,) if line_codepage else _LATIN1_MEANT_AS + _LATIN1_ALSO_READ_AS
        for codepage in choices:
            try:
                fixed = token.encode("latin-1").decode(codepage)
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            why = f"{_CODE_PAGE_NAMES[codepage]} text read as Latin-1"
            out.append((fixed, why, codepage not in _LATIN1_ALSO_READ_AS))
    elif line_codepage is None:
        for codepage in _UTF8_READ_AS:
            try:
                fixed = token.encode(codepage).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            out.append((fixed, f"mojibake: UTF-8 read as {_CODE_PAGE_NAMES[codepage]}", True))
    return [c for c in out if c[0] != token and _one_script_word(_core(c[0]))]


@lru_cache(maxsize=65_536)  # a damaged word recurs (donâ€™t, itâ€™s); bounded memory
def _redecode(token: str, line_codepage: str | None = None) -> tuple[str, str] | None:
    """Return (repaired token, explanation) for a token that is a known word re-decoded.

    ``line_codepage`` is the code page other words of the line proved: a C1 word
    then follows it without needing to be in the dictionary itself. Decoding
    comes first because it is cheap and usually fails; dictionary lookups last.
    """
    core = _core(token)
    if sum(c.isalpha() for c in core) < 2:
        return None  # too little of a word to judge
    candidates = _candidates(token, line_codepage)
    if not candidates or not is_unknown(core):
        return None  # nothing plausible, or a word as it stands
    if line_codepage is not None:
        return candidates[0][0], f"{candidates[0][1]} (as elsewhere in the line)"
    known = [c for c in candidates if is_word(_core(c[0]), _MIN_ZIPF)]
    if len({fixed for fixed, _, _ in known}) != 1:
        return None  # no known word, or two different ones: the code page cannot be told
    fixed, why, choosable = known[0]
    if not choosable:
        return None  # a code page asked only to find ambiguity (_LATIN1_ALSO_READ_AS)
    return fixed, f"{why} (the word is known only when re-decoded)"


def _untaken_tokens(segment: str, taken: Sequence[Edit]) -> Iterator[regex.Match[str]]:
    """The tokens of ``segment`` that overlap no edit of ``taken`` (sorted, not overlapping).

    One pointer walks the edits beside the tokens, so this is linear (a scan of every
    edit for every token was quadratic on text dense with damage).
    """
    k = 0
    for m in _TOKEN.finditer(segment):
        while k < len(taken) and taken[k].end <= m.start():
            k += 1
        if k < len(taken) and taken[k].start < m.end() and m.start() < taken[k].end:
            continue
        yield m


def rescue_words(segment: str, taken: list[Edit]) -> list[Edit]:
    """Return edits that re-decode words of ``segment`` damaged by a code-page mixup.

    Words overlapping an edit in ``taken`` are left alone.

    >>> [(e.before, e.after) for e in rescue_words("Sarai al pi√π presto.", [])]
    [('pi√π', 'più')]
    >>> rescue_words("GH¢200k bail, 2×3 ≤ 7, πr² and iPhone™", [])
    []
    """
    if not (_C1.search(segment) or TRIGGER.search(segment)):
        return []
    edits: list[Edit] = []
    for m in _untaken_tokens(segment, taken):
        token = m.group()
        if token.isascii() or not (_C1.search(token) or TRIGGER.search(token)):
            continue
        found = _redecode(token)
        if found is None:
            core = _core(token)
            cyrillic = _cyrillic(core)
            if cyrillic is None:
                continue
            found = (
                token.replace(core, cyrillic, 1),
                "Windows-1251 text read as Latin-1 (the word is known only when re-decoded)",
            )
        fixed, why = found
        edits.append(Edit(STAGE, m.start(), m.end(), token, fixed, why, 0.8))
    if any(e.reason.startswith("MacRoman text read") for e in edits):
        edits = _follow_line_codepage(segment, edits, taken)
    if edits and any("Windows-1251" in e.reason for e in edits):
        edits = _cp1251_a_grave(segment, edits)
    return edits


def _follow_line_codepage(segment: str, edits: list[Edit], taken: list[Edit]) -> list[Edit]:
    """Re-decode the line's other C1 words as MacRoman too (a line has one code page)."""
    extra: list[Edit] = []
    for m in _untaken_tokens(segment, sorted([*edits, *taken], key=lambda e: e.start)):
        if not _C1.search(m.group()):
            continue
        found = _redecode(m.group(), "mac_roman")
        if found is not None:
            extra.append(Edit(STAGE, m.start(), m.end(), m.group(), found[0], found[1], 0.7))
    return sorted(edits + extra, key=lambda e: e.start)


_CP1251_A_GRAVE = regex.compile(r"(?<=\s)Г(?=\s)")


def _cp1251_a_grave(segment: str, edits: list[Edit]) -> list[Edit]:
    """In a line already shown to be Windows-1251 mojibake, a lone ``Г`` is ``à``.

    ``à`` is C3 A0 in UTF-8; read as Windows-1251 that is ``Г`` plus a
    non-breaking space, usually normalised to a space (ftfy's own rule for
    ``Ã`` in Windows-1252 mojibake, here for the Cyrillic code page).
    """
    extra = [
        Edit(STAGE, m.start(), m.end(), "Г", "à", "mojibake: 'à' (C3 A0) read as Windows-1251", 0.7)
        for m in _CP1251_A_GRAVE.finditer(segment)
        if not any(e.start <= m.start() < e.end for e in edits)
    ]
    return sorted(edits + extra, key=lambda e: e.start)
