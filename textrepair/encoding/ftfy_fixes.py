"""ftfy, configured for repairs only, with its fixes turned into explained edits."""

from __future__ import annotations

import html
from functools import lru_cache

import ftfy
import regex
from ftfy.chardata import CONTROL_CHARS

from textrepair.config import RepairConfig
from textrepair.edits import Edit, apply_edits, diff_edits, shift_edits

__all__ = ["ftfy_config", "ftfy_edits"]

STAGE = "encoding"

_ENCODING_NAMES = {
    "latin-1": "Latin-1/Windows-1252",
    "sloppy-windows-1252": "Windows-1252",
    "windows-1252": "Windows-1252",
    "sloppy-windows-1251": "Windows-1251",
    "sloppy-windows-1250": "Windows-1250",
    "sloppy-windows-1253": "Windows-1253",
    "sloppy-windows-1254": "Windows-1254",
    "sloppy-windows-1257": "Windows-1257",
    "iso-8859-2": "ISO-8859-2",
    "macroman": "MacRoman",
    "cp437": "code page 437",
}
_CONTROL = frozenset(chr(c) for c in CONTROL_CHARS)
# Characters whose edits are not mojibake and must not be widened.
_NOT_MOJIBAKE = _CONTROL | {"&", "\x1b"} | {chr(c) for c in range(0xD800, 0xE000)}
# ftfy's fixers that change one character (or one surrogate pair) at a time, whatever
# surrounds it; and runs of the characters they change. Where a segment needed only these,
# its edits are found run by run instead of by aligning the whole segment with its repair.
_CHAR_LOCAL_STEPS = frozenset({"remove_control_chars", "fix_c1_controls", "fix_surrogates"})
_CHAR_LOCAL_RUN = regex.compile(
    "[" + "".join(regex.escape(chr(c)) for c in sorted(CONTROL_CHARS)) + r"\x80-\x9f\p{Cs}]+"
)


@lru_cache(maxsize=16)
def ftfy_config(config: RepairConfig) -> ftfy.TextFixerConfig:
    """Map a :class:`RepairConfig` onto ftfy's own configuration.

    Line breaks are never touched (other stages rely on lines) and
    ``explain=True`` so each repair can say which decoding it undid.
    """
    return ftfy.TextFixerConfig(
        unescape_html=config.unescape_html,
        remove_terminal_escapes=config.remove_terminal_escapes,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=config.fix_latin_ligatures,
        fix_character_width=config.fix_character_width,
        uncurl_quotes=config.uncurl_quotes,
        fix_line_breaks=False,
        fix_surrogates=config.fix_surrogates,
        remove_control_chars=config.remove_control_chars,
        normalization=config.normalization,
        max_decode_length=max(config.max_segment_length, 1),
        explain=True,
    )


def _describe_decoding(steps: list[tuple[str, str]]) -> str:
    """Say in words which wrong decoding ftfy undid."""
    parts: list[str] = []
    encoded: str | None = None
    for kind, name in steps:
        if kind == "encode":
            encoded = name
        elif kind == "decode" and encoded is not None:
            if name.startswith("utf-8"):
                parts.append(f"UTF-8 read as {_ENCODING_NAMES.get(encoded, encoded)}")
            else:
                src = _ENCODING_NAMES.get(encoded, encoded)
                parts.append(f"{_ENCODING_NAMES.get(name, name)} read as {src}")
            encoded = None
        elif name == "decode_inconsistent_utf8":
            parts.append("UTF-8 sequences read as Windows-1252 inside correct text")
        elif name == "fix_c1_controls":
            parts.append("C1 control characters meant as Windows-1252")
        elif name == "restore_byte_a0":
            parts.append("a non-breaking-space byte restored")
    return "; ".join(dict.fromkeys(parts)) or "ftfy repair"


def _classify(before: str, after: str, decoding: str) -> tuple[str, float]:
    """Give one edit its reason and confidence from what it changed."""
    if not after and before and all(c in _CONTROL for c in before):
        if set(before) == {"\ufeff"}:
            return "removed stray byte-order mark(s)", 0.99
        return "removed control character(s)", 0.98
    if "\x1b" in before:
        return "removed terminal escape sequence", 0.98
    if "&" in before and html.unescape(before) == after:
        return "decoded HTML entity", 0.98
    if any("\ud800" <= c <= "\udfff" for c in before):
        return "repaired UTF-16 surrogates", 0.95
    if "\ufffd" in after and "\ufffd" not in before:
        return f"mojibake with lost bytes, marked U+FFFD ({decoding})", 0.7
    return f"mojibake: {decoding}", 0.95


def _is_mark(char: str) -> bool:
    """A character that can be part of a mojibake sequence next to a minimal diff."""
    return not char.isascii() and not char.isspace() and not char.isalnum()


def _widen(edits: list[Edit], text: str) -> list[Edit]:
    """Grow mojibake edits over neighbouring symbols they decoded together with.

    A minimal diff of ``Â®`` → ``®`` only deletes ``Â``; the explanation is
    clearer when the edit shows the whole sequence, so an edit takes in up to
    two unchanged non-alphanumeric, non-ASCII symbols on each side.
    """
    out: list[Edit] = []
    for i, edit in enumerate(edits):
        lo_limit = out[-1].end if out else 0
        hi_limit = edits[i + 1].start if i + 1 < len(edits) else len(text)
        start, end = edit.start, edit.end
        while start > lo_limit and edit.start - start < 2 and _is_mark(text[start - 1]):
            start -= 1
        while end < hi_limit and end - edit.end < 2 and _is_mark(text[end]):
            end += 1
        plain = edit.before and not any(
            c in _CONTROL or c == "&" or c == "\x1b" or "\ud800" <= c <= "\udfff"
            for c in edit.before
        )
        if not plain or (start, end) == (edit.start, edit.end):
            out.append(edit)
            continue
        after = text[start : edit.start] + edit.after + text[edit.end : end]
        out.append(
            Edit(edit.stage, start, end, text[start:end], after, edit.reason, edit.confidence)
        )
    return out


def _guessed_a0(before: str, after: str) -> bool:
    """A four-byte character whose last byte ftfy took from a plain space.

    ``ðŸ˜`` then a space is F0 9F 98, then a byte that is gone: A0 (a
    non-breaking space that became a space: 😠), or one of the five bytes
    Windows-1252 leaves undefined and decoders drop (81, 8D, 8F, 90, 9D:
    😁 😍 😏 😐 😝, with the space a real one). The text cannot tell which,
    so ftfy's choice would write a character that was most likely never
    there (and eat the space).

    >>> _guessed_a0("ðŸ˜ ", "😠"), _guessed_a0("ðŸ˜\xa0", "😠"), _guessed_a0("Ã ", "à")
    (True, False, False)
    """
    if " " not in before:
        return False
    for char in after:
        raw = char.encode("utf-8", "surrogatepass")
        if len(raw) == 4 and raw[3] == 0xA0:
            mojibake = raw[:3].decode("windows-1252", errors="replace") + " "
            if mojibake in before:
                return True
    return False


def _char_local_edits(segment: str, fixed: str, config: ftfy.TextFixerConfig) -> list[Edit] | None:
    """Edits for a repair made only by character-local fixers, run by run; linear time.

    Each run of control characters, C1 controls and surrogates is repaired on its own
    and diffed on its own (runs are short). ``None`` when replaying the edits does not
    give ftfy's repair of the whole segment: then the caller aligns the whole segment.
    Dense damage (a control character every few letters) made that alignment the
    stage's main cost.

    >>> [(e.start, e.before, e.after) for e in _char_local_edits(
    ...     "a\\x00b\\x00\\x00c", "abc", ftfy_config(RepairConfig()))]
    [(1, '\\x00', ''), (3, '\\x00\\x00', '')]
    """
    edits: list[Edit] = []
    local: dict[str, list[Edit]] = {}  # each distinct run's edits, on the run
    for match in _CHAR_LOCAL_RUN.finditer(segment):
        run = match.group()
        if run not in local:
            repaired = ftfy.fix_and_explain(run, config)[0]
            local[run] = diff_edits(run, repaired, STAGE, "", 1.0)
        if local[run]:
            edits.extend(shift_edits(local[run], match.start()))
    if apply_edits(segment, edits) != fixed:
        return None
    return edits


def ftfy_edits(segment: str, config: RepairConfig) -> list[Edit]:
    """Run ftfy on one segment (a line or part of one) and return its edits.

    >>> [(e.before, e.after, e.reason) for e in ftfy_edits("donâ€™t", RepairConfig())]
    [('â€™', '’', 'mojibake: UTF-8 read as Windows-1252')]
    """
    fixed, steps = ftfy.fix_and_explain(segment, ftfy_config(config))
    if fixed == segment:
        return []
    decoding = _describe_decoding(list(steps or []))
    edits = None
    if steps and all(name in _CHAR_LOCAL_STEPS for _, name in steps):
        edits = _char_local_edits(segment, fixed, ftfy_config(config))
    if edits is None:
        edits = diff_edits(segment, fixed, STAGE, "", 1.0)
    out: list[Edit] = []
    for edit in _widen(edits, segment):
        if _guessed_a0(edit.before, edit.after):
            continue  # one of six characters could have been there: leave it as it is
        reason, confidence = _classify(edit.before, edit.after, decoding)
        out.append(Edit(STAGE, edit.start, edit.end, edit.before, edit.after, reason, confidence))
    return out
