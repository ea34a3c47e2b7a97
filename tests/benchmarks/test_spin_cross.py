"""The leave-one-out tables of the spin suite, on made-up scores."""

from __future__ import annotations

from benchmarks.spin_cross import SPINNERS, Scored, false_positive_table, headline_table
from benchmarks.spin_genres import Document


def _scored(clean: float, spun: float) -> Scored:
    docs = {
        "speeches": (
            [Document("speeches", "s:1", "a " * 200), Document("speeches", "s:3", "c " * 200)],
            [Document("speeches", "s:2", "b " * 40)],
        )
    }
    s = Scored(0.9, docs)
    s.clean_long["speeches"] = [clean, 0.1]
    s.clean_short["speeches"] = [0.2]
    for name in SPINNERS:
        for rate in (0.05, 0.1):
            s.spun_long[("speeches", name, rate)] = [spun, 0.95]
        s.spun_short[("speeches", name)] = [spun]
    return s


def test_headline_has_only_the_left_out_spinner_and_the_worst_cell() -> None:
    table = headline_table([("most frequent", ("speeches",), _scored(0.1, 0.99))])
    rows = [r for r in table.splitlines() if r.startswith("| most frequent")]
    # the left-out spinner and its tokenized variant, nothing else
    assert [r.split("|")[1].strip() for r in rows] == ["most frequent", "most frequent, tokenized"]
    assert "| 1.000 | 1.000 | 1.000 | 100.0% | 0 of 3 |" in rows[0]
    worse = headline_table([("most frequent", ("speeches",), _scored(0.99, 0.5))])
    # clean 0.99 and 0.1 against spun 0.5 and 0.95: two of four pairs in order
    assert "| **worst cell** | | **0.500** | **0.500** | **1.000** | **50.0%** | |" in worse


def test_every_flagged_clean_document_is_listed() -> None:
    table = false_positive_table([("left out", _scored(0.95, 0.99))])
    assert "| speeches | left out | 1 of 2 | 0 of 1 | **33.33%** |" in table
    assert "`s:1`" in table and "`s:2`" not in table
