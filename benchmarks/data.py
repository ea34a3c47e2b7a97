"""Locate and load the shared development data (never used by the package itself)."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TEXTREPAIR_SHARED", REPO.parent / "shared"))


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        raise SystemExit(
            f"missing {path}: the benchmarks read the project's shared data; "
            "set TEXTREPAIR_SHARED to its folder"
        )
    return path


def wcxb_pages() -> list[dict[str, Any]]:
    with gzip.open(
        shared("data", "chrome", "wcxb_dev_article.jsonl.gz"), "rt", encoding="utf-8"
    ) as f:
        return [json.loads(line) for line in f]


def mojibake_cases() -> dict[str, list[dict[str, str]]]:
    folder = shared("data", "mojibake")
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
    }


def seeds() -> dict[str, str]:
    folder = REPO / "examples"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
