"""The spin stage in the pipeline: a report on RepairResult.spin, opt-in restoration edits."""

from __future__ import annotations

import textrepair
from tests.conftest import example
from textrepair.edits import apply_edits


def test_stage_is_off_by_default() -> None:
    result = textrepair.repair_and_explain(example("002"))
    assert result.spin is None
    assert "spin" not in result.counts()


def test_report_without_changing_the_text() -> None:
    text = example("002")
    plain = textrepair.repair(text)
    result = textrepair.repair_and_explain(text, spin=True)
    assert result.spin is not None and result.spin.spun
    assert result.text == plain
    assert result.counts()["spin"] == 0


def test_restoration_edits_are_explained_and_invertible() -> None:
    text = example("002")
    result = textrepair.repair_and_explain(text, spin=True, restore_spin=True)
    spin_edits = [e for e in result.edits if e.stage == "spin"]
    assert len(spin_edits) >= 15
    assert "hebdomad" not in result.text and "severalize" not in result.text
    # A restoration next to a spacing repair is composed with it into one edit.
    assert all("restored the likely original" in e.reason for e in spin_edits)
    assert "500-pound gorilla" in result.text
    assert apply_edits(text, result.edits) == result.text
    assert result.restore() == text
    assert textrepair.repair(text, spin=True, restore_spin=True) == result.text


def test_unspun_text_is_never_restored() -> None:
    text = example("000")
    result = textrepair.repair_and_explain(text, spin=True, restore_spin=True)
    assert not any(e.stage == "spin" for e in result.edits)


def test_restored_words_keep_the_capital() -> None:
    text = "Hebdomad after hebdomad the newsperson severalize the chopine owners. " * 4
    result = textrepair.repair_and_explain(text, spin=True, restore_spin=True)
    assert result.text.startswith("Week after week")
