from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from textrepair import RepairConfig
from textrepair.batch import BatchOptions, run_batch
from textrepair.batch.process import process_record

DAMAGED = "Facebook said it ’s hisdigital plan , and donâ€™t worry ."


def write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


def read_jsonl(path: Path) -> list[dict[str, object]]:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line]


def test_jsonl_fields_carried_through_in_order(tmp_path: Path) -> None:
    records = [
        {"id": i, "text": DAMAGED if i % 2 else "Clean text.", "meta": {"n": i}} for i in range(50)
    ]
    write_jsonl(tmp_path / "in.jsonl", records)
    summary = run_batch(BatchOptions([str(tmp_path / "in.jsonl")], str(tmp_path / "out.jsonl")))
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == list(range(50))
    assert all(r["meta"] == {"n": r["id"]} for r in out)
    assert out[1]["text"] == "Facebook said it’s his digital plan, and don’t worry."
    assert out[1]["textrepair"]["edits"]["encoding"] == 1  # type: ignore[index]
    assert out[0]["text"] == "Clean text."
    assert summary.counters["records_in"] == 50 == summary.counters["records_out"]


def test_explain_adds_every_edit(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": DAMAGED}])
    run_batch(BatchOptions([str(tmp_path / "in.jsonl")], str(tmp_path / "o.jsonl"), explain=True))
    (record,) = read_jsonl(tmp_path / "o.jsonl")
    edits = record["textrepair"]["explain"]  # type: ignore[index]
    assert {e["stage"] for e in edits} == {"encoding", "spacing"}


def test_malformed_input_is_rejected_with_reasons_and_nothing_else_lost(tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": DAMAGED}).encode(),
        b"",
        b"{not json",
        json.dumps({"id": "notext", "body": "x"}).encode(),
        json.dumps({"id": "int", "text": 42}).encode(),
        json.dumps(["a", "list"]).encode(),
        b'{"id": "latin1", "text": "caf\xe9"}',
        json.dumps({"id": "ok2", "text": "fine"}).encode(),
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    summary = run_batch(BatchOptions([str(src)], f"{tmp_path}/out/"))
    out = read_jsonl(tmp_path / "out" / "bad.jsonl")
    rejects = read_jsonl(tmp_path / "out" / "bad.jsonl.rejects.jsonl")
    assert [r["id"] for r in out] == ["ok1", "ok2"]
    reasons = {r["line"]: r["reason"] for r in rejects}
    assert "invalid JSON" in reasons[3]
    assert "missing text field 'text'" in reasons[4]
    assert "is int, not a string" in reasons[5]
    assert "not an object" in reasons[6]
    assert "not valid UTF-8" in reasons[7]
    undecodable = next(r for r in rejects if r["line"] == 7)
    import base64

    assert base64.b64decode(undecodable["raw_base64"]) == lines[6] + b"\n"
    c = summary.counters
    assert c["records_in"] == c["records_out"] + c["rejected"] == 7
    assert c["blank_lines"] == 1


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    whole = gzip.compress(
        "".join(json.dumps({"id": i, "text": f"line {i}"}) + "\n" for i in range(2000)).encode()
    )
    (tmp_path / "t.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    summary = run_batch(BatchOptions([str(tmp_path / "t.jsonl.gz")], f"{tmp_path}/o/"))
    out = read_jsonl(tmp_path / "o" / "t.jsonl.gz")  # the output keeps the input's name and format
    rejects = read_jsonl(tmp_path / "o" / "t.jsonl.gz.rejects.jsonl")
    assert 0 < len(out) < 2000
    assert [r["id"] for r in out] == list(range(len(out)))
    assert "compressed stream broken" in rejects[-1]["reason"]
    assert summary.counters["records_in"] == len(out) + len(rejects)


def test_huge_document_is_rejected_not_lost(tmp_path: Path) -> None:
    big = "word " * 20_000_000  # 100 MB
    (tmp_path / "big.jsonl").write_text(
        json.dumps({"id": "big", "text": big})
        + "\n"
        + json.dumps({"id": "small", "text": "ok"})
        + "\n"
    )
    del big
    summary = run_batch(BatchOptions([str(tmp_path / "big.jsonl")], f"{tmp_path}/o/"))
    assert [r["id"] for r in read_jsonl(tmp_path / "o" / "big.jsonl")] == ["small"]
    (reject,) = read_jsonl(tmp_path / "o" / "big.jsonl.rejects.jsonl")
    assert "over --max-chars" in reject["reason"]
    assert reject["record"]["id"] == "big"
    assert summary.counters["rejected"] == 1


def test_time_limit_rejects_a_slow_document() -> None:
    outcome = process_record({"text": DAMAGED * 20_000}, RepairConfig(), time_limit=1e-4)
    assert outcome.record is None
    assert outcome.reject is not None and "time limit" in outcome.reject


def test_parquet_round_trip(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({"doc_id": [1, 2, 3], "body": [DAMAGED, "Clean.", None]})
    pq.write_table(table, tmp_path / "in.parquet")
    summary = run_batch(
        BatchOptions([str(tmp_path / "in.parquet")], str(tmp_path / "out.parquet"), text_key="body")
    )
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["doc_id"] for r in rows] == [1, 2]
    assert rows[0]["body"] == "Facebook said it’s his digital plan, and don’t worry."
    assert summary.counters["rejected"] == 1  # the null text


def test_zstd_input(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    data = "".join(json.dumps({"id": i, "text": DAMAGED}) + "\n" for i in range(5)).encode()
    (tmp_path / "z.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    run_batch(BatchOptions([str(tmp_path / "z.jsonl.zst")], str(tmp_path / "o.jsonl")))
    assert len(read_jsonl(tmp_path / "o.jsonl")) == 5


def test_directories_globs_and_text_files(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(DAMAGED, "utf-8")
    (tmp_path / "docs" / "b.txt").write_text("Clean.", "utf-8")
    run_batch(BatchOptions([str(tmp_path / "docs")], f"{tmp_path}/out/"))
    assert (tmp_path / "out" / "a.txt").read_text("utf-8").startswith("Facebook said it’s")
    run_batch(BatchOptions([str(tmp_path / "docs" / "*.txt")], str(tmp_path / "all.jsonl")))
    assert [r["id"] for r in read_jsonl(tmp_path / "all.jsonl")] == ["a.txt", "b.txt"]


def test_input_is_never_overwritten(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": "x"}])
    with pytest.raises(ValueError, match="refusing to overwrite"):
        run_batch(BatchOptions([str(tmp_path / "in.jsonl")], str(tmp_path / "in.jsonl")))
    assert read_jsonl(tmp_path / "in.jsonl") == [{"id": 1, "text": "x"}]


def test_two_workers_give_the_same_output(tmp_path: Path) -> None:
    records = [{"id": i, "text": f"{DAMAGED} {i}"} for i in range(300)]
    write_jsonl(tmp_path / "in.jsonl", records)
    run_batch(BatchOptions([str(tmp_path / "in.jsonl")], str(tmp_path / "one.jsonl"), workers=1))
    run_batch(BatchOptions([str(tmp_path / "in.jsonl")], str(tmp_path / "two.jsonl"), workers=2))
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "textrepair", "clean", *args]


def test_sigkill_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ids: set[str] = set()
    for shard in range(30):
        records: list[dict[str, object]] = []
        for i in range(150):
            rid = f"{shard}-{i}"
            ids.add(rid)
            records.append(
                {"id": rid, "text": DAMAGED * 3} if i % 50 else {"id": rid, "body": "no text"}
            )
        write_jsonl(corpus / f"shard{shard:02d}.jsonl", records)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        _cli(str(corpus), "-o", f"{out}/", "--workers", "2"), stderr=subprocess.DEVNULL
    )
    state = out / ".textrepair"
    deadline = time.time() + 120
    while time.time() < deadline and (
        not state.exists() or len(list(state.glob("*.done.json"))) < 3
    ):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    finished_before = len(list(state.glob("*.done.json")))
    assert 3 <= finished_before < 30, "the run should have been killed halfway"
    subprocess.run(
        _cli(str(corpus), "-o", f"{out}/", "--workers", "2", "--resume"),
        check=True,
        stderr=subprocess.DEVNULL,
    )
    seen: list[str] = []
    for path in sorted(out.glob("shard*.jsonl")):
        seen.extend(str(r.get("id", r.get("record", {}).get("id"))) for r in read_jsonl(path))  # type: ignore[union-attr]
    assert sorted(seen) == sorted(ids)  # each id exactly once, in the outputs or the rejects
    assert not list(out.glob("*.tmp"))


def test_spin_verdict_is_in_the_report_when_the_stage_runs() -> None:
    from tests.conftest import example

    spun = process_record({"text": example("002")}, RepairConfig(spin=True))
    assert spun.record is not None
    report = spun.record["textrepair"]["spin"]
    assert report["spun"] is True and report["spans"] >= 15 and report["language"] == "en"
    assert spun.counters["documents_spun"] == 1
    clean = process_record({"text": example("000")}, RepairConfig(spin=True))
    assert clean.record is not None and clean.record["textrepair"]["spin"]["spun"] is False
    plain = process_record({"text": example("000")}, RepairConfig())
    assert plain.record is not None and "spin" not in plain.record["textrepair"]
