from __future__ import annotations

import pytest

from textrepair._logistic import load_weights
from textrepair.spacing.glue_model import FEATURES, FORMAT


def test_a_shipped_model_loads_when_its_features_match() -> None:
    data = load_weights(
        "textrepair.spacing", "glue_model.json", FORMAT, {"features": FEATURES}, "glue", "x"
    )
    assert len(data["weights"]) == len(FEATURES)


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
