"""Spliced stories: flagged with a confidence, removed only when asked, recoverable."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from tests.conftest import example, shared_path
from textrepair import RepairConfig, repair_and_explain, strip_chrome
from textrepair.chrome import chrome_report, spliced_blocks
from textrepair.chrome.spliced import (
    FENCED_CONFIDENCE,
    SpliceModel,
    block_features,
    load_splice_model,
    paragraph_lines,
)

COUNCIL = [
    "The city council approved the annual budget on Monday after a debate that lasted well "
    "into the night, with members split over schools and roads.",
    "Spending on the city's schools rises by four percent next year, while the road repair "
    "fund is cut by a tenth, a change the opposition called short-sighted.",
    "Councillor Maria Delgado, who chairs the finance committee, said the budget protects "
    "classrooms and keeps property taxes flat for a second year.",
    "The opposition leader, Tom Whitaker, said the cut to the road fund would leave potholes "
    "unrepaired through the winter and cost drivers more in the end.",
    "Parents who spoke at the meeting welcomed the extra money for schools but asked the "
    "council to publish how each school's share is calculated.",
    "Delgado promised a review of the road fund in the spring and said the council would "
    "consider moving money back if the winter proved harsh.",
    "The budget takes effect in January, and Whitaker said his group would bring the road "
    "fund back to the council at the first meeting of the year.",
]
FOOTBALL = [
    "United came from two goals down to beat Rovers three to two at the stadium on Saturday, "
    "with a header from the striker Okafor in stoppage time.",
    "Rovers had led through a penalty and a long-range strike before the break, and their "
    "goalkeeper Lindqvist made a string of saves in the second half.",
    "The manager, Gianni Russo, said the comeback showed the spirit of the squad and that the "
    "league title was still within reach with five matches left.",
]
CLEAN = "\n".join(COUNCIL) + "\n"
SPLICED = "\n".join(COUNCIL[:3] + FOOTBALL + COUNCIL[3:]) + "\n"
FOOTBALL_TEXT = "\n".join(FOOTBALL) + "\n"


def test_an_unrelated_story_inside_an_article_is_flagged_exactly() -> None:
    (block,) = spliced_blocks(SPLICED)
    assert SPLICED[block.start : block.end] == FOOTBALL_TEXT
    assert block.paragraphs == 3
    assert block.confidence >= 0.99


def test_a_coherent_article_is_not_flagged() -> None:
    assert spliced_blocks(CLEAN) == ()
    # Its most out-of-place block is ordinary among clean articles.
    assert spliced_blocks(CLEAN, min_confidence=0.0)[0].confidence < 0.5


def test_the_flag_is_kept_by_default_and_said_in_the_note() -> None:
    assert strip_chrome(SPLICED) == SPLICED
    report = chrome_report(SPLICED)
    assert report.edits == ()
    assert "possible spliced story" in report.note
    result = repair_and_explain(SPLICED, RepairConfig(chrome=True))
    (chrome,) = [s for s in result.stages if s.name == "chrome"]
    assert "possible spliced story" in chrome.note


def test_removal_is_a_config_choice_and_restorable() -> None:
    config = RepairConfig(chrome=True, chrome_remove_spliced=True, encoding=False, spacing=False)
    result = repair_and_explain(SPLICED, config)
    assert result.text == CLEAN
    assert result.restore() == SPLICED
    (edit,) = result.edits
    assert edit.before == FOOTBALL_TEXT
    assert "spliced story" in edit.reason


def test_seed_001_eu_item_is_the_most_out_of_place_block() -> None:
    article = strip_chrome(example("001"))
    block = spliced_blocks(article, min_confidence=0.0)[0]
    flagged = article[block.start : block.end]
    assert flagged.startswith("Facebook and Twitter face sanctions")
    assert flagged.rstrip().endswith("a Commission spokesman said.")
    assert "Parscale" not in flagged


def test_seed_001_eu_item_is_flagged_by_the_chrome_stage_between_its_furniture() -> None:
    # The EU item sits between a photo caption and a "Read more:" list, both removed.
    seed = example("001")
    report = chrome_report(seed)
    (block,) = report.spliced
    assert seed[block.start : block.end].startswith("Facebook and Twitter face sanctions")
    assert block.fenced and FENCED_CONFIDENCE <= block.confidence < 0.99
    assert "between two runs of page furniture" in report.note
    # without the furniture around it, the same block is below the flag
    assert spliced_blocks(strip_chrome(seed)) == ()


def test_a_block_is_flagged_from_the_lower_bar_only_between_two_lines_of_chrome() -> None:
    article = strip_chrome(example("001"))
    (top,) = spliced_blocks(article, min_confidence=0.0)[:1]
    assert FENCED_CONFIDENCE <= top.confidence < 0.99
    spans = paragraph_lines(article)
    first = next(k for k, (a, _) in enumerate(spans) if a == top.start)
    last = next(k for k, (_, b) in enumerate(spans) if b == top.end)
    for before, after, flagged in ((True, True, True), (True, False, False), (False, True, False)):
        fences = [(False, False)] * len(spans)
        fences[first] = (before, fences[first][1])
        fences[last] = (fences[last][0], after)
        found = spliced_blocks(article, None, spans, fences)
        assert bool(found) == flagged, (before, after)
    # a confidence the caller gives applies to every block, fenced or not
    fences = [(True, True)] * len(spans)
    assert spliced_blocks(article, 0.99, spans, fences) == ()
    with pytest.raises(ValueError, match="fences"):
        spliced_blocks(article, None, spans, fences[:-1])


def test_training_is_reproducible() -> None:
    shared_path("data", "chrome", "wcxb_dev_article.jsonl.gz")
    from benchmarks.train_spliced import train

    shipped = resources.files("textrepair.chrome").joinpath("splice_model.json")
    assert train() == json.loads(shipped.read_text("utf-8"))


def test_explain_prints_the_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from textrepair.cli import main

    path = tmp_path / "spliced.txt"
    path.write_text(SPLICED, encoding="utf-8")
    assert main(["explain", "--option", "chrome=true", str(path)]) == 0
    assert "[chrome] note: possible spliced story" in capsys.readouterr().out


def test_text_in_other_languages_is_not_judged() -> None:
    german = [
        "Der Stadtrat hat am Montag den Haushalt beschlossen, nachdem die Debatte bis tief in "
        "die Nacht gedauert hatte und die Mitglieder uneins waren.",
        "Die Ausgaben für die Schulen steigen im nächsten Jahr um vier Prozent, während der "
        "Fonds für die Straßen um ein Zehntel gekürzt wird.",
        "Die Mannschaft gewann am Samstag im Stadion mit drei zu zwei Toren, nachdem sie zur "
        "Pause mit zwei Toren zurückgelegen hatte und spät traf.",
        "Der Trainer sagte nach dem Spiel, die Aufholjagd zeige den Geist der Mannschaft, und "
        "die Meisterschaft sei mit fünf Spielen noch zu gewinnen.",
        "Die Bürgermeisterin versprach, den Straßenfonds im Frühjahr zu prüfen, und der Rat "
        "werde Geld umschichten, falls der Winter hart werde.",
    ]
    assert spliced_blocks("\n".join(german) + "\n", min_confidence=0.0) == ()


def test_batch_reports_carry_the_chrome_note() -> None:
    from textrepair.batch.process import process_record

    out = process_record({"text": SPLICED}, RepairConfig(chrome=True))
    assert out.record is not None
    assert "possible spliced story" in out.record["textrepair"]["chrome"]["note"]
    assert out.counters["documents_chrome_noted"] == 1
    clean = process_record({"text": CLEAN}, RepairConfig(chrome=True))
    assert clean.record is not None and clean.record["textrepair"]["chrome"]["note"] == ""
    plain = process_record({"text": SPLICED}, RepairConfig())
    assert plain.record is not None and "chrome" not in plain.record["textrepair"]


@pytest.mark.parametrize("confidence", [None, 0.0, 0.3, 0.5, 0.8, 0.9, 0.95, 0.99, 1.0, 1.5])
def test_blocks_ruled_out_early_change_no_flag(
    confidence: float | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A block whose score cannot reach the flag is not finished; with every block
    # finished (the bound switched off) the flags must be the same.
    texts = [SPLICED, CLEAN, strip_chrome(example("001")), "\n".join(COUNCIL + FOOTBALL) + "\n"]

    def flags() -> list[tuple[object, ...]]:
        out: list[tuple[object, ...]] = []
        for text in texts:
            spans = paragraph_lines(text)
            # every other paragraph with chrome before it and after it: some blocks fenced
            fences = [(k % 2 == 0, k % 2 == 0) for k in range(len(spans))]
            out.append(spliced_blocks(text, min_confidence=confidence))
            out.append(spliced_blocks(text, confidence, spans, fences))
        return out

    bounded = flags()
    monkeypatch.setattr(SpliceModel, "may_reach", lambda self, running, score: True)
    assert bounded == flags()


def test_the_bound_rules_out_most_blocks_of_a_clean_article() -> None:
    model = load_splice_model()
    floor = model.least_flagged(0.99)
    assert floor is not None
    paragraphs = COUNCIL * 3
    every = block_features(paragraphs)
    kept = block_features(paragraphs, lambda i, j, running: model.may_reach(running, floor))
    assert len(kept) < len(every) / 2
    assert all(model.score(f) <= floor for i, j, f in every if (i, j) not in {k[:2] for k in kept})
