"""The inference side of the small logistic regressions the stages ship (a dot product)."""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["logistic", "logit"]


def logistic(weights: Sequence[float], bias: float, x: Sequence[float]) -> float:
    """P(label 1) of a fitted logistic regression for features ``x``.

    >>> logistic((2.0, -1.0), 0.5, (1.0, 3.0))  # z = -0.5
    0.3775406687981454
    """
    z = bias + sum(w * v for w, v in zip(weights, x, strict=True))
    return 1 / (1 + math.exp(-max(min(z, 40.0), -40.0)))


def logit(p: float) -> float:
    """Log-odds of ``p``, clipped away from 0 and 1.

    >>> round(logit(0.5), 6), logit(1.0) > 13
    (0.0, True)
    """
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))
