"""A WordNet synonym spinner that reproduces what seed 002 shows, for training and benchmarks.

It swaps a chosen share of ALL words for a random lemma of a random synset of
the word, of any sense ("told" → "severalize", "portal" → "hepatic portal vein",
"going" → "kick the bucket"), writes the lemma as WordNet has it (no
re-inflection: "reporters" → "newsperson"), and can tokenizer-space the result
("it ’s", "do n’t"). Closed-class words are never swapped; capitalised words only
at the start of a sentence. Deterministic for a given ``random.Random``.

This is not part of the package: it only makes data to train and measure on.
"""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import dataclass

from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.spin.wordnet import WordNet, wordnet

_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"’”)]?\s+)$")
# Positions where a treebank tokenizer puts a space.
_TOKENIZE = re.compile(
    r"(?<=\w)(?=[.,;:!?)\]\"”%])|(?<=[)\]\"”])(?=[.,;:!?])"  # before closing punctuation
    r"|(?<=[(\[\"“$])(?=\w)"  # after opening punctuation
    r"|(?<=\w)(?=n['’]t\b)"  # do|n't
    r"|(?<=[^n\W])(?=['’](?:s|re|ve|ll|d|m)\b)"  # it|'s
    r"|(?<=\w)(?=-\w)|(?<=\w-)(?=\w)"  # one - on - one
)
SKIP = FUNCTION_WORDS | frozenset(
    "be being been get got say says said make made go goes went not there here s t".split()
)


@dataclass(frozen=True)
class Swap:
    """One swapped word: its span in the spun text, the original and the replacement."""

    start: int
    end: int
    original: str
    replacement: str


@dataclass(frozen=True)
class SpunText:
    """Spun text and the truth about every swap in it."""

    text: str
    swaps: tuple[Swap, ...]
    words: int  # number of words in the original


def _replacement(wn: WordNet, word: str, rng: random.Random) -> str | None:
    options: list[list[str]] = []
    for lemma, pos in wn.morphy(word):
        for sense in wn.senses(lemma, pos):
            others = [m for m in wn.members(sense.synset) if m.lower() != lemma]
            if others:
                options.append(others)
    if not options:
        return None
    return rng.choice(rng.choice(options))


def spin(
    text: str,
    rate: float,
    rng: random.Random,
    *,
    tokenize: bool = False,
    wn: WordNet | None = None,
) -> SpunText:
    """Swap ``rate`` of all words in ``text`` for WordNet synonyms.

    >>> s = spin("The reporters said the new portal was open.", 0.3, random.Random(1))
    >>> len(s.swaps), s.words
    (2, 8)
    """
    wn = wn or wordnet()
    words = list(_WORD.finditer(text))
    eligible = []
    for m in words:
        word = m.group()
        if word.lower() in SKIP or len(word) < 3 or text[m.end() : m.end() + 2] in ("'t", "’t"):
            continue  # closed-class words, and "don" in "don't"
        if word[0].isupper() and not (
            word[1:].islower() and _SENTENCE_START.search(text, 0, m.start())
        ):
            continue
        eligible.append(m)
    rng.shuffle(eligible)
    target = round(rate * len(words))
    chosen: list[tuple[re.Match[str], str]] = []
    for m in eligible:
        if len(chosen) >= target:
            break
        new = _replacement(wn, m.group(), rng)
        if new is None:
            continue
        if m.group()[0].isupper():
            new = new[0].upper() + new[1:]
        chosen.append((m, new))
    chosen.sort(key=lambda c: c[0].start())
    out: list[str] = []
    swaps: list[Swap] = []
    pos = length = 0
    for m, new in chosen:
        out.append(text[pos : m.start()])
        length += m.start() - pos
        swaps.append(Swap(length, length + len(new), m.group(), new))
        out.append(new)
        length += len(new)
        pos = m.end()
    out.append(text[pos:])
    spun = "".join(out)
    if tokenize:
        spun, swaps = _tokenize(spun, swaps)
    return SpunText(spun, tuple(swaps), len(words))


def _tokenize(text: str, swaps: list[Swap]) -> tuple[str, list[Swap]]:
    points = [m.start() for m in _TOKENIZE.finditer(text)]
    # A space inserted at a swap's start moves the swap; one at its end does not.
    pieces = []
    prev = 0
    for p in points:
        pieces.append(text[prev:p])
        prev = p
    pieces.append(text[prev:])
    moved = [
        Swap(
            s.start + bisect.bisect_right(points, s.start),
            s.end + bisect.bisect_left(points, s.end),
            s.original,
            s.replacement,
        )
        for s in swaps
    ]
    return " ".join(pieces), moved
