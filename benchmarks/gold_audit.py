"""Check a spacing edit made on gold text against the page's own HTML.

The clean-text figure counts every spacing edit on a source's gold text as a
false positive. But a gold text is an extraction too, and some golds carry the
spacing damage the stage repairs: WCXB's golds write ``The Forms API , Form
fields , and`` where the page's HTML has ``The Forms API</a>, <a>Form
fields</a>, and``. The HTML settles such cases: render it faithfully (each text
node with its own whitespace, :attr:`benchmarks.real_glue.Block.correct`),
find the edit's neighbourhood there by its non-space characters, and compare
the spaces:

* ``confirmed``: the HTML spaces the changed gaps as the edit does (the gold
  carried the damage);
* ``joined``: the HTML spaces them as the gold does, and each is where two
  elements meet with nothing between them (``dressed</a>in``,
  ``in<span>2015</span>``): the page itself glues the words there, as a link
  that lost its spaces does. A browser shows them glued too, so the edit may
  well repair the page; but a drop capital (``<b>W</b>ord``) meets its word
  the same way;
* ``contradicted``: the HTML spaces them as the gold does, inside one text
  node. This is not always a wrong edit (pages glue words themselves, or
  separate elements by CSS, ``rock salt.</p><figcaption>Credit``), but it is
  where to look for one;
* ``unclear``: the neighbourhood is not in the HTML, is there more than once
  with different spacing, or the edit changes more than spaces.

>>> from textrepair.edits import Edit
>>> html = '<p>See <a href="/a">The Forms API</a>, <a href="/b">fields</a>, and more.</p>'
>>> faithful = Faithful.from_html(html)
>>> gold = "See The Forms API , fields , and more."
>>> faithful.verdict(gold, Edit("spacing", 17, 18, " ", "", "tokenizer spacing", 0.9))
'confirmed'
>>> faithful.verdict(gold, Edit("spacing", 22, 22, "", " ", "glued words", 0.9))  # fie lds
'contradicted'
>>> Faithful.from_html("<p>He always <a>dressed</a>in style.</p>").verdict(
...     "He always dressedin style.", Edit("spacing", 17, 17, "", " ", "glued words", 0.9))
'joined'
>>> faithful.verdict("Nothing like it.", Edit("spacing", 7, 7, "", " ", "glued words", 0.9))
'unclear'
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.real_glue import STRAIGHT_QUOTES, glue_html
from textrepair.edits import Edit

__all__ = ["VERDICTS", "Faithful", "skeleton"]

VERDICTS = ("confirmed", "joined", "contradicted", "unclear")
CONTEXT = 12
"""Non-space characters taken on each side of an edit to find it in the HTML."""
_MOST_PLACES = 3


def skeleton(text: str) -> tuple[str, list[bool]]:
    """The non-space characters of ``text``, and whether a space comes before each.

    >>> skeleton("a b,c")
    ('ab,c', [False, True, False, False])
    """
    chars: list[str] = []
    spaced: list[bool] = []
    space = False
    for ch in text:
        if ch.isspace():
            space = True
            continue
        chars.append(ch)
        spaced.append(space)
        space = False
    return "".join(chars), spaced


@dataclass(frozen=True)
class Faithful:
    """A page's text as its HTML spaces it: non-space characters and their spacing."""

    chars: str
    spaced: tuple[bool, ...]
    joined: frozenset[int] = frozenset()
    """Indexes in :attr:`chars` of the characters that start a text node glued to the one before."""

    @classmethod
    def from_html(cls, html: str) -> Faithful:
        """Render ``html`` keeping every text node's whitespace (block by block)."""
        texts: list[str] = []
        joins: list[int] = []  # offsets in the rendered text
        offset = 0
        for block in glue_html(html).blocks:
            correct = block.correct
            joins.extend(offset + pos for pos in block.joins_in_correct)
            texts.append(correct)
            offset += len(correct) + 1
        text = "\n".join(texts)
        chars, spaced = skeleton(text.translate(STRAIGHT_QUOTES))
        # a join is at a non-space character: its index among them
        non_space = [i for i, ch in enumerate(text) if not ch.isspace()]
        index = {pos: k for k, pos in enumerate(non_space)}
        return cls(chars, tuple(spaced), frozenset(index[pos] for pos in joins if pos in index))

    def verdict(self, gold: str, edit: Edit) -> str:
        """``confirmed``, ``joined``, ``contradicted`` or ``unclear`` (see the module docstring)."""
        if skeleton(edit.before)[0] != skeleton(edit.after)[0]:
            return "unclear"  # not a change of spaces only
        start = _back(gold, edit.start)
        end = _forward(gold, edit.end)
        chars, old = skeleton(gold[start:end].translate(STRAIGHT_QUOTES))
        new = skeleton(
            (gold[start : edit.start] + edit.after + gold[edit.end : end]).translate(
                STRAIGHT_QUOTES
            )
        )[1]
        changed = [j for j in range(1, len(chars)) if old[j] != new[j]]
        places: list[int] = []
        at = self.chars.find(chars)
        while at >= 0 and len(places) < _MOST_PLACES:
            places.append(at)
            at = self.chars.find(chars, at + 1)
        agree = {all(self.spaced[at + j] == new[j] for j in changed) for at in places}
        if not changed or len(agree) != 1:
            return "unclear"
        if agree.pop():
            return "confirmed"
        if all(at + j in self.joined for at in places for j in changed):
            return "joined"
        return "contradicted"


def _back(text: str, pos: int) -> int:
    """Where to start so that ``CONTEXT`` non-space characters come before ``pos``."""
    seen = 0
    while pos > 0 and seen < CONTEXT:
        pos -= 1
        seen += not text[pos].isspace()
    return pos


def _forward(text: str, pos: int) -> int:
    """Where to end so that ``CONTEXT`` non-space characters come after ``pos``."""
    seen = 0
    while pos < len(text) and seen < CONTEXT:
        seen += not text[pos].isspace()
        pos += 1
    return pos
