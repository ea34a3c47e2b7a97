"""Review pages from Python: one result, or a finished run's files."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from textrepair.pipeline import RepairResult
from textrepair.review.render import HtmlPage, document_page
from textrepair.review.report import BatchReport
from textrepair.review.view import DocumentView

__all__ = ["HtmlPage", "document_html", "report_from_files"]


def document_html(result: RepairResult, title: str = "document") -> HtmlPage:
    """The review page of one :func:`textrepair.repair_and_explain` result.

    >>> import textrepair
    >>> page = document_html(textrepair.repair_and_explain("ParliamentÂ"), "seed")
    >>> 'data-stage="encoding"' in page and "<title>textrepair review: seed</title>" in page
    True
    """
    return HtmlPage(document_page(DocumentView.from_result(result, title)))


def report_from_files(
    stats: str | os.PathLike[str],
    outputs: Iterable[str | os.PathLike[str]] = (),
    rejects: str | os.PathLike[str] | None = None,
    text_key: str = "text",
    id_key: str = "id",
    top: int = 20,
) -> HtmlPage:
    """The report of a finished run, from its ``--stats`` file, outputs and rejects file.

    Outputs written with ``--explain`` (JSONL or Parquet) give the per-document
    charts and reviews; without them the page shows the run's counts only.

    >>> import json, tempfile, pathlib
    >>> stats = pathlib.Path(tempfile.mkdtemp()) / "stats.json"
    >>> _ = stats.write_text(json.dumps({"records_in": 3, "records_out": 3}))
    >>> "records in" in report_from_files(stats)
    True
    """
    from textrepair.batch.readers import read_records

    counters = json.loads(Path(stats).read_text(encoding="utf-8"))
    report = BatchReport(top)
    for output in outputs:
        for record in read_records(str(output), text_key, id_key):
            data = record.data or {}
            info = data.get("textrepair")
            if isinstance(info, dict) and isinstance(data.get(text_key), str):
                name = data.get(id_key)
                report.add(
                    f"{id_key} {name}" if name is not None else str(output), data[text_key], info
                )
    if rejects is not None and Path(rejects).exists():
        lines = Path(rejects).read_text(encoding="utf-8").splitlines()
        report.add_rejects(json.loads(line) for line in lines if line.strip())
    return HtmlPage(report.html(counters))
