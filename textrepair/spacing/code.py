"""Lines of source code inside articles: the spacing stage leaves them alone."""

from __future__ import annotations

import re

__all__ = ["code_at", "looks_like_code"]

_CODE_LINE = re.compile(
    r"[{}]|::|(?<!:)//|->|=>|==|!=|\+\+|0x[0-9A-Fa-f]|;\s*$|^\s{4}|\w\.\w+\(|\w\(.*\)\s*;"
    r"|^\s*(?:import|using)\s+[\w.]+;?\s*$|^\s*#include\b|^\s*def \w+\("
)


def looks_like_code(line: str) -> bool:
    """True for a line that looks like source code (braces, ``::``, ``0x``, indentation…).

    >>> looks_like_code("sz :: string_view text ;"), looks_like_code("Read it ; it ’s fine .")
    (True, False)
    >>> looks_like_code("let 's go to http://example.com/a now")
    False
    """
    return bool(_CODE_LINE.search(line))


def code_at(text: str, pos: int) -> bool:
    r"""Whether the line of ``text`` around ``pos`` looks like source code.

    >>> text = "Call it like this:\nresult = parse(text);\nIt returns a list."
    >>> code_at(text, text.index("parse")), code_at(text, text.index("returns"))
    (True, False)
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return looks_like_code(text[start : end if end >= 0 else len(text)])
