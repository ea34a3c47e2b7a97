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
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.spin.wordnet import WordNet, wordnet

__all__ = ["Scan", "Unit", "cut", "neighbours", "scan", "sentence_start", "units"]

_WORD = re.compile(r"[A-Za-z]+")
_MAX_WORDS = 4
_GAPS = frozenset({" ", "-"})
_GROUP = re.Match.group
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
def _pair_starts(wn: WordNet) -> frozenset[str]:
    """The words that start a WordNet lemma of two words or more."""
    return frozenset(first for first, _ in _phrase_pairs(wn))


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
    found = scan(text, wn)
    return [found.unit(k) for k in range(len(found.keys))], found.words


class Scan(NamedTuple):
    """A text's units as parallel lists, the form the detector's hot loop reads.

    ``cut`` gives the same units as :class:`Unit` objects (``unit(k)`` is the k-th).

    >>> found = scan("On Monday they kick the bucket.")
    >>> found.keys, found.first_words, found.sizes, found.capitalised
    (['monday', 'kick the bucket'], [1, 3], [1, 3], [True, False])
    """

    text: str
    matches: list[re.Match[str]]  # every word of the text
    words: list[str]  # each word lower-cased (interned)
    keys: list[str]  # each unit's key
    first_words: list[int]  # the position of each unit's first word among the words
    sizes: list[int]  # how many words each unit has
    capitalised: list[bool]  # written with a capital inside a sentence

    def unit(self, k: int) -> Unit:
        """The ``k``-th unit as a :class:`Unit`.

        >>> scan("They kick the bucket.").unit(0)[2:]
        ('kick the bucket', 'kick the bucket', 3, 1, False)
        """
        first, size = self.first_words[k], self.sizes[k]
        start, end = self.matches[first].start(), self.matches[first + size - 1].end()
        surface = self.text[start:end]
        return Unit(
            start, end, surface, self.keys[k], size, first, sentence_start(self.text, start)
        )


def scan(text: str, wn: WordNet | None = None) -> Scan:
    """The units of ``text`` as a :class:`Scan` (what :func:`cut` gives, as parallel lists).

    >>> scan("Voters in Ohio kick the bucket").keys
    ['voters', 'ohio', 'kick the bucket']
    """
    wn = wn or wordnet()
    pairs = _phrase_pairs(wn)
    pair_starts = _pair_starts(wn)
    index = wn.index
    known = _singles(wn)  # _single's memory, read here without a call per word
    matches = list(_WORD.finditer(text))
    written = list(map(_GROUP, matches))
    # Interned, so that the hot loops' lookups of these words in the lexicon's
    # (interned) tables find them by identity. Each word is lowered on its own:
    # a few letters outside ASCII lower-case to ASCII ones (the Kelvin sign).
    lows = list(map(sys.intern, map(str.lower, written)))
    count = len(lows)
    keys: list[str] = []
    firsts: list[int] = []
    sizes: list[int] = []
    capitalised: list[bool] = []
    i = 0
    while i < count:
        low = lows[i]
        if low in pair_starts and i + 1 < count:
            most = pairs.get((low, lows[i + 1]), 0)
            if most:
                taken = _lemma_at(text, matches, lows, i, most, index)
                if taken:
                    start = matches[i].start()
                    keys.append(text[start : matches[i + taken - 1].end()].lower())
                    firsts.append(i)
                    sizes.append(taken)
                    capitalised.append(written[i] < "a" and not sentence_start(text, start))
                    i += taken
                    continue
        single = known.get(low)
        if single is None:
            single = _single(low, wn)
        # "don't": "don" is not the noun (a negation's "t" starts the next word)
        if single and not (
            i + 1 < count
            and written[i + 1][0] == "t"
            and text.startswith(_NEGATION, matches[i].end())
        ):
            keys.append(low)  # one word: its key is the word lower-cased
            firsts.append(i)
            sizes.append(1)
            # [A-Za-z]+: a word that sorts before "a" starts with a capital
            capitalised.append(written[i] < "a" and not sentence_start(text, matches[i].start()))
        i += 1
    return Scan(text, matches, lows, keys, firsts, sizes, capitalised)


def _lemma_at(
    text: str,
    matches: list[re.Match[str]],
    lows: list[str],
    i: int,
    most: int,
    index: Mapping[str, object],
) -> int:
    """How many words (two to ``most``) the longest WordNet lemma at word ``i`` has; 0 if none.

    The words must be joined by single spaces or hyphens.
    """
    count = len(lows)
    joined = 0
    end = matches[i].end()
    while joined < most - 1 and i + joined + 1 < count:
        following = matches[i + joined + 1]
        if text[end : following.start()] not in _GAPS:
            break
        joined += 1
        end = following.end()
    start = matches[i].start()
    for n in range(min(most, joined + 1), 1, -1):
        key = text[start : matches[i + n - 1].end()].lower()
        if key in index and not all(w in NEVER for w in lows[i : i + n]):
            return n
    return 0
