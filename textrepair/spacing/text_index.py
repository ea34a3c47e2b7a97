"""Where a position sits in its text: its whitespace token and its line, in linear time.

The glued-word rules ask, for each candidate, about the token around it and whether
its line is source code. Asked naively (scan out to the whitespace, scan out to the
newlines, test the whole line), each question costs the length of the token or the
line, and a long line full of candidates makes the stage quadratic: 80,000 characters
of ``the,hisdigital,of,saysFacebook,…`` took 85 s. :class:`TextIndex` scans out from
the position no further than :data:`MAX_TOKEN` characters (constant work per question,
and no pass over the tokens of a text that asks nothing), finds the lines once, answers
which line by binary search, and remembers each line's verdict.

A token longer than :data:`MAX_TOKEN` characters is not prose (glued link text is a
few words; runs over 48 letters are never candidates either): :meth:`TextIndex.token`
returns None for it, and the glued-word rules leave it as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from textrepair.language.code import looks_like_code

__all__ = ["MAX_TOKEN", "TextIndex"]

MAX_TOKEN = 500
_SPACE = re.compile(r"\s")
_SHORT = 40  # most tokens end within this many characters: look there first
_GLUED_MARK = re.compile(r"[.,;:!?)\]”’\"](?=\S)")


class TextIndex:
    """Tokens and lines of one text, found on first use.

    >>> index = TextIndex("said:“We  won\\nresult = parse(text);")
    >>> index.token(3), index.token(9), index.token(13)
    ((0, 'said:“We'), (9, ''), (10, 'won'))
    >>> index.is_code(2), index.is_code(20)
    (False, True)
    >>> index.glued_marks()
    [4, 33]
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts: list[int] = []
        self._code: dict[int, bool] = {}
        self._glued_marks: list[int] | None = None

    def glued_marks(self) -> list[int]:
        """Where a mark (``.,;:!?)]``) or a quote (``”’"``) has no space after it, in order.

        One scan of the text, kept for every rule and model that looks at such marks.
        """
        if self._glued_marks is None:
            self._glued_marks = [m.start() for m in _GLUED_MARK.finditer(self.text)]
        return self._glued_marks

    def _start(self, pos: int) -> int | None:
        """Where the token reaching ``pos`` from the left starts; None beyond MAX_TOKEN."""
        text = self.text
        for width in (_SHORT, MAX_TOKEN + 1):
            lo = max(0, pos - width)
            space = _SPACE.search(text[lo:pos][::-1])
            back = pos - lo if space is None else space.start()
            if space is not None or lo == 0:
                return pos - back
        return None

    def token(self, pos: int) -> tuple[int, str] | None:
        """The whitespace-delimited token around ``pos``, as ``(start, token)``.

        ``pos`` may sit just after the token. In whitespace away from any token the
        answer is ``(pos, "")``; for a token over :data:`MAX_TOKEN` characters, None.
        """
        start = self._start(pos)
        if start is None:
            return None
        limit = min(len(self.text), start + MAX_TOKEN + 1)
        space = _SPACE.search(self.text, pos, limit)
        end = limit if space is None else space.start()
        if end - start > MAX_TOKEN or pos > end:
            return None
        return start, self.text[start:end]

    def is_code(self, pos: int) -> bool:
        """Whether the line around ``pos`` looks like source code (one test per line)."""
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        i = bisect_right(self._line_starts, pos) - 1
        verdict = self._code.get(i)
        if verdict is None:
            start = self._line_starts[i]
            end = self._line_starts[i + 1] - 1 if i + 1 < len(self._line_starts) else len(self.text)
            verdict = self._code[i] = looks_like_code(self.text[start:end])
        return verdict
