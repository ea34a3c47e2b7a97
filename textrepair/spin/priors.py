"""How likely a unit is to be a spinner's word on its own, before its context is read.

A unit's context-free signals (its frequency, the frequency gap to its WordNet
synonyms, how rare the sense that links them is, whether it is written as a
lemma, ...) interact: a gap means little for a very common word, a lot for a
lemma nobody writes. Boosted trees learn those interactions, but walking
hundreds of trees for every word would cost more than the rest of the
detector. The signals depend on the unit alone, so the trees are evaluated
once, at training time, for every unit the detector can meet (every WordNet
lemma of up to four words, and every English word in wordfreq's list that
WordNet can reduce to a lemma); the result ships as a table of log-odds,
``unit_priors.tsv.gz``, written by ``python -m benchmarks.train_spin``.

A unit that is not in the table gets 0 (no evidence either way), both here and
when the word model is trained.

>>> unit_priors().get("hebdomad", 0.0) > unit_priors().get("week", 0.0)
True
"""

from __future__ import annotations

from functools import cache

from textrepair._tables import read_table

__all__ = ["PRIORS_FILE", "unit_priors"]

PRIORS_FILE = "unit_priors.tsv.gz"


@cache
def unit_priors() -> dict[str, float]:
    """The shipped table, read once per process."""
    return read_table("textrepair.spin", PRIORS_FILE)
