"""Lines of source code inside articles: spacing leaves them alone, chrome keeps them.

The detokenizer also leaves typeset mathematics alone: extracted from MathJax or
KaTeX it comes out with every symbol spaced (``( ∑ k = 1 n a k b k ) 2 ≤``), and
that spacing is the notation's, not a tokenizer's.
"""

from __future__ import annotations

import re

__all__ = ["CODE_WORDS", "looks_like_code"]

CODE_WORDS = frozenset(
    """instanceof typeof sizeof alignof offsetof nameof ifdef ifndef endif elif readonly
    noexcept constexpr nullptr isinstance issubclass hasattr getattr setattr delattr
    foreach stdin stdout stderr onload onunload onchange onsubmit onclick ondblclick oninput
    onfocus onblur onkeyup onkeydown onkeypress onmouseover onmouseout onmousedown onmouseup
    onscroll onresize innertext innerhtml outerhtml textcontent keyup keydown keypress
    mousedown mouseup mouseover mouseout mousemove webhook webhooks""".split()
)
"""Keywords, built-ins and DOM names of the common programming languages that read as
English words glued together (``instance|of``, ``is|instance``, ``for|each``, ``on|load``),
lower-cased: prose about code writes them as they are, and no dictionary lists them.
"""

# A grammar's synopsis (SQL's, a command's usage) marks optional parts with spaced brackets:
# a repetition ``[, ...]``, alternatives ``[ ALL | DISTINCT ]``, a placeholder ``[ frame_clause ]``.
# Only in tokenizer-spaced text, where the detokenizer would close them up (the chrome stage
# reads a line as written, where ``[ Home | News ]`` is a menu).
_SYNOPSIS = r"|\[,\s?\.\.\.\s?\]|\[ [^\[\]\n|]{1,60} \| |\[ (?:[A-Z]+ )*[a-z]+_\w+ \]"
# Operators of typeset mathematics that prose does not use (not "×", as in "3 × 4 m", nor "°"):
# a tokenizer-spaced line with one is notation. (Glued words beside them are still repaired.)
_MATH = "[−∑∏∫√∞≤≥≠≈±∓∇∂⋅]"
# Patterns anchored at the start of the line, tried once per line with ``match``...
_CODE_START = re.compile(r"\s{4}|\s*(?:import|using)\s+[\w.]+;?\s*$|\s*#include\b|\s*def \w+\(")
# ...and patterns searched for anywhere, each starting with a punctuation mark and looking
# behind from there: a pattern that starts with ``\w`` or a look-behind is tried at every
# letter of the line, several times slower.
# A hex literal's 0x starts a token: 0x1F, not the x of 10x10-foot or 120x65x40mm. A member
# call's name starts with a letter: obj.method(, not the $16.99( or Policy.33( of lost spaces.
_SHARED = r"[{}]|::|=>|==|!=|0x(?<!\w0x)[0-9A-Fa-f]|\.(?<=\w\.)[^\W\d]\w*\("
# A call statement, ``\w\(.*\)\s*;``, is tested by _call_statement instead: as a pattern
# its ``.*`` backtracks from every ``x(`` of a line, which is quadratic in the line.
_CALL = re.compile(r"\((?<=\w\()")
_CALL_END = re.compile(r"\)\s*;")
# In prose, an arrow spaced between a word and a capitalised one is a menu path ("Settings ->
# System") and "++" a language (C++, Notepad++): code writes its arrows otherwise (ptr->next,
# info -> 'dept', a diagram's -->) and increments a lower-case variable (i++; count++) or
# before one (++i).
_CODE_LINE = re.compile(
    _SHARED
    + r"|->(?<![A-Za-z] ->)|->(?! [A-Z])|//(?<!://)|\+\+(?<=[a-z\d_]\+\+)\s*[;)]|\+\+(?<![\w+]\+\+)[A-Za-z_]|;\s*$"
)
# In tokenizer-spaced text "https : //" is a URL split up, a spaced "word ;" ending a
# line is prose (a list item), and "A++" is a rating: only increments ("i++;", "++i")
# and an attached ";" say code.
_TOKENIZED_CODE_LINE = re.compile(
    _SHARED
    + r"|->|//(?<!://)(?<!: //)|\+\+(?<=\w\+\+)\s*[;)]|\+\+[A-Za-z_]|;(?<! ;)\s*$|"
    + _MATH
    + _SYNOPSIS
)


def looks_like_code(line: str, tokenized: bool = False) -> bool:
    """True for a line that looks like source code (braces, ``::``, ``0x``, indentation…) or math.

    ``tokenized``: the line is tokenizer-spaced, where ``process ;`` and ``A++`` are prose.

    >>> looks_like_code("sz :: string_view text ;"), looks_like_code("Read it ; it ’s fine .")
    (True, False)
    >>> looks_like_code("let 's go to http://example.com/a now")
    False
    >>> looks_like_code("x = 0x1F"), looks_like_code("a 10x10-foot garden, 120x65x40mm")
    (True, False)
    >>> looks_like_code("node->next = head;"), looks_like_code("Go to Settings -> Privacy.")
    (True, False)
    >>> looks_like_code("for (i = 0; i < n; i++)"), looks_like_code("It is written inC++and (C++).")
    (True, False)
    >>> looks_like_code("3 x − 1 + ( 1 + x ) 2 is an example", tokenized=True)
    True
    >>> looks_like_code("rated A++ , and so on ;", tokenized=True), looks_like_code("i++;", True)
    (False, True)
    >>> looks_like_code("GROUP BY [ ALL | DISTINCT ] grouping_element [, ...]", tokenized=True)
    True
    >>> looks_like_code("[ frame_clause ]", True), looks_like_code("the results [ 1 ] show", True)
    (True, False)
    """
    pattern = _TOKENIZED_CODE_LINE if tokenized else _CODE_LINE
    return (
        _CODE_START.match(line) is not None
        or pattern.search(line) is not None
        or _call_statement(line)
    )


def _call_statement(line: str) -> bool:
    r"""What ``\w\(.*\)\s*;`` finds, in linear time: a call, then ``)`` and ``;`` on its line.

    Only the first call of each line needs testing: a later one sees less of the line.

    >>> _call_statement("x = f(a, b) ;"), _call_statement("f(a) said ( so )"), _call_statement("")
    (True, False, False)
    """
    pos = 0
    while (call := _CALL.search(line, pos)) is not None:
        end = line.find("\n", call.end())
        end = len(line) if end < 0 else end
        if _CALL_END.search(line, call.end(), end) is not None:
            return True
        pos = end + 1
    return False
