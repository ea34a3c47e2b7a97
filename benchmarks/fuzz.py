"""Fuzzing: millions of damaged and arbitrary texts through every public function.

Each input is built by :func:`benchmarks.damage.damaged_text` from a seed (so any
failure can be rebuilt from its seed) and run through every public function.
Counted: crashes (any exception), and replay or restore failures of
``repair_and_explain`` (``apply_edits(input, edits) != text`` or
``restore() != input``) with the default config and with every stage. The first
failures are written, with their seeds, to ``benchmarks/.cache/fuzz_failures.jsonl``.

``python -m benchmarks fuzz --inputs 1000000 --workers 2`` (about an hour on two cores).
"""

from __future__ import annotations

import json
import multiprocessing
import random
import time
import traceback
from collections import Counter
from pathlib import Path

from benchmarks.damage import damaged_text
from benchmarks.results import write_section

COMMAND = "python -m benchmarks fuzz --inputs {inputs} --workers {workers}"
FAILURES = Path(__file__).resolve().parent / ".cache" / "fuzz_failures.jsonl"
_KEEP = 50


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


def _chunk(seeds: range) -> tuple[Counter[str], list[dict[str, object]]]:
    total: Counter[str] = Counter()
    kept: list[dict[str, object]] = []
    for seed in seeds:
        counts, failures = _check(seed)
        total.update(counts)
        kept.extend(failures[: _KEEP - len(kept)])
    return total, kept


def run(write: bool, inputs: int, workers: int, chunk: int = 2_000) -> None:
    start = time.perf_counter()
    total: Counter[str] = Counter()
    kept: list[dict[str, object]] = []
    chunks = [range(i, min(i + chunk, inputs)) for i in range(0, inputs, chunk)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for counts, failures in pool.imap_unordered(_chunk, chunks):
            total.update(counts)
            kept.extend(failures[: _KEEP - len(kept)])
            done = total["inputs"]
            if done % 50_000 < chunk:
                print(f"{done:,} inputs, {total['crashes']} crashes, "
                      f"{total['replay failures'] + total['restore failures']} replay/restore "
                      f"failures, {time.perf_counter() - start:.0f} s", flush=True)  # fmt: skip
    FAILURES.parent.mkdir(exist_ok=True)
    FAILURES.write_text("".join(json.dumps(f) + "\n" for f in kept), encoding="utf-8")
    seconds = time.perf_counter() - start
    body = "\n".join(
        [
            f"Inputs built by `benchmarks/damage.py` (prose, chrome lines, spun phrases and "
            f"arbitrary code points, then mojibake layers, tokenizer spacing, glue and control "
            f"characters), seeds 0 to {inputs - 1:,}; each through `fix_encoding`, `fix_spacing`, "
            f"`strip_chrome`, `detect_spin`, `identify_language`, `identify_blocks`, `repair` "
            f"(default and all stages) and `repair_and_explain` (default and all stages, checked "
            f"for replay and restore). {workers} workers, {seconds / 60:.0f} min.",
            "",
            "| inputs | characters | crashes | replay failures | restore failures |",
            "|---|---|---|---|---|",
            f"| {total['inputs']:,} | {total['characters']:,} | {total['crashes']} "
            f"| {total['replay failures']} | {total['restore failures']} |",
        ]
    )
    print(body)
    if write:
        write_section("fuzz", COMMAND.format(inputs=inputs, workers=workers), body)
