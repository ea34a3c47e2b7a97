"""What a unit looks like if it was spun: the likely originals and the word's own signals.

A spinner picks a synset of the original word (any sense) and writes another
lemma of it. So for a unit ``w`` every lemma ``s`` that shares a synset with it
is a possible original, with

    P(w | s) = sum over synsets holding both: 1/#senses(s) × 1/(#lemmas − 1)

and a prior proportional to how often ``s`` is written (wordfreq). Their sum,
against how often ``w`` itself is written, is the frequency-gap signal: "hebdomad"
is rare and its synonym "week" is very common, so it is likely spun.

>>> best = originals("hebdomad")[0]
>>> best.lemma, round(best.p_spun, 2)
('week', 0.33)
"""

from __future__ import annotations

import itertools
import math
from functools import lru_cache
from typing import NamedTuple

from textrepair.language.lexicon import bigram_count, frequency_in, zipf_of
from textrepair.spin.wordnet import wordnet

__all__ = ["Original", "WordSignals", "frequency", "originals", "word_signals"]

_MAX_ORIGINALS = 12


# symspellpy's bigram counts (Google n-grams of 6.4 million and more) over about
# this many bigrams give a phrase frequency on wordfreq's scale ("of the" ≈ 0.0044).
_BIGRAM_TOTAL = 4e13
_BIGRAM_FLOOR = 6.4e6 / 2  # an absent pair is rarer than the least listed one


@lru_cache(maxsize=262144)
def frequency(phrase: str) -> float:
    """How often a word or a phrase (lower-cased) is written in English.

    Words: wordfreq. Phrases: wordfreq combines its words as if independent,
    which overrates "per centum"; the rarest of its word pairs in symspellpy's
    bigram counts bounds it.

    >>> frequency("per centum") < frequency("percent")
    True
    """
    freq = frequency_in(phrase, "en")
    words = phrase.split()
    for first, second in itertools.pairwise(words):
        pair = bigram_count(first, second) or _BIGRAM_FLOOR
        freq = min(freq, pair / _BIGRAM_TOTAL)
    return freq


class Original(NamedTuple):
    """A lemma the unit may have replaced."""

    lemma: str  # lower-cased
    p_spun: float  # P(spinner writes the unit | original is this lemma)
    freq: float  # wordfreq frequency of the lemma
    tags: int  # SemCor count of the unit in the shared sense (0: a rare sense of the unit)
    number: int  # the unit's sense number in that sense (1 = its most frequent)

    @property
    def weight(self) -> float:
        """Prior × likelihood: how much this original explains the unit."""
        return self.freq * self.p_spun


@lru_cache(maxsize=131072)
def _senses_with_others(lemma: str, pos: str) -> int:
    wn = wordnet()
    members = wn.synset_members
    return sum(len(members[s[0]]) > 1 for s in wn.index.get(lemma, ()) if s[1] == pos)


# The per-unit records are remembered as plain tuples, wrapped when asked for: the
# garbage collector stops tracking a plain tuple of strings and numbers, but walks
# every named tuple or dataclass instance at each full collection, and a first
# pass over a corpus remembers tens of thousands of units and collects often.
_OriginalFields = tuple[str, float, float, int, int]
_SignalFields = tuple[float, float, float, int, int, int, int, bool]


def originals(key: str) -> tuple[Original, ...]:
    """Possible originals of the unit ``key`` (lower-cased), most likely first."""
    return tuple(map(Original._make, _originals(key)))


@lru_cache(maxsize=131072)
def _originals(key: str) -> tuple[_OriginalFields, ...]:
    wn = wordnet()
    lowered = wn.lowered
    weights: dict[str, list[float]] = {}
    for lemma, pos in wn.morphy(key):
        for synset, sense_pos, number, tags in wn.index.get(lemma, ()):  # wn.senses, unwrapped
            members = wn.synset_members[synset]
            if sense_pos != pos or len(members) < 2:
                continue
            for member in members:
                other = lowered[member]
                if other in (lemma, key):
                    continue
                p = 1 / (_senses_with_others(other, pos) or 1) / (len(members) - 1)
                entry = weights.setdefault(other, [0.0, 0.0, 0.0, 99.0])
                entry[0] += p
                if tags >= entry[1]:
                    entry[1] = tags
                entry[3] = min(entry[3], number)
    # sorted as (-Original.weight, lemma) before the few kept are built
    ranked: list[tuple[float, str, float, float, float, float]] = []
    for lemma, (share, tag_count, _, sense_number) in weights.items():
        freq = frequency(lemma)
        ranked.append((-(freq * share), lemma, share, freq, tag_count, sense_number))
    ranked.sort()
    return tuple(
        (lemma, p, freq, int(tags), int(number))
        for _, lemma, p, freq, tags, number in ranked[:_MAX_ORIGINALS]
    )


class WordSignals(NamedTuple):
    """Context-free signals of one unit."""

    zipf: float  # of the unit as written
    gap: float  # log10(sum of originals' weight / unit's frequency)
    best_zipf: float  # Zipf frequency of the most likely original
    senses: int  # number of WordNet senses of the unit's lemmas
    tags: int  # SemCor count of the unit over all its senses
    best_tags: int  # SemCor count of the unit in the sense shared with the best original
    best_number: int  # the unit's sense number there
    is_lemma: bool  # written as a lemma (spinners do not re-inflect)


def word_signals(key: str) -> WordSignals:
    """The context-free signals of the unit ``key`` (lower-cased).

    >>> word_signals("hebdomad").gap > 2
    True
    """
    return WordSignals._make(_word_signals(key))


@lru_cache(maxsize=131072)
def _word_signals(key: str) -> _SignalFields:
    wn = wordnet()
    found = originals(key)
    freq = frequency(key)
    total = sum(o.weight for o in found)
    lemmas = wn.morphy(key)
    senses = [s for lemma, pos in lemmas for s in wn.index.get(lemma, ()) if s[1] == pos]
    best = found[0] if found else None
    return (  # WordSignals' fields, in order
        zipf_of(freq),  # zipf
        math.log10((total + 1e-9) / (freq + 1e-9)),  # gap
        zipf_of(best.freq) if best else 0.0,  # best_zipf
        len(senses),  # senses
        sum(s[3] for s in senses),  # tags: (synset, pos, number, tags)
        best.tags if best else 0,  # best_tags
        best.number if best else 0,  # best_number
        any(lemma == key for lemma, _ in lemmas),  # is_lemma
    )
