from __future__ import annotations

import numpy as np
import pytest

from benchmarks.logistic import pairwise_matrix
from textrepair._logistic import (
    load_weights,
    logistic,
    pairwise,
    pairwise_rows,
    quadratic_probability,
)
from textrepair.spacing.glue_model import FEATURES, FORMAT, GlueModel


def test_a_shipped_model_loads_when_its_features_match() -> None:
    data = load_weights(
        "textrepair.spacing", "glue_model.json", FORMAT, {"features": FEATURES}, "glue", "x"
    )
    model = GlueModel.from_data(data)
    width = len(pairwise([0.0] * len(FEATURES))) if model.pairwise else len(FEATURES)
    assert len(model.weights) == width


def test_inference_pairs_features_in_the_order_training_does() -> None:
    rows = np.random.default_rng(0).normal(size=(5, 7))
    rows[1, 2] = 0.0  # a zero feature takes the shortcut
    assert np.allclose([pairwise(list(row)) for row in rows], pairwise_matrix(rows))


def test_the_split_quadratic_model_scores_as_the_pairwise_features_do() -> None:
    rng = np.random.default_rng(1)
    n = 9
    weights = tuple(rng.normal(size=n + n * (n - 1) // 2))
    linear, rows = pairwise_rows(weights, n)
    for _ in range(200):
        x = rng.normal(size=n) * (rng.random(n) < 0.5)  # about half the features are zero
        expected = logistic(weights, 0.3, pairwise(list(x)))
        assert quadratic_probability(linear, rows, 0.3, list(x)) == pytest.approx(
            expected, abs=1e-12
        )
    with pytest.raises(ValueError, match="8 features for a model of 9"):
        quadratic_probability(linear, rows, 0.3, [1.0] * 8)


def test_a_model_with_the_wrong_number_of_weights_is_refused() -> None:
    data = {"features": ["a", "b", "c"], "weights": [1.0] * 3, "bias": 0.0, "threshold": 0.5}
    assert GlueModel.from_data(data).probability([0.0, 0.0, 0.0]) == 0.5
    with pytest.raises(ValueError, match="3 features and their pairs needs 6 weights, not 3"):
        GlueModel.from_data({**data, "interactions": "pairwise"})


@pytest.mark.parametrize(
    ("fmt", "features"),
    [("another-format", FEATURES), (FORMAT, FEATURES[:-1]), (FORMAT, (*FEATURES, "new"))],
)
def test_a_model_for_other_features_is_refused_with_the_rebuild_command(
    fmt: str, features: tuple[str, ...]
) -> None:
    with pytest.raises(RuntimeError, match=r"not a glue model.*python -m benchmarks\.train_glued"):
        load_weights(
            "textrepair.spacing",
            "glue_model.json",
            fmt,
            {"features": features},
            "glue",
            "train_glued",
        )
