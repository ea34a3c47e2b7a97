"""Glued words as real tools make them, from real HTML, with the truth kept.

A scraper that takes each text node of a page, strips it and joins the pieces
(``"".join(t.strip() for t in el.itertext())``, a common way to tidy the
output of ``lxml``'s ``itertext()`` or ``text_content()``) loses every space
that sat at the edge of an inline element: around links, bold and italic
text, spans and footnote markers. The spaces are lost exactly where real pages
put those elements: ``late fees,routinely charged``, ``back in2015``,
``the Southern District of OhioannouncedFriday``.

:func:`glue_html` renders a page that way, block by block, and records every
lost space; :func:`article_blocks` keeps the blocks that are part of the
page's gold article, which is the text a user of the spacing stage holds.
Each lost space is classed by what it sits between (:func:`boundary`).

>>> page = glue_html('<p>Fees rose in <a href="/x">2015</a>, <b>routinely</b>.</p>')
>>> page.blocks[0].text, page.blocks[0].correct
('Fees rose in2015,routinely.', 'Fees rose in 2015, routinely.')
>>> [boundary(page.blocks[0].correct, p) for p in page.blocks[0].lost_in_correct]
['digit|word', 'punctuation|word']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

INLINE = frozenset(
    "a abbr acronym b bdi bdo big cite code data dfn em font i ins del kbd mark q s samp "
    "small span strike strong sub sup time tt u var label ruby rb rp rt rtc nobr".split()
)
"""Elements a browser lays out inline: their text goes on the line of the text around them
(a Japanese name's reading, ``<ruby>尹錫悦<rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>``,
stays in its sentence)."""
SKIP = frozenset(
    "script style noscript template svg head iframe object embed select option button "
    "textarea math canvas video audio picture".split()
)
BOUNDARIES = ("word|word", "punctuation|word", "digit|word", "name|name")
# A space lost inside a <pre> element: a code listing whose highlighting spans lost the spaces
# between them (SELECT*FROMunnest). Counted apart from the prose's boundaries: the spacing
# stage leaves code alone by design, and no rule restores a listing's tokens.
LISTING = "listing"


def insert_spaces(text: str, positions: Iterable[int]) -> str:
    """``text`` with a space inserted at each of ``positions`` (offsets in ``text``).

    >>> insert_spaces("inthe2017", [2, 5])
    'in the 2017'
    """
    out, prev = [], 0
    for pos in sorted(positions):
        out.append(text[prev:pos])
        out.append(" ")
        prev = pos
    out.append(text[prev:])
    return "".join(out)


@dataclass
class Block:
    """One block element's text: glued as the scraper wrote it, and as it should read."""

    text: str  # the glued text
    lost: list[int] = field(default_factory=list)  # positions in `text` where a space was lost
    # positions in `text` where two text nodes meet with no whitespace at all (in<b>2015</b>)
    joins: list[int] = field(default_factory=list)
    listing: bool = False  # the block is inside a <pre> element

    @property
    def correct(self) -> str:
        return insert_spaces(self.text, self.lost)

    @property
    def lost_in_correct(self) -> list[int]:
        """Positions of the lost spaces in :attr:`correct`."""
        return [pos + i for i, pos in enumerate(self.lost)]

    @property
    def joins_in_correct(self) -> list[int]:
        """Positions of :attr:`joins` in :attr:`correct` (after the spaces put back before them)."""
        return [pos + bisect.bisect_left(self.lost, pos) for pos in self.joins]


@dataclass
class GluedHtml:
    blocks: list[Block]


Node = tuple[str, bool]  # a text node, and whether it is inside a <pre> element


def _nodes(root: object) -> Iterator[Node | None]:
    """Text nodes in document order; None where a block element starts or ends."""
    from lxml import etree

    def walk(el: etree._Element, listing: bool) -> Iterator[Node | None]:
        tag = el.tag if isinstance(el.tag, str) else ""
        local = tag.rsplit("}", 1)[-1].lower()
        if not tag or local in SKIP:
            return  # comments, processing instructions, scripts: their tail is the parent's
        block = local not in INLINE
        inside = listing or local == "pre"
        if block:
            yield None
        if el.text:
            yield el.text, inside
        for child in el:
            yield from walk(child, inside)
            if child.tail:
                yield child.tail, inside
        if block:
            yield None

    yield from walk(root, False)  # type: ignore[arg-type]


def _blocks(nodes: Iterator[Node | None]) -> Iterator[Block]:
    current: list[Node] = []

    def flush() -> Block | None:
        parts: list[str] = []
        lost: list[int] = []
        joins: list[int] = []
        pos = 0
        pending = False
        listing = any(inside for _, inside in current)
        for node, _ in current:
            core = " ".join(node.split())
            if node[:1].isspace():
                pending = True
            if core:
                if pending and pos:
                    lost.append(pos)
                elif pos:
                    joins.append(pos)
                parts.append(core)
                pos += len(core)
                pending = node[-1:].isspace()
            elif node:
                pending = True
        current.clear()
        return Block("".join(parts), lost, joins, listing) if parts else None

    for node in nodes:
        if node is None:
            block = flush()
            if block is not None:
                yield block
        else:
            current.append(node)
    block = flush()
    if block is not None:
        yield block


def glue_html(html: str) -> GluedHtml:
    """Render ``html`` as a node-stripping scraper does: one line per block element."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return GluedHtml([])
    body = root.find("body")
    return GluedHtml(list(_blocks(_nodes(body if body is not None else root))))


# Curly quotes made straight and no-break spaces plain, so that a gold and its page compare.
STRAIGHT_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\xa0": " "})


def _normal(text: str) -> str:
    return " ".join(text.translate(STRAIGHT_QUOTES).split())


def article_blocks(page: GluedHtml, gold: str, min_words: int = 3) -> list[Block]:
    """The blocks whose correct text is part of the gold article (quotes made straight)."""
    norm_gold = _normal(gold)
    return [
        b
        for b in page.blocks
        if len(b.correct.split()) >= min_words and _normal(b.correct) in norm_gold
    ]


_WORD_AT = re.compile(r"\w+")


def boundary(correct: str, pos: int) -> str:
    """What the space at ``correct[pos]`` separates: see :data:`BOUNDARIES`.

    ``punctuation|word`` when either side touching the space is not a letter or
    digit; ``digit|word`` when either side is a digit; ``name|name`` when the
    words either side both start with a capital; else ``word|word``.
    """
    left, right = correct[pos - 1], correct[pos + 1]
    if not (left.isalnum() and right.isalnum()):
        return "punctuation|word"
    if left.isdigit() or right.isdigit():
        return "digit|word"
    start = pos - 1
    while start > 0 and correct[start - 1].isalnum():
        start -= 1
    if correct[start].isupper() and right.isupper():
        return "name|name"
    return "word|word"


@dataclass(frozen=True)
class GluedDocument:
    """A page's article blocks as one text (one block per line), with the truth."""

    id: str
    source: str
    lang: str
    text: str  # glued
    correct: str
    lost: frozenset[int]  # positions in `text` where a space was lost
    kinds: dict[int, str]  # the boundary of each lost space, by its position in `text`


def document(page: dict[str, str], min_words: int = 3) -> GluedDocument:
    """Glue ``page``'s HTML and keep its article blocks as one text."""
    blocks = article_blocks(glue_html(page["html"]), page["gold"], min_words)
    texts: list[str] = []
    lost: set[int] = set()
    kinds: dict[int, str] = {}
    offset = 0
    for block in blocks:
        correct = block.correct
        for pos, at in zip(block.lost, block.lost_in_correct, strict=True):
            lost.add(offset + pos)
            kinds[offset + pos] = LISTING if block.listing else boundary(correct, at)
        texts.append(block.text)
        offset += len(block.text) + 1
    return GluedDocument(
        page["id"],
        page["source"],
        page["lang"],
        "\n".join(texts),
        "\n".join(b.correct for b in blocks),
        frozenset(lost),
        kinds,
    )


@dataclass
class Score:
    """Lost spaces restored (overall and by boundary) and wrong edits, summed over documents."""

    lost: dict[str, int] = field(default_factory=dict)
    restored: dict[str, int] = field(default_factory=dict)
    false_splits: int = 0
    false_joins: int = 0
    tokens: int = 0
    documents: int = 0
    unaligned: int = 0

    def add(self, doc: GluedDocument, output: str, other: str | None = None) -> None:
        """Score ``output`` (the text after repair) against ``doc``.

        With ``other``, a second repair of the same text, a space counts where either
        output has it: what the two repairs would do together, at the cost of both
        one's wrong splits.
        """
        self.documents += 1
        self.tokens += len(doc.correct.split())
        truth = _space_before(doc.correct)
        got = _space_before(output)
        glued = _space_before(doc.text)
        if truth[0] != got[0]:  # the repair changed characters, not just spaces
            self.unaligned += 1
            return
        spaced = got[1]
        if other is not None:
            also = _space_before(other)
            if truth[0] != also[0]:
                self.unaligned += 1
                return
            spaced = [a or b for a, b in zip(got[1], also[1], strict=True)]
        # glued[1][k]: is there a space before the k-th non-space character of the glued text;
        # the lost ones are those the truth has and the glued text lacks.
        for k, (want, have, had) in enumerate(zip(truth[1], spaced, glued[1], strict=True)):
            if want and not had:
                kind = doc.kinds[glued[2][k]]
                self.lost[kind] = self.lost.get(kind, 0) + 1
                self.restored[kind] = self.restored.get(kind, 0) + have
            elif have and not want:
                self.false_splits += 1
            elif want and had and not have:
                self.false_joins += 1

    def share(self, *kinds: str) -> float:
        """Share of the lost spaces of ``kinds`` restored (by default the prose's :data:`BOUNDARIES`)."""
        kinds = kinds or BOUNDARIES
        total = sum(self.lost.get(k, 0) for k in kinds)
        return sum(self.restored.get(k, 0) for k in kinds) / max(total, 1)

    def per_1000(self, count: int) -> float:
        return 1000 * count / max(self.tokens, 1)


def _space_before(text: str) -> tuple[str, list[bool], list[int]]:
    """The non-space characters, whether each follows a space, and each one's position."""
    chars: list[str] = []
    spaced: list[bool] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            space = True
            continue
        chars.append(ch)
        spaced.append(space)
        where.append(i)
        space = False
    return "".join(chars), spaced, where
