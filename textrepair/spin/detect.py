"""Detect synonym-spun text: score the document, mark the spun units, suggest originals.

Two small logistic regressions, trained by ``python -m benchmarks.train_spin``
on text spun from half of the WCXB gold pages, ship as ``spin_model.json``:
the word model scores each unit (a word or a WordNet multi-word lemma) from
:mod:`textrepair.spin.features`, one of which is the unit's learned prior
(:mod:`textrepair.spin.priors`); the document model turns the word scores, the
document's length and any tortured-phrase fingerprints into a calibrated
probability that the document is spun.

>>> report = detect_spin("On Thursday it severalize newsperson that the hebdomad was long.")
>>> report.spun, [s.text for s in report.spans]
(True, ['severalize', 'newsperson', 'hebdomad'])
>>> report.spans[2].suggestions[0]
'week'
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from textrepair._inputs import ensure_text
from textrepair._logistic import load_weights, logistic
from textrepair.language.english import is_english
from textrepair.spin.features import (
    CLEAN_RATES,
    DOC_FEATURES,
    RICHNESS,
    WORD_FEATURES,
    context_fit,
    doc_features,
    lemma_counts,
    richness,
    word_features,
)
from textrepair.spin.fingerprints import Fingerprint, find_fingerprints
from textrepair.spin.priors import unit_priors
from textrepair.spin.scoring import WordScorer, sequential_dot, squash
from textrepair.spin.signals import originals, word_signals
from textrepair.spin.units import Unit, cut, neighbours, scan

__all__ = ["SpinModel", "SpinReport", "SpinSpan", "detect_spin", "featurize", "load_model"]

FORMAT = "textrepair-spin-model"
STRICT_WORD_THRESHOLD = 0.9
"""Word score a unit needs to be marked in a document that is not judged spun."""


@dataclass(frozen=True)
class SpinSpan:
    """A stretch of text that looks spun, why, and what it probably replaced."""

    start: int
    end: int
    text: str
    confidence: float
    reason: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class SpinReport:
    """The spin verdict on one document.

    ``score`` is the document model's probability that the text is spun;
    ``spun`` is ``score >= threshold``. ``spans`` lists the units whose word
    score passes the word threshold in a spun document, and only those above
    :data:`STRICT_WORD_THRESHOLD` otherwise; tortured phrases are always
    listed. ``language`` is
    ``"en"`` or ``None`` when the text is not English, in which case nothing is
    scored and ``note`` says so.
    """

    score: float
    spun: bool
    threshold: float
    spans: tuple[SpinSpan, ...]
    words: int
    language: str | None
    note: str = ""


@dataclass(frozen=True)
class SpinModel:
    """Weights of the word and document models, thresholds and suggestion weights."""

    word_weights: tuple[float, ...]
    word_bias: float
    doc_weights: tuple[float, ...]
    doc_bias: float
    word_threshold: float
    threshold: float
    context_weight: float
    in_doc_weight: float
    clean_rates: tuple[tuple[float, ...], ...]
    """For each of :data:`~textrepair.spin.features.CLEAN_RATES`, the intercept and the
    weight of each :data:`~textrepair.spin.features.RICHNESS` covariate of its clean level."""

    def word_probability(self, x: list[float]) -> float:
        """P(the unit was swapped by a spinner) for word features ``x``.

        The products are added left to right (:func:`sequential_dot`), as
        :class:`textrepair.spin.scoring.WordScorer` adds them.
        """
        return squash(self.word_bias + sequential_dot(self.word_weights, x))

    def doc_probability(self, x: list[float]) -> float:
        """P(the document is spun) for document features ``x``."""
        return logistic(self.doc_weights, self.doc_bias, x)

    @classmethod
    def from_weights(cls, data: Mapping[str, Any]) -> SpinModel:
        """The model a model file (``spin_model.json``'s contents) describes."""
        return cls(
            tuple(data["word_weights"]),
            float(data["word_bias"]),
            tuple(data["doc_weights"]),
            float(data["doc_bias"]),
            float(data["word_threshold"]),
            float(data["threshold"]),
            float(data["context_weight"]),
            float(data["in_doc_weight"]),
            tuple(tuple(float(v) for v in row) for row in data["clean_rates"]),
        )


@cache
def load_model() -> SpinModel:
    """Load the shipped weights (checked against the feature lists)."""
    data = load_weights(
        "textrepair.spin",
        "spin_model.json",
        FORMAT,
        {
            "word_features": WORD_FEATURES,
            "doc_features": DOC_FEATURES,
            "clean_rate_names": CLEAN_RATES,
            "richness": RICHNESS,
        },
        "spin",
        "train_spin",
    )
    return SpinModel.from_weights(data)


_SCORERS: dict[tuple[SpinModel, int], tuple[Mapping[str, float], WordScorer]] = {}


def _scorer(model: SpinModel, priors: Mapping[str, float]) -> WordScorer:
    """One scorer per model and priors table (it remembers what it learns of each unit)."""
    found = _SCORERS.get((model, id(priors)))
    if found is None or found[0] is not priors:
        if len(_SCORERS) >= 4:
            _SCORERS.clear()
        found = priors, WordScorer(model.word_weights, model.word_bias, priors)
        _SCORERS[model, id(priors)] = found
    return found[1]


@dataclass(frozen=True)
class Featurized:
    """A document cut into units, with each unit's features and neighbours."""

    units: tuple[Unit, ...]
    features: tuple[list[float], ...]
    neighbours: tuple[tuple[str, str], ...]
    doc_words: Counter[str]
    words: int
    fingerprints: tuple[Fingerprint, ...]


def featurize(text: str, priors: Mapping[str, float] | None = None) -> Featurized:
    """Cut ``text`` into units and compute every unit's word features.

    ``priors`` replaces the shipped unit priors (the training script passes its own).
    """
    priors = unit_priors() if priors is None else priors
    found, words = cut(text)
    doc_words = Counter(words)
    doc_units = Counter(u.key for u in found)
    doc_lemmas = lemma_counts(doc_words)
    feats: list[list[float]] = []
    beside: list[tuple[str, str]] = []
    for unit in found:
        prev, nxt = neighbours(unit, words)
        beside.append((prev, nxt))
        feats.append(word_features(unit, prev, nxt, doc_words, doc_units, doc_lemmas, priors))
    return Featurized(
        tuple(found),
        tuple(feats),
        tuple(beside),
        doc_words,
        len(words),
        tuple(find_fingerprints(text)),
    )


def suggestions(
    unit: Unit, prev: str, nxt: str, doc_words: Counter[str], model: SpinModel, limit: int = 3
) -> tuple[str, ...]:
    """The most likely originals of ``unit``, best first."""
    ranked: list[tuple[float, str]] = []
    for o in originals(unit.key):
        parts = o.lemma.replace("-", " ").split()
        score = math.log10(o.weight + 1e-12)
        score += model.context_weight * context_fit(prev, parts[0], parts[-1], nxt) * 10
        score += model.in_doc_weight * float(doc_words.get(parts[0], 0) > 0)
        ranked.append((score, o.lemma))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    return tuple(lemma for _, lemma in ranked[:limit])


def _reason(unit: Unit) -> str:
    sig = word_signals(unit.key)
    best = originals(unit.key)
    parts = []
    if best and sig.gap > 1:
        parts.append(
            f"rare as written (Zipf {sig.zipf:.1f}) while its WordNet synonym "
            f"{best[0].lemma!r} is common (Zipf {sig.best_zipf:.1f})"
        )
    elif best and sig.best_tags == 0:
        parts.append(f"a rare sense of {unit.key!r} links it to {best[0].lemma!r}")
    if unit.words > 1:
        parts.append("a multi-word WordNet lemma where one word would do")
    if not parts:
        parts.append("its neighbours fit a WordNet synonym better")
    return "spin: " + "; ".join(parts)


def detect_spin(
    text: str,
    threshold: float | None = None,
    *,
    model: SpinModel | None = None,
    priors: Mapping[str, float] | None = None,
) -> SpinReport:
    """Score ``text`` for synonym spinning and mark the spun spans.

    ``threshold`` overrides the model's document threshold (the verdict is
    ``score >= threshold``). Text that is not English gets a report that says so
    and scores 0. ``model`` and ``priors`` replace the shipped model and unit
    priors (a model trained by ``benchmarks.train_spin`` with its own priors).

    >>> detect_spin("The company said on Thursday that sales rose 5 percent.").spun
    False
    >>> detect_spin("Die Bundesregierung hat am Donnerstag beschlossen.").note
    'not English: spin detection covers English only'
    """
    text = ensure_text(text)
    model = model or load_model()
    limit = model.threshold if threshold is None else threshold
    if not 0 <= limit <= 1:
        raise ValueError(f"spin threshold must be between 0 and 1, got {limit}")
    if not is_english(text):
        return SpinReport(
            0.0, False, limit, (), 0, None, "not English: spin detection covers English only"
        )
    found = scan(text)
    words = found.words
    scorer = _scorer(model, unit_priors() if priors is None else priors)
    probs = scorer.scan_probabilities(found)
    fingerprints = find_fingerprints(text)
    features = doc_features(
        probs, len(words), len(fingerprints), richness(words), model.clean_rates
    )
    score = round(model.doc_probability(features), 4)
    # In a document judged clean, only the words that are spun beyond doubt are marked.
    word_limit = model.word_threshold if score >= limit else STRICT_WORD_THRESHOLD
    spans: list[SpinSpan] = []
    doc_words: Counter[str] | None = None
    for k, p in enumerate(probs):
        if p >= word_limit:
            unit = found.unit(k)
            doc_words = Counter(words) if doc_words is None else doc_words
            prev, nxt = neighbours(unit, words)
            spans.append(
                SpinSpan(
                    unit.start,
                    unit.end,
                    unit.text,
                    round(p, 4),
                    _reason(unit),
                    suggestions(unit, prev, nxt, doc_words, model),
                )
            )
    for fp in fingerprints:
        if not any(s.start < fp.end and fp.start < s.end for s in spans):
            spans.append(
                SpinSpan(
                    fp.start,
                    fp.end,
                    fp.text,
                    0.99,
                    f"spin: tortured phrase known from {fp.papers} papers "
                    "(Problematic Paper Screener)",
                    (fp.expected,),
                )
            )
    spans.sort(key=lambda s: s.start)
    return SpinReport(score, score >= limit, limit, tuple(spans), len(words), "en")
