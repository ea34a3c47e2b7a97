"""A batch report shows the run's own counts, its hardest-hit documents and its rejects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import example
from tests.review.parse import parse
from textrepair.batch import BatchOptions, run_batch
from textrepair.cli import main
from textrepair.config import PRESETS
from textrepair.review import BatchReport, report_from_files


def _corpus(tmp_path: Path) -> Path:
    records = [{"id": f"seed{s}", "text": example(s)} for s in ("000", "001", "002")]
    records += [{"id": f"clean{i}", "text": f"A clean sentence number {i}."} for i in range(4)]
    records.append({"id": "moji", "text": "donâ€™t â€œquoteâ€ ParliamentÂ"})
    records.append({"id": "xss", "text": "<script>window.pwned=1</script> itâ€™s"})
    lines = [json.dumps(r) for r in records]
    lines.insert(3, "{not json")
    lines.insert(5, json.dumps({"id": "no-text", "body": "x"}))
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("report")
    source = _corpus(tmp)
    options = BatchOptions(
        inputs=[str(source)],
        output=str(tmp / "out.jsonl"),
        config=PRESETS["all"],
        stats_path=str(tmp / "stats.json"),
        report_path=str(tmp / "report.html"),
        report_top=3,
    )
    summary = run_batch(options)
    page = (tmp / "report.html").read_text(encoding="utf-8")
    outputs = [json.loads(line) for line in (tmp / "out.jsonl").read_text().splitlines()]
    return {"summary": summary, "page": page, "outputs": outputs, "tmp": tmp}


def test_counts_are_the_runs_counters(run: dict[str, object]) -> None:
    counters = run["summary"].counters  # type: ignore[attr-defined]
    cards = parse(str(run["page"])).cards
    for card, key in [("records in", "records_in"), ("records out", "records_out"),
                      ("rejected", "rejected"), ("documents changed", "documents_changed"),
                      ("characters in", "chars_in")]:  # fmt: skip
        assert cards[card] == f"{counters[key]:,}", card
    edits = sum(v for k, v in counters.items() if k.startswith("edits_"))
    assert cards["edits"] == f"{edits:,}"
    outputs = run["outputs"]
    bytes_out = sum(len(o["text"].encode("utf-8")) for o in outputs)  # type: ignore[union-attr]
    assert counters["bytes_out"] == bytes_out
    assert cards["MB out (UTF-8)"] == f"{round(bytes_out / 1e6, 2):,}"
    assert counters["records_in"] == 11 and counters["rejected"] == 2


def test_edits_per_stage_and_language_charts_match(run: dict[str, object]) -> None:
    counters = run["summary"].counters  # type: ignore[attr-defined]
    parsed = parse(str(run["page"]))
    stage_bars = {b["data-name"]: int(b["data-value"]) for b in parsed.bars if "data-name" in b}
    for stage in ("encoding", "chrome", "spacing", "spin"):
        assert stage_bars[stage] == counters[f"edits_{stage}"]
    assert stage_bars["en"] == counters["language_en_documents"]
    rows = {row[0]: row for row in parsed.tables["languages"][1:]}
    assert rows["en"][1] == f"{counters['language_en_documents']:,}"


def test_histograms_count_every_repaired_document(run: dict[str, object]) -> None:
    parsed = parse(str(run["page"]))
    histogram_bars = [b for b in parsed.bars if "data-low" in b]
    repaired = run["summary"].counters["records_out"]  # type: ignore[attr-defined]
    # two histograms of 20 bins (chrome share and spin score), each over every document
    assert len(histogram_bars) == 40
    assert sum(int(b["data-value"]) for b in histogram_bars[:20]) == repaired
    assert sum(int(b["data-value"]) for b in histogram_bars[20:]) == repaired


def test_top_documents_are_ranked_and_reviewed(run: dict[str, object]) -> None:
    outputs = run["outputs"]
    parsed = parse(str(run["page"]))
    most = parsed.tables["most-edits"][1:]
    assert len(most) == 3
    shown_edits = [int(row[2].replace(",", "")) for row in most]
    assert shown_edits == sorted(shown_edits, reverse=True)
    by_id = {o["id"]: o for o in outputs}  # type: ignore[union-attr]
    spun = parsed.tables["most-spun"][1:]
    scores = [float(row[4]) for row in spun]
    assert scores == sorted(scores, reverse=True)
    best = max(o["textrepair"]["spin"]["score"] for o in outputs)  # type: ignore[union-attr]
    assert scores[0] == pytest.approx(best, abs=5e-4)
    # each listed document has its own review, which rebuilds its input and output
    reviewed = {d.article_id.removesuffix("review"): d for d in parsed.documents}
    assert len(reviewed) >= 3
    for doc in reviewed.values():
        record_id = next(i for i in by_id if doc.output_text == by_id[i]["text"])
        assert record_id in by_id


def test_rejects_are_listed_with_reasons(run: dict[str, object]) -> None:
    parsed = parse(str(run["page"]))
    reasons = [row[2] for row in parsed.tables["rejects"][1:]]
    assert len(reasons) == 2
    assert any("missing text field" in r for r in reasons)
    assert any("JSON" in r for r in reasons)


def test_a_script_in_a_record_is_escaped(run: dict[str, object]) -> None:
    page = str(run["page"])
    assert "<script>window.pwned" not in page
    assert len(parse(page).scripts) == 1


def test_edits_are_not_written_unless_asked(run: dict[str, object]) -> None:
    for record in run["outputs"]:  # type: ignore[attr-defined]
        assert "explain" not in record["textrepair"]
        assert "explain_spin" not in record["textrepair"]


def test_report_from_a_finished_runs_files(tmp_path: Path) -> None:
    source = _corpus(tmp_path)
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    code = main(["clean", str(source), "-o", str(out), "--preset", "all", "--explain",
                 "--stats", str(stats), "--workers", "1"])  # fmt: skip
    assert code == 0
    page = report_from_files(stats, [out], tmp_path / "out.jsonl.rejects.jsonl")
    parsed = parse(page)
    assert parsed.cards["records in"] == "11"
    assert len(parsed.tables["rejects"]) == 3  # the header and two rejects
    assert parsed.documents  # reviews rebuilt from the explained records


def test_memory_is_bounded_by_top() -> None:
    report = BatchReport(top=2)
    for i in range(50):
        report.add(f"d{i}", "x", {"edits": {"encoding": i}, "chars_removed": 0,
                                  "chars_added": 0})  # fmt: skip
    assert sorted(k for k, _, _ in report._most_edits) == [48, 49]
    assert report.documents == 50
