"""Cut text into the units a spinner swaps: single words and WordNet multi-word lemmas.

A spinner writes multi-word lemmas ("hepatic portal vein", "kick the bucket",
"per centum") where one word stood, so the longest WordNet lemma of up to four
words starting at a word is one unit. Closed-class words are never units.

>>> [(u.text, u.words) for u in units("It kick the bucket to anger the voters.")]
[('kick the bucket', 3), ('anger', 1), ('voters', 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.spin.wordnet import WordNet, wordnet

__all__ = ["Unit", "cut", "sentence_start", "units"]

_WORD = re.compile(r"[A-Za-z]+")
_MAX_WORDS = 4
_GAPS = frozenset({" ", "-"})
_NEGATION = frozenset({"'t", "’t"})  # "don't": "don" is not the noun
NEVER = FUNCTION_WORDS | frozenset("s t d ll re ve m n".split())
"""Words that are never a unit on their own (closed class, clitics)."""


@dataclass(frozen=True)
class Unit:
    """A word or multi-word lemma in the text."""

    start: int
    end: int
    text: str  # as written, with its original gaps
    key: str  # lower-cased, for lookups
    words: int
    index: int  # position of its first word among all words of the text
    sentence_start: bool  # first word of a sentence or line


def sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence or a line."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


@cache
def _phrase_starts(wn: WordNet) -> dict[str, int]:
    """For each word, the most words (up to four) of a WordNet lemma that starts with it."""
    starts: dict[str, int] = {}
    for key in wn.index:
        words = _WORD.findall(key)
        if 1 < len(words) <= _MAX_WORDS:
            starts[words[0]] = max(starts.get(words[0], 0), len(words))
    return starts


def units(text: str, wn: WordNet | None = None) -> list[Unit]:
    """The units of ``text`` that WordNet knows, in order."""
    return cut(text, wn)[0]


def cut(text: str, wn: WordNet | None = None) -> tuple[list[Unit], list[str]]:
    """The units of ``text``, and all its words lower-cased (``Unit.index`` points into them)."""
    wn = wn or wordnet()
    starts_phrase = _phrase_starts(wn)
    matches = list(_WORD.finditer(text))
    spans = [m.span() for m in matches]
    lows = [m.group().lower() for m in matches]
    # joined[k]: how many words after word k are joined to it by single spaces or hyphens
    joined = [0] * len(spans)
    for k in range(len(spans) - 2, -1, -1):
        if text[spans[k][1] : spans[k + 1][0]] in _GAPS:
            joined[k] = joined[k + 1] + 1
    out: list[Unit] = []
    i = 0
    while i < len(spans):
        start = spans[i][0]
        taken = 0
        for n in range(min(starts_phrase.get(lows[i], 0), joined[i] + 1), 1, -1):
            key = text[start : spans[i + n - 1][1]].lower()
            if key in wn.index and not all(w in NEVER for w in lows[i : i + n]):
                taken = n
                break
        if not taken:
            word = lows[i]
            end = spans[i][1]
            if (
                word in NEVER
                or len(word) < 2
                or text[end : end + 2] in _NEGATION
                or not wn.morphy(word)
            ):
                i += 1
                continue
            taken = 1
        end = spans[i + taken - 1][1]
        surface = text[start:end]
        out.append(
            Unit(start, end, surface, surface.lower(), taken, i, sentence_start(text, start))
        )
        i += taken
    return out, lows
