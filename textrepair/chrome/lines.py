"""The lines the chrome stage scores: one per block of the page, hard wrapping undone.

Text extracted from a page usually has one block (paragraph, heading, menu
item) per line, and that is what the chrome model reads. Some tools wrap
paragraphs at a fixed width instead (html2text at 78 characters, e-mail at
72, ``lynx -dump``), and a paragraph cut into lines of ten words looks like
a run of headlines. When a text is wrapped, the lines the wrapper cut are
joined back into one unit before scoring, so the stage removes or keeps a
paragraph whole; the unit's offsets still cover the original lines, so the
edits give the text back exactly as it was.

A text counts as wrapped when its widest lines with spaces, bar links and list
items (bar the widest 5 %, which escaped markup or long words make wider; a
wrapper does not cut a link's target, and html2text does not wrap list items),
are 40–140 characters wide, and at least 30 % of such lines near that width
(three or more) go on
with a word in lower case on the next line: a wrapper cuts a sentence
anywhere, while a list of headlines does not go on in lower case. A line is
joined to the next when the next line's first word would not have fitted on
it, or when it fills most of the width and the next line goes on in lower
case.

>>> text = (
...     "Menu\\n"
...     "The city council approved the budget on Monday after a\\n"
...     "debate that lasted well into the night.\\n"
...     "Members were split over schools and roads, and over how\\n"
...     "much of the money should go to each of them, and over\\n"
...     "when.\\n"
... )
>>> [line.text for line in document_lines(text)]  # doctest: +NORMALIZE_WHITESPACE
['Menu',
 'The city council approved the budget on Monday after a debate that lasted well into the night.',
 'Members were split over schools and roads, and over how much of the money should go to each of
  them, and over when.']
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

__all__ = [
    "CJK_CHAR",
    "CJK_MIN",
    "CJK_RUN",
    "LIST_START",
    "Line",
    "document_lines",
    "line_words",
    "with_cjk_words",
    "wrap_width",
]

MIN_WIDTH = 40  # wrap widths looked for (e-mail 72, html2text 78, terminals 80-132)
MAX_WIDTH = 140
OVER_WIDTH_SHARE_MAX = 0.05  # lines allowed to be wider than the width (uncuttable words)
NEAR = 12  # a wrapped line is at most this much shorter than the width, bar a paragraph's last
MIN_GOES_ON = 0.3  # share of the near-width lines that must go on (see _goes_on) ...
MIN_GOES_ON_LINES = 3  # ... and how many at least
BLANK_SEPARATED = 0.3  # share of line breaks that are blank lines in markdown-like text
MAX_LINK_LINES = 8  # a markdown link is joined over at most this many lines ...
MAX_TARGET_CHARS = 100_000  # ... or, while a target stays open (an image's data), this many chars
LONG_SHARE = 0.6  # a line this full that goes on in lower case was cut, whatever its width
LIST_START = re.compile(r"^\s*(?:[-*•▪►]|\d{1,2}[.)])\s+")
"""A list item's marker ("- ", "• ", "3. ")."""
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
CJK_CHAR = re.compile(f"[{_CJK_CHARS}]")
"""A Chinese or Japanese character (kana and the unified ideographs)."""
CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")
CJK_MIN = 4
"""Characters of Chinese or Japanese for a line to be read as such."""


def line_words(line: str) -> int:
    """How many words ``line`` has: split at spaces, but Chinese and Japanese write none.

    In a line of :data:`CJK_MIN` of their characters or more, two characters count
    as a word, as in the line features.

    >>> line_words("The council met on Monday.")
    5
    >>> line_words("気象庁は13日、地震があったと発表した。")
    8
    """
    return with_cjk_words(line, len(line.split()))


def with_cjk_words(line: str, words: int) -> int:
    """``words`` (``line``'s words, counted some way), or more in Chinese or Japanese.

    In a line of :data:`CJK_MIN` of their characters or more, two characters count
    as a word when that makes more words.

    >>> with_cjk_words("市議会は予算案を可決した。", 1), with_cjk_words("Home", 1)
    (6, 1)
    """
    cjk = len(CJK_CHAR.findall(line))
    return words if cjk < CJK_MIN else max(words, cjk // 2)


_LINKED = re.compile(r"\]\(|://")  # a markdown link's target or an address: never cut
_TABLE_ROW = re.compile(r" \|(?: |$)")  # a markdown table's cells (html2text: "a | b")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")  # ---|---


@dataclass(frozen=True)
class Line:
    """A non-empty line of the document (or a wrapped paragraph's lines, joined)."""

    start: int  # offset of the line in the text
    end: int  # offset after the line, its newline included when it has one
    text: str  # without the newline; a wrapped paragraph's lines joined by spaces


def _raw_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        if content.strip():
            out.append(Line(pos, pos + len(raw), content))
        pos += len(raw)
    return out


def _width(line: Line) -> int:
    return len(line.text.rstrip())


def wrap_width(lines: list[Line]) -> int | None:
    """The width ``lines`` were hard-wrapped at, or ``None`` when they were not wrapped.

    >>> wrap_width(_raw_lines("Home\\nNews\\nSport"))  # a menu is not wrapped text
    """
    # A wrapper does not cut a link's target, so lines with links (a markdown link's target,
    # an address) can be any width, and html2text wraps neither list items nor table rows:
    # only the other lines (those a wrapper may cut) show the width, and only they are asked
    # whether they go on. Any line with a cell separator (" | ") is set aside here, a
    # table's row or a menu's; which of them are a table's, never joined, is _table_rows's
    # call (a menu's pipes, where no ---|--- rule is, a wrapper does cut).
    cut = [
        not (
            _LINKED.search(line.text) or LIST_START.match(line.text) or _TABLE_ROW.search(line.text)
        )
        for line in lines
    ]
    widths = [
        _width(line)
        for line, cuttable in zip(lines, cut, strict=True)
        if cuttable and " " in line.text.strip()
    ]
    if len(widths) < 4:
        return None
    # The widest lines, bar a few that could not be cut (long words, escaped markup).
    ordered = sorted(widths)
    width = ordered[len(ordered) - 1 - int(OVER_WIDTH_SHARE_MAX * len(ordered))]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    near = [i for i, line in enumerate(lines) if cut[i] and _width(line) >= width - NEAR]
    gaps = sum(1 for above, below in itertools.pairwise(lines) if below.start != above.end)
    blank_separated = gaps >= BLANK_SEPARATED * (len(lines) - 1)
    goes_on = sum(
        1
        for i in near
        if i + 1 < len(lines) and _goes_on(lines[i], lines[i + 1], width, blank_separated)
    )
    wrapped = goes_on >= MIN_GOES_ON_LINES and goes_on >= MIN_GOES_ON * len(near)
    return width if wrapped else None


_NOT_WRAPPED_ON = ("+ ", "|", ">", "---", "===")  # a list item, a table, a quote, an underline


def _goes_on(line: Line, following: Line, width: int, blank_separated: bool) -> bool:
    """Whether near-width ``line`` goes on into ``following`` as a wrapped paragraph does.

    The next line starts in lower case. Where blank lines separate the blocks
    (markdown, html2text), a line that follows with no blank line goes on too,
    whatever its case (a name, or a script without case: Korean, Chinese,
    Arabic), when its first word would not have fit and nothing else explains the
    break: not the end of a sentence nor a markdown hard break (two trailing
    spaces), nor an indented line, a list item, a table row, a quote or a
    heading's underline.
    """
    if following.start != line.end:
        return False
    text = following.text
    if text.lstrip()[:1].islower():
        return True
    return (
        blank_separated
        and not text[:1].isspace()
        and not text.startswith(_NOT_WRAPPED_ON)
        and not LIST_START.match(text)
        and not line.text.endswith("  ")
        and not line.text.rstrip().endswith((".", "!", "?", ":"))
        and _first_word_overflows(line, following, width)
    )


def _first_word_overflows(line: Line, following: Line, width: int) -> bool:
    """Whether ``following``'s first word would not have fitted at the end of ``line``."""
    return _width(line) + 1 + len(following.text.split(maxsplit=1)[0]) > width


def _table_rows(lines: list[Line]) -> list[bool]:
    """Which ``lines`` are rows of a markdown table (none unless a ``---|---`` rule is there).

    A wrapper (html2text) leaves a table's rows whole, so they are lines of their own
    however wide; without the rule, pipes are a menu's separators, which a wrapper cuts.
    """
    if not any("-|" in line.text and _TABLE_RULE.match(line.text) for line in lines):
        return [False] * len(lines)
    return [_TABLE_ROW.search(line.text) is not None for line in lines]


def _cut_by_wrapper(line: Line, following: Line, width: int) -> bool:
    """Whether the wrapper ended ``line`` because ``following``'s first word did not fit."""
    if following.start != line.end or LIST_START.match(following.text):
        return False  # a blank line or a list item starts a new block
    if _first_word_overflows(line, following, width):
        return True
    # The width is an estimate (escaped markup makes some lines look longer): a long
    # line that goes on in lower case was cut too.
    return _width(line) >= LONG_SHARE * width and following.text.lstrip()[:1].islower()


_JOINED_AFTER = re.compile(r"[^\W\d_]-$|\]\($")  # a word cut at its hyphen, a link's target


def _join(parts: list[Line]) -> Line:
    pieces = [parts[0].text.strip()]
    for part in parts[1:]:
        # A wrapper breaks "well-known" after the hyphen: join it back without a space.
        # (Only the end of the piece before is read: a run of many lines joins in linear time.)
        if not _JOINED_AFTER.search(pieces[-1][-2:]):
            pieces.append(" ")
        pieces.append(part.text.strip())
    return Line(parts[0].start, parts[-1].end, "".join(pieces))


_TARGET_END = re.compile(r"(?<!\\)\)")  # a link target's closing bracket (html2text escapes others)


def _open_after(line: str, was_open: bool) -> bool:
    """Whether a markdown link's target is still open at the end of ``line``.

    ``was_open``: whether one was open at its start. A target opens at ``](`` and
    closes at the first bracket after it that is not escaped (html2text writes
    ``\\(`` and ``\\)`` inside a target: an inline SVG's ``url\\(#clip\\)``).

    >>> _open_after("see [the story](/news/a-", False), _open_after("b-c) now", True)
    (True, False)
    >>> _open_after("![logo](data:image/svg+xml,%3csvg path='url\\\\(%23a\\\\)", False)
    True
    """
    start = line.rfind("](")
    if start >= 0:
        return _TARGET_END.search(line, start + 2) is None
    return was_open and _TARGET_END.search(line) is None


def _inside_link(line: Line, following: Line, target_open: bool) -> bool:
    """Whether a markdown link goes on from ``line`` into ``following``.

    html2text wraps inside a link's text and inside its target
    (``[Flavors of Vietnam: Fish Sauce, Pho & Royal`` / ``Tea](/trips/vietnam-gastro)``),
    and an image's ``data:`` target (an inline SVG, with spaces) over many lines.
    ``target_open``: whether a target is open at the end of ``line``
    (:func:`_open_after`).
    """
    if following.start != line.end:
        return False
    if target_open:
        return True
    return line.text.count("[") > line.text.count("]") and "](" in following.text


def document_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` with their offsets; wrapped paragraphs as one line.

    The newline belongs to its line. Blank lines separate blocks and are in no line.
    A markdown link wrapped over lines is one line too, and so is an image whose
    ``data:`` target (an inline SVG) html2text wrapped over dozens of lines.

    >>> [(line.start, line.end, line.text) for line in document_lines("Home\\n\\nNews")]
    [(0, 5, 'Home'), (6, 10, 'News')]
    >>> [line.text for line in document_lines("* [Royal\\nTea](/x-\\ngastro)\\n* [Japan](/j)")]
    ['* [Royal Tea](/x-gastro)', '* [Japan](/j)']
    """
    lines = _raw_lines(text)
    width = wrap_width(lines)
    links = "](" in text
    if width is None and not links:
        return lines
    rows = _table_rows(lines) if width is not None else [False] * len(lines)
    out: list[Line] = []
    run = [lines[0]]
    target_open = links and _open_after(lines[0].text, False)
    for k in range(1, len(lines)):
        line = lines[k]
        rowed = rows[k - 1] or rows[k]
        # a long target (an inline image's data) is followed to its end, within a bound
        linked = links and (
            len(run) < MAX_LINK_LINES
            or (target_open and line.end - run[0].start <= MAX_TARGET_CHARS)
        )
        if (width is not None and not rowed and _cut_by_wrapper(run[-1], line, width)) or (
            linked and _inside_link(run[-1], line, target_open)
        ):
            run.append(line)
        else:
            out.append(_join(run) if len(run) > 1 else run[0])
            run = [line]
            target_open = False
        target_open = links and _open_after(line.text, target_open)
    out.append(_join(run) if len(run) > 1 else run[0])
    return out
