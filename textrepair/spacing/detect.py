"""Is this text tokenizer-spaced? Decide before changing anything.

Ordinary prose attaches commas, full stops and clitics to the word before
them; tokenized text puts a space there. A line is treated as tokenized when
it shows at least one such space and at least as many as attached ones, and
the document as a whole is not clearly ordinary prose and shows a mark only a
tokenizer leaves (a spaced sentence end, clitic or bracket) or is one short
sentence, alone or under its title.
"""

from __future__ import annotations

import itertools
import re

from textrepair.spacing.token_shapes import PTB_ESCAPES

__all__ = ["tokenized_lines"]

# Each pattern starts with a plain character class and looks behind from there, which is
# several times faster on long texts than a leading look-behind or ``\w`` would be.

# PTB splits "do n't", Moses "don 't" and, around a curly apostrophe, "don ’ t".
_CLITIC = r"n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|(?<=n )['’]t\b|['’] (?:s|re|ve|ll|d|m|t)\b"
# After an opening bracket or a quote (each alternative looks behind at the mark).
_AFTER_MARK = (
    r"(?<=[(\[] )(?=[\w?!])"  # "( AP", "( ?"
    r"|(?:(?<=^\" )|(?<=[ (]\" ))(?=[^\"\n]+ \")"  # spaced straight quotes: " G "
    r"|(?<=\w [‘’'] )(?=\w+ [^‘’'\n]*[‘’'] )"  # spaced single quotes: going ’ head to head ’ in
)
_BARE_CLITIC = r"(?<=[a-z] )(?:s|m|ve|ll|nt)(?= |$)"  # "it s", "i m"
# A grade's pluses split from its letter: "A ++" (writers write "A++")
_GRADE_PLUS = r"(?<![A-Za-z][A-Za-z] )(?<=[A-Z] )\+{2,}(?= |$)"
_LEFT_MARKS = rf"{_BARE_CLITIC}|{_AFTER_MARK}|{_GRADE_PLUS}"
# A space before closing punctuation or a clitic (with its apostrophe, or bare where the
# writer left it out), or after an opening bracket or a straight quote.
# Every match starts at a space; a look at the character after it (and then the one
# before it) rejects almost every space of ordinary prose at once.
_SPACED = re.compile(
    r" (?:(?=[.!?,;:)\]n'’])(?<=[\w$%] )(?:[.!?]+(?= |$)|[,;:)\]](?= |$)|"
    rf"{_CLITIC})|(?=[smvln]){_BARE_CLITIC}|(?<=[(\[\"‘’'] )(?:{_AFTER_MARK})|(?=\+){_GRADE_PLUS})",
    re.M,
)
# Marks only a tokenizer leaves: a spaced sentence end, clitic or bracket (spaced
# commas and colons alone also occur in tables, French-style text and code, and writers
# space an ellipsis themselves: "hotel room ... TMZ has learned").
_DISTINCTIVE = re.compile(
    rf" (?:(?<=[\w\"')\]$%] )(?:(?!\.\.)[.!?]+(?= |$)|{_CLITIC}|[)\]](?= |$))|{_LEFT_MARKS})",
    re.M,
)
# Penn Treebank escapes (``, '', -LRB-, …) are read as the characters they stand for.
# (The pattern starts with the escape; :func:`_unescape` checks the space before it.)
_PTB_ESCAPE = re.compile("(?:" + "|".join(map(re.escape, PTB_ESCAPES)) + r")(?!\S)")
# The same marks attached, as ordinary prose writes them.
# (A digit before 's is a decade or a plural, "the 80’s", which tokenizers keep whole.)
_ATTACHED = re.compile(
    r"[,;:!?)\]'’n](?:(?<=\w[,;:!?)\]])(?= |$)|(?<=[^\W\d]['’])(?:s|re|ve|ll|d|m)\b"
    r"|(?<=[^\W\d]n)['’]t\b)",
    re.M,
)


def _unescape(m: re.Match[str]) -> str:
    """The character a Penn Treebank escape stands for, when the escape is a whole token."""
    start = m.start()
    if start and not m.string[start - 1].isspace():
        return m.group()
    return PTB_ESCAPES[m.group()][1]


def tokenized_lines(text: str) -> list[bool]:
    """For each line of ``text`` (``splitlines``), whether it is tokenizer-spaced.

    >>> tokenized_lines("It ’s done , he said .\\nIt’s done, he said.")
    [True, False]
    >>> tokenized_lines("Paris - Roubaix ran from 2010 - 2012, as usual.")
    [False]
    """
    if "``" in text or "''" in text or "-L" in text or "-R" in text:  # each escape has one
        text = _PTB_ESCAPE.sub(_unescape, text)
    lines = text.splitlines()
    spaced_doc = len(_SPACED.findall(text))
    if spaced_doc == 0:
        return [False] * len(lines)  # ordinary prose (most texts end here)
    # Counted only as far as the first test needs: a page of prose attaches hundreds.
    attached_doc = sum(1 for _ in itertools.islice(_ATTACHED.finditer(text), 3 * spaced_doc + 1))
    # One short sentence, alone or under its title (a review's headline above it).
    single_sentence = (
        len(text) < 1000
        and len(lines) <= 2
        and sum(1 for line in lines if _SPACED.search(line)) == 1
    )
    if attached_doc > 3 * spaced_doc or not (single_sentence or _DISTINCTIVE.search(text)):
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
