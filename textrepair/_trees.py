"""The inference side of the small boosted-tree models the stages ship (a walk down each tree).

A model is a sum of regression trees over a feature vector plus a starting log-odds,
as scikit-learn's ``GradientBoostingClassifier`` fits it (the trainer exports it:
:mod:`benchmarks.trees`). Each tree is a tuple of nodes ``(feature, threshold, left,
right, value)``; a node whose feature is ``-1`` is a leaf whose ``value`` (already
multiplied by the learning rate) is added to the log-odds. As in scikit-learn, the
features are compared as 32-bit floats, so that the shipped model scores exactly as
the fitted one did.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from textrepair._logistic import load_weights, probability

__all__ = ["BoostedTrees", "Node", "load_trees"]

Node = tuple[int, float, int, int, float]
"""``(feature, threshold, left, right, value)``; ``feature`` is -1 at a leaf."""


@dataclass(frozen=True)
class BoostedTrees:
    """Boosted regression trees, and the decision threshold chosen at training.

    >>> stump = ((0, 0.5, 1, 2, 0.0), (-1, 0.0, -1, -1, -1.0), (-1, 0.0, -1, -1, 2.0))
    >>> model = BoostedTrees(0.5, (stump,), 0.8)
    >>> round(model.log_odds([0.2]), 2), round(model.probability([0.9]), 3)
    (-0.5, 0.924)
    """

    init: float
    trees: tuple[tuple[Node, ...], ...]
    threshold: float

    def log_odds(self, x: Sequence[float]) -> float:
        """The summed log-odds of label 1 for features ``x``."""
        values = array("f", x)  # compared as 32-bit floats, as the trees were fitted
        z = self.init
        for nodes in self.trees:
            feature, threshold, left, right, value = nodes[0]
            while feature >= 0:
                feature, threshold, left, right, value = nodes[
                    left if values[feature] <= threshold else right
                ]
            z += value
        return z

    def probability(self, x: Sequence[float]) -> float:
        """P(label 1) for features ``x``."""
        return probability(self.log_odds(x))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BoostedTrees:
        """The model a trainer returned (the JSON-ready dict that ships)."""
        trees = tuple(tuple(tuple(node) for node in tree) for tree in data["trees"])
        return cls(float(data["init"]), trees, float(data["threshold"]))


def load_trees(
    package: str,
    filename: str,
    fmt: str,
    features: Sequence[str],
    what: str,
    trainer: str,
) -> BoostedTrees:
    """A boosted-tree model shipped in ``package``, checked against this version's ``features``.

    A file for other features or of another format is refused with the command that
    rebuilds it (:func:`~textrepair._logistic.load_weights`); so is a tree that asks for
    a feature the code does not compute.
    """
    data = load_weights(package, filename, fmt, {"features": features}, what, trainer)
    model = BoostedTrees.from_dict(data)
    if any(node[0] >= len(features) for tree in model.trees for node in tree):
        raise RuntimeError(f"{filename} asks for a feature beyond the {len(features)} it names")
    return model
