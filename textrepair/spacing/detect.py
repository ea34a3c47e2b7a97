"""Is this text tokenizer-spaced? Decide before changing anything.

Ordinary prose attaches commas, full stops and clitics to the word before
them; tokenized text puts a space there. A line is treated as tokenized when
it shows at least one such space and at least as many as attached ones, and
the document as a whole is not clearly ordinary prose and shows a mark only a
tokenizer leaves (a spaced sentence end, clitic or bracket).
"""

from __future__ import annotations

import re

from textrepair.spacing.token_shapes import PTB_ESCAPES

__all__ = ["tokenized_lines"]

# Each pattern starts with a plain character class and looks behind from there, which is
# several times faster on long texts than a leading look-behind or ``\w`` would be.

# PTB splits "do n't", Moses "don 't" and, around a curly apostrophe, "don ’ t".
_CLITIC = r"n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|(?<=n )['’]t\b|['’] (?:s|re|ve|ll|d|m|t)\b"
_LEFT_MARKS = (
    r"(?<=[(\[] )(?=[\w?!])"  # "( AP", "( ?"
    r"|(?<=[a-z] )(?:s|m|ve|ll|nt)(?= |$)"  # bare clitics: "it s", "i m"
    r"|(?:(?<=^\" )|(?<=[ (]\" ))(?=[^\"\n]+ \")"  # spaced straight quotes: " G "
    r"|(?<=\w [‘’'] )(?=\w+ [^‘’'\n]*[‘’'] )"  # spaced single quotes: going ’ head to head ’ in
)
# A space before closing punctuation or a clitic (with its apostrophe, or bare where the
# writer left it out), or after an opening bracket or a straight quote.
_SPACED = re.compile(
    rf" (?:(?<=[\w$%] )(?:[.!?]+(?= |$)|[,;:)\]](?= |$)|{_CLITIC})|{_LEFT_MARKS})", re.M
)
# Marks only a tokenizer leaves: a spaced sentence end, clitic or bracket (spaced
# commas and colons alone also occur in tables, French-style text and code).
_DISTINCTIVE = re.compile(
    rf" (?:(?<=[\w\"')\]$%] )(?:[.!?]+(?= |$)|{_CLITIC}|[)\]](?= |$))|{_LEFT_MARKS})", re.M
)
# Penn Treebank escapes (``, '', -LRB-, …) are read as the characters they stand for.
_PTB_ESCAPE = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, PTB_ESCAPES)) + r")(?!\S)")
# The same marks attached, as ordinary prose writes them.
# (A digit before 's is a decade or a plural, "the 80’s", which tokenizers keep whole.)
_ATTACHED = re.compile(
    r"[,;:!?)\]'’n](?:(?<=\w[,;:!?)\]])(?= |$)|(?<=[^\W\d]['’])(?:s|re|ve|ll|d|m)\b"
    r"|(?<=[^\W\d]n)['’]t\b)",
    re.M,
)


def tokenized_lines(text: str) -> list[bool]:
    """For each line of ``text`` (``splitlines``), whether it is tokenizer-spaced.

    >>> tokenized_lines("It ’s done , he said .\\nIt’s done, he said.")
    [True, False]
    >>> tokenized_lines("Paris - Roubaix ran from 2010 - 2012, as usual.")
    [False]
    """
    text = _PTB_ESCAPE.sub(lambda m: PTB_ESCAPES[m.group()][1], text)
    lines = text.splitlines()
    spaced_doc = len(_SPACED.findall(text))
    attached_doc = len(_ATTACHED.findall(text))
    single_sentence = len(lines) == 1 and len(text) < 1000
    if (
        spaced_doc == 0
        or attached_doc > 3 * spaced_doc
        or not (single_sentence or _DISTINCTIVE.search(text))
    ):
        return [False] * len(lines)  # ordinary prose with the odd typo, or a table
    if spaced_doc >= 3 and spaced_doc > 2 * attached_doc:
        return [True] * len(lines)  # a tokenized document: every line of it
    out = []
    for line in lines:
        spaced = len(_SPACED.findall(line))
        attached = len(_ATTACHED.findall(line))
        distinctive = _DISTINCTIVE.search(line) is not None
        out.append(spaced >= 1 and (spaced > attached or (distinctive and spaced == attached)))
    return out
