"""Write a suite's section of benchmarks/RESULTS.md, keeping the other sections."""

from __future__ import annotations

import platform
import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = (
    "# Benchmark results\n\n"
    "Each section is written by the command shown in it; rerun the command to refresh it.\n"
)


def _machine() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        commit = "?"
    return (
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{_cores()} cores; commit {commit or '?'}; "
        f"{datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}"
    )


def _cores() -> int:
    import os

    return os.cpu_count() or 1


def write_section(suite: str, command: str, body: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER
    section = (
        f"<!-- {suite}:start -->\n## {suite}\n\n"
        f"Command: `{command}`  \n{_machine()}\n\n{body.strip()}\n<!-- {suite}:end -->\n"
    )
    pattern = re.compile(rf"<!-- {suite}:start -->.*?<!-- {suite}:end -->\n", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")
    _redraw(suite)


def _redraw(suite: str) -> None:
    """Redraw the figures in docs/images that read this section (benchmarks/figures.py)."""
    try:
        from benchmarks.figures import draw_suite

        for path in draw_suite(suite):
            print(f"figure: {path}")
    except ImportError as exc:
        print(f"figures not redrawn ({exc}): pip install -e '.[bench]' for matplotlib")
