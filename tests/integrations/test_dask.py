"""textrepair on a real Dask LocalCluster with two worker processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

from textrepair.batch import BatchOptions, run_batch  # noqa: E402
from textrepair.integrations.dask import repair_bag, repair_dataframe  # noqa: E402

DAMAGED = "Facebook said it ’s hisdigital plan , and donâ€™t worry ."
FIXED = "Facebook said it’s his digital plan, and don’t worry."


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_repair_bag(client: distributed.Client) -> None:
    records = [{"id": i, "text": DAMAGED} for i in range(20)] + [{"id": 99, "body": "x"}]
    out = repair_bag(db.from_sequence(records, npartitions=4)).compute()
    assert [r["id"] for r in out] == [*range(20), 99]
    assert all(r["text"] == FIXED for r in out[:20])
    assert out[-1]["textrepair"] == {"rejected": "missing text field 'text'"}
    assert len(client.scheduler_info()["workers"]) == 2


def test_repair_dataframe_column(client: distributed.Client) -> None:
    frame = pd.DataFrame({"id": range(6), "body": [DAMAGED, "Clean.", None, DAMAGED, "x", "y"]})
    out = repair_dataframe(dd.from_pandas(frame, npartitions=3), column="body").compute()
    assert list(out["body"])[:2] == [FIXED, "Clean."]
    assert pd.isna(out["body"].iloc[2])
    assert list(out["textrepair_edits"])[:3] == [5, 0, -1]


def test_engine_dask_output_identical_to_local(tmp_path: Path, client: distributed.Client) -> None:
    lines = [json.dumps({"id": i, "text": f"{DAMAGED} {i}"}) for i in range(400)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n{broken\n", "utf-8")
    local = run_batch(BatchOptions([str(tmp_path / "in.jsonl")], str(tmp_path / "local.jsonl")))
    address = client.scheduler.address
    remote = run_batch(
        BatchOptions(
            [str(tmp_path / "in.jsonl")],
            str(tmp_path / "dask.jsonl"),
            engine="dask",
            scheduler=address,
        )
    )
    assert (tmp_path / "local.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()
    assert local.counters["rejected"] == remote.counters["rejected"] == 1


def _slow_document() -> str:
    """Dense random mojibake: linear, but slow enough (tens of seconds) to pass any small limit."""
    import random

    rng = random.Random(7)
    pieces = ["Ã©", "â€™", "Â", "\x9d", "Ã¨", "â€œ", "Ã", "©", "â€", " "]
    return "".join(rng.choice(pieces) for _ in range(300_000))


def test_time_limit_applies_on_dask_workers(tmp_path: Path, client: distributed.Client) -> None:
    """Dask runs tasks in worker threads, where no timer signal reaches: the limit still holds."""
    records = [
        {"id": 0, "text": DAMAGED},
        {"id": 1, "text": _slow_document()},
        {"id": 2, "text": DAMAGED},
    ]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    summary = run_batch(
        BatchOptions(
            [str(tmp_path / "in.jsonl")],
            str(tmp_path / "out.jsonl"),
            engine="dask",
            scheduler=client.scheduler.address,
            time_limit=1.0,
        )
    )
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in out] == [0, 2]
    assert all(r["text"] == FIXED for r in out)
    rejects = [
        json.loads(line)
        for line in (tmp_path / "out.jsonl.rejects.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(rejects) == 1
    assert "over the per-document time limit of 1.0 s" in rejects[0]["reason"]
    assert summary.counters["rejected"] == 1 and summary.counters["records_out"] == 2
