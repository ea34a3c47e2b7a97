"""Locate and load the shared development data (never used by the package itself)."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
QUICK_SAMPLE = 40  # pages (or documents) a quick run reads from each data set
_quick = False

REPO = Path(__file__).resolve().parents[1]


def roots() -> list[Path]:
    """Where data is looked for, in order: ``$TEXTREPAIR_SHARED``, the cache that
    ``python -m benchmarks data`` fills (``$TEXTREPAIR_DATA`` or the user cache), ``../shared``.
    """
    from benchmarks.fetch import default_cache

    found = [Path(os.environ["TEXTREPAIR_SHARED"])] if os.environ.get("TEXTREPAIR_SHARED") else []
    return [*found, default_cache(), REPO.parent / "shared"]


def shared(*parts: str) -> Path:
    for root in roots():
        path = root.joinpath(*parts)
        if path.exists():
            return path
    raise SystemExit(
        f"missing {'/'.join(parts)} (looked in {', '.join(str(r) for r in roots())}): "
        "fetch the benchmark data first with `python -m benchmarks data --mirror DIR_OR_URL` "
        "(see docs/benchmarks.md), or set TEXTREPAIR_SHARED to a folder that holds it"
    )


def set_quick(on: bool) -> None:
    """Make every reader below return a fixed small sample (``python -m benchmarks all --quick``)."""
    global _quick
    _quick = on


def sample(rows: list[T], n: int = QUICK_SAMPLE) -> list[T]:
    """All ``rows``, or in a quick run ``n`` of them spread evenly over the list (fixed)."""
    if not _quick or len(rows) <= n:
        return rows
    step = len(rows) / n
    return [rows[int(i * step)] for i in range(n)]


def wcxb_pages() -> list[dict[str, Any]]:
    with gzip.open(
        shared("data", "chrome", "wcxb_dev_article.jsonl.gz"), "rt", encoding="utf-8"
    ) as f:
        return sample([json.loads(line) for line in f])


PAGE_SOURCES = ("wcxb_dev", "fundus", "readability", "article_extraction_dataset")


def html_pages(source: str) -> list[dict[str, Any]]:
    """The pages of ``data/pages/<source>.jsonl.gz``: HTML with its gold text."""
    with gzip.open(shared("data", "pages", f"{source}.jsonl.gz"), "rt", encoding="utf-8") as f:
        return sample([json.loads(line) for line in f])


def mojibake_cases() -> dict[str, list[dict[str, str]]]:
    folder = shared("data", "mojibake")
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
    }


def seeds() -> dict[str, str]:
    folder = REPO / "examples"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
