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

from textrepair.spacing.words import FUNCTION_WORDS
from textrepair.spin.wordnet import WordNet, wordnet

__all__ = ["Unit", "sentence_start", "units"]

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
    wn = wn or wordnet()
    words = list(_WORD.finditer(text))
    out: list[Unit] = []
    i = 0
    while i < len(words):
        first = words[i]
        taken = 0
        most = _phrase_starts(wn).get(first.group().lower(), 0)
        for n in range(min(most, len(words) - i), 1, -1):
            last = words[i + n - 1]
            gaps = [text[words[k].end() : words[k + 1].start()] for k in range(i, i + n - 1)]
            if not all(g in _GAPS for g in gaps):
                continue
            key = text[first.start() : last.end()].lower()
            if key in wn.index and not all(w.group().lower() in NEVER for w in words[i : i + n]):
                taken = n
                break
        if taken:
            end = words[i + taken - 1].end()
        elif (
            first.group().lower() not in NEVER
            and len(first.group()) > 1
            and text[first.end() : first.end() + 2] not in _NEGATION
        ):
            taken, end = 1, first.end()
            if not wn.morphy(first.group()):
                i += 1
                continue
        else:
            i += 1
            continue
        surface = text[first.start() : end]
        out.append(
            Unit(
                first.start(),
                end,
                surface,
                surface.lower(),
                taken,
                i,
                sentence_start(text, first.start()),
            )
        )
        i += taken
    return out
