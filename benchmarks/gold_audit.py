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
* ``contradicted``: the HTML spaces them as the gold does. This is not always
  a wrong edit (pages glue words themselves, or separate elements by CSS,
  ``rock salt.</p><figcaption>Credit``), but it is where to look for one;
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
>>> faithful.verdict("Nothing like it.", Edit("spacing", 7, 7, "", " ", "glued words", 0.9))
'unclear'
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.real_glue import STRAIGHT_QUOTES, glue_html
from textrepair.edits import Edit

__all__ = ["VERDICTS", "Faithful", "skeleton"]

VERDICTS = ("confirmed", "contradicted", "unclear")
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

    @classmethod
    def from_html(cls, html: str) -> Faithful:
        """Render ``html`` keeping every text node's whitespace (block by block)."""
        text = "\n".join(block.correct for block in glue_html(html).blocks)
        chars, spaced = skeleton(text.translate(STRAIGHT_QUOTES))
        return cls(chars, tuple(spaced))

    def verdict(self, gold: str, edit: Edit) -> str:
        """``confirmed``, ``contradicted`` or ``unclear`` (see the module docstring)."""
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
        return "confirmed" if agree.pop() else "contradicted"


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
