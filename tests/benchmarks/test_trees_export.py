from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn", reason="the trainer's trees come from scikit-learn")

from benchmarks.trees import TREES, export, tree_model


def _data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    x = rng.random((600, 4))
    y = ((x[:, 0] + 0.5 * x[:, 1] ** 2 + 0.2 * rng.random(600)) > 0.8).astype(int)
    return x, y


def test_exported_trees_score_as_scikit_learn_does() -> None:
    from sklearn.ensemble import GradientBoostingClassifier

    from textrepair._trees import BoostedTrees

    x, y = _data()
    fitted = GradientBoostingClassifier(n_estimators=TREES, max_depth=3, random_state=0)
    fitted.fit(x, y)
    init, trees = export(fitted, x)
    model = BoostedTrees.from_dict({"init": init, "trees": trees, "threshold": 0.5})
    fresh = np.random.default_rng(4).random((200, 4))
    expected = fitted.predict_proba(fresh)[:, 1]
    assert np.allclose([model.probability(row) for row in fresh], expected, atol=1e-9)


def test_the_threshold_keeps_out_of_fold_false_positives_within_the_budget() -> None:
    x, y = _data()
    loose = tree_model(x, y, 10_000, 5.0, ("f", ("a", "b", "c", "d")), {}, "cmd")
    strict = tree_model(x, y, 10_000, 0.5, ("f", ("a", "b", "c", "d")), {}, "cmd")
    assert loose["training"]["out_of_fold_false_at_threshold"] <= 50
    assert strict["training"]["out_of_fold_false_at_threshold"] <= 5
    assert strict["threshold"] >= loose["threshold"]
    assert len(strict["trees"]) == TREES and strict["features"] == ["a", "b", "c", "d"]
