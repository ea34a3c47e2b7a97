"""What the tests of the lines the chrome stage keeps though the model reads them as chrome share."""

from __future__ import annotations

import gzip
import json
from functools import cache

from tests.conftest import shared_path
from textrepair.chrome import ChromeReport, chrome_report


@cache
def readability_gold(page_id: str) -> str:
    """The gold text of one of Readability's test pages."""
    with gzip.open(
        shared_path("data", "pages", "readability.jsonl.gz"), "rt", encoding="utf-8"
    ) as f:
        pages = (json.loads(line) for line in f)
        return next(p["gold"] for p in pages if p["id"] == page_id)


def removed_lines(text: str) -> set[str]:
    """The lines of ``text`` the chrome stage removes."""
    return {line for e in chrome_report(text).edits for line in e.before.splitlines()}


def assert_kept_spans_reported(
    text: str, report: ChromeReport, spans: tuple[tuple[int, int], ...], lines: set[str]
) -> None:
    """``spans`` of ``report`` hold ``lines``, overlap none of its edits, and its note names them."""
    kept = "".join(text[start:end] for start, end in spans)
    assert all(line in kept for line in lines)
    assert all(not (e.start < end and start < e.end) for e in report.edits for start, end in spans)
    assert f"characters {spans[0][0]}-{spans[0][1]}" in report.note
