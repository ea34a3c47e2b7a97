"""The document model's features: word-score rates against clean text as rich, scaled by √words."""

from __future__ import annotations

import pytest

from textrepair.spin.detect import load_model
from textrepair.spin.features import CLEAN_RATES, RICHNESS, doc_features, document_rates, richness

_NONE = [0.0] * len(RICHNESS)


def _rates_at(level: list[float], weights: list[float] | None = None) -> list[list[float]]:
    """Clean rates with intercepts ``level`` and, for every rate, ``weights`` on the covariates."""
    return [[value, *(weights or _NONE)] for value in level]


@pytest.mark.parametrize("words", [60, 600, 6000])
def test_a_document_at_the_clean_level_has_no_excess_at_any_length(words: int) -> None:
    probabilities = [0.9, 0.6, 0.2] * (words // 30)
    level = document_rates(probabilities, words)
    features = doc_features(probabilities, words, 0, _NONE, _rates_at(level))
    assert features[3:] == pytest.approx([0.0] * len(CLEAN_RATES), abs=1e-12)


def test_the_same_excess_weighs_more_in_a_longer_document() -> None:
    clean = _rates_at([0.01, 0.0])
    short = doc_features([0.9] * 10, 100, 0, _NONE, clean)
    long = doc_features([0.9] * 100, 1000, 0, _NONE, clean)
    # the same rate of suspects: the excess grows as √words, as evidence does
    assert long[3] == pytest.approx(short[3] * 1000**0.5 / 100**0.5)
    assert long[4] == pytest.approx(short[4] * 1000**0.5 / 100**0.5)


def test_richer_text_is_expected_to_hold_more_suspects() -> None:
    weights = [0.0, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0]  # the rates rise with the share below Zipf 3
    clean = _rates_at([0.0, 0.0], weights)
    probabilities = [0.9] * 20
    plain = doc_features(probabilities, 400, 0, richness(["house", "water"] * 50), clean)
    rich = doc_features(probabilities, 400, 0, richness(["house", "obdurate"] * 50), clean)
    assert all(r < p for r, p in zip(rich[3:], plain[3:], strict=True))


def test_richness_reads_content_words_only() -> None:
    assert richness(["the", "of", "an", "it"]) == richness([])
    below_3 = RICHNESS.index("below_zipf_3")
    assert richness(["obdurate", "the", "of", "house"])[below_3] == 0.5


def test_the_shipped_model_predicts_every_clean_rate_from_every_covariate() -> None:
    model = load_model()
    assert len(model.clean_rates) == len(CLEAN_RATES)
    assert all(len(row) == 1 + len(RICHNESS) for row in model.clean_rates)
