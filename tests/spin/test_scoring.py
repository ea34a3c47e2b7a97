"""The one-pass word scorer gives the feature vectors' probabilities, bit for bit."""

from __future__ import annotations

import gc
import random
from typing import Any

import pytest

from tests.conftest import example
from textrepair.spin import scoring
from textrepair.spin.detect import featurize, load_model
from textrepair.spin.features import WORD_FEATURES, _static_fields
from textrepair.spin.priors import unit_priors
from textrepair.spin.scoring import WordScorer, sequential_dot, squash
from textrepair.spin.signals import _originals, _word_signals
from textrepair.spin.units import cut, scan

# Short texts for the corners: no neighbours, one neighbour, a capital inside a
# sentence, repeated units and lemmas, an original written elsewhere, the grammar
# features (a bare verb after "he" or "has", a bare noun after "several").
CORNERS = [
    "hebdomad",
    "Hebdomad.",
    "the hebdomad",
    "hebdomad was",
    "It severalize newsperson that the hebdomad was long.",
    "He walk to the Market. She has walk there; several dog saw the newsperson and a Newsperson.",
    "The week was long, and the hebdomad was longer; the weeks and the hebdomads passed.",
    "Kick the bucket, he said: they kick the bucket per centum of the time on-line.",
    "A lot of people told reporters that the report was false, and they reported it.",
]


def _texts(pages: list[dict[str, Any]]) -> list[str]:
    seeds = [example(prefix) for prefix in ("000", "001", "002")]
    return CORNERS + seeds + [page["gold"] for page in pages[:40]]


def _slow(
    text: str, weights: tuple[float, ...], bias: float, priors: dict[str, float]
) -> list[float]:
    return [squash(bias + sequential_dot(weights, x)) for x in featurize(text, priors).features]


def test_the_shipped_model_scores_the_same_as_the_feature_vectors(
    wcxb_pages: list[dict[str, Any]],
) -> None:
    model = load_model()
    priors = unit_priors()
    scorer = WordScorer(model.word_weights, model.word_bias, priors)
    for text in _texts(wcxb_pages):
        expected = [model.word_probability(x) for x in featurize(text).features]
        assert scorer.probabilities(*cut(text)) == expected, text[:60]
        # detect_spin's path: the units as parallel lists
        assert scorer.scan_probabilities(scan(text)) == expected, text[:60]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_weights_score_the_same_as_the_feature_vectors(
    seed: int, wcxb_pages: list[dict[str, Any]]
) -> None:
    # Random weights of both signs catch a term added at the wrong place or skipped.
    rng = random.Random(seed)
    weights = tuple(rng.uniform(-3, 3) for _ in WORD_FEATURES)
    bias = rng.uniform(-2, 2)
    priors = {"hebdomad": 3.0, "week": -1.5, "walk": 0.7, "kick the bucket": 2.0}
    scorer = WordScorer(weights, bias, priors)
    for text in _texts(wcxb_pages[40:80]):
        expected = _slow(text, weights, bias, priors)
        assert scorer.probabilities(*cut(text)) == expected, text[:60]
        assert scorer.scan_probabilities(scan(text)) == expected, text[:60]


def test_a_scorer_keeps_its_answers_from_one_document_to_the_next() -> None:
    model = load_model()
    scorer = WordScorer(model.word_weights, model.word_bias, unit_priors())
    first = [scorer.probabilities(*cut(text)) for text in CORNERS]
    assert [scorer.probabilities(*cut(text)) for text in CORNERS] == first


def test_weights_for_other_features_are_refused() -> None:
    with pytest.raises(ValueError, match="weights for"):
        WordScorer((1.0, 2.0), 0.0, {})
    with pytest.raises(ValueError, match="features for a model of"):
        sequential_dot((1.0, 2.0), (1.0,))


def test_a_full_memory_is_cleared_and_the_scores_stay_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = load_model()
    priors = unit_priors()
    expected = [_slow(text, model.word_weights, model.word_bias, priors) for text in CORNERS]
    monkeypatch.setattr(scoring, "_MAX_KEYS", 3)
    scorer = WordScorer(model.word_weights, model.word_bias, priors)
    assert [scorer.probabilities(*cut(text)) for text in CORNERS] == expected
    assert len(scorer._entries) <= 3


def test_what_the_scorer_remembers_is_left_alone_by_the_garbage_collector() -> None:
    # Plain tuples of strings and numbers, which the collector stops tracking once it
    # has seen them (a tuple holding tuples one collection after them): a first pass
    # over a corpus remembers tens of thousands of units, and a full collection would
    # otherwise walk them all each time.
    model = load_model()
    scorer = WordScorer(model.word_weights, model.word_bias, unit_priors())
    scorer.probabilities(*cut(CORNERS[4]))
    # (read before collecting: a record a full cache let go is made anew, and a new
    # tuple is tracked until the next collection)
    records = [
        *scorer._entries.values(),
        _static_fields("hebdomad"),
        _originals("hebdomad"),
        _word_signals("hebdomad"),
    ]
    assert len(records) > 3
    for _ in range(3):  # the records nest tuples three deep
        gc.collect()
    assert not any(gc.is_tracked(record) for record in records)
