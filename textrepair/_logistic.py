"""The inference side of the small logistic regressions the stages ship (a dot product)."""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

__all__ = [
    "load_weights",
    "logistic",
    "logit",
    "pairwise",
    "pairwise_rows",
    "probability",
    "quadratic_probability",
]


def logistic(weights: Sequence[float], bias: float, x: Sequence[float]) -> float:
    """P(label 1) of a fitted logistic regression for features ``x``.

    >>> logistic((2.0, -1.0), 0.5, (1.0, 3.0))  # z = -0.5
    0.3775406687981454
    """
    if len(weights) != len(x):
        raise ValueError(f"{len(x)} features for a model of {len(weights)}")
    return probability(bias + sum(map(operator.mul, weights, x)))


def pairwise(x: Sequence[float]) -> list[float]:
    """``x`` followed by the product of every pair of its features (``i < j``, row by row).

    A logistic regression over these is a quadratic one: it can weigh two
    features together, as one weight per feature cannot. The order is numpy's
    ``triu_indices(len(x), 1)``, which the training script uses.

    >>> pairwise((2.0, 3.0, 5.0))
    [2.0, 3.0, 5.0, 6.0, 10.0, 15.0]
    """
    out = list(x)
    for i, a in enumerate(x):
        if a:
            out += [a * b for b in x[i + 1 :]]
        else:
            out += [0.0] * (len(x) - i - 1)
    return out


def pairwise_rows(
    weights: Sequence[float], n: int
) -> tuple[tuple[float, ...], tuple[tuple[float, ...], ...]]:
    """The weights of a model over :func:`pairwise` features of ``n``, split by feature.

    One weight per feature, and for each feature the weights of its products with the
    features after it, as :func:`quadratic_probability` reads them.

    >>> pairwise_rows((1.0, 2.0, 3.0, 4.0, 5.0, 6.0), 3)
    ((1.0, 2.0, 3.0), ((4.0, 5.0), (6.0,), ()))
    """
    if len(weights) != n + n * (n - 1) // 2:
        raise ValueError(f"{len(weights)} weights for a model of {n} features and their pairs")
    rows, start = [], n
    for i in range(n):
        rows.append(tuple(weights[start : start + n - i - 1]))
        start += n - i - 1
    return tuple(weights[:n]), tuple(rows)


def quadratic_probability(
    linear: Sequence[float], rows: Sequence[Sequence[float]], bias: float, x: Sequence[float]
) -> float:
    """:func:`logistic` over :func:`pairwise` features of ``x``, without building them.

    The weights come split by :func:`pairwise_rows`. A feature that is zero adds
    nothing, alone or in a pair, so only the others' rows are summed (most features
    are flags, and most flags are off). The sum is the same up to rounding.

    >>> linear, rows = pairwise_rows((2.0, -1.0, 0.5), 2)
    >>> quadratic_probability(linear, rows, 0.5, (1.0, 3.0)) == logistic(
    ...     (2.0, -1.0, 0.5), 0.5, pairwise((1.0, 3.0)))
    True
    """
    if len(linear) != len(x):
        raise ValueError(f"{len(x)} features for a model of {len(linear)}")
    z = bias
    for i, a in enumerate(x):
        if a:
            z += a * (linear[i] + sum(map(operator.mul, rows[i], x[i + 1 :])))
    return probability(z)


def probability(z: float) -> float:
    """The logistic function of the log-odds ``z``, clipped at ±40 (as :func:`logistic`).

    >>> probability(0.0), probability(1000.0) == probability(40.0)
    (0.5, True)
    """
    return 1 / (1 + math.exp(-max(min(z, 40.0), -40.0)))


def logit(p: float) -> float:
    """Log-odds of ``p``, clipped away from 0 and 1.

    >>> round(logit(0.5), 6), logit(1.0) > 13
    (0.0, True)
    """
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def load_weights(
    package: str,
    filename: str,
    fmt: str,
    features: Mapping[str, Sequence[str]],
    what: str,
    trainer: str,
) -> dict[str, Any]:
    """Read a model file shipped in ``package``, checked against this version's features.

    ``features`` maps each feature-list key of the file to the names the code
    computes; a file for other features (or another format) is refused with
    the command that rebuilds it (``trainer``, a module of ``benchmarks``).
    """
    path = resources.files(package).joinpath(filename)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != fmt or any(
        tuple(data.get(key, ())) != tuple(names) for key, names in features.items()
    ):
        raise RuntimeError(
            f"{path} is not a {what} model for this version of textrepair; "
            f"rebuild it with `python -m benchmarks.{trainer}`"
        )
    return data
