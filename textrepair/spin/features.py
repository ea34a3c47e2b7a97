"""Feature vectors for the two small models of the spin detector.

* The word model sees one unit in its context: the frequency gap to its likely
  originals, how rare the sense that links them is, whether it is written as a
  lemma, and whether its neighbours fit it worse than they fit an original
  (symspellpy's bigram counts), plus what the rest of the document says (an
  original written elsewhere in the text, the unit repeated).
  Its context-free signals also enter through one learned number, the unit's
  prior (:mod:`textrepair.spin.priors`), computed from :data:`PRIOR_FEATURES`.
* The document model sees how sure the surest word scores are, and how far
  the document's word scores stand above what clean text as rich as it holds
  (:func:`richness`, :data:`CLEAN_RATES`), scaled by the square root of its
  length: a test statistic, not a sum that grows with length.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from textrepair.language.english import takes_an
from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import (
    bigram_neighbours,
    english_frequencies,
    in_spelling_dictionary,
    zipf_of,
)
from textrepair.spin.signals import frequency, originals, word_signals
from textrepair.spin.units import Unit
from textrepair.spin.wordnet import wordnet

__all__ = [
    "CLEAN_RATES",
    "DOC_FEATURES",
    "PRIOR_FEATURES",
    "RICHNESS",
    "WORD_FEATURES",
    "context_association",
    "context_fit",
    "doc_features",
    "document_rates",
    "lemma_counts",
    "prior_features",
    "richness",
    "word_features",
]

WORD_FEATURES = (
    "zipf",
    "gap",
    "gap_positive",
    "best_zipf",
    "log_senses",
    "log_tags",
    "rare_sense",
    "log_sense_number",
    "is_lemma",
    "multi_word",
    "capitalised_inside",
    "spelling_word",
    "context_self",
    "context_best",
    "context_gain",
    "no_context",
    "original_in_doc",
    "repeated",
    "lemma_repeated",
    "bias_gap_zipf",
    "bare_verb_after_subject",
    "bare_verb_after_auxiliary",
    "singular_after_plural",
    "unit_prior",
    "association_self",
    "association_best",
    "association_gain",
    "article_mismatch",
)
PRIOR_FEATURES = (*WORD_FEATURES[:10], "spelling_word", "bias_gap_zipf")
"""The context-free signals the unit priors are learned from (see :func:`prior_features`)."""
DOC_FEATURES = (
    "top3_mean",
    "log_words",
    "fingerprints",
    "excess_share_over_half",
    "excess_log_odds",
)
RICHNESS = (
    "below_zipf_2_5",
    "below_zipf_3",
    "below_zipf_3_5",
    "below_zipf_4",
    "below_zipf_4_5",
    "mean_zipf",
    "distinct_share",
)
"""How rich a document's vocabulary is (see :func:`richness`)."""
_RICHNESS_LIMITS = (2.5, 3.0, 3.5, 4.0, 4.5)
CLEAN_RATES = ("share_over_half", "log_odds")
"""The per-word rates (see :func:`document_rates`) whose clean level the model predicts from
:data:`RICHNESS`."""
_CONTEXT_ORIGINALS = 5
_NO_PAIR = -3.0
# Spinners do not re-inflect: a bare lemma where the grammar wants an inflection.
_SINGULAR_SUBJECTS = frozenset("he she it".split())
_AUXILIARIES = frozenset("has have had was were is are been be being having".split())
_PLURAL_DETERMINERS = frozenset(
    "these those many several both various multiple few two three four five six seven eight "
    "nine ten dozens hundreds thousands millions".split()
)


def _edge_zipf(word: str) -> float:
    return zipf_of(frequency(word))


_NOTHING: dict[str, int] = {}


def _sides(prev: str, nxt: str) -> tuple[dict[str, int] | None, dict[str, int] | None]:
    """The bigram counts of the words after ``prev`` and before ``nxt`` (None at an edge)."""
    after, before = bigram_neighbours()
    return (
        after.get(prev, _NOTHING) if prev else None,
        before.get(nxt, _NOTHING) if nxt else None,
    )


def _context(
    left: dict[str, int] | None,
    right: dict[str, int] | None,
    edges: tuple[str, float, str, float],
) -> tuple[float, float]:
    """:func:`context_fit` and :func:`context_association` from one lookup per side.

    ``left`` and ``right`` come from :func:`_sides`; ``edges`` are the unit's first
    and last word, each with its Zipf frequency.
    """
    first, first_zipf, last, last_zipf = edges
    fit = 0.0
    sides = 0
    association = 0.0
    if left is not None:
        count = left.get(first, 0)
        if count:
            fit += math.log10(1 + count) / 10
            association = math.log10(count) - first_zipf
        else:
            association = _NO_PAIR
        sides = 1
    if right is not None:
        count = right.get(last, 0)
        if count:
            fit += math.log10(1 + count) / 10
            side = math.log10(count) - last_zipf
        else:
            side = _NO_PAIR
        association = association + side if sides else side
        sides += 1
    return fit, association / sides if sides else 0.0


def context_fit(prev: str, first: str, last: str, nxt: str) -> float:
    """How well a unit from ``first`` to ``last`` fits between ``prev`` and ``nxt`` (bigrams)."""
    # the Zipfs only matter to association
    return _context(*_sides(prev, nxt), (first, 0.0, last, 0.0))[0]


def context_association(prev: str, first: str, last: str, nxt: str) -> float:
    """How strongly the unit's edge words go with ``prev`` and ``nxt``, for their frequency.

    The mean over the two sides of log10(bigram count) minus the edge word's
    Zipf frequency, so a common word is not favoured for being common; a pair
    the bigram list lacks scores -3; 0 without neighbours.

    >>> context_association("told", "reporters", "reporters", "that") > context_association(
    ...     "told", "newsperson", "newsperson", "that")
    True
    """
    return _context(*_sides(prev, nxt), (first, _edge_zipf(first), last, _edge_zipf(last)))[1]


def word_features(
    unit: Unit,
    prev: str,
    nxt: str,
    doc_words: Counter[str],
    doc_units: Counter[str],
    doc_lemmas: Counter[str],
    priors: Mapping[str, float],
) -> list[float]:
    """Features of ``unit`` between the words ``prev`` and ``nxt`` (lower-cased, "" at an edge).

    ``doc_words`` counts the document's lower-cased words, ``doc_units`` its unit keys
    and ``doc_lemmas`` the WordNet base forms of its words (see :func:`lemma_counts`);
    ``priors`` maps unit keys to their learned log-odds (:mod:`textrepair.spin.priors`).
    """
    key = unit.key
    static = _static(key)
    left, right = _sides(prev, nxt)
    self_ctx, self_assoc = _context(left, right, static.edges)
    best_ctx = 0.0
    best_assoc = _NO_PAIR
    in_doc = 0.0
    for lemma, single, edges in static.originals:
        ctx, assoc = _context(left, right, edges)
        if ctx > best_ctx:
            best_ctx = ctx
        if assoc > best_assoc:
            best_assoc = assoc
        if not in_doc and doc_words.get(edges[0], 0) and (single or doc_units.get(lemma, 0)):
            in_doc = 1.0
    lemma_count = max([doc_lemmas.get(lemma, 1) for lemma in static.lemmas] or [1])
    bare_verb, bare_noun = static.bare_verb, static.bare_noun
    capitalised = unit.text[0].isupper() and not unit.sentence_start  # an acronym: "an FBI"
    return [
        *static.head,
        float(unit.words > 1),
        float(capitalised),
        static.spelling_word,
        self_ctx,
        best_ctx,
        best_ctx - self_ctx,
        float((not prev or prev in FUNCTION_WORDS) and (not nxt or nxt in FUNCTION_WORDS)),
        in_doc,
        math.log(doc_units.get(key, 1)) / 3,
        math.log(lemma_count) / 3,
        static.gap_zipf,
        float(prev in _SINGULAR_SUBJECTS and not key.endswith("s") and bare_verb),
        float(prev in _AUXILIARIES and bare_verb and not bare_noun),
        float(prev in _PLURAL_DETERMINERS and not key.endswith("s") and bare_noun),
        priors.get(key, 0.0) / 5,
        self_assoc / 5,
        best_assoc / 5,
        (best_assoc - self_assoc) / 5,
        float(article_mismatch(prev, static.article) and not capitalised),
    ]


def article_mismatch(prev: str, takes: bool | None) -> bool:
    """Whether the article ``prev`` (lower-cased) does not fit a word that ``takes`` ``an``.

    Spinners swap the word after ``a`` or ``an`` and leave the article
    (seed 002's ``take an natural process``); writers seldom get it wrong.
    ``takes`` is :func:`~textrepair.language.english.takes_an` of the word.

    >>> article_mismatch("an", False), article_mismatch("a", False), article_mismatch("the", True)
    (True, False, False)
    """
    return takes is not None and (prev == "an" if not takes else prev == "a")


def prior_features(key: str) -> list[float]:
    """The context-free signals of the unit ``key`` named by :data:`PRIOR_FEATURES`.

    >>> len(prior_features("hebdomad")) == len(PRIOR_FEATURES)
    True
    """
    static = _static(key)
    return [
        *static.head,
        float(len(key.replace("-", " ").split()) > 1),  # multi_word
        static.spelling_word,
        static.gap_zipf,
    ]


class _Static(NamedTuple):
    """What :func:`word_features` needs of a unit that does not depend on where it stands."""

    head: tuple[float, ...]  # the first nine features
    edges: tuple[str, float, str, float]  # first and last word, each with its Zipf frequency
    # each likely original: its lemma, whether it is one word, and its edges as above
    originals: tuple[tuple[str, bool, tuple[str, float, str, float]], ...]
    lemmas: tuple[str, ...]
    spelling_word: float
    gap_zipf: float
    bare_verb: bool
    bare_noun: bool
    article: bool | None  # whether "an" goes before it (takes_an of its first word)


def _static(key: str) -> _Static:
    return _Static._make(_static_fields(key))


@lru_cache(maxsize=131072)
def _static_fields(key: str) -> tuple[object, ...]:
    # a plain tuple, which the garbage collector stops tracking (see signals._originals)
    sig = word_signals(key)
    parts = key.replace("-", " ").split()
    found = []
    for o in originals(key)[:_CONTEXT_ORIGINALS]:
        o_parts = o.lemma.replace("-", " ").split()
        edges = (o_parts[0], _edge_zipf(o_parts[0]), o_parts[-1], _edge_zipf(o_parts[-1]))
        found.append((o.lemma, len(o_parts) == 1, edges))
    gap = max(-3.0, min(sig.gap, 6.0))
    head = (
        sig.zipf / 7,
        gap / 5,
        max(gap, 0.0) / 5,
        sig.best_zipf / 7,
        math.log1p(sig.senses) / 3,
        math.log1p(sig.tags) / 5,
        float(sig.best_tags == 0),
        math.log(max(sig.best_number, 1)) / 3,
        float(sig.is_lemma),
    )
    base_forms = wordnet().morphy(key)
    static = _Static(
        head=head,
        edges=(parts[0], _edge_zipf(parts[0]), parts[-1], _edge_zipf(parts[-1])),
        originals=tuple(found),
        lemmas=tuple(lemma for lemma, _ in base_forms),
        spelling_word=float(len(parts) == 1 and in_spelling_dictionary(key)),
        gap_zipf=max(gap, 0.0) * (1 - sig.zipf / 7),
        bare_verb=(key, "v") in base_forms,  # written as a verb's lemma
        bare_noun=(key, "n") in base_forms,
        article=takes_an(parts[0]),
    )
    return tuple(static)


@lru_cache(maxsize=131072)
def _base_forms(word: str) -> tuple[str, ...]:
    """The distinct WordNet base forms of ``word``, in the order morphy finds them."""
    return tuple(dict.fromkeys(lemma for lemma, _ in wordnet().morphy(word)))


def lemma_counts(words: Counter[str]) -> Counter[str]:
    """How many words of the document have each WordNet base form.

    >>> lemma_counts(Counter({"walked": 2, "walks": 1, "walk": 1}))["walk"]
    4
    """
    counts: Counter[str] = Counter()
    get = counts.get
    for word, n in words.items():
        for lemma in _base_forms(word):
            counts[lemma] = get(lemma, 0) + n
    return counts


def richness(words: Sequence[str]) -> list[float]:
    """How rare a document's content words are: the :data:`RICHNESS` covariates.

    The shares of its content words (three letters or more, not function words)
    below Zipf 2.5, 3, 3.5, 4 and 4.5, their mean Zipf, and the share of them
    that are distinct. Honest rich prose holds more rare words, and so more
    units the word model suspects, than plain text of the same length.
    ``words`` are lower-cased, as :func:`textrepair.spin.units.scan` gives them.

    >>> [round(v, 2) for v in richness(["the", "obdurate", "cat", "sat", "cat"])]
    [0.25, 0.25, 0.25, 0.25, 0.25, 4.05, 0.75]
    """
    content = [w for w in words if len(w) > 2 and w not in FUNCTION_WORDS]
    if not content:
        return [0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0]
    # zipf() of each word without its lower-casing: the words are lower-cased already
    zs = list(map(zipf_of, map(english_frequencies().get, content, repeat(0.0, len(content)))))
    n = len(zs)
    mean = math.fsum(zs) / n  # exact, so the words' order (text or counts) does not matter
    zs.sort()  # then the number below each limit is where the limit would go
    return [
        *(bisect_left(zs, limit) / n for limit in _RICHNESS_LIMITS),
        mean,
        len(set(content)) / n,
    ]


def document_rates(probabilities: Sequence[float], words: int) -> list[float]:
    """The :data:`CLEAN_RATES` of a document, each per word.

    The number of word scores above 0.5, and the sum of their log-odds. (The sum
    of all the scores is not one: every ordinary word's small score moves it, and
    with it as a third rate the folds flagged more clean text; see docs/stages.md.)

    >>> [round(v, 4) for v in document_rates([0.5, 0.9, 0.1], 10)]
    [0.1, 0.2197]
    """
    n = max(words, 1)
    return [
        sum(p > 0.5 for p in probabilities) / n,
        sum(math.log(p / (1 - p)) for p in probabilities if 0.5 < p < 1) / n,
    ]


def doc_features(
    probabilities: Sequence[float],
    words: int,
    fingerprints: int,
    covariates: Sequence[float],
    clean_rates: Sequence[Sequence[float]],
) -> list[float]:
    """Features of a document from its units' spin probabilities, its length and richness.

    ``covariates`` are the document's :func:`richness`; ``clean_rates`` give, for
    each of :data:`CLEAN_RATES`, an intercept and one weight per covariate: the
    rate clean text as rich as this document shows (fitted on clean training
    text). Each rate's excess over it is multiplied by √words, as a test
    statistic is, so that clean text's features do not grow with its length.

    >>> flat = [[0.005] + [0.0] * 7, [0.0] * 8]
    >>> [round(v, 3) for v in doc_features([0.9, 0.2], 100, 0, [0.0] * 7, flat)]
    [0.367, 0.667, 0.0, 0.05, 0.22]
    """
    n = max(words, 1)
    ps = sorted(probabilities, reverse=True)
    top = ps[:3] + [0.0] * (3 - len(ps[:3]))
    root = math.sqrt(n)
    excess = [
        (rate - (weights[0] + sum(w * c for w, c in zip(weights[1:], covariates, strict=True))))
        * root
        for rate, weights in zip(document_rates(probabilities, n), clean_rates, strict=True)
    ]
    return [sum(top) / 3, math.log10(n) / 3, min(fingerprints, 5) / 5, *excess]
