"""Timing helpers shared by the benchmark suites (best of N runs, to damp noise)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
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
