"""What each token of a tokenized line is: the shapes the detokenizer judges spaces by.

Penn Treebank, Universal Dependencies and Moses tokenizers split punctuation,
clitics, brackets and symbols off words; these patterns and predicates say
which side each piece belongs to (see :mod:`textrepair.spacing.detokenize`).

>>> bool(CLOSING.match("’s")), bool(OPENING.match("(")), bool(STANDALONE.match(":-)"))
(True, True, True)
>>> [t.text for t in line_tokens("do n’t  go", 0)]
['do', 'n’t', 'go']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib import resources
from itertools import accumulate, compress, repeat
from operator import add
from typing import NamedTuple

from textrepair.language.lexicon import zipf

__all__ = [
    "APOSTROPHE_CLITICS",
    "ATTACHED_OPENING_QUOTE",
    "BARE_CLITICS",
    "CLOSED_COMPOUND_ZIPF",
    "CLOSING",
    "CLOSING_QUOTE",
    "CURRENCY",
    "DOMAIN",
    "EMOTICON",
    "EXTENSION",
    "FUNCTION_WORDS",
    "HYPHENS",
    "INITIAL",
    "INITIALS",
    "LONG_DOTS",
    "NAME_PREFIXES",
    "NUMBER",
    "OPENING",
    "OPENS_TEXT",
    "PREFIXES",
    "PTB_ESCAPES",
    "RANGE_DOTS",
    "SHARP_LANGUAGES",
    "SINGLE_QUOTES",
    "SPLIT_WORDS",
    "STANDALONE",
    "THOUSANDS",
    "WORDLIKE",
    "Token",
    "chained_hyphen",
    "entity_end",
    "footnote_paren",
    "hyphen_compounds",
    "hyphen_joins",
    "is_symbol",
    "joined_dash",
    "line_tokens",
    "moses_nt",
    "plus_sign",
    "split_apostrophe",
    "unsplit_compound",
]

# Tokens that attach to the token before them.
# (®, ™ and the emoji variation selectors U+FE0E/U+FE0F belong to what they follow.)
CLOSING = re.compile(
    r"^(?:[.,;:!?%…®™\ufe0e\ufe0f]+|\.\.+|[)\]}]|['’](?:s|re|ve|ll|d|m)|n['’]t)$", re.I
)
# Tokens that attach to the token after them.
OPENING = re.compile(r"^(?:[(\[{$#£€¥]|[“‘«]|US\$|A\$|C\$)$")
# Penn Treebank escapes: its quotes and bracket names, with the character each stands for
# in the rules (curly quotes say which way they face) and the one written back.
PTB_ESCAPES: dict[str, tuple[str, str]] = {
    "``": ("“", '"'),
    "''": ("”", '"'),
    "-LRB-": ("(", "("),
    "-RRB-": (")", ")"),
    "-LSB-": ("[", "["),
    "-RSB-": ("]", "]"),
    "-LCB-": ("{", "{"),
    "-RCB-": ("}", "}"),
}
# A closing quote (curly) attaches left; an opening one right (in OPENING).
CLOSING_QUOTE = re.compile(r"^[”»]$")
# Emoticons and arrows look like punctuation but stand alone.
_EMOTICON_BODY = r"[:;=8][-o*']?[()\[\]dDpP/\\|]+"
EMOTICON = re.compile(rf"^{_EMOTICON_BODY}$")
STANDALONE = re.compile(rf"^(?:{_EMOTICON_BODY}|<+|>+|-{{2,}}|—|–|\*+|=+|&|\++)$")
# Split contractions whose halves are not words on their own.
SPLIT_WORDS = {
    ("ca", "n't"),
    ("wo", "n't"),
    ("sha", "n't"),
    ("ai", "n't"),
    ("gon", "na"),
    ("wan", "na"),
    ("got", "ta"),
    ("out", "ta"),
    ("kin", "da"),
    ("can", "not"),
    ("d'", "ye"),
    ("lem", "me"),
    ("gim", "me"),
    # Universal Dependencies splits a contraction written without its apostrophe as the
    # contraction: "your" (you're) as "you r", "whose" (who's) as "who se", "id" (I'd) as "i d"
    ("you", "r"),
    ("who", "se"),
    ("i", "d"),
    # and "dunno" as "du n no", like "gonna" as "gon na"
    ("du", "n"),
    ("n", "no"),
}
# Thousands written after a number ("650k", "39K"), which Universal Dependencies splits off.
THOUSANDS = frozenset({"k", "K"})
CLOSED_COMPOUND_ZIPF = 2.5
"""How common a word and a function word written as one must be for their hyphen to join."""
# Function words: a hyphen next to one of these is a dash, not a compound joint.
FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet for to of in on at by with from as if than then that this
    these those there here it its it's i you he she we they me him her us them my your his our
    their what which who whom whose when where why how is are was were be been am do does did
    not no yes any some very just also too only even still about into over after before
    while because though although thanks thank please see read more""".split()
)
# Tokens after which an ellipsis leads into the text ("...there is").
OPENS_TEXT = re.compile(r"^(?:[\"“‘(\[])$")
CURRENCY = frozenset({"$", "£", "€", "¥"})
# Prefixes Universal Dependencies keeps on their word ("e-mail", "non-human") while it
# splits other compounds ("self - driven"): a compound of these says nothing about the
# tokenizer.
PREFIXES = frozenset(
    """e non re anti counter mis semi over vice pre post co de ex multi pro sub inter un mid
    mini micro""".split()
)
_COMPOUND = re.compile(r"^[A-Za-z]+(?:-[A-Za-z]+)+$")
# Explicit hyphens (U+2010, U+2011): never a dash.
HYPHENS = frozenset({"\u2010", "\u2011"})
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")
# A file name's extension split off after a bracket: "( draft ) .doc".
EXTENSION = re.compile(r"^\.[A-Za-z][A-Za-z0-9]{1,3}$")
NUMBER = re.compile(r"^\d[\d.,]*$")
SINGLE_QUOTES = frozenset({"'", "’", "‘"})
# A single quote the tokenizer left on the word it opens ("'piano"), not a clitic ("'s").
ATTACHED_OPENING_QUOTE = re.compile(r"^['‘](?!(?:s|re|ve|ll|d|m|t|em|n|cause|til)\b)[A-Za-z]")
# Clitics a tokenizer splits off misspelled contractions ("dont" -> "do nt", "its" -> "it s").
BARE_CLITICS = frozenset({"s", "nt", "m", "ve", "ll"})
# Clitics Moses splits from both sides of a curly apostrophe ("it ’ s", "you ’ re").
APOSTROPHE_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m"})
# Name prefixes an apostrophe joins to a capitalised name ("O’Donnell", "D'Angelo").
NAME_PREFIXES = frozenset({"O", "D", "L"})
# Languages named by a letter and "#" ("C#", "F#", "J#").
SHARP_LANGUAGES = frozenset({"C", "F", "J"})
# Capital initials joined by an ampersand: "R & D" is "R&D".
INITIALS = re.compile(r"^[A-Z]{1,2}$")
INITIAL = re.compile(r"^[A-Z]$")  # "AT & T" joins, "AI & ML" does not
# A run of five or more dots is typed, not an ellipsis: writers attach it on both sides.
LONG_DOTS = 5
# Two dots between numbers are a range ("0.00..2890.00", "1..10"): attached on both sides
# (40 times to none in the English gold articles; between words they are spaced after).
RANGE_DOTS = ".."
WORDLIKE = re.compile(r"^[\w][\w.,'’&]*$")  # "18,000 - person" joins


class Token(NamedTuple):
    """A token of a line and its span in the text (a named tuple: made by the million)."""

    text: str
    start: int
    end: int


def line_tokens(line: str, offset: int) -> Iterator[Token]:
    """The space-separated tokens of ``line``, with offsets ``offset`` into the text."""
    # Made by the million on tokenized corpora, so in C: each piece of the line split at
    # single spaces starts one past the end of the one before; a run of spaces leaves
    # empty pieces, which compress() drops.
    pieces = line.split(" ")
    lengths = list(map(len, pieces))
    starts = list(accumulate(map(add, lengths[:-1], repeat(1)), initial=offset))
    spans = zip(pieces, starts, map(add, starts, lengths), strict=True)
    return compress(map(tuple.__new__, repeat(Token), spans), pieces)


@cache
def hyphen_compounds() -> frozenset[str]:
    """Two-part compounds with a function word for one part (``do-gooder``, ``add-on``).

    WordNet 3.0's, built by ``scripts/build_hyphen_compounds.py``; read once per process.

    >>> "do-gooder" in hyphen_compounds(), "it-and" in hyphen_compounds()
    (True, False)
    """
    text = resources.files(__package__).joinpath("hyphen_compounds.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def chained_hyphen(tokens: list[Token], i: int) -> bool:
    """Whether the hyphen ``tokens[i]`` links a chain of single words (``one - on - one``).

    (Only compounds chain so; a dash the writer spaced does not.)
    """
    if tokens[i].text != "-" or i == 0 or i + 1 == len(tokens):
        return False
    if not (WORDLIKE.match(tokens[i - 1].text) and WORDLIKE.match(tokens[i + 1].text)):
        return False
    return bool(
        (i >= 3 and tokens[i - 2].text == "-" and WORDLIKE.match(tokens[i - 3].text))
        or (
            i + 3 < len(tokens) and tokens[i + 2].text == "-" and WORDLIKE.match(tokens[i + 3].text)
        )
    )


def hyphen_joins(tokens: list[Token], i: int) -> bool:
    """Whether the hyphen ``tokens[i]`` joins a compound the tokenizer split.

    ``15 - year`` and ``al - Sadr`` join; a dash next to a function word
    (``it - and``) does not, unless it is part of a chain of single words
    joined by hyphens (``editor - in - chief``, ``first - of - its - kind``),
    a compound WordNet lists (``do - gooder``, ``add - on``), a word said
    twice (``he - he``, ``so - so``), or a noun whose closed spelling is a
    word (``stop - over``: "stopover"; ``take - over``).

    >>> [hyphen_joins(list(line_tokens(s, 0)), 1) for s in ("it - and", "He - he", "stop - over")]
    [False, True, True]
    """
    left, right = tokens[i - 1].text, tokens[i + 1].text
    if not (WORDLIKE.match(left) and WORDLIKE.match(right)):
        return False
    if chained_hyphen(tokens, i):
        return True
    low_left, low_right = left.lower(), right.lower()
    if low_left not in FUNCTION_WORDS and low_right not in FUNCTION_WORDS:
        return True
    if low_left == low_right:
        return True
    if low_left not in FUNCTION_WORDS and zipf(low_left + low_right) >= CLOSED_COMPOUND_ZIPF:
        return True
    return f"{left}-{right}".lower() in hyphen_compounds()


def split_apostrophe(tokens: list[Token], i: int) -> bool:
    """Whether the apostrophe ``tokens[i]`` stands between a word and its clitic (``you ’ re``)."""
    if i == 0 or i + 1 == len(tokens):
        return False
    prev, following = tokens[i - 1], tokens[i + 1]
    clitic = following.text.lower()
    single_spaces = tokens[i].start == prev.end + 1 and following.start == tokens[i].end + 1
    if not single_spaces or not prev.text[-1:].isalnum():
        return False  # "F5 ’ s" and "the 80 ’ s" join too
    if prev.text in NAME_PREFIXES and following.text[:1].isupper():
        return True  # "O ’ Donnell", "D 'Angelo"
    return clitic in APOSTROPHE_CLITICS or (clitic == "t" and prev.text[-1:] in {"n", "N"})


def joined_dash(prev: str, mark: str, following: str) -> bool:
    """Whether a spaced en dash or colon a tokenizer split off was written attached.

    An en dash between numbers is a range (``2010–2012``; 138 closed up to 43
    spaced in the WCXB articles); a colon between numbers is a time or ratio
    (``10:30``). Dashes between words stay spaced: em dashes are written both
    ways (1,240 closed up to 808 spaced), too close to call.
    """
    if mark == "–":
        return bool(NUMBER.match(prev) and (NUMBER.match(following) or following in CURRENCY))
    return prev.isdigit() and len(following) == 2 and following.isdigit()


def footnote_paren(tokens: list[Token], i: int) -> bool:
    """``401 ( k )``, ``501 ( c ) ( 3 )``: a one-character bracket after a number attaches."""
    if i + 2 >= len(tokens) or tokens[i + 2].text != ")" or len(tokens[i + 1].text) != 1:
        return False
    prev = tokens[i - 1].text
    section = prev.isdigit() and len(prev) <= 4  # not a phone number's "1619 ( C )"
    return section or (prev == ")" and i >= 3 and footnote_paren(tokens, i - 3))


def plus_sign(tokens: list[Token], i: int) -> bool:
    """Whether the ``+`` at ``tokens[i]`` is the sign of the number after it."""
    if i + 1 == len(tokens) or not NUMBER.match(tokens[i + 1].text):
        return False
    percent = i + 2 < len(tokens) and tokens[i + 2].text == "%"
    return i == 0 or percent or not tokens[i - 1].text[-1:].isalnum()


def is_symbol(char: str) -> bool:
    """A pictograph or other symbol (``★``, ``✓``): Moses splits runs of them apart."""
    return unicodedata.category(char) == "So"


def moses_nt(prev: str, token: str) -> bool:
    """Moses splits ``don't`` as ``don 't``: the ``'t`` after a word ending in n attaches."""
    return token.lower() in {"'t", "’t"} and prev[-1:] in {"n", "N"}


def unsplit_compound(token: str) -> bool:
    """A hyphenated compound the tokenizer left whole (``long-term``; not ``e-mail``).

    >>> unsplit_compound("long-term"), unsplit_compound("e-mail"), unsplit_compound("2010-12")
    (True, False, False)
    """
    return bool(_COMPOUND.match(token)) and token.split("-", 1)[0].lower() not in PREFIXES


def entity_end(tokens: list[Token], i: int) -> int:
    """Index of the ``;`` ending an entity Moses split at ``tokens[i]`` (``& # 39 ;``), or 0."""
    if tokens[i].text != "&":
        return 0
    parts = [t.text for t in tokens[i + 1 : i + 4]]
    if len(parts) >= 3 and parts[0] == "#" and parts[1].isdigit() and parts[2] == ";":
        return i + 3
    if len(parts) >= 2 and parts[0].isalpha() and parts[0].islower() and parts[1] == ";":
        return i + 2
    return 0
