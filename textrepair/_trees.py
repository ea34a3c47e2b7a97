"""The inference side of the small boosted-tree models the stages ship (a walk down each tree).

A model is a base log-odds and a list of regression trees. A tree is written
as nested lists, the way the training scripts export them to JSON: a split is
``[feature, threshold, left, right]`` (a row goes left when its feature is at
most the threshold, as in scikit-learn) and a leaf is a number, the log-odds
it adds.

>>> stump = Trees.from_data({"base": -1.0, "trees": [[0, 0.5, -2.0, [1, 3.0, 1.0, 2.5]]]})
>>> stump.log_odds([0.0, 9.0]), stump.log_odds([1.0, 2.0]), stump.log_odds([1.0, 4.0])
(-3.0, 0.0, 1.5)
>>> round(stump.probability([1.0, 2.0]), 3)
0.5
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

__all__ = ["Node", "Trees"]

Node: TypeAlias = "float | tuple[int, float, Node, Node]"
"""A leaf's log-odds, or ``(feature, threshold, left, right)``."""


def _node(data: Any, features: int) -> Node:
    if isinstance(data, (int, float)):
        return float(data)
    feature, threshold, left, right = data
    if not 0 <= int(feature) < features:
        raise ValueError(f"a split on feature {feature} of a model of {features} features")
    return (int(feature), float(threshold), _node(left, features), _node(right, features))


@dataclass(frozen=True)
class Trees:
    """Boosted regression trees on a fixed number of features: the sum of their leaves."""

    base: float
    trees: tuple[Node, ...]
    features: int

    @classmethod
    def from_data(cls, data: Mapping[str, Any], features: int | None = None) -> Trees:
        """The model of ``{"base": …, "trees": […]}`` (checked against ``features`` when given)."""
        count = features if features is not None else _widest(data["trees"]) + 1
        return cls(float(data["base"]), tuple(_node(tree, count) for tree in data["trees"]), count)

    def log_odds(self, row: Sequence[float]) -> float:
        """The model's log-odds for the features ``row``."""
        if len(row) != self.features:
            raise ValueError(f"{len(row)} features for a model of {self.features}")
        total = self.base
        for node in self.trees:
            while type(node) is tuple:
                feature, threshold, left, right = node
                node = left if row[feature] <= threshold else right
            total += node  # type: ignore[operator]
        return total

    def probability(self, row: Sequence[float]) -> float:
        """P(label 1) for the features ``row``."""
        z = self.log_odds(row)
        return 1 / (1 + math.exp(-max(min(z, 40.0), -40.0)))


def _widest(trees: Sequence[Any]) -> int:
    """The largest feature index any split of ``trees`` uses (-1 when none splits)."""
    widest = -1
    stack = list(trees)
    while stack:
        node = stack.pop()
        if not isinstance(node, (int, float)):
            widest = max(widest, int(node[0]))
            stack.extend(node[2:])
    return widest
