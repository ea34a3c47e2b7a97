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
from collections.abc import Callable
from itertools import pairwise

from textrepair.edits import Edit
from textrepair.spacing.token_shapes import (
    ATTACHED_OPENING_QUOTE,
    BARE_CLITICS,
    CLOSING,
    CLOSING_QUOTE,
    CURRENCY,
    DOMAIN,
    EMOTICON,
    EXTENSION,
    FUNCTION_WORDS,
    HYPHENS,
    INITIAL,
    INITIALS,
    LONG_DOTS,
    NAME_PREFIXES,
    NUMBER,
    OPENING,
    OPENS_TEXT,
    PTB_ESCAPES,
    RANGE_DOTS,
    SHARP_LANGUAGES,
    SINGLE_QUOTES,
    SPLIT_WORDS,
    STANDALONE,
    THOUSANDS,
    WORDLIKE,
    Token,
    chained_hyphen,
    entity_end,
    footnote_paren,
    hyphen_joins,
    is_symbol,
    joined_dash,
    line_tokens,
    moses_nt,
    plus_sign,
    split_apostrophe,
    unsplit_compound,
)

__all__ = ["detokenize_edits"]

STAGE = "spacing"
SHORTCUT = True
"""Judge a word before a word, comma or full stop by the few rules that can join them."""
_SENTENCE_MARKS = frozenset({",", ".", "!", "?"})
_NO_TOKEN = Token("", -2, -2)


def _line_gaps(tokens: list[Token], hyphens_split: bool = True) -> list[tuple[int, str]]:
    """Return ``(index, reason)`` for each gap before ``tokens[index]`` to close.

    ``hyphens_split``: whether the tokenizer split hyphenated words (``self - driven``);
    when it did not (Moses), a spaced hyphen between words is a dash the writer spaced,
    and ``@ user`` and ``snake _ case`` are what Moses split (other tokenizers leave
    both whole, so there they are the writer's: ``kollam @ da``, ``for _ in``).
    """
    texts = [t.text for t in tokens]
    closes: list[tuple[int, str]] = _entity_gaps(tokens) if "&" in texts else []
    double_open = False
    single_open = False
    n = len(tokens)
    # the index of the line's last straight double quote (-1: none), so that "another
    # quote follows" is one comparison, not a scan of the rest of the line
    last_quote = n - 1 - texts[::-1].index('"') if '"' in texts else -1
    # each token with the one before it (the first with none: no text, no single space)
    for i, (last, tok) in enumerate(pairwise((_NO_TOKEN, *tokens))):
        t = tok.text
        if SHORTCUT and (
            (last.text.isalpha() and (t.isalpha() or t in _SENTENCE_MARKS))
            or (last.text in _SENTENCE_MARKS and t.isalpha())
        ):
            # Most pairs of a tokenized line are two words, or a word and a comma or full
            # stop either way round; of the rules below only these can join them (a word
            # after a mark stays apart). The others need a digit, a quote, a bracket or a
            # symbol in one of the two (tests/spacing/test_detokenize.py runs every rule on
            # such pairs, with SHORTCUT off, and compares).
            if tok.start == last.end + 1 and last.text not in _SENTENCE_MARKS:
                prev = last.text
                if t in _SENTENCE_MARKS:
                    if not named_mark(prev, t):
                        closes.append((i, f"space before {t!r}"))
                elif (prev.lower(), t.lower()) in SPLIT_WORDS:
                    closes.append((i, f"split word {prev}{t}"))
                elif t in BARE_CLITICS:
                    closes.append((i, f"split clitic {prev}{t}"))
            continue
        if t == '"':
            prev_text = tokens[i - 1].text if i > 0 else ""
            next_text = tokens[i + 1].text if i + 1 < n else ""
            if NUMBER.match(prev_text) and not double_open:
                closes.append((i, "inch mark"))  # 17 " -> 17"
                continue
            # A quote that ends the line closes; one that starts it opens; one after
            # sentence punctuation and before a lower-case word closes a quote opened
            # in an earlier sentence, unless another quote follows it in the line
            # (`Baghdad , " condemned … Iraq . "`); otherwise alternate.
            closing = i > 0 and (
                double_open
                or i + 1 == n
                or (prev_text in _SENTENCE_MARKS and next_text[:1].islower() and last_quote <= i)
            )
            if closing:
                closes.append((i, "closing quote"))
            elif i + 1 < n:
                closes.append((i + 1, "opening quote"))
                if OPENING.match(prev_text) and tok.start == tokens[i - 1].end + 1:
                    closes.append((i, "opening quote after a bracket"))  # ( " CPS " )
            double_open = not closing
            continue
        if t in SINGLE_QUOTES:
            prev_text = tokens[i - 1].text if i > 0 else ""
            if split_apostrophe(tokens, i):
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
        if ATTACHED_OPENING_QUOTE.match(t):
            single_open = True  # "' piano lessons near me ' at": the first quote stayed on
        if i == 0:
            continue
        prev = tokens[i - 1].text
        ellipsis = set(prev) == {"."} and len(prev) > 1
        if tok.start != tokens[i - 1].end + 1:
            continue  # not a single space: not the tokenizer's
        if (prev.lower(), t.lower()) in SPLIT_WORDS:
            closes.append((i, f"split word {prev}{t}"))
        elif prev == "<" and (t == ">" or (i + 1 < n and tokens[i + 1].text == ">")):
            closes.append((i, "bracketed address"))
            if t != ">":
                closes.append((i + 1, "bracketed address"))
        elif prev == "+" and NUMBER.match(t) and plus_sign(tokens, i - 1):
            closes.append((i, "plus sign"))  # "( + 3.6 % )", "+ 3.6 %"; "2 + 2" stays
        elif t == "+" and prev in {"(", "["} and plus_sign(tokens, i):
            closes.append((i, "plus sign"))
        elif t in THOUSANDS and NUMBER.match(prev):
            closes.append((i, "thousands"))  # "650 k" -> "650k"
        elif (
            set(t) == {"+"}
            and _attached_plus(prev, t)
            and not (t == "+" and i + 1 < n and NUMBER.match(tokens[i + 1].text))
        ):
            closes.append((i, f"space before {t!r}"))
        elif t == "&" and i + 1 < n and INITIALS.match(prev) and INITIAL.match(tokens[i + 1].text):
            closes.append((i, "initials around '&'"))  # R & D, AT & T, D & D
            closes.append((i + 1, "initials around '&'"))
        elif ellipsis and len(prev) >= LONG_DOTS and t[:1].isalnum():
            closes.append((i, f"space after {prev!r}"))  # "Coke .......... drink"
        elif prev == RANGE_DOTS and NUMBER.match(t) and i >= 2 and NUMBER.match(tokens[i - 2].text):
            closes.append((i, "range"))  # "0.00 .. 2890.00" -> "0.00..2890.00"
        elif found := _symbol_gaps(tokens, i, hyphens_split):
            closes.extend(found)
        elif STANDALONE.match(t) or STANDALONE.match(prev) or named_mark(prev, t):
            continue
        elif t in BARE_CLITICS and WORDLIKE.match(prev):
            closes.append((i, f"split clitic {prev}{t}"))
        elif ellipsis and not t[:1].isalnum():
            closes.append((i, f"space after {prev!r}"))
        elif ellipsis and (i == 1 or OPENS_TEXT.match(tokens[i - 2].text)):
            closes.append((i, f"leading {prev!r}"))  # "... Now comes" / " ... there is"
        elif CLOSING.match(t) or CLOSING_QUOTE.match(t) or moses_nt(prev, t):
            closes.append((i, f"space before {t!r}"))
        elif OPENING.match(prev) and not (
            (prev in {"$", "#"} and not t[:1].isalnum())
            or (prev in CURRENCY and t[:1].isalpha())  # "$ $ $ for a route"
            or (prev == "#" and i >= 2 and tokens[i - 2].text in SHARP_LANGUAGES)
        ):
            closes.append((i, f"space after {prev!r}"))
        elif t == "/" or prev == "/":
            closes.append((i, "spaced slash"))
        elif (
            t == "-" and i + 1 < n and NUMBER.match(tokens[i + 1].text) and not prev[-1:].isalnum()
        ):
            closes.append((i + 1, "minus sign"))
        elif t == "-" and i + 1 < n and hyphens_split and hyphen_joins(tokens, i):
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
    lines: list[list[Token]] = []
    pos = 0
    for index, line in enumerate(text.splitlines(keepends=True)):
        if line_filter is None or line_filter(index, line):
            lines.append(list(line_tokens(line.rstrip("\r\n"), pos)))
        pos += len(line)
    hyphens_split = splits_hyphens(lines)
    for tokens in lines:
        escapes = [t for t in tokens if t.text in PTB_ESCAPES]
        if escapes:  # judged as the characters they stand for, written back as such
            for t in escapes:
                reason = f"tokenizer spacing: Penn Treebank escape {t.text}"
                written = PTB_ESCAPES[t.text][1]
                edits.append(Edit(STAGE, t.start, t.end, t.text, written, reason, confidence))
            tokens = [
                Token(PTB_ESCAPES[t.text][0], t.start, t.end) if t.text in PTB_ESCAPES else t
                for t in tokens
            ]
        for gap, reason in _line_gaps(tokens, hyphens_split):
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
    return edits


def _both(i: int, reason: str) -> list[tuple[int, str]]:
    """The gaps before and after ``tokens[i]``."""
    return [(i, reason), (i + 1, reason)]


_ARTICLES = frozenset({"the", "The", "a", "an", "An"})  # "A" may be the letter: "8 or A ."


def named_mark(prev: str, mark: str) -> bool:
    """A sentence mark after an article is a symbol being named, not a sentence's end.

    No sentence ends with "the", so in "the ? operator" and "a . character"
    the space before the mark is the writer's.

    >>> named_mark("the", "?"), named_mark("The", "."), named_mark("A", "."), named_mark("it", "?")
    (True, True, False, False)
    """
    return mark in {"?", "!", "."} and prev in _ARTICLES


def _symbol_gaps(tokens: list[Token], i: int, hyphens_split: bool) -> list[tuple[int, str]]:
    """Gaps to close around symbols, numbers and names Moses splits (``120 ° F``, ``C #``).

    Tried in order, after the quote, contraction and ampersand rules of
    :func:`_line_gaps` and before its generic punctuation rules.
    """
    prev, t = tokens[i - 1].text, tokens[i].text
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if EMOTICON.match(prev) and re.fullmatch(r"[.,!?]+", t):
        return [(i, f"space before {t!r}")]  # "lingerie :-) ." -> ":-)."
    if prev in {")", "]"} and EXTENSION.match(t):
        return [(i, f"file extension {t!r}")]  # "( GISB draft ) .doc"
    if (t == "°" and prev[-1:].isdigit()) or (prev == "°" and t in {"C", "F", "K"}):
        return [(i, "degree sign")]  # "120 ° F" -> "120°F"
    if prev in NAME_PREFIXES and re.match(r"['’][A-Z]", t):
        return [(i, "name with an apostrophe")]  # "D 'Angelo"
    if len(t) == len(prev) == 1 and is_symbol(t) and is_symbol(prev):
        return [(i, "run of symbols")]  # "★ ★ ★ ★ ☆" -> "★★★★☆"
    if t == "_" and nxt and not hyphens_split and _between_words(tokens, i):
        return _both(i, "split underscore")  # Moses's "snake _ case"
    if t == "×" and prev[-1:].isdigit() and nxt[:1].isdigit():
        return _both(i, "dimensions")  # "1880 × 1800"
    if t == "#" and prev in SHARP_LANGUAGES:
        return [(i, "language name")]  # "C #" -> "C#"
    if prev == "@" and t[:1].isalnum() and not hyphens_split:
        return [(i, "handle")]  # Moses's "@ user"; EWT writes "kollam @ da"
    if prev == "$" and t == "$":
        return [(i, "run of '$'")]  # "$ $ $" -> "$$$"
    if t == "(" and nxt == ")" and WORDLIKE.match(prev):
        return [(i, "call parentheses")]  # "print ( )" -> "print()"
    if prev == "~" and (t[:1].isdigit() or t in CURRENCY or (i == 1 and t[:1].isalpha())):
        return [(i, "space after '~'")]  # "~ 17M" -> "~17M"; a signature's "~ Ann" -> "~Ann"
    if t in {"–", ":"} and nxt and joined_dash(prev, t, nxt):
        return _both(i, f"spaced {t!r}")  # "2010 – 2012", "10 : 30"
    if t in HYPHENS and nxt and WORDLIKE.match(prev):
        return _both(i, "split hyphenated word")  # "long ‑ term"
    if t == "@" and WORDLIKE.match(prev) and DOMAIN.match(nxt):
        return _both(i, "e-mail address")  # "user @ mail.com"
    if prev[-1:] in {"-", "–"} and NUMBER.match(prev[:-1]) and t in CURRENCY:
        return [(i, "number range")]  # "$ 10- $ 20" -> "$10-$20"
    if t == ";" and prev.upper() == "TL" and nxt.upper() == "DR":
        return _both(i, "TL;DR")
    if t == ":" and prev.lower() in {"http", "https", "ftp"} and nxt.startswith("//"):
        return _both(i, "URL scheme")  # "https : //example.com"
    if t == "(" and footnote_paren(tokens, i):
        return [(i, "lettered section")]  # "401 ( k )" -> "401(k)"
    return []


def splits_hyphens(lines: list[list[Token]]) -> bool:
    """Whether the tokenizer split hyphenated words, judged over a whole text.

    Penn Treebank-style UD tokenizers split them (``self - driven``; UD keeps
    prefixes whole: ``e-mail``), Moses and nltk's Treebank tokenizer do not
    (``self-driven``). A text with two or more compounds left whole, and more
    of them than hyphens chaining single words (``first - of - its - kind``,
    which only a splitting tokenizer writes), was tokenized by one that does
    not, so its spaced hyphens are dashes.

    >>> splits_hyphens([list(line_tokens("a long-term , well-known plan - not", 0))])
    False
    >>> splits_hyphens([list(line_tokens("a self - driven , e-mail plan", 0))])
    True
    """
    # (both look only at tokens that hold a hyphen or are one)
    whole = sum(unsplit_compound(t.text) for tokens in lines for t in tokens if "-" in t.text)
    chained = sum(
        chained_hyphen(tokens, i) for tokens in lines for i, t in enumerate(tokens) if t.text == "-"
    )
    return whole < 2 or whole <= chained


def _between_words(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` stands between two words, neither a function word."""
    left, right = tokens[i - 1].text, tokens[i + 1].text
    if left.lower() in FUNCTION_WORDS or right.lower() in FUNCTION_WORDS:
        return False  # "for _ in range"
    return left[-1:].isalnum() and right[:1].isalnum()


def _attached_plus(prev: str, plus: str) -> bool:
    """``A +``, ``C ++``, ``Notepad ++`` attach; ``verb + noun`` keeps its spaces."""
    if set(prev) == {"+"}:
        return True
    return prev[-1:].isalnum() and (len(plus) > 1 or len(prev) <= 2)


_APOSTROPHE_ENTITIES = frozenset({"#39", "#8217", "apos", "rsquo"})


def _entity_gaps(tokens: list[Token]) -> list[tuple[int, str]]:
    """Gaps inside HTML entities Moses split (``& # 39 ;``), and around an apostrophe's."""
    gaps: list[tuple[int, str]] = []
    for i in [k for k, token in enumerate(tokens) if token.text == "&"]:
        end = entity_end(tokens, i)
        if not end:
            continue
        gaps.extend((k, "HTML entity") for k in range(i + 1, end + 1))
        name = "".join(t.text for t in tokens[i + 1 : end])
        letters_around = i > 0 and end + 1 < len(tokens) and tokens[i - 1].text[-1:].isalnum()
        if name in _APOSTROPHE_ENTITIES and letters_around and tokens[end + 1].text[:1].isalpha():
            gaps.extend(((i, "HTML entity"), (end + 1, "HTML entity")))
    return gaps
