"""Boosted trees for the training scripts, exported as :mod:`textrepair._trees` reads them.

scikit-learn's ``HistGradientBoostingClassifier`` fits them (a training
dependency only); :func:`export` writes each tree as nested lists, a split
``[feature, threshold, left, right]`` and a leaf its log-odds, so the package
walks them in plain Python and gives the same log-odds as scikit-learn (the
thresholds are kept exact; leaves are rounded to six decimals).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from threadpoolctl import threadpool_limits

__all__ = ["export", "fit_trees"]


def fit_trees(x: np.ndarray, y: np.ndarray, **params: Any) -> HistGradientBoostingClassifier:
    """Fit boosted trees on features ``x`` and 0/1 labels ``y``, the same on every machine.

    No early stop (it samples a validation set), and one thread: scikit-learn sums
    the gradients in parallel, so the trees' last digits depend on the number of
    threads, and the test that retrains a shipped model compares it exactly.
    """
    settings = {"early_stopping": False, "random_state": 0, **params}
    with threadpool_limits(limits=1):
        return HistGradientBoostingClassifier(**settings).fit(x, y)


def _node(nodes: Any, i: int) -> Any:
    node = nodes[i]
    if node["is_leaf"]:
        return round(float(node["value"]), 6)
    return [
        int(node["feature_idx"]),
        float(node["num_threshold"]),
        _node(nodes, int(node["left"])),
        _node(nodes, int(node["right"])),
    ]


def export(model: HistGradientBoostingClassifier) -> dict[str, Any]:
    """``{"base": …, "trees": […]}``: the fitted trees as :class:`textrepair._trees.Trees` reads them."""
    return {
        "base": round(float(np.ravel(model._baseline_prediction)[0]), 6),
        "trees": [_node(predictor.nodes, 0) for (predictor,) in model._predictors],
    }
