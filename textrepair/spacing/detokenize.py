"""Undo tokenizer spacing: ``it ’s`` → ``it’s``, ``word , word`` → ``word, word``.

Tokenizers (Penn Treebank, Universal Dependencies, Moses) split punctuation,
clitics and hyphens off words and join the pieces with single spaces. This
module decides, for each single space between two tokens of a line, whether a
tokenizer put it there; each such space becomes an edit that removes it.

It is only applied to text that :func:`looks_tokenized` (see
:mod:`textrepair.spacing.detect`): ordinary prose keeps its spaced dashes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from textrepair.edits import Edit

__all__ = ["detokenize_edits"]

STAGE = "spacing"

# Tokens that attach to the token before them.
# (®, ™ and the emoji variation selectors U+FE0E/U+FE0F belong to what they follow.)
_CLOSING = re.compile(
    r"^(?:[.,;:!?%…®™\ufe0e\ufe0f]+|\.\.+|[)\]}]|['’](?:s|re|ve|ll|d|m)|n['’]t)$", re.I
)
# Tokens that attach to the token after them.
_OPENING = re.compile(r"^(?:[(\[{$#£€¥]|[“‘«]|US\$|A\$|C\$)$")
# A closing quote (curly) attaches left; an opening one right (in _OPENING).
_CLOSING_QUOTE = re.compile(r"^[”»]$")
# Emoticons and arrows look like punctuation but stand alone.
_EMOTICON_BODY = r"[:;=8][-o*']?[()\[\]dDpP/\\|]+"
_EMOTICON = re.compile(rf"^{_EMOTICON_BODY}$")
_STANDALONE = re.compile(rf"^(?:{_EMOTICON_BODY}|<+|>+|-{{2,}}|—|–|\*+|=+|&|\++)$")
# Split contractions whose halves are not words on their own.
_SPLIT_WORDS = {
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
}
# Function words: a hyphen next to one of these is a dash, not a compound joint.
FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet for to of in on at by with from as if than then that this
    these those there here it its it's i you he she we they me him her us them my your his our
    their what which who whom whose when where why how is are was were be been am do does did
    not no yes any some very just also too only even still about into over after before
    while because though although thanks thank please see read more""".split()
)
# Tokens after which an ellipsis leads into the text ("...there is").
_OPENS_TEXT = re.compile(r"^(?:[\"“‘(\[])$")
_CURRENCY = frozenset({"$", "£", "€", "¥"})
# Explicit hyphens (U+2010, U+2011): never a dash.
_HYPHENS = frozenset({"\u2010", "\u2011"})
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")
# A file name's extension split off after a bracket: "( draft ) .doc".
_EXTENSION = re.compile(r"^\.[A-Za-z][A-Za-z0-9]{1,3}$")
_NUMBER = re.compile(r"^\d[\d.,]*$")
_SINGLE_QUOTES = frozenset({"'", "’", "‘"})
# Clitics a tokenizer splits off misspelled contractions ("dont" -> "do nt", "its" -> "it s").
_BARE_CLITICS = frozenset({"s", "nt", "m", "ve", "ll"})
# Clitics Moses splits from both sides of a curly apostrophe ("it ’ s", "you ’ re").
_APOSTROPHE_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m"})
# Capital initials joined by an ampersand: "R & D" is "R&D".
_INITIALS = re.compile(r"^[A-Z]{1,2}$")
_INITIAL = re.compile(r"^[A-Z]$")  # "AT & T" joins, "AI & ML" does not
# A run of five or more dots is typed, not an ellipsis: writers attach it on both sides.
_LONG_DOTS = 5
_WORDLIKE = re.compile(r"^[\w][\w.,'’&]*$")  # "18,000 - person" joins


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


def _tokens(line: str, offset: int) -> Iterator[_Token]:
    for m in re.finditer(r"[^ ]+", line):
        yield _Token(m.group(), offset + m.start(), offset + m.end())


def _is_minus(prev: str, following: str) -> bool:
    """A hyphen before a number, after punctuation, is a minus sign (``: - 0.39``)."""
    return bool(_NUMBER.match(following)) and not prev[-1:].isalnum()


@cache
def hyphen_compounds() -> frozenset[str]:
    """Two-part compounds with a function word for one part (``do-gooder``, ``add-on``).

    WordNet 3.0's, built by ``scripts/build_hyphen_compounds.py``; read once per process.

    >>> "do-gooder" in hyphen_compounds(), "it-and" in hyphen_compounds()
    (True, False)
    """
    text = resources.files(__package__).joinpath("hyphen_compounds.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _hyphen_joins(tokens: list[_Token], i: int) -> bool:
    """Whether the hyphen ``tokens[i]`` joins a compound the tokenizer split.

    ``15 - year`` and ``al - Sadr`` join; a dash next to a function word
    (``it - and``) does not, unless it is part of a chain of single words
    joined by hyphens (``editor - in - chief``, ``first - of - its - kind``)
    or a compound WordNet lists (``do - gooder``, ``add - on``).
    """
    left, right = tokens[i - 1].text, tokens[i + 1].text
    if not (_WORDLIKE.match(left) and _WORDLIKE.match(right)):
        return False
    chained = (i >= 3 and tokens[i - 2].text == "-" and _WORDLIKE.match(tokens[i - 3].text)) or (
        i + 3 < len(tokens) and tokens[i + 2].text == "-" and _WORDLIKE.match(tokens[i + 3].text)
    )
    if chained:
        return True
    if left.lower() not in FUNCTION_WORDS and right.lower() not in FUNCTION_WORDS:
        return True
    return f"{left}-{right}".lower() in hyphen_compounds()


def _split_apostrophe(tokens: list[_Token], i: int) -> bool:
    """Whether the apostrophe ``tokens[i]`` stands between a word and its clitic (``you ’ re``)."""
    if i == 0 or i + 1 == len(tokens):
        return False
    prev, following = tokens[i - 1], tokens[i + 1]
    clitic = following.text.lower()
    single_spaces = tokens[i].start == prev.end + 1 and following.start == tokens[i].end + 1
    if not single_spaces or not prev.text[-1:].isalpha():
        return False
    if prev.text in {"O", "D", "L"} and following.text[:1].isupper():
        return True  # "O ’ Donnell", "D 'Angelo"
    return clitic in _APOSTROPHE_CLITICS or (clitic == "t" and prev.text[-1:] in {"n", "N"})


def _joined_dash(prev: str, mark: str, following: str) -> bool:
    """Whether a spaced en dash or colon a tokenizer split off was written attached.

    An en dash between numbers is a range (``2010–2012``; 138 closed up to 43
    spaced in the WCXB articles); a colon between numbers is a time or ratio
    (``10:30``). Dashes between words stay spaced: em dashes are written both
    ways (1,240 closed up to 808 spaced), too close to call.
    """
    if mark == "–":
        return bool(_NUMBER.match(prev) and (_NUMBER.match(following) or following in _CURRENCY))
    return prev.isdigit() and len(following) == 2 and following.isdigit()


def _footnote_paren(tokens: list[_Token], i: int) -> bool:
    """``401 ( k )``, ``501 ( c ) ( 3 )``: a one-character bracket after a number attaches."""
    if i + 2 >= len(tokens) or tokens[i + 2].text != ")" or len(tokens[i + 1].text) != 1:
        return False
    prev = tokens[i - 1].text
    section = prev.isdigit() and len(prev) <= 4  # not a phone number's "1619 ( C )"
    return section or (prev == ")" and i >= 3 and _footnote_paren(tokens, i - 3))


def _plus_sign(tokens: list[_Token], i: int) -> bool:
    """Whether the ``+`` at ``tokens[i]`` is the sign of the number after it."""
    if i + 1 == len(tokens) or not _NUMBER.match(tokens[i + 1].text):
        return False
    percent = i + 2 < len(tokens) and tokens[i + 2].text == "%"
    return i == 0 or percent or not tokens[i - 1].text[-1:].isalnum()


def _is_symbol(char: str) -> bool:
    """A pictograph or other symbol (``★``, ``✓``): Moses splits runs of them apart."""
    return unicodedata.category(char) == "So"


def _moses_nt(prev: str, token: str) -> bool:
    """Moses splits ``don't`` as ``don 't``: the ``'t`` after a word ending in n attaches."""
    return token.lower() in {"'t", "’t"} and prev[-1:] in {"n", "N"}


def _line_gaps(tokens: list[_Token]) -> list[tuple[int, str]]:
    """Return ``(index, reason)`` for each gap before ``tokens[index]`` to close."""
    closes: list[tuple[int, str]] = []
    double_open = False
    single_open = False
    n = len(tokens)
    for i, tok in enumerate(tokens):
        t = tok.text
        if t == '"':
            prev_text = tokens[i - 1].text if i > 0 else ""
            next_text = tokens[i + 1].text if i + 1 < n else ""
            if _NUMBER.match(prev_text) and not double_open:
                closes.append((i, "inch mark"))  # 17 " -> 17"
                continue
            # A quote that ends the line closes; one that starts it opens; one after
            # sentence punctuation and before a lower-case word closes a quote opened
            # in an earlier sentence, unless another quote follows it in the line
            # (`Baghdad , " condemned … Iraq . "`); otherwise alternate.
            closing = i > 0 and (
                double_open
                or i + 1 == n
                or (
                    prev_text in {",", ".", "!", "?"}
                    and next_text[:1].islower()
                    and not any(later.text == '"' for later in tokens[i + 1 :])
                )
            )
            if closing:
                closes.append((i, "closing quote"))
            elif i + 1 < n:
                closes.append((i + 1, "opening quote"))
                if _OPENING.match(prev_text) and tok.start == tokens[i - 1].end + 1:
                    closes.append((i, "opening quote after a bracket"))  # ( " CPS " )
            double_open = not closing
            continue
        if t in _SINGLE_QUOTES:
            prev_text = tokens[i - 1].text if i > 0 else ""
            if _split_apostrophe(tokens, i):
                closes.append((i, f"split clitic {prev_text}{t}{tokens[i + 1].text}"))
                closes.append((i + 1, f"split clitic {prev_text}{t}{tokens[i + 1].text}"))
                continue  # Moses: "you ’ re", "don ’ t"
            if i > 0 and (single_open or prev_text[-1:] in {"s", "S"}):
                closes.append((i, "closing quote" if single_open else "possessive apostrophe"))
                single_open = False
            elif i + 1 < n and tokens[i + 1].text[:1].isalnum():
                closes.append((i + 1, "opening quote"))
                single_open = True
            continue
        if i == 0:
            continue
        prev = tokens[i - 1].text
        ellipsis = set(prev) == {"."} and len(prev) > 1
        if tok.start != tokens[i - 1].end + 1:
            continue  # not a single space: not the tokenizer's
        if (prev.lower(), t.lower()) in _SPLIT_WORDS:
            closes.append((i, f"split word {prev}{t}"))
        elif prev == "<" and (t == ">" or (i + 1 < n and tokens[i + 1].text == ">")):
            closes.append((i, "bracketed address"))
            if t != ">":
                closes.append((i + 1, "bracketed address"))
        elif prev == "+" and _NUMBER.match(t) and _plus_sign(tokens, i - 1):
            closes.append((i, "plus sign"))  # "( + 3.6 % )", "+ 3.6 %"; "2 + 2" stays
        elif t == "+" and prev in {"(", "["} and _plus_sign(tokens, i):
            closes.append((i, "plus sign"))
        elif (
            set(t) == {"+"}
            and (prev[-1:].isalnum() or set(prev) == {"+"})
            and not (t == "+" and i + 1 < n and _NUMBER.match(tokens[i + 1].text))
        ):
            closes.append((i, f"space before {t!r}"))
        elif (
            t == "&" and i + 1 < n and _INITIALS.match(prev) and _INITIAL.match(tokens[i + 1].text)
        ):
            closes.append((i, "initials around '&'"))  # R & D, AT & T, D & D
            closes.append((i + 1, "initials around '&'"))
        elif ellipsis and len(prev) >= _LONG_DOTS and t[:1].isalnum():
            closes.append((i, f"space after {prev!r}"))  # "Coke .......... drink"
        elif _EMOTICON.match(prev) and re.fullmatch(r"[.,!?]+", t):
            closes.append((i, f"space before {t!r}"))  # "lingerie :-) ." -> ":-)."
        elif prev in {")", "]"} and _EXTENSION.match(t):
            closes.append((i, f"file extension {t!r}"))  # "( GISB draft ) .doc"
        elif (t == "°" and prev[-1:].isdigit()) or (prev == "°" and t in {"C", "F", "K"}):
            closes.append((i, "degree sign"))  # "120 ° F" -> "120°F"
        elif prev in {"O", "D", "L"} and re.match(r"['’][A-Z]", t):
            closes.append((i, "name with an apostrophe"))  # "D 'Angelo"
        elif len(t) == len(prev) == 1 and _is_symbol(t) and _is_symbol(prev):
            closes.append((i, "run of symbols"))  # "★ ★ ★ ★ ☆" -> "★★★★☆"
        elif prev == "~" and t[:1].isdigit():
            closes.append((i, "space after '~'"))  # "~ 17M" -> "~17M"
        elif t in {"–", ":"} and i + 1 < n and _joined_dash(prev, t, tokens[i + 1].text):
            closes.append((i, f"spaced {t!r}"))  # "2010 – 2012", "10 : 30"
            closes.append((i + 1, f"spaced {t!r}"))
        elif t in _HYPHENS and i + 1 < n and _WORDLIKE.match(prev):
            closes.append((i, "split hyphenated word"))  # "long ‑ term": an explicit hyphen
            closes.append((i + 1, "split hyphenated word"))
        elif t == "@" and i + 1 < n and _WORDLIKE.match(prev) and _DOMAIN.match(tokens[i + 1].text):
            closes.append((i, "e-mail address"))  # "user @ mail.com"
            closes.append((i + 1, "e-mail address"))
        elif prev[-1:] == "-" and _NUMBER.match(prev[:-1]) and t in _CURRENCY:
            closes.append((i, "number range"))  # "$ 10- $ 20" -> "$10-$20"
        elif t == "(" and _footnote_paren(tokens, i):
            closes.append((i, "lettered section"))  # "401 ( k )" -> "401(k)"
        elif _STANDALONE.match(t) or _STANDALONE.match(prev):
            continue
        elif t in _BARE_CLITICS and _WORDLIKE.match(prev):
            closes.append((i, f"split clitic {prev}{t}"))
        elif ellipsis and not t[:1].isalnum():
            closes.append((i, f"space after {prev!r}"))
        elif ellipsis and (i == 1 or _OPENS_TEXT.match(tokens[i - 2].text)):
            closes.append((i, f"leading {prev!r}"))  # "... Now comes" / " ... there is"
        elif _CLOSING.match(t) or _CLOSING_QUOTE.match(t) or _moses_nt(prev, t):
            closes.append((i, f"space before {t!r}"))
        elif _OPENING.match(prev) and not (prev in {"$", "#"} and not t[:1].isalnum()):
            closes.append((i, f"space after {prev!r}"))
        elif t == "/" or prev == "/":
            closes.append((i, "spaced slash"))
        elif (
            t == "-" and i + 1 < n and _NUMBER.match(tokens[i + 1].text) and not prev[-1:].isalnum()
        ):
            closes.append((i + 1, "minus sign"))
        elif t == "-" and i + 1 < n and _hyphen_joins(tokens, i):
            closes.append((i, "split hyphenated word"))
            closes.append((i + 1, "split hyphenated word"))
    first_reason: dict[int, str] = {}
    for index, reason in closes:
        first_reason.setdefault(index, reason)
    return sorted(first_reason.items())


def detokenize_edits(
    text: str,
    confidence: float = 0.9,
    line_filter: Callable[[int, str], bool] | None = None,
) -> list[Edit]:
    """Return edits removing the spaces a tokenizer inserted, line by line.

    ``line_filter(index, line)`` chooses the lines to work on (default: all).

    >>> from textrepair.edits import apply_edits
    >>> text = 'He said " it ’s a first - of - its - kind deal , " and left ( AP ) .'
    >>> apply_edits(text, detokenize_edits(text))
    'He said "it’s a first-of-its-kind deal," and left (AP).'
    """
    edits: list[Edit] = []
    pos = 0
    for index, line in enumerate(text.splitlines(keepends=True)):
        if line_filter is not None and not line_filter(index, line):
            pos += len(line)
            continue
        tokens = list(_tokens(line.rstrip("\r\n"), pos))
        for gap, reason in _line_gaps(tokens):
            gap_start = tokens[gap - 1].end
            edits.append(
                Edit(
                    STAGE,
                    gap_start,
                    gap_start + 1,
                    " ",
                    "",
                    f"tokenizer spacing: {reason}",
                    confidence,
                )
            )
        pos += len(line)
    return edits
