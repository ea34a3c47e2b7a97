"""What a line's markup says: links, images, headings, lists and tables, in any rendering.

Pages reach the chrome stage as plain text (one block per line), as markdown
(html2text, markdownify, crawlers' and readers' output) or as layout text
(inscriptis). Markdown shows what plain text hides: which words are link text.
A menu is a column of links, a share bar a row of them, and an article's
paragraph has few. :func:`visible` gives the text a reader sees (link text
without its target, no URLs), on which the line model's word features are
computed so that they mean the same in every rendering; :func:`markup_features`
gives what the markup itself shows.

>>> visible("  * [World](https://example.org/world)")
'  * World'
>>> [round(v, 2) for v in markup_features("  * [World](https://example.org/world)")]
[1.0, 1.0, 0.0, 0.0, 0.0, 1.0]
>>> markup_features("The council met on [Monday](/news/monday) to vote.")[0] < 0.3
True
"""

from __future__ import annotations

import re

__all__ = ["MARKUP_FEATURES", "markup_features", "plain", "visible"]

# Bounded and unnested: a link's text holds no brackets, its target no spaces or parentheses
# (html2text escapes them), so every pattern scans a line once.
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_URL = re.compile(r"(?:https?://|www\.)[^\s)\]]+|\]\([^()\s]*\)?|\((?:/|#)[^()\s]*\)")
# An inline image's data (an SVG, with spaces and html2text's escaped brackets) as a target
_DATA_TARGET = re.compile(r"\]\(data:(?:[^()\\]|\\.)*\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s|^\s*(?:=+|-{3,})\s*$")
_TABLE = re.compile(r"\|.*\||\S {3,}\S.* {3,}\S")
_INDENT = re.compile(r"^(?: {2,}|\t)")
_EMPHASIS = re.compile(r"\*\*|__|^\s{0,3}#{1,6}\s+|\s+#+\s*$")

MARKUP_FEATURES = ("link_share", "all_link", "image", "heading", "table_row", "indented")
"""The markup features of a line, in the order of :func:`markup_features`."""


def _without_data(line: str) -> str:
    """``line`` with each inline image's ``data:`` target emptied, so the patterns read it."""
    return _DATA_TARGET.sub("]()", line) if "](data:" in line else line


def visible(line: str) -> str:
    """``line`` as a reader sees it: image and link text kept, targets and URLs gone.

    >>> visible("[![Photo](/a.png)](/story) read www.example.org now")
    'Photo read  now'
    >>> visible("![play](data:image/svg+xml,%3csvg width='16' d='M5 3H1 url\\\\(%23a\\\\)'/%3e)")
    'play'
    """
    if "](" not in line and "://" not in line and "www." not in line:
        return line
    return _URL.sub("", _LINK.sub(r"\1", _IMAGE.sub(r"\1", _without_data(line))))


def plain(line: str, shown: str | None = None) -> str:
    """:func:`visible` text without heading marks and bold markers, for the rules.

    ``shown`` is :func:`visible` of ``line`` when the caller has it already.

    >>> plain("## **Read more:**")
    'Read more:'
    """
    shown = visible(line) if shown is None else shown
    if "#" not in shown and "**" not in shown and "__" not in shown:
        return shown
    return _EMPHASIS.sub("", shown)


def markup_features(line: str, shown: str | None = None) -> list[float]:
    """The share of the line's visible letters that are link text, and markup signs.

    ``shown`` is :func:`visible` of ``line`` when the caller has it already.

    In order (:data:`MARKUP_FEATURES`): link-text share of the visible
    characters; whether the whole line (bar a list marker) is links; an image;
    a heading (``#`` or a setext underline); a table row (pipes, or columns
    laid out with runs of spaces); indentation (nested lists in markdown and
    layout text).
    """
    share, all_link = 0.0, 0.0  # a line without a link (most lines): no letters of links
    if "](" in line:
        shown = visible(line) if shown is None else shown
        letters = sum(map(str.isalnum, shown))
        text = _IMAGE.sub(r"\1", _without_data(line))
        linked = sum(sum(map(str.isalnum, m.group(1))) for m in _LINK.finditer(text))
        share = min(linked / letters, 1.0) if letters else 0.0
        all_link = float(letters > 0 and linked >= letters)
    return [
        share,
        all_link,
        float("![" in line),
        float(bool(_HEADING.match(line))),
        # a table row holds a pipe or a run of spaces; most lines hold neither
        float(("|" in line or "   " in line) and bool(_TABLE.search(line))),
        float(bool(_INDENT.match(line))),
    ]
