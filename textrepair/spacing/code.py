"""Lines of source code inside articles: the spacing stage leaves them alone."""

from __future__ import annotations

import re

__all__ = ["code_at", "looks_like_code"]

_SHARED = (
    r"[{}]|::|->|=>|==|!=|0x[0-9A-Fa-f]|^\s{4}|\w\.\w+\(|\w\(.*\)\s*;"
    r"|^\s*(?:import|using)\s+[\w.]+;?\s*$|^\s*#include\b|^\s*def \w+\("
)
_CODE_LINE = re.compile(_SHARED + r"|(?<!:)//|\+\+|;\s*$")
# In tokenizer-spaced text "https : //" is a URL split up, a spaced "word ;" ending a
# line is prose (a list item), and "A++" is a rating: only increments ("i++;", "++i")
# and an attached ";" say code.
_TOKENIZED_CODE_LINE = re.compile(
    _SHARED + r"|(?<!:)(?<!: )//|\w\+\+\s*[;)]|\+\+[A-Za-z_]|(?<! );\s*$"
)


def looks_like_code(line: str, tokenized: bool = False) -> bool:
    """True for a line that looks like source code (braces, ``::``, ``0x``, indentation…).

    ``tokenized``: the line is tokenizer-spaced, where ``process ;`` and ``A++`` are prose.

    >>> looks_like_code("sz :: string_view text ;"), looks_like_code("Read it ; it ’s fine .")
    (True, False)
    >>> looks_like_code("let 's go to http://example.com/a now")
    False
    >>> looks_like_code("rated A++ , and so on ;", tokenized=True), looks_like_code("i++;", True)
    (False, True)
    """
    return bool((_TOKENIZED_CODE_LINE if tokenized else _CODE_LINE).search(line))


def code_at(text: str, pos: int) -> bool:
    r"""Whether the line of ``text`` around ``pos`` looks like source code.

    >>> text = "Call it like this:\nresult = parse(text);\nIt returns a list."
    >>> code_at(text, text.index("parse")), code_at(text, text.index("returns"))
    (True, False)
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return looks_like_code(text[start : end if end >= 0 else len(text)])
