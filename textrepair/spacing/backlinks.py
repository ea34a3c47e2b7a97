"""Spaces lost in a reference's back-links: ``^abMein Smith`` is ``^ a b Mein Smith``.

A wiki's note that the article cites more than once starts with a caret and one
letter per citing place, each letter a link back to it (``^ a b c``). A scraper
that strips each link's text node glues the letters together and to the note
(``^abcdWilson, John``, ``^ab"Glossary"``). The letters are always ``a``, ``b``,
``c``… in order, two or more of them, at the start of a line, and the note after
them starts with a capital or a quote: nothing else has that shape outside code
(a regular expression's ``^abc`` is left alone in a code line).

>>> from textrepair.edits import apply_edits
>>> from textrepair.spacing.text_index import TextIndex
>>> text = "Sources.\\n^abMein Smith 2005, p. 23.\\n3. ^abc\\"Glossary\\". Department.\\n^abx Yes"
>>> print(apply_edits(text, backlink_edits(text, TextIndex(text), 0.85)))
Sources.
^ a b Mein Smith 2005, p. 23.
3. ^ a b c "Glossary". Department.
^abx Yes
"""

from __future__ import annotations

import re

from textrepair.edits import Edit
from textrepair.spacing.text_index import TextIndex

__all__ = ["backlink_edits"]

STAGE = "spacing"
REASON = "missing space in a reference's back-links (^ a b)"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# A line's caret (after a list number), then its back-link letters, then the note.
_BACKLINKS = re.compile(
    r"^(?:\d{1,4}\.[ \t]*)?\^([ \t]?)([a-z]{2,26})([ \t]?)(?=[A-Z\"“‘'(])", re.MULTILINE
)


def backlink_edits(text: str, index: TextIndex, confidence: float) -> list[Edit]:
    """The spaces lost after a line's caret, between its back-link letters and before its note.

    One scan of the text (the pattern is anchored at line starts); lines that look like
    code are skipped.
    """
    edits: list[Edit] = []
    if "^" not in text:
        return edits
    for m in _BACKLINKS.finditer(text):
        letters = m.group(2)
        if letters != _LETTERS[: len(letters)] or index.is_code(m.start()):
            continue
        places = [] if m.group(1) else [m.start(2)]
        places += range(m.start(2) + 1, m.end(2))
        if not m.group(3):
            places.append(m.end(2))
        edits += [Edit(STAGE, pos, pos, "", " ", REASON, confidence) for pos in places]
    return edits
