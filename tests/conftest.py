"""Shared fixtures: the project's shared data (beside the repo) and example articles."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TEXTREPAIR_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """Path into shared/; skips when absent unless CI requires it (then it fails)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("TEXTREPAIR_REQUIRE_SHARED"):
            pytest.fail(f"shared data missing: {path}")
        pytest.skip(f"shared data not found at {path} (set TEXTREPAIR_SHARED)")
    return path


@pytest.fixture(scope="session")
def wcxb_pages() -> list[dict[str, Any]]:
    path = shared_path("data", "chrome", "wcxb_dev_article.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def example(name_prefix: str) -> str:
    (path,) = EXAMPLES.glob(f"{name_prefix}_*.txt")
    return path.read_text(encoding="utf-8")
