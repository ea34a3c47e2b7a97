"""Run the encoding fixes segment by segment, skipping segments no fix can change.

ftfy works line by line; so does this stage. A segment is *clean* when it holds
no character any enabled fix acts on and ftfy's own mojibake detector finds
nothing; for such a segment every fix is provably a no-op, so skipping it gives
output identical to the slow path (:func:`encoding_edits_slow`, kept for tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex
from ftfy.badness import is_bad
from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE

from textrepair.config import RepairConfig
from textrepair.edits import Edit, apply_edits, compose_edits, shift_edits
from textrepair.encoding.dropped_bytes import (
    MARKERS,
    direct_replacements,
    restore_lost_bytes,
    stray_inner_marks,
)
from textrepair.encoding.ftfy_fixes import ftfy_edits
from textrepair.encoding.single_byte import CYRILLIC_AS_LATIN1, rescue_words
from textrepair.encoding.single_byte import ODD as CODE_PAGE_ODD
from textrepair.encoding.single_byte import TRIGGER as CODE_PAGE_TRIGGER

__all__ = ["encoding_edits", "encoding_edits_slow", "is_clean", "segments"]


@dataclass(frozen=True)
class _Triggers:
    """Patterns for every character some enabled fix could act on."""

    chars: re.Pattern[str]
    code_page_prefilter: re.Pattern[str] | None
    code_page: re.Pattern[str] | None

    def search(self, text: str) -> bool:
        if self.chars.search(text):
            return True
        if self.code_page_prefilter is None or self.code_page is None:
            return False
        return bool(self.code_page_prefilter.search(text) and self.code_page.search(text))


@lru_cache(maxsize=16)
def _trigger(config: RepairConfig) -> _Triggers | None:
    """Build the triggers for ``config``; ``None`` when it has no fast path.

    A normalising option (quotes, ligatures, width, Unicode form) acts on too
    many characters to list, so with one of those on every segment is fixed.
    Patterns use the standard ``re`` module: twice as fast as ``regex`` here.
    """
    if (
        config.uncurl_quotes
        or config.fix_latin_ligatures
        or config.fix_character_width
        or config.normalization is not None
    ):
        return None
    chars = ["\x80-\x9f"]  # C1 controls: fix_c1_controls and the decoders
    if config.remove_terminal_escapes:
        chars.append("\x1b")
    if config.remove_control_chars:
        chars.extend(re.escape(chr(c)) for c in sorted(CONTROL_CHARS))
    if config.fix_surrogates:
        chars.append("\ud800-\udfff")
    if config.strip_stray_nbsp_marks or config.restore_dropped_bytes:
        chars.append("ÂÃ")
    alternatives = ["[" + "".join(chars) + "]"]
    if config.restore_dropped_bytes:
        alternatives.append("â€")
    if config.unescape_html:
        alternatives.append(HTML_ENTITY_RE.pattern)  # exactly what ftfy unescapes
    prefilter = code_page = None
    if config.rescue_code_page_words:
        prefilter = re.compile(f"{CODE_PAGE_ODD}|{CYRILLIC_AS_LATIN1}")
        code_page = re.compile(CODE_PAGE_TRIGGER.pattern)
    return _Triggers(re.compile("|".join(alternatives)), prefilter, code_page)


# Every alternative of ftfy's mojibake detector (ftfy.badness.BADNESS_RE) needs at
# least one non-ASCII character and matches at most 7 characters, so a match lies
# within 7 characters of a non-ASCII run: searching those windows alone is exact.
_WINDOW = 8
_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f]+")


def looks_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, computed on the windows around non-ASCII runs.

    Exact: never False where ``is_bad`` is True (a window joint can only add
    matches, which merely sends clean text down the slow path).

    >>> looks_bad("plain “curly” text"), looks_bad("donâ€™t")
    (False, True)
    """
    if text.isascii():
        return False
    windows: list[str] = []
    start = end = -1
    for m in _NON_ASCII_RUN.finditer(text):
        lo, hi = max(m.start() - _WINDOW, 0), m.end() + _WINDOW
        if lo <= end:
            end = hi
            continue
        if end >= 0:
            windows.append(text[start:end])
        start, end = lo, hi
    windows.append(text[start:end])
    return is_bad("\n".join(windows))


def is_clean(text: str, config: RepairConfig | None = None) -> bool:
    """Return True when the encoding stage cannot change ``text``.

    >>> is_clean("An ordinary “quoted” sentence — with dashes.")
    True
    >>> is_clean("An ordinary â€œquotedâ€\x9d sentence.")
    False
    """
    trigger = _trigger(config or RepairConfig())
    if trigger is None or trigger.search(text):
        return False
    return not looks_bad(text)


def segments(text: str, max_length: int) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, segment)``: lines (with their newline), long ones split.

    A line longer than ``max_length`` is cut after the last space before the
    limit (or at the limit if it has none), like ftfy's own segmenting.

    >>> list(segments("ab\\ncd", 10))
    [(0, 'ab\\n'), (3, 'cd')]
    """
    max_length = max(max_length, 1)
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos) + 1 or n
        while end - pos > max_length:
            cut = text.rfind(" ", pos + 1, pos + max_length) + 1 or pos + max_length
            yield pos, text[pos:cut]
            pos = cut
        yield pos, text[pos:end]
        pos = end


def _segment_edits(segment: str, config: RepairConfig) -> list[Edit]:
    """All encoding edits for one segment, on the segment's coordinates."""
    edits = _decoding_edits(segment, config)
    if config.strip_stray_nbsp_marks and "Â" in segment:
        fixed = apply_edits(segment, edits) if edits else segment
        left = stray_inner_marks(fixed)  # the marks ftfy left
        if left:
            edits = compose_edits(segment, edits, left)
    return edits


def _decoding_edits(segment: str, config: RepairConfig) -> list[Edit]:
    """The lost-byte and code-page repairs, then ftfy's, composed."""
    pre = restore_lost_bytes(
        segment,
        dropped=config.restore_dropped_bytes,
        stray=config.strip_stray_nbsp_marks,
    )
    if config.rescue_code_page_words:
        pre = sorted(pre + rescue_words(segment, pre), key=lambda e: e.start)
    if not pre:
        return ftfy_edits(segment, config)
    restored = apply_edits(segment, pre)
    fixed_edits = ftfy_edits(restored, config)
    fixed = apply_edits(restored, fixed_edits)
    if _left_undecoded(segment, fixed):
        # ftfy declined to decode a restored sequence: write the characters directly.
        pre = direct_replacements(pre)
        restored = apply_edits(segment, pre)
        fixed_edits = ftfy_edits(restored, config)
    return compose_edits(segment, pre, fixed_edits)


def _left_undecoded(original: str, fixed: str) -> bool:
    """True when a byte restored for ftfy is still in its output as itself."""
    if any(fixed.count(m) > original.count(m) for m in MARKERS):
        return True
    return fixed.count("Ã\xa0") > original.count("Ã\xa0")


def encoding_edits(text: str, config: RepairConfig) -> list[Edit]:
    """Return the encoding stage's edits on ``text`` (empty when nothing to repair).

    >>> [(e.before, e.after) for e in encoding_edits("WireGuardÂ® protocol", RepairConfig())]
    [('Â®', '®')]
    """
    if not config.encoding or is_clean(text, config):
        return []
    return _edits(text, config, skip_clean=True)


def encoding_edits_slow(text: str, config: RepairConfig) -> list[Edit]:
    """Like :func:`encoding_edits`, but run every fix on every segment (for tests)."""
    if not config.encoding:
        return []
    return _edits(text, config, skip_clean=False)


def _edits(text: str, config: RepairConfig, *, skip_clean: bool) -> list[Edit]:
    edits: list[Edit] = []
    for offset, segment in segments(text, config.max_segment_length):
        if skip_clean and is_clean(segment, config):
            continue
        edits.extend(shift_edits(_segment_edits(segment, config), offset))
    return edits
