"""The word model's probabilities for every unit of a document, in one pass.

:func:`textrepair.spin.features.word_features` builds a unit's feature vector
and the word model takes its dot product with the weights. That is the clear
form, and the one training uses, but it allocates a list per word and sums 27
products of which most are zero. :class:`WordScorer` gives the same numbers
bit for bit with less work:

* the products are added in the same order as :func:`sequential_dot` adds
  them, so the sum is the same; a zero product is skipped, which adds nothing;
* the first ten terms depend on the unit alone, so their partial sum is kept
  per unit key, with every other context-free product;
* the context terms are worked out inline, and a likely original that no
  bigram pairs with either neighbour (most of them) changes no maximum, so it
  costs two lookups and nothing else.

``tests/spin/test_scoring.py`` compares it with the feature vectors on
thousands of units.

>>> from textrepair.spin.detect import featurize, load_model
>>> from textrepair.spin.priors import unit_priors
>>> from textrepair.spin.units import cut
>>> model, text = load_model(), "It severalize newsperson that the week was long."
>>> scorer = WordScorer(model.word_weights, model.word_bias, unit_priors())
>>> probs = scorer.probabilities(*cut(text))
>>> [(unit.text, round(p, 2)) for unit, p in zip(cut(text)[0], probs)][:3]
[('severalize', 1.0), ('newsperson', 1.0), ('week', 0.03)]
>>> probs == [model.word_probability(x) for x in featurize(text).features]
True
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import repeat

from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import bigram_neighbours
from textrepair.spin.features import (
    _AUXILIARIES,
    _NO_PAIR,
    _PLURAL_DETERMINERS,
    _SINGULAR_SUBJECTS,
    WORD_FEATURES,
    _static,
    lemma_counts,
)
from textrepair.spin.units import Scan, Unit

__all__ = ["WordScorer", "sequential_dot", "squash"]

_NOTHING: dict[str, int] = {}
_MAX_KEYS = 1 << 16  # about 700 bytes each: at most about 45 MB, then cleared


# What the scorer keeps of one unit key: its context-free terms and its originals.
# A plain tuple, which the garbage collector stops tracking (see signals._originals);
# the hot loop unpacks it in this order.
_Entry = tuple[
    float,  # partial: the sum of terms 0-9 (they depend on the unit alone)
    float,  # spelling: term 11
    float,  # partial_11: the sum of terms 0-11 when term 10 (a capital inside a sentence) is 0
    str,  # first: the unit's first word, with its Zipf frequency
    float,  # first_zipf
    str,  # last: the unit's last word, with its Zipf frequency
    float,  # last_zipf
    tuple[str, ...],  # firsts: each likely original's first word
    tuple[str, ...],  # lasts: and last word
    tuple[float, ...],  # first_zipfs: their Zipf frequencies
    tuple[float, ...],  # last_zipfs
    tuple[str, ...],  # single_firsts: first words of the one-word originals
    tuple[tuple[str, str], ...],  # multi_firsts: (first word, lemma) of the others
    tuple[str, ...],  # lemmas: the unit's WordNet base forms
    float,  # gap_term: term 19
    float,  # prior_term: term 23
    bool,  # ends_s
    bool,  # bare_verb
    bool,  # bare_noun
    bool | None,  # article: whether "an" goes before it
]


def sequential_dot(weights: Sequence[float], x: Sequence[float]) -> float:
    """The sum of ``weights[i] * x[i]``, added left to right.

    ``sum()`` adds floats with compensation since Python 3.12, so its last bits
    depend on the version; this is the same everywhere, and it is what
    :class:`WordScorer` reproduces.

    >>> sequential_dot((2.0, -1.0), (1.0, 3.0))
    -1.0
    """
    if len(weights) != len(x):
        raise ValueError(f"{len(x)} features for a model of {len(weights)}")
    total = 0.0
    for w, v in zip(weights, x, strict=True):
        total += w * v
    return total


def squash(z: float) -> float:
    """The logistic function, clipped at ±40 as :func:`textrepair._logistic.logistic` is.

    >>> squash(0.0)
    0.5
    """
    return 1 / (1 + math.exp(-max(min(z, 40.0), -40.0)))


def _one_side(
    counts: Mapping[str, int],
    edge: str,
    edge_zipf: float,
    original_edges: Sequence[str],
    original_zipfs: Sequence[float],
) -> tuple[float, float, float, float]:
    """A unit's fit and association, and its best original's, with one neighbour only.

    At a document's edge: ``counts`` are the bigram counts beside the one neighbour,
    ``edge`` the unit's word next to it, ``original_edges`` each likely original's.
    The same numbers as ``features._context`` with the other side ``None``.
    """
    count = counts.get(edge, 0)
    if count:
        own_ctx = math.log10(1 + count) / 10
        own_assoc = math.log10(count) - edge_zipf
    else:
        own_ctx, own_assoc = 0.0, _NO_PAIR
    best_ctx, best_assoc = 0.0, _NO_PAIR
    for zipf, original_count in zip(original_zipfs, map(counts.get, original_edges), strict=True):
        if original_count:  # an original no bigram pairs with the neighbour changes nothing
            best_ctx = max(best_ctx, math.log10(1 + original_count) / 10)
            best_assoc = max(best_assoc, math.log10(original_count) - zipf)
    return own_ctx, own_assoc, best_ctx, best_assoc


class WordScorer:
    """The word model's probability for each unit, as ``squash(bias + sequential_dot(...))``.

    ``weights`` and ``bias`` are the word model's; ``priors`` maps unit keys to
    their learned log-odds (:mod:`textrepair.spin.priors`). A scorer keeps what
    it learns of each unit key, so one scorer should serve many documents.
    """

    def __init__(self, weights: Sequence[float], bias: float, priors: Mapping[str, float]):
        if len(weights) != len(WORD_FEATURES):
            raise ValueError(f"{len(weights)} weights for {len(WORD_FEATURES)} word features")
        self.weights = tuple(weights)
        self.bias = bias
        self.priors = priors
        self._entries: dict[str, _Entry] = {}

    def _entry(self, key: str, words: int) -> _Entry:
        w = self.weights
        static = _static(key)
        partial = 0.0
        for weight, value in zip(w[:9], static.head, strict=True):
            partial += weight * value
        partial += w[9] * float(words > 1)
        spelling = w[11] * static.spelling_word
        intern = sys.intern  # looked up in the lexicon's interned tables: equal by identity
        first, first_zipf, last, last_zipf = static.edges
        # each likely original's (first word, its Zipf, last word, its Zipf)
        sides = [original_edges for _, _, original_edges in static.originals]
        entry: _Entry = (
            partial,
            spelling,
            partial + spelling,
            intern(first),
            first_zipf,
            intern(last),
            last_zipf,
            tuple(intern(side[0]) for side in sides),
            tuple(intern(side[2]) for side in sides),
            tuple(side[1] for side in sides),
            tuple(side[3] for side in sides),
            tuple(dict.fromkeys(side[0] for _, single, side in static.originals if single)),
            tuple((side[0], lemma) for lemma, single, side in static.originals if not single),
            static.lemmas,
            w[19] * static.gap_zipf,
            w[23] * (self.priors.get(key, 0.0) / 5),
            key.endswith("s"),
            static.bare_verb,
            static.bare_noun,
            static.article,
        )
        if len(self._entries) >= _MAX_KEYS:
            self._entries.clear()
        self._entries[key] = entry
        return entry

    def probabilities(self, found: Sequence[Unit], words: Sequence[str]) -> list[float]:
        """The probability that each unit of ``found`` was swapped by a spinner.

        ``found`` and ``words`` are what :func:`textrepair.spin.units.cut` returns.
        """
        return self._score(
            [u.key for u in found],
            [u.first_word for u in found],
            [u.words for u in found],
            [u.text[0].isupper() and not u.sentence_start for u in found],
            words,
        )

    def scan_probabilities(self, found: Scan) -> list[float]:
        """:meth:`probabilities` of the units of a :func:`textrepair.spin.units.scan`.

        The same numbers, without a :class:`~textrepair.spin.units.Unit` per word
        (:func:`textrepair.spin.detect.detect_spin` reads a text so).

        >>> from textrepair.spin.detect import load_model
        >>> from textrepair.spin.priors import unit_priors
        >>> from textrepair.spin.units import cut, scan
        >>> model, text = load_model(), "It severalize newsperson that the week was long."
        >>> scorer = WordScorer(model.word_weights, model.word_bias, unit_priors())
        >>> scorer.scan_probabilities(scan(text)) == scorer.probabilities(*cut(text))
        True
        """
        return self._score(
            found.keys, found.first_words, found.sizes, found.capitalised, found.words
        )

    def _score(
        self,
        keys: Sequence[str],
        first_words: Sequence[int],
        sizes: Sequence[int],
        capitalised: Sequence[bool],
        words: Sequence[str],
    ) -> list[float]:
        w = self.weights
        bias = self.bias
        entries = self._entries
        after, before = bigram_neighbours()
        doc_words = Counter(words)
        doc_set = set(doc_words)
        doc_units = Counter(keys)
        doc_lemmas = lemma_counts(doc_words)
        log10 = math.log10
        log = math.log
        exp = math.exp
        n_words = len(words)
        # What each word's neighbours need, read once per word: the bigram counts
        # beside it, and whether it is a function word.
        lefts_at = list(map(after.get, words, repeat(_NOTHING, n_words)))
        rights_at = list(map(before.get, words, repeat(_NOTHING, n_words)))
        function_at = list(map(FUNCTION_WORDS.__contains__, words))
        w10, w12, w13, w14, w15, w16, w17, w18 = (w[k] for k in (10, 12, 13, 14, 15, 16, 17, 18))
        w20, w21, w22, w24, w25, w26, w27 = (w[k] for k in (20, 21, 22, 24, 25, 26, 27))
        out: list[float] = []
        for key, i, size, capital in zip(keys, first_words, sizes, capitalised, strict=True):
            entry = entries.get(key)
            if entry is None:
                entry = self._entry(key, size)
            (
                partial,
                spelling,
                partial_11,
                first,
                first_zipf,
                last,
                last_zipf,
                firsts,
                lasts,
                first_zipfs,
                last_zipfs,
                single_firsts,
                multi_firsts,
                lemmas,
                gap_term,
                prior_term,
                ends_s,
                bare_verb,
                bare_noun,
                article,
            ) = entry
            j = i + size
            left = lefts_at[i - 1] if i else None  # units.neighbours, inline in this hot loop
            right = rights_at[j] if j < n_words else None

            # The unit's own fit (terms 12 and 24) and its best original's (13 and 25),
            # as features._context works them out. An original no bigram pairs with a
            # neighbour has fit 0 and association -3, and changes neither maximum.
            self_ctx = 0.0
            best_ctx = 0.0
            best_assoc = _NO_PAIR
            if left is not None and right is not None:
                count = left.get(first, 0)
                if count:
                    self_ctx += log10(1 + count) / 10
                    self_assoc = log10(count) - first_zipf
                else:
                    self_assoc = _NO_PAIR
                count = right.get(last, 0)
                if count:
                    self_ctx += log10(1 + count) / 10
                    self_assoc = (self_assoc + (log10(count) - last_zipf)) / 2
                else:
                    self_assoc = (self_assoc + _NO_PAIR) / 2
                if not (left.keys().isdisjoint(firsts) and right.keys().isdisjoint(lasts)):
                    for o_first_zipf, o_last_zipf, left_count, right_count in zip(
                        first_zipfs,
                        last_zipfs,
                        map(left.get, firsts),
                        map(right.get, lasts),
                        strict=True,
                    ):
                        if left_count:
                            ctx = log10(1 + left_count) / 10
                            assoc = log10(left_count) - o_first_zipf
                        elif right_count:
                            ctx = 0.0
                            assoc = _NO_PAIR
                        else:
                            continue
                        if right_count:
                            ctx += log10(1 + right_count) / 10
                            assoc = (assoc + (log10(right_count) - o_last_zipf)) / 2
                        else:
                            assoc = (assoc + _NO_PAIR) / 2
                        if ctx > best_ctx:
                            best_ctx = ctx
                        if assoc > best_assoc:
                            best_assoc = assoc
            elif left is not None:
                self_ctx, self_assoc, best_ctx, best_assoc = _one_side(
                    left, first, first_zipf, firsts, first_zipfs
                )
            elif right is not None:
                self_ctx, self_assoc, best_ctx, best_assoc = _one_side(
                    right, last, last_zipf, lasts, last_zipfs
                )
            else:  # no neighbours: every association is 0
                self_assoc = 0.0
                if firsts:
                    best_assoc = 0.0

            # an original written elsewhere in the text (term 16)
            in_doc = not doc_set.isdisjoint(single_firsts)
            if multi_firsts and not in_doc:
                in_doc = any(
                    o_first in doc_set and lemma in doc_units for o_first, lemma in multi_firsts
                )

            # the sum, term by term in the features' order (zero terms skipped)
            total = partial + w10 + spelling if capital else partial_11
            if self_ctx:
                total += w12 * self_ctx
            if best_ctx:
                total += w13 * best_ctx
            gain = best_ctx - self_ctx
            if gain:
                total += w14 * gain
            if (not i or function_at[i - 1]) and (j >= n_words or function_at[j]):
                total += w15
            if in_doc:
                total += w16
            repeats = doc_units[key]
            if repeats != 1:
                total += w17 * (log(repeats) / 3)
            lemma_count = 1
            for lemma in lemmas:
                count = doc_lemmas.get(lemma, 1)
                if count > lemma_count:
                    lemma_count = count
            if lemma_count != 1:
                total += w18 * (log(lemma_count) / 3)
            total += gap_term
            if bare_verb or bare_noun:
                prev = words[i - 1] if i else ""
                if bare_verb and prev in _SINGULAR_SUBJECTS and not ends_s:
                    total += w20
                if bare_verb and not bare_noun and prev in _AUXILIARIES:
                    total += w21
                if bare_noun and prev in _PLURAL_DETERMINERS and not ends_s:
                    total += w22
            total += prior_term
            if self_assoc:
                total += w24 * (self_assoc / 5)
            if best_assoc:
                total += w25 * (best_assoc / 5)
            gain = best_assoc - self_assoc
            if gain:
                total += w26 * (gain / 5)
            # an article that does not fit the word after it (term 27: features.article_mismatch)
            if article is not None and i and not capital and words[i - 1] == ("an", "a")[article]:
                total += w27
            z = bias + total
            out.append(1 / (1 + exp(-max(min(z, 40.0), -40.0))))
        return out
