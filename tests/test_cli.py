from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import textrepair
from tests.conftest import EXAMPLES
from textrepair.cli import main
from textrepair.spin.detect import STRICT_WORD_THRESHOLD

SEED = next(EXAMPLES.glob("000_*.txt"))


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "textrepair", *args], input=stdin, capture_output=True, check=False
    )


def test_clean_reads_stdin_and_writes_stdout() -> None:
    proc = run(["clean"], "It&#39;s the partyâ€™s line".encode())
    assert proc.returncode == 0
    assert proc.stdout.decode() == "It's the party’s line"


def test_clean_file_to_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    assert main(["clean", str(SEED), "-o", str(out)]) == 0
    cleaned = out.read_text(encoding="utf-8")
    assert "ParliamentÂ" not in cleaned and "Parliament\n" in cleaned


def test_clean_many_files_into_a_directory(tmp_path: Path) -> None:
    files = sorted(EXAMPLES.glob("*.txt"))
    assert main(["clean", *map(str, files), "-o", f"{tmp_path}/"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in files]


def test_clean_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("donâ€™t", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["clean", str(src), "-o", str(src)])
    assert exc.value.code == 2
    assert src.read_text(encoding="utf-8") == "donâ€™t"


def test_unsupported_output_suffix_is_a_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("donâ€™t", encoding="utf-8")
    proc = run(["clean", str(src), "-o", str(tmp_path / "out.jsn")])
    assert proc.returncode == 2
    assert b"unsupported output; use .jsonl" in proc.stderr
    assert not (tmp_path / "out.jsn").exists()


def test_batch_output_over_its_input_is_a_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "donâ€™t"}\n', encoding="utf-8")
    proc = run(["clean", str(src), "-o", str(src)])
    assert proc.returncode == 2
    assert b"refusing to overwrite the input" in proc.stderr
    assert src.read_text(encoding="utf-8") == '{"text": "donâ€™t"}\n'


def test_invalid_utf8_is_a_clear_error_or_replaced() -> None:
    proc = run(["clean"], b"bad \xe9 byte")
    assert proc.returncode == 1
    assert b"not valid UTF-8" in proc.stderr and b"--input-errors=replace" in proc.stderr
    assert proc.stdout == b""
    proc = run(["clean", "--input-errors=replace"], b"bad \xe9 byte")
    assert proc.returncode == 0 and proc.stdout.decode() == "bad \ufffd byte"


def test_missing_file_keeps_going_and_fails(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("donâ€™t", encoding="utf-8")
    proc = run(["clean", str(tmp_path / "missing.txt"), str(good)])
    assert proc.returncode == 1
    assert b"missing.txt: cannot read" in proc.stderr
    assert proc.stdout.decode() == "don’t"


def test_unknown_option_is_a_usage_error() -> None:
    proc = run(["clean", "--option", "encodnig=false"])
    assert proc.returncode == 2
    assert b"did you mean 'encoding'" in proc.stderr


def test_option_changes_behaviour() -> None:
    proc = run(["clean", "--option", "unescape_html=false"], b"It&#39;s")
    assert proc.stdout == b"It&#39;s"


def test_explain_lists_each_edit_with_its_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "1 edit(s)" in out
    assert "line 27, col 51" in out and "'Â' -> ''" in out and "non-breaking space" in out


def test_explain_json(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("cafÃ©".encode())))
    assert main(["explain", "--json", "-"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["after"] == "é"


def test_version() -> None:
    proc = run(["--version"])
    assert proc.returncode == 0 and proc.stdout.startswith(b"textrepair ")


def test_spin_prints_score_and_marks_spans(capsys: pytest.CaptureFixture[str]) -> None:
    spun = next(EXAMPLES.glob("002_*.txt"))
    assert main(["spin", str(spun)]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert "spin score" in first and "SPUN" in first
    assert "[[hebdomad → week]]" in out
    assert "[[severalize → tell]]" in out


def test_spin_of_clean_text_marks_only_sure_words(capsys: pytest.CaptureFixture[str]) -> None:
    """A clean document is not spun; only words spun beyond doubt are marked, as the report has."""
    assert main(["spin", str(SEED)]) == 0
    out = capsys.readouterr().out
    report = textrepair.detect_spin(SEED.read_text("utf-8"))
    assert not report.spun and "not spun" in out
    assert out.count("[[") == len(report.spans) <= 3
    assert all(s.confidence >= STRICT_WORD_THRESHOLD for s in report.spans)


def test_spin_json_and_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["spin", str(SEED), "--json", "--threshold", "0"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["spun"] is True and report["threshold"] == 0
    assert report["language"] == "en" and report["words"] > 300


def test_spin_of_other_languages_says_so() -> None:
    proc = run(["spin", "-"], b"Die Bundesregierung hat am Donnerstag beschlossen.")
    assert proc.returncode == 0
    assert b"not English" in proc.stdout


def test_spin_missing_file_is_an_input_error(tmp_path: Path) -> None:
    proc = run(["spin", str(tmp_path / "nope.txt")])
    assert proc.returncode == 1
    assert b"cannot read" in proc.stderr


def test_explain_header_says_what_each_count_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """Seed 000 with every stage: an encoding fix inside a removed block is folded into it."""
    assert main(["explain", "--preset", "all", str(SEED)]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    result = textrepair.repair_and_explain(SEED.read_text(encoding="utf-8"), "all")
    counts = result.counts()
    assert counts["encoding"] == 1 and len(result.edits) == counts["chrome"] == 2
    assert f"{len(result.edits)} edit(s) on the input, listed below" in header
    assert "each stage's edits on the text it was given: 1 encoding, 2 chrome" in header
    assert "folded into that removal" in header
