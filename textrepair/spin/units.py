"""Cut text into the units a spinner swaps: single words and WordNet multi-word lemmas.

A spinner writes multi-word lemmas ("hepatic portal vein", "kick the bucket",
"per centum") where one word stood, so the longest WordNet lemma of up to four
words starting at a word is one unit. Closed-class words are never units.

>>> [(u.text, u.words) for u in units("It kick the bucket to anger the voters.")]
[('kick the bucket', 3), ('anger', 1), ('voters', 1)]
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import NamedTuple

from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.spin.wordnet import WordNet, wordnet

__all__ = ["Unit", "cut", "neighbours", "sentence_start", "units"]

_WORD = re.compile(r"[A-Za-z]+")
_MAX_WORDS = 4
_GAPS = frozenset({" ", "-"})
_NEGATION = ("'t", "’t")  # "don't": "don" is not the noun
NEVER = FUNCTION_WORDS | frozenset("s t d ll re ve m n".split())
"""Words that are never a unit on their own (closed class, clitics)."""


class Unit(NamedTuple):
    """A word or multi-word lemma in the text (a named tuple: a page has thousands)."""

    start: int
    end: int
    text: str  # as written, with its original gaps
    key: str  # lower-cased, for lookups
    words: int
    first_word: int  # position of its first word among all words of the text
    sentence_start: bool  # first word of a sentence or line


def neighbours(unit: Unit, words: list[str]) -> tuple[str, str]:
    """The words just before and just after ``unit`` ("" at an edge), lower-cased.

    ``words`` is the second list :func:`cut` returns.

    >>> found, words = cut("They kick the bucket today.")
    >>> neighbours(found[0], words)
    ('they', 'today')
    """
    after = unit.first_word + unit.words
    return (
        words[unit.first_word - 1] if unit.first_word > 0 else "",
        words[after] if after < len(words) else "",
    )


def sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence or a line."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


@cache
def _phrase_pairs(wn: WordNet) -> dict[tuple[str, str], int]:
    """For each two words that start a WordNet lemma, the most words (up to four) it has."""
    pairs: dict[tuple[str, str], int] = {}
    for key in wn.index:
        words = _WORD.findall(key)
        if 1 < len(words) <= _MAX_WORDS:
            pair = (words[0], words[1])
            pairs[pair] = max(pairs.get(pair, 0), len(words))
    return pairs


@cache
def _singles(wn: WordNet) -> dict[str, bool]:
    """Whether a lower-cased word may be a unit on its own (filled as words are met)."""
    return {}


_SINGLES_MAX = 1 << 18


def _single(word: str, wn: WordNet) -> bool:
    """Not closed-class, two letters or more, and known to WordNet (remembered per word)."""
    known = _singles(wn)
    found = known.get(word)
    if found is None:
        if len(known) > _SINGLES_MAX:
            known.clear()
        found = known[word] = not (word in NEVER or len(word) < 2 or not wn.morphy(word))
    return found


def units(text: str, wn: WordNet | None = None) -> list[Unit]:
    """The units of ``text`` that WordNet knows, in order."""
    return cut(text, wn)[0]


def cut(text: str, wn: WordNet | None = None) -> tuple[list[Unit], list[str]]:
    """The units of ``text``, and all its words lower-cased (``Unit.first_word`` points into them).

    Longer lemmas are looked up only where two words start one, so the work per
    word is constant.
    """
    wn = wn or wordnet()
    pairs = _phrase_pairs(wn)
    index = wn.index
    known = _singles(wn)  # _single's memory, read here without a call per word
    matches = list(_WORD.finditer(text))
    # Interned, so that the hot loops' lookups of these words in the lexicon's
    # (interned) tables find them by identity.
    intern = sys.intern
    lows = [intern(m.group().lower()) for m in matches]
    count = len(lows)
    out: list[Unit] = []
    i = 0
    while i < count:
        low = lows[i]
        most = pairs.get((low, lows[i + 1]), 0) if i + 1 < count else 0
        if most:
            match = matches[i]
            start = match.start()
            # how many of the next words are joined to this one by single spaces or hyphens
            joined = 0
            end = match.end()
            while joined < most - 1 and i + joined + 1 < count:
                following = matches[i + joined + 1]
                if text[end : following.start()] not in _GAPS:
                    break
                joined += 1
                end = following.end()
            taken = 0
            for n in range(min(most, joined + 1), 1, -1):
                key = text[start : matches[i + n - 1].end()].lower()
                if key in index and not all(w in NEVER for w in lows[i : i + n]):
                    taken = n
                    break
            if taken:
                end = matches[i + taken - 1].end()
                surface = text[start:end]
                at_start = sentence_start(text, start)
                out.append(Unit(start, end, surface, surface.lower(), taken, i, at_start))
                i += taken
                continue
        single = known.get(low)
        if single is None:
            single = _single(low, wn)
        if single:
            start, end = matches[i].span()
            if not text.startswith(_NEGATION, end):
                # one word: its key is the word lower-cased, already in ``lows``
                at_start = sentence_start(text, start)
                out.append(Unit(start, end, text[start:end], low, 1, i, at_start))
        i += 1
    return out, lows
