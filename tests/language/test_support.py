"""Each stage declares its languages; results, explain and batch stats carry the language."""

from __future__ import annotations

import json
from pathlib import Path

import textrepair
from textrepair.batch.process import process_record
from textrepair.cli import main
from textrepair.config import RepairConfig
from textrepair.pipeline import STAGE_LANGUAGES, STAGE_ORDER

GERMAN = (
    "Der Stadtrat hat den Haushalt am Montag nach einer Debatte verabschiedet , die bis tief "
    "in die Nacht dauerte , weil die Mitglieder über die Ausgaben stritten ."
)
ENGLISH = "The council approved the budget on Monday after a debate , officials said ."


def test_every_stage_declares_its_languages() -> None:
    assert set(STAGE_LANGUAGES) == set(STAGE_ORDER)
    assert STAGE_LANGUAGES["encoding"].covers("ja")
    assert STAGE_LANGUAGES["spacing"].covers("en") and not STAGE_LANGUAGES["spacing"].covers("de")
    assert not STAGE_LANGUAGES["spin"].covers("fr")
    for support in STAGE_LANGUAGES.values():
        assert support.describe()


def test_result_carries_the_language_and_what_was_not_done() -> None:
    german = textrepair.repair_and_explain(GERMAN, "all")
    assert german.language is not None and german.language.code == "de"
    assert german.text == GERMAN  # tokenizer spacing in German is left alone, as declared
    assert set(german.stages_not_covering()) == {"spacing", "spin"}
    assert german.spin is not None and german.spin.language is None

    english = textrepair.repair_and_explain(ENGLISH)
    assert english.language is not None and english.language.code == "en"
    assert english.stages_not_covering() == {}
    assert english.text.endswith("debate, officials said.")


def test_explain_prints_the_language(tmp_path: Path, capsys: object) -> None:
    path = tmp_path / "de.txt"
    path.write_text(GERMAN, encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "language: de (confidence " in out
    assert "[spacing] not for this language: left unchanged" in out


def test_batch_counts_documents_and_edits_per_language() -> None:
    config = RepairConfig()
    totals: dict[str, int] = {}
    records = [{"text": GERMAN}, {"text": ENGLISH}, {"text": ENGLISH + " caf\u00c3\u00a9"}]
    for record in records:
        outcome = process_record(record, config)
        assert outcome.record is not None
        for key, n in outcome.counters.items():
            totals[key] = totals.get(key, 0) + n
    assert totals["language_de_documents"] == 1
    assert totals["language_en_documents"] == 2
    assert totals["language_de_edits"] == 0
    english_edits = sum(len(textrepair.repair_and_explain(r["text"]).edits) for r in records[1:])
    assert totals["language_en_edits"] == english_edits > 0
    report = process_record(records[0], config).record["textrepair"]  # type: ignore[index]
    assert json.loads(json.dumps(report))["language"]["code"] == "de"
