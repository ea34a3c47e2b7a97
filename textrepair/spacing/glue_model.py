"""Score a proposed split with a small quadratic logistic regression (``glue_model.json``).

The weights are trained by ``python -m benchmarks.train_glued`` on glued text
generated from half of the WCXB gold pages (the benchmark uses the other half)
and on the real glue of the English article pages of ``data/pages``; they weigh
the features and the product of every pair of them. Inference is one dot
product; the file loads on first use, once per process, and its header is checked.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from textrepair._logistic import load_weights, logistic, pairwise_rows, quadratic_probability
from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import bigram_count, known_elsewhere, zipf
from textrepair.spacing.glue_proposals import Proposal
from textrepair.spacing.words import COMPOUND_HEADS, IDENTIFIER_HEADS, REPORTING_VERBS

__all__ = ["FEATURES", "GlueModel", "features", "load_model", "read_model"]

FORMAT = "textrepair-glue-model"
FEATURES = (
    "parts_3",
    "parts_4_or_more",
    "min_content_zipf",
    "mean_zipf",
    "n_function",
    "first_function",
    "last_function",
    "all_function",
    "single_letter",
    "short_content",
    "log_bigram",
    "min_bigram",
    "all_bigram",
    "run_zipf",
    "known_elsewhere",
    "kind_camel",
    "kind_pascal",
    "kind_digit",
    "kind_mixed",
    "case_cut",
    "apart_in_document",
    "parts_seen",
    "capitalised_segment",
    "reporting_head",
    "compound_head",
    "doc_glue",
    "run_length",
    "repeated",
    "kind_number",
    "kind_cased",
    "identifier_head",
    "code_document",
    "parts_named",
    "all_titled",
    "left_fit",
    "right_fit",
    "left_assoc",
    "right_assoc",
)
"""Feature names, in the order of the weights."""


def _case_cut(left: str, right: str) -> bool:
    """A cut where the case changes: ``earlier|Tesla``, ``the|NIH``, ``UX|and``."""
    return (left[-1].islower() and right[0].isupper()) or (left.isupper() and right[0].islower())


def features(proposal: Proposal, doc_glue: int) -> list[float]:
    """The feature vector of ``proposal``; ``doc_glue`` counts other likely glue in the document."""
    parts = [p.lower() for p in proposal.parts]
    words = [p for p in parts if p.isalpha()]
    content = [p for p in words if p not in FUNCTION_WORDS]
    zipfs = [zipf(p) for p in words] or [0.0]
    bigrams = [bigram_count(a, b) for a, b in itertools.pairwise(parts)]
    kind = proposal.kind
    return [
        float(len(parts) == 3),
        float(len(parts) >= 4),
        (min(zipf(p) for p in content) if content else 7.0) / 7,
        sum(zipfs) / len(zipfs) / 7,
        float(sum(len(p) > 1 and p in FUNCTION_WORDS for p in parts)),
        float(parts[0] in FUNCTION_WORDS),
        float(parts[-1] in FUNCTION_WORDS),
        float(all(p in FUNCTION_WORDS for p in parts)),
        float(any(len(p) == 1 for p in parts)),
        float(any(len(p) <= 3 for p in content)),
        math.log10(1 + max(bigrams)) / 10,
        math.log10(1 + min(bigrams)) / 10,
        float(all(b > 0 for b in bigrams)),
        zipf(proposal.run) / 7,
        float(known_elsewhere(proposal.run)),
        float(kind == "camel"),
        float(kind == "pascal"),
        float(kind == "digit"),
        float(kind == "mixed"),
        float(any(_case_cut(a, b) for a, b in itertools.pairwise(proposal.parts))),
        float(proposal.apart),
        proposal.seen,
        float(kind == "segment" and proposal.run[0].isupper()),
        float(parts[0] in REPORTING_VERBS),
        float(parts[-1] in COMPOUND_HEADS or parts[0] in COMPOUND_HEADS),
        min(doc_glue, 5) / 5,
        len(proposal.run) / 20,
        float(proposal.repeated),
        float(kind == "number"),
        float(kind == "cased"),
        float(parts[0] in IDENTIFIER_HEADS),
        float(proposal.code),
        proposal.named,
        float(all(p.istitle() for p in proposal.parts)),
        math.log10(1 + proposal.fit[0]) / 10,
        math.log10(1 + proposal.fit[1]) / 10,
        proposal.assoc[0] / 3,
        proposal.assoc[1] / 3,
    ]


@dataclass(frozen=True)
class GlueModel:
    """Logistic-regression weights and the decision threshold chosen at training.

    With ``pairwise``, the regression is over the features and every product of two
    of them (:func:`~textrepair._logistic.pairwise`): a quadratic model.

    >>> GlueModel((1.0, 1.0, -4.0), 0.0, 0.5, pairwise=True).probability([1.0, 1.0]) < 0.5
    True
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float
    pairwise: bool = False

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> GlueModel:
        """The model of a training script's JSON-ready dict (the file as it ships).

        Its weights must be as many as its features (and their pairs, for a pairwise model).
        """
        quadratic = data.get("interactions") == "pairwise"
        n = len(data["features"])
        expected = n + n * (n - 1) // 2 if quadratic else n
        if len(data["weights"]) != expected:
            raise ValueError(
                f"a model of {n} features{' and their pairs' if quadratic else ''} needs "
                f"{expected} weights, not {len(data['weights'])}"
            )
        return cls(
            tuple(float(w) for w in data["weights"]),
            float(data["bias"]),
            float(data["threshold"]),
            quadratic,
        )

    @cached_property
    def _rows(self) -> tuple[tuple[float, ...], tuple[tuple[float, ...], ...]]:
        """A pairwise model's weights, split by feature (``pairwise_rows``)."""
        n = int((math.isqrt(8 * len(self.weights) + 1) - 1) // 2)  # n + n(n-1)/2 weights
        return pairwise_rows(self.weights, n)

    def probability(self, x: list[float]) -> float:
        """P(the proposed split is right) for feature vector ``x``."""
        if not self.pairwise:
            return logistic(self.weights, self.bias, x)
        linear, rows = self._rows
        return quadratic_probability(linear, rows, self.bias, x)


def read_model(
    filename: str, fmt: str, features: tuple[str, ...], what: str, trainer: str
) -> GlueModel:
    """A logistic regression with a threshold shipped in this package, checked against ``features``.

    ``what`` names the model and ``trainer`` the ``benchmarks`` module that rebuilds it, for
    the error a file of another version gets (:func:`~textrepair._logistic.load_weights`).

    >>> read_model("glue_model.json", FORMAT, FEATURES, "glue", "train_glued") == load_model()
    True
    """
    data = load_weights("textrepair.spacing", filename, fmt, {"features": features}, what, trainer)
    return GlueModel.from_data(data)


@cache
def load_model() -> GlueModel:
    """Load the shipped weights (checked against :data:`FEATURES`)."""
    return read_model("glue_model.json", FORMAT, FEATURES, "glue", "train_glued")
