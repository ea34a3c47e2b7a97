"""L2-regularised logistic regression fitted by Newton's method (numpy), for the training scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> tuple[np.ndarray, float]:
    """Fit weights and bias on features ``x`` and 0/1 labels ``y``; the bias is not penalised."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = l2 * np.eye(xb.shape[1])
    reg[-1, -1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -40, 40)))
        grad = xb.T @ (p - y) + reg @ w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def pairwise_matrix(x: np.ndarray) -> np.ndarray:
    """Each row of ``x`` followed by the products of its pairs of features (``i < j``, row by row).

    The training side of :func:`textrepair._logistic.pairwise`, in the same order.

    >>> pairwise_matrix(np.array([[2.0, 3.0, 5.0]])).tolist()
    [[2.0, 3.0, 5.0, 6.0, 10.0, 15.0]]
    """
    upper = np.triu_indices(x.shape[1], 1)
    return np.hstack([x, x[:, upper[0]] * x[:, upper[1]]])


def pairwise_names(names: Sequence[str]) -> list[str]:
    """The names of :func:`pairwise_matrix`'s columns: ``a*b`` for a product.

    >>> pairwise_names(["a", "b", "c"])
    ['a', 'b', 'c', 'a*b', 'a*c', 'b*c']
    """
    return [*names, *(f"{a}*{b}" for i, a in enumerate(names) for b in names[i + 1 :])]


def budget_threshold(scores: np.ndarray, labels: np.ndarray, budget: float) -> float:
    """The lowest threshold (0.99 down to 0.06, by 0.01) with at most ``budget`` negatives above it.

    >>> round(budget_threshold(np.array([0.9, 0.8, 0.5, 0.3]), np.array([1, 0, 1, 0]), 0), 2)
    0.81
    """
    threshold = 0.99
    for t in np.arange(0.99, 0.05, -0.01):
        if int(((scores >= t) & (labels == 0)).sum()) > budget:
            break
        threshold = float(t)
    return threshold


def threshold_model(
    x: np.ndarray,
    y: np.ndarray,
    tokens: int,
    max_false_per_1000: float,
    header: tuple[str, Sequence[str]],
    described: dict[str, Any],
    command: str,
    pairwise_l2: float | None = None,
) -> dict[str, Any]:
    """Fit a logistic regression and return the JSON-ready model that ships.

    The threshold is the lowest that keeps the false positives on the training data at or
    below ``max_false_per_1000`` per 1,000 of its ``tokens`` (:func:`budget_threshold`).
    ``header`` is the file's format and feature names; ``described`` says what the data
    was (it heads the training summary); ``command`` rebuilds the file. With ``pairwise_l2``
    (the L2 penalty), the regression is quadratic: over the features and the product of
    every pair (:func:`pairwise_matrix`), and the file says ``"interactions": "pairwise"``.
    """
    if pairwise_l2 is not None:
        x = pairwise_matrix(x)
    weights, bias = fit(x, y) if pairwise_l2 is None else fit(x, y, l2=pairwise_l2)
    scores = 1 / (1 + np.exp(-(x @ weights + bias)))
    threshold = budget_threshold(scores, y, max_false_per_1000 * tokens / 1000)
    fmt, features = header
    return {
        "format": fmt,
        "version": 1,
        "features": list(features),
        **({} if pairwise_l2 is None else {"interactions": "pairwise"}),
        "weights": [round(float(v), 6) for v in weights],
        "bias": round(bias, 6),
        "threshold": round(threshold, 2),
        "training": {
            **described,
            "tokens": tokens,
            "examples": len(y),
            "positives": int(y.sum()),
            "recall_at_threshold": round(
                float(((scores >= threshold) & (y == 1)).sum() / max(y.sum(), 1)), 4
            ),
            "false_splits_at_threshold": int(((scores >= threshold) & (y == 0)).sum()),
            "command": command,
        },
    }


def write_threshold_model(path: Path, model: dict[str, Any], features: Sequence[str]) -> None:
    """Write a :func:`threshold_model` (see :func:`save_model`), then print its bias and threshold."""
    names = pairwise_names(features) if model.get("interactions") == "pairwise" else features
    save_model(path, model, ((names, "weights"),))
    print(f"  bias {model['bias']:+.3f}   threshold {model['threshold']}")


def roc_auc(negatives: list[float], positives: list[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    if not negatives or not positives:
        return float("nan")
    scores = np.array(negatives + positives)
    order = scores.argsort(kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos_ranks = ranks[len(negatives) :].sum()
    n_pos, n_neg = len(positives), len(negatives)
    return float((pos_ranks - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def save_model(
    path: Path, model: dict[str, Any], weights: Sequence[tuple[Sequence[str], str]]
) -> None:
    """Write ``model`` as the shipped JSON, then print its training summary and weights.

    ``weights`` names each weight list of the model with its feature names; the
    weights print largest first.
    """
    path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model["training"], indent=1))
    for names, key in weights:
        values = model[key]
        for name, value in sorted(zip(names, values, strict=True), key=lambda t: -abs(t[1])):
            print(f"  {name:24s} {value:+.3f}")
