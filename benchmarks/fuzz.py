"""Fuzzing: millions of damaged and arbitrary texts through every public function.

Each input is built by :func:`benchmarks.damage.damaged_text` from a seed (so any
failure can be rebuilt from its seed) and run through every public function.
Counted: crashes (any exception), and replay or restore failures of
``repair_and_explain`` (``apply_edits(input, edits) != text`` or
``restore() != input``) with the default config and with every stage. The first
failures are written, with their seeds, to ``benchmarks/.cache/fuzz_failures.jsonl``.

``python -m benchmarks fuzz --inputs 1000000 --workers 2`` (about two hours on two
cores). Each finished chunk of seeds is appended to ``benchmarks/fuzz_progress.jsonl``
with the git tree hash of ``textrepair/``; ``--resume`` skips the chunks already checked
against the same package tree, so a long run survives an interruption (and a run continued
after commits that did not touch the package still checks one and the same code).
"""

from __future__ import annotations

import json
import multiprocessing
import random
import subprocess
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.damage import damaged_text
from benchmarks.results import write_section

COMMAND = "python -m benchmarks fuzz --inputs {inputs} --workers {workers}"
FAILURES = Path(__file__).resolve().parent / ".cache" / "fuzz_failures.jsonl"
# Kept in the repository (not in .cache) so that a long run can be continued on another
# machine: each line is one finished chunk of seeds, with the package tree it checked.
PROGRESS = Path(__file__).resolve().parent / "fuzz_progress.jsonl"
_KEEP = 50


def package_tree() -> str:
    """The git tree hash of ``textrepair/`` (``worktree`` when it has uncommitted changes)."""
    root = Path(__file__).resolve().parent.parent
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "textrepair"],
        cwd=root, capture_output=True, text=True, check=False,
    ).stdout.strip()  # fmt: skip
    if dirty:
        return "worktree"
    return subprocess.run(
        ["git", "rev-parse", "HEAD:textrepair"],
        cwd=root, capture_output=True, text=True, check=False,
    ).stdout.strip() or "unknown"  # fmt: skip


def _check(seed: int) -> tuple[Counter[str], list[dict[str, object]]]:
    import textrepair

    counts: Counter[str] = Counter()
    failures: list[dict[str, object]] = []
    text = damaged_text(random.Random(seed))
    calls = {
        "fix_encoding": lambda: textrepair.fix_encoding(text),
        "fix_spacing": lambda: textrepair.fix_spacing(text),
        "strip_chrome": lambda: textrepair.strip_chrome(text),
        "detect_spin": lambda: textrepair.detect_spin(text),
        "identify_language": lambda: textrepair.identify_language(text),
        "identify_blocks": lambda: textrepair.identify_blocks(text),
        "repair": lambda: textrepair.repair(text),
        "repair (all)": lambda: textrepair.repair(text, "all"),
    }
    for name, call in calls.items():
        try:
            call()
        except Exception:
            counts["crashes"] += 1
            failures.append(
                {"seed": seed, "function": name, "error": traceback.format_exc(limit=3)}
            )
    for preset in (None, "all"):
        try:
            result = textrepair.repair_and_explain(text, preset)
        except Exception:
            counts["crashes"] += 1
            failures.append({"seed": seed, "function": f"repair_and_explain({preset})",
                             "error": traceback.format_exc(limit=3)})  # fmt: skip
            continue
        if textrepair.apply_edits(text, result.edits) != result.text:
            counts["replay failures"] += 1
            failures.append({"seed": seed, "function": f"replay({preset})"})
        if result.restore() != text:
            counts["restore failures"] += 1
            failures.append({"seed": seed, "function": f"restore({preset})"})
    counts["inputs"] += 1
    counts["characters"] += len(text)
    return counts, failures


def _chunk(seeds: range) -> tuple[range, Counter[str], list[dict[str, object]], float]:
    start = time.perf_counter()
    total: Counter[str] = Counter()
    kept: list[dict[str, object]] = []
    for seed in seeds:
        counts, failures = _check(seed)
        total.update(counts)
        kept.extend(failures[: _KEEP - len(kept)])
    return seeds, total, kept, time.perf_counter() - start


def _finished_chunks(tree: str, progress: Path) -> dict[tuple[int, int], dict[str, Any]]:
    """Chunks already checked against this package tree, by (first seed, last seed + 1)."""
    if not progress.exists():
        return {}
    done: dict[tuple[int, int], dict[str, Any]] = {}
    for line in progress.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:  # a line cut short by an interruption
            continue
        if record.get("tree") == tree:
            done[(int(record["start"]), int(record["stop"]))] = record
    return done


def run(
    write: bool,
    inputs: int,
    workers: int,
    chunk: int = 2_000,
    resume: bool = False,
    progress_path: Path = PROGRESS,
) -> None:
    start = time.perf_counter()
    tree = package_tree()
    total: Counter[str] = Counter()
    kept: list[dict[str, object]] = []
    cpu_seconds = 0.0
    chunks = [range(i, min(i + chunk, inputs)) for i in range(0, inputs, chunk)]
    finished = _finished_chunks(tree, progress_path) if resume else {}
    if not resume:
        progress_path.unlink(missing_ok=True)
    todo = []
    for seeds in chunks:
        record = finished.get((seeds.start, seeds.stop))
        if record is None:
            todo.append(seeds)
            continue
        total.update(record["counts"])
        kept.extend(record["failures"][: _KEEP - len(kept)])
        cpu_seconds += float(record["seconds"])
    if finished:
        print(f"resuming: {total['inputs']:,} inputs already checked against tree {tree[:12]}")
    FAILURES.parent.mkdir(exist_ok=True)
    with (
        multiprocessing.get_context("spawn").Pool(workers) as pool,
        progress_path.open("a", encoding="utf-8") as progress,
    ):
        for seeds, counts, failures, seconds in pool.imap_unordered(_chunk, todo):
            progress.write(json.dumps({"tree": tree, "start": seeds.start, "stop": seeds.stop,
                                       "counts": counts, "failures": failures,
                                       "seconds": seconds}) + "\n")  # fmt: skip
            progress.flush()
            total.update(counts)
            kept.extend(failures[: _KEEP - len(kept)])
            cpu_seconds += seconds
            done = total["inputs"]
            if done % 50_000 < chunk:
                print(f"{done:,} inputs, {total['crashes']} crashes, "
                      f"{total['replay failures'] + total['restore failures']} replay/restore "
                      f"failures, {time.perf_counter() - start:.0f} s", flush=True)  # fmt: skip
    FAILURES.write_text("".join(json.dumps(f) + "\n" for f in kept), encoding="utf-8")
    seconds = cpu_seconds / workers
    body = "\n".join(
        [
            f"Inputs built by `benchmarks/damage.py` (prose, chrome lines, spun phrases and "
            f"arbitrary code points, then mojibake layers, tokenizer spacing, glue and control "
            f"characters), seeds 0 to {inputs - 1:,}; each through `fix_encoding`, `fix_spacing`, "
            f"`strip_chrome`, `detect_spin`, `identify_language`, `identify_blocks`, `repair` "
            f"(default and all stages) and `repair_and_explain` (default and all stages, checked "
            f"for replay and restore). Package tree `{tree[:12]}` (`git rev-parse HEAD:textrepair`); "
            f"{workers} workers, {seconds / 60:.0f} min of wall clock at {workers} workers "
            f"({cpu_seconds / 60:.0f} worker-minutes).",
            "",
            "| inputs | characters | crashes | replay failures | restore failures |",
            "|---|---|---|---|---|",
            f"| {total['inputs']:,} | {total['characters']:,} | {total['crashes']} "
            f"| {total['replay failures']} | {total['restore failures']} |",
        ]
    )
    print(body)
    if write:
        command = COMMAND.format(inputs=inputs, workers=workers)
        write_section("fuzz", command + (" --resume" if finished else ""), body)
