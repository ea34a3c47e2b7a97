"""Timing helpers shared by the benchmark suites (best of N runs, to damp noise)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any


def best_time(func: Callable[[str], Any], texts: list[str], repeat: int) -> float:
    """Seconds for ``func`` over all ``texts``, best of ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            func(text)
        best = min(best, time.perf_counter() - start)
    return best


def best_startup(code: str, repeat: int) -> float:
    """Seconds for a fresh interpreter to run ``code``, best of ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        best = min(best, time.perf_counter() - start)
    return best


def throughput_rows(
    stages: Mapping[str, Callable[[str], Any]],
    texts: list[str],
    repeat: int,
    corpus: str,
    digits: int = 2,
) -> list[str]:
    """A Markdown table of each stage's MB/s over ``texts`` (single core, best of ``repeat``)."""
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rows = [f"| stage | MB/s (single core, {corpus}, best of {repeat}) |", "|---|---|"]
    for name, func in stages.items():
        rows.append(f"| {name} | {megabytes / best_time(func, texts, repeat):.{digits}f} |")
    return rows


def startup_rows(cold: Mapping[str, str], repeat: int = 3) -> list[str]:
    """A Markdown table of the seconds a fresh interpreter takes to run each snippet."""
    rows = [f"| start-up | seconds (best of {repeat}) |", "|---|---|"]
    rows += [f"| {name} | {best_startup(code, repeat):.2f} |" for name, code in cold.items()]
    return rows
