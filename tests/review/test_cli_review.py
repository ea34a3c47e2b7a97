"""``textrepair explain --html`` and ``textrepair clean --report`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import textrepair
from tests.conftest import example
from tests.review.parse import parse
from textrepair.cli import main


def test_explain_html_writes_the_review_page(tmp_path: Path) -> None:
    source = tmp_path / "seed.txt"
    source.write_text(example("001"), encoding="utf-8")
    page = tmp_path / "page.html"
    assert main(["explain", "--html", str(source), "-o", str(page), "--preset", "all"]) == 0
    shown = parse(page.read_text(encoding="utf-8")).documents[0]
    result = textrepair.repair_and_explain(example("001"), "all")
    assert shown.input_text == example("001") and shown.output_text == result.text
    assert len(shown.edits) == len(result.edits)
    assert "<title>textrepair review: seed.txt</title>" in page.read_text(encoding="utf-8")


def test_explain_html_to_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text("donâ€™t", encoding="utf-8")
    assert main(["explain", "--html", str(source)]) == 0
    shown = parse(capsys.readouterr().out).documents[0]
    assert shown.output_text == "don’t"


def test_output_without_html_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["explain", str(source), "-o", str(tmp_path / "p.html")])
    assert stop.value.code == 2


def test_explain_html_never_overwrites_its_input(tmp_path: Path) -> None:
    source = tmp_path / "a.html"
    source.write_text("<p>donâ€™t</p>", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["explain", "--html", str(source), "-o", str(source)])
    assert source.read_text(encoding="utf-8") == "<p>donâ€™t</p>"


def test_clean_report(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n"
                for i, t in enumerate(["donâ€™t", "fine text", example("002")])),
        encoding="utf-8",
    )  # fmt: skip
    report, out = tmp_path / "r.html", tmp_path / "out.jsonl"
    code = main(["clean", str(source), "-o", str(out), "--report", str(report), "--workers", "1"])
    assert code == 0
    parsed = parse(report.read_text(encoding="utf-8"))
    assert parsed.cards["records in"] == "3" and parsed.cards["records out"] == "3"
    assert {row[1] for row in parsed.tables["most-edits"][1:]} == {"id 0", "id 2"}
    # the records themselves are as without --report
    assert all("explain" not in json.loads(x)["textrepair"] for x in out.read_text().splitlines())


def test_report_never_overwrites_an_input(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["clean", str(source), "-o", str(tmp_path / "o.jsonl"), "--report", str(source)])
    assert json.loads(source.read_text(encoding="utf-8")) == {"text": "x"}
