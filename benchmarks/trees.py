"""Boosted regression trees for the training scripts, exported for :mod:`textrepair._trees`.

scikit-learn's ``GradientBoostingClassifier`` fits the trees (deterministic for a fixed
``random_state`` and the pinned version); :func:`export` writes them as the node tuples
the package walks, and checks that the walk gives scikit-learn's own log-odds on the
training rows. The decision threshold is chosen on out-of-fold scores (each fold scored by
trees fitted without it): scores on the rows the trees were fitted to are too sure of
themselves to set a false-positive budget by.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.logistic import budget_threshold
from textrepair._trees import BoostedTrees

TREES = 100
DEPTH = 3
LEARNING_RATE = 0.1
FOLDS = 5


def _classifier() -> Any:
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(
        n_estimators=TREES, max_depth=DEPTH, learning_rate=LEARNING_RATE, random_state=0
    )


def export(fitted: Any, x: np.ndarray) -> tuple[float, list[list[list[float]]]]:
    """The starting log-odds and the trees of ``fitted``, checked against it on ``x``."""
    trees: list[list[list[float]]] = []
    for estimator in fitted.estimators_[:, 0]:
        tree = estimator.tree_
        nodes = []
        for i in range(tree.node_count):
            leaf = tree.children_left[i] < 0
            nodes.append(
                [
                    -1 if leaf else int(tree.feature[i]),
                    0.0 if leaf else float(tree.threshold[i]),
                    int(tree.children_left[i]),
                    int(tree.children_right[i]),
                    float(tree.value[i, 0, 0]) * LEARNING_RATE if leaf else 0.0,
                ]
            )
        trees.append(nodes)
    raw = fitted.decision_function(x)
    summed = BoostedTrees.from_dict({"init": 0.0, "trees": trees, "threshold": 0.5})
    init = float(raw[0] - summed.log_odds(x[0]))
    model = BoostedTrees.from_dict({"init": init, "trees": trees, "threshold": 0.5})
    walked = np.array([model.log_odds(row) for row in x])
    if not np.allclose(walked, raw, atol=1e-9):
        raise AssertionError("the exported trees do not score as the fitted ones")
    return init, trees


def out_of_fold(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each row's probability from trees fitted on the other folds (contiguous folds)."""
    scores = np.zeros(len(y))
    bounds = np.linspace(0, len(y), FOLDS + 1).astype(int)
    for start, end in itertools.pairwise(bounds.tolist()):
        held = np.zeros(len(y), dtype=bool)
        held[start:end] = True
        scores[held] = _classifier().fit(x[~held], y[~held]).predict_proba(x[held])[:, 1]
    return scores


def tree_model(
    x: np.ndarray,
    y: np.ndarray,
    tokens: int,
    max_false_per_1000: float,
    header: tuple[str, Sequence[str]],
    described: dict[str, Any],
    command: str,
) -> dict[str, Any]:
    """Fit boosted trees and return the JSON-ready model that ships.

    The threshold is the lowest that keeps the out-of-fold false positives at or below
    ``max_false_per_1000`` per 1,000 of the training text's ``tokens``
    (:func:`~benchmarks.logistic.budget_threshold`). ``header`` is the file's format and
    feature names; ``described`` says what the data was; ``command`` rebuilds the file.
    """
    scores = out_of_fold(x, y)
    threshold = budget_threshold(scores, y, max_false_per_1000 * tokens / 1000)
    fitted = _classifier().fit(x, y)
    init, trees = export(fitted, x)
    fmt, features = header
    return {
        "format": fmt,
        "version": 2,
        "features": list(features),
        "init": init,
        "threshold": round(threshold, 2),
        "training": {
            **described,
            "tokens": tokens,
            "examples": len(y),
            "positives": int(y.sum()),
            "trees": TREES,
            "depth": DEPTH,
            "learning_rate": LEARNING_RATE,
            "out_of_fold_recall_at_threshold": round(
                float(((scores >= threshold) & (y == 1)).sum() / max(y.sum(), 1)), 4
            ),
            "out_of_fold_false_at_threshold": int(((scores >= threshold) & (y == 0)).sum()),
            "command": command,
        },
        "trees": trees,
    }


def write_tree_model(path: Path, model: dict[str, Any]) -> None:
    """Write a :func:`tree_model` as the shipped JSON: one line per tree; print its summary."""
    head = {k: v for k, v in model.items() if k != "trees"}
    text = json.dumps(head, indent=1)[:-2] + ',\n "trees": [\n'
    text += ",\n".join("  " + json.dumps(t, separators=(",", ":")) for t in model["trees"])
    path.write_text(text + "\n ]\n}\n", encoding="utf-8")
    print(json.dumps(model["training"], indent=1))
    print(f"  {len(model['trees'])} trees   threshold {model['threshold']}")
