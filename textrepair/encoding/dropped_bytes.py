"""Mojibake that ftfy misses because bytes were lost before it saw the text.

Two kinds of loss are common in scraped text:

* **Undefined Windows-1252 bytes dropped.** UTF-8 decoded as Windows-1252 turns
  ``”`` (E2 80 9D) into ``â€`` plus an undefined byte that many decoders drop.
  ftfy then reads ``â€`` + space as a dagger (E2 80 A0). The dropped byte is
  one of 0x81, 0x8D, 0x8F, 0x90, 0x9D; context tells which.
* **A stripped non-breaking space.** ``\\xa0`` encoded as UTF-8 is C2 A0, read
  as ``Â\\xa0``; ``str.strip()`` then removes the ``\\xa0`` and leaves ``Â`` at the
  end of the line (``ParliamentÂ``). ``à`` (C3 A0) likewise leaves ``Ã``.

:func:`restore_lost_bytes` returns edits that put the lost byte back (as the
character ftfy's sloppy codecs give it), so that ftfy decodes the whole
sequence with the rest of the line, or remove the stray mark outright.
"""

from __future__ import annotations

import regex

from textrepair.edits import Edit
from textrepair.language.lexicon import is_unknown, is_word, zipf_in

__all__ = [
    "MARKERS",
    "WINDOWS_1252_CONTINUATION",
    "direct_replacements",
    "restore_lost_bytes",
    "stray_inner_marks",
]

STAGE = "encoding"

# Characters that Windows-1252 (ftfy's sloppy variant) gives bytes 0x80-0xBF:
# the bytes that may follow a UTF-8 lead byte.
WINDOWS_1252_CONTINUATION = frozenset(
    bytes(range(0x80, 0xC0)).decode("windows-1252", errors="ignore")
    + "".join(chr(b) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
)
_CONT = "".join(sorted(WINDOWS_1252_CONTINUATION))
_CONT_CLASS = "[" + regex.escape(_CONT, special_only=True) + "]"

# The bytes Windows-1252 leaves undefined, as ftfy's sloppy codec decodes them.
MARKERS = frozenset("\x81\x8d\x8f\x90\x9d")

# What each undefined byte completes after "â€" (E2 80 xx) and after "Ã" (C3 xx).
_AFTER_E2_80 = {"\x9d": "\u201d", "\x90": "\u2010", "\x8d": "\u200d"}
_AFTER_C3 = {"\x81": "Á", "\x8d": "Í", "\x8f": "Ï", "\x90": "Ð", "\x9d": "Ý"}

# "â€" between plain ASCII (or before an emoji's lead byte "ð"), so no byte of any
# single-byte code page completes it. "?" and U+FFFD are excluded: there the
# lost byte was replaced rather than dropped, and ftfy marks it as lost.
_E2_80_CUT = regex.compile(r"(?:(?<=[\x00-\x7f])|^)â€(?=[\x00-\x3e\x40-\x7f]|\Z)|â€(?=ð)", regex.M)
# A word that starts with "Ã" followed by a letter that cannot complete it ("Ãñigo").
_C3_CUT_WORD = regex.compile(r"(?<![\p{L}\p{M}])Ã(?=[\p{L}])(?!" + _CONT_CLASS + r")[\p{L}\p{M}]*")
# A run of stray "Â" at the end of a line, not after a capital letter ("ÂNGELO" style
# words are legitimate); the spaces between them were non-breaking spaces too.
_TRAILING_A_CIRC = regex.compile(r"(?<!\p{Lu})Â(?:[ \t\xa0]*Â)*(?=[ \t]*\r?\n?\Z)")
# "Å" is C3 85, and Windows-1252 reads 85 as "…": "Ã…rhus", "Ã…ret". ftfy leaves it, as
# "…" is common punctuation; a word that is known with "Å" (and not as written) is repaired.
_C3_ELLIPSIS_WORD = regex.compile(r"(?<![\p{L}\p{M}])Ã…(?=\p{L})[\p{L}\p{M}]*")
_NORDIC = ("da", "nb", "sv", "fi")  # where words begin with Å; is_word covers the rest
# "Â" between a lower-case letter, digit or closing punctuation and a space: a
# non-breaking space (C2 A0) whose A0 became an ordinary space ("fell 3%Â in early
# trading"). No language writes a capital Â there (it begins words, or stands in
# capitals after another capital: "ROMÂNIA").
_INNER_A_CIRC = regex.compile(r"(?<=[\p{Ll}\p{N}%.,;:!?)\]\"'’”])Â ")
# "Ã" at the end of a line straight after a lower-case letter ("voilÃ").
_TRAILING_A_TILDE = regex.compile(r"(?<=\p{Ll})Ã(?=[ \t]*\r?\n?\Z)")


def _e2_80_marker(text: str, pos: int) -> str:
    """Choose the byte dropped after ``â€`` at ``pos`` from its neighbours."""
    nxt = text[pos + 2] if pos + 2 < len(text) else ""
    prev = text[pos - 1] if pos > 0 else ""
    if nxt == "ð":  # F0: the lead byte of an emoji; a zero-width joiner joins emoji
        return "\x8d"
    if prev.isalnum() and nxt.isalnum():  # "wellâ€known": a hyphen
        return "\x90"
    return "\x9d"  # by far the most common: a closing double quote


def _c3_marker(word: str) -> str | None:
    """Choose the byte dropped after the ``Ã`` that starts ``word``, by word frequency."""
    if not is_unknown(word):
        return None  # the word exists as written (e.g. Portuguese, Vietnamese)
    for marker, char in _AFTER_C3.items():  # Á Í Ï Ð Ý, most common first
        if is_word(char + word[1:], 2.0):  # demand a word people actually write
            return marker
    return None


def _known_with_a_ring(word: str) -> bool:
    lowered = word.lower()
    return is_word(lowered, 2.0) or any(zipf_in(lowered, lang) >= 2.0 for lang in _NORDIC)


def restore_lost_bytes(text: str, *, dropped: bool, stray: bool) -> list[Edit]:
    """Return edits on ``text`` that restore lost bytes or remove stray marks.

    ``dropped`` handles undefined Windows-1252 bytes; ``stray`` handles the
    ``Â``/``Ã`` left by a stripped non-breaking space. Inserted bytes are C1
    characters that ftfy's decoder turns into the intended character.

    >>> edits = restore_lost_bytes("a â€œwar roomâ€ to", dropped=True, stray=True)
    >>> [(e.start, e.after) for e in edits]
    [(13, 'â€\\x9d')]
    >>> [e.after for e in restore_lost_bytes("row in ParliamentÂ", dropped=True, stray=True)]
    ['']
    """
    edits: list[Edit] = []
    if dropped:
        for m in _E2_80_CUT.finditer(text):
            marker = _e2_80_marker(text, m.start())
            char = _AFTER_E2_80[marker]
            edits.append(
                Edit(
                    STAGE,
                    m.start(),
                    m.end(),
                    m.group(),
                    m.group() + marker,
                    f"restored byte 0x{ord(marker):02X} of {char!r} (undefined in Windows-1252,"
                    " so dropped)",
                    0.85,
                )
            )
        for m in _C3_CUT_WORD.finditer(text):
            c3 = _c3_marker(m.group())
            if c3 is not None:
                edits.append(
                    Edit(
                        STAGE,
                        m.start(),
                        m.start() + 1,
                        "Ã",
                        "Ã" + c3,
                        f"restored byte 0x{ord(c3):02X} of {_AFTER_C3[c3]!r} (undefined in"
                        " Windows-1252, so dropped); the word is known with it",
                        0.8,
                    )
                )
        for m in _C3_ELLIPSIS_WORD.finditer(text):
            word = "Å" + m.group()[2:]
            if is_unknown(m.group()) and _known_with_a_ring(word):
                edits.append(
                    Edit(
                        STAGE,
                        m.start(),
                        m.start() + 2,
                        "Ã…",
                        "Å",
                        "mojibake: 'Å' (C3 85) read as Windows-1252, where 85 is '…'; the word"
                        " is known with it",
                        0.8,
                    )
                )
    if stray:
        m = _TRAILING_A_CIRC.search(text)
        if m is not None:
            edits.append(
                Edit(
                    STAGE,
                    m.start(),
                    m.end(),
                    m.group(),
                    "",
                    "removed 'Â' left from a non-breaking space (C2 A0 read as Windows-1252,"
                    " then stripped)",
                    0.9,
                )
            )
        m = _TRAILING_A_TILDE.search(text)
        if m is not None:
            edits.append(
                Edit(
                    STAGE,
                    m.start(),
                    m.end(),
                    "Ã",
                    "Ã\xa0",
                    "restored the byte A0 of 'à' (C3 A0 read as Windows-1252, then stripped)",
                    0.8,
                )
            )
    edits.sort(key=lambda e: e.start)
    return edits


def stray_inner_marks(text: str) -> list[Edit]:
    """Turn ``Â`` and an ordinary space back into the non-breaking space they were.

    Run on ftfy's output, so it takes only the marks ftfy left: where the rest
    of a line shows mojibake, ftfy restores the non-breaking space itself (and
    writes it the same way).

    >>> [(e.start, e.before, e.after) for e in stray_inner_marks("fell 3%Â in trading")]
    [(7, 'Â ', '\xa0')]
    >>> stray_inner_marks("ROMÂNIA, Âu Lạc and a  Â  alone")
    []
    """
    return [
        Edit(
            STAGE,
            m.start(),
            m.end(),
            "Â ",
            "\xa0",
            "restored a non-breaking space (C2 A0 read as Windows-1252, the A0 then made an"
            " ordinary space)",
            0.9,
        )
        for m in _INNER_A_CIRC.finditer(text)
    ]


def direct_replacements(edits: list[Edit]) -> list[Edit]:
    """Turn byte-restoring edits into edits that write the intended character.

    Used when ftfy declines to decode the restored sequence, so the repair does
    not depend on the rest of the line.

    >>> e = restore_lost_bytes("roomâ€ to", dropped=True, stray=False)
    >>> direct_replacements(e)[0].after
    '”'
    """
    out: list[Edit] = []
    for edit in edits:
        after = edit.after
        if after.startswith("â€") and len(after) == 3:
            after = _AFTER_E2_80[after[2]]
        elif after == "Ã\xa0":
            after = "à"
        elif after.startswith("Ã") and len(after) == 2:
            after = _AFTER_C3[after[1]]
        out.append(
            Edit(edit.stage, edit.start, edit.end, edit.before, after, edit.reason, edit.confidence)
        )
    return out
