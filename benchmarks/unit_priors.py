"""Learn the unit priors of the spin detector (:mod:`textrepair.spin.priors`).

Boosted trees (scikit-learn's ``HistGradientBoostingClassifier``, a training
dependency only) learn P(swapped) from a unit's context-free signals
(:data:`textrepair.spin.features.PRIOR_FEATURES`) on the word model's training
units. The trees are then evaluated once for every unit the detector can meet
(:func:`vocabulary`), and the log-odds ship as a table; the library never runs
the trees.

The word model is trained on the priors of units it did not learn the trees
from: the training documents are split in two by source page (``groups``), and
each half gets the priors of trees fitted on the other half, so the word
model sees priors as good as they will be on new text, not better.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from wordfreq import iter_wordlist

from textrepair._tables import format_table
from textrepair.spin.features import PRIOR_FEATURES, prior_features
from textrepair.spin.units import NEVER
from textrepair.spin.wordnet import wordnet

__all__ = ["learn_priors", "priors_file", "vocabulary"]

TREES = {
    "max_iter": 300,
    "max_leaf_nodes": 127,
    "min_samples_leaf": 100,
    "early_stopping": False,
    "random_state": 0,
}
_UNIT_KEY = re.compile(r"[a-z]+(?:[ -][a-z]+){0,3}")


def vocabulary() -> list[str]:
    """Every unit key the detector can meet, sorted.

    WordNet lemmas of one to four words that :func:`textrepair.spin.units.cut`
    can match (letters joined by spaces or hyphens, not only closed-class
    words), and the English words in wordfreq's list that WordNet reduces to a
    lemma (inflected forms: ``told``, ``reporters``).
    """
    wn = wordnet()
    keys = {k for k in wn.index if _UNIT_KEY.fullmatch(k)}
    keys |= {w for w in iter_wordlist("en") if _UNIT_KEY.fullmatch(w) and wn.morphy(w)}
    return sorted(
        k for k in keys if len(k) >= 2 and not all(w in NEVER for w in k.replace("-", " ").split())
    )


def _trees(x: np.ndarray, y: np.ndarray) -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(**TREES).fit(x, y)


def _log_odds(model: HistGradientBoostingClassifier, x: np.ndarray) -> np.ndarray:
    return np.round(model.decision_function(x), 1)


def learn_priors(
    keys: Sequence[str], y: np.ndarray, groups: np.ndarray
) -> tuple[np.ndarray, dict[str, float]]:
    """Fit the trees on the training units; return their out-of-fold priors and the table.

    ``keys`` are the units' keys, ``y`` their 0/1 labels, ``groups`` the index
    of the page each unit's document was cut from. A key outside
    :func:`vocabulary` gets 0 in both, as at run time.
    """
    vocab = vocabulary()
    known = set(vocab)
    signals = {k: prior_features(k) for k in {*keys, *vocab}}
    x = np.array([signals[k] for k in keys])
    assert x.shape[1] == len(PRIOR_FEATURES)
    fold = np.unique(groups, return_inverse=True)[1] % 2  # every other page
    out_of_fold = np.zeros(len(keys))
    for half in (0, 1):
        model = _trees(x[fold == half], y[fold == half])
        other = fold != half
        out_of_fold[other] = _log_odds(model, x[other])
    out_of_fold[[k not in known for k in keys]] = 0.0
    model = _trees(x, y)
    table_x = np.array([signals[k] for k in vocab])
    table = dict(zip(vocab, (float(v) for v in _log_odds(model, table_x)), strict=True))
    return out_of_fold, table


def priors_file(table: dict[str, float]) -> bytes:
    """The table as the gzip file that ships (byte for byte the same for the same table)."""
    header = [
        "textrepair unit priors: log-odds that a unit is a spinner's word, from its "
        "context-free signals alone.",
        "Written by `python -m benchmarks.train_spin` (boosted trees over "
        + ", ".join(PRIOR_FEATURES)
        + ").",
    ]
    return gzip.compress(format_table(header, table).encode("utf-8"), mtime=0)
