"""Timing helpers shared by the benchmark suites (best of N runs, to damp noise)."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
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


def _first_pass(func: Callable[[str], Any], warm: list[str], texts: list[str]) -> float:
    for text in warm:  # load the stage's tables and models, on other texts
        func(text)
    return best_time(func, texts, 1)


def first_pass_time(func: Callable[[str], Any], warm: list[str], texts: list[str]) -> float:
    """Seconds for ``func`` over ``texts`` once, in a fresh interpreter warmed on ``warm``.

    What a corpus run meets: the tables are loaded, but the per-process caches
    (words already judged, runs already segmented) know none of these texts,
    as they do after the first of :func:`best_time`'s passes. ``func`` must be
    picklable (a module-level function or a ``functools.partial`` of one).
    """
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_first_pass, func, warm, texts).result()


def throughput_rows(
    stages: Mapping[str, Callable[[str], Any]],
    texts: list[str],
    repeat: int,
    corpus: str,
    digits: int = 2,
    warm: list[str] | None = None,
) -> list[str]:
    """A Markdown table of each stage's MB/s over ``texts`` (single core, best of ``repeat``).

    With ``warm`` texts, a second column gives each stage's MB/s on its first
    pass over ``texts`` in a fresh process warmed on them (:func:`first_pass_time`).
    """
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    header = f"| stage | MB/s (single core, {corpus}, best of {repeat}) |"
    if warm is None:
        rows = [header, "|---|---|"]
    else:
        rows = [header + " first pass, fresh process |", "|---|---|---|"]
    for name, func in stages.items():
        row = f"| {name} | {megabytes / best_time(func, texts, repeat):.{digits}f} |"
        if warm is not None:
            row += f" {megabytes / first_pass_time(func, warm, texts):.{digits}f} |"
        rows.append(row)
    return rows


def startup_rows(cold: Mapping[str, str], repeat: int = 3) -> list[str]:
    """A Markdown table of the seconds a fresh interpreter takes to run each snippet."""
    rows = [f"| start-up | seconds (best of {repeat}) |", "|---|---|"]
    rows += [f"| {name} | {best_startup(code, repeat):.2f} |" for name, code in cold.items()]
    return rows
