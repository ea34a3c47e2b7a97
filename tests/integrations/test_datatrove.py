"""The datatrove step in a real datatrove pipeline with its local executor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from textrepair.integrations.datatrove import TextRepair

DAMAGED = "Facebook said it ’s hisdigital plan , and donâ€™t worry ."
FIXED = "Facebook said it’s his digital plan, and don’t worry."


def test_step_in_a_local_pipeline(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    records = [{"id": str(i), "text": DAMAGED if i % 2 else "Clean text."} for i in range(10)]
    (tmp_path / "in" / "docs.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), "utf-8"
    )
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            TextRepair(),
            JsonlWriter(str(tmp_path / "out"), output_filename="out.jsonl", compression=None),
        ],
        tasks=1,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    out = [json.loads(line) for line in (tmp_path / "out" / "out.jsonl").read_text().splitlines()]
    by_id = {r["id"]: r for r in out}
    assert len(out) == 10
    assert by_id["1"]["text"] == FIXED and by_id["0"]["text"] == "Clean text."
    report = by_id["1"]["metadata"]["textrepair"]
    assert report["edits"]["encoding"] == 1 and report["edits"]["spacing"] == 4
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "textrepair" in s["name"])["stats"]

    def total(value: int | dict[str, int]) -> int:
        return value if isinstance(value, int) else value["total"]

    assert total(step["documents"]) == 10
    assert total(step["documents_changed"]) == 5
    assert total(step["edits_encoding"]) == 5
