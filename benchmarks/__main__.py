"""Run a benchmark suite: ``python -m benchmarks encoding``.

``python -m benchmarks data --mirror DIR_OR_URL`` fetches and verifies the data first;
``python -m benchmarks all --quick`` runs every suite on a small fixed sample;
``python -m benchmarks figures`` redraws the figures in docs/ from RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

SUITES = (
    "encoding",
    "language",
    "chrome",
    "spacing",
    "spin",
    "batch",
    "adversarial",
    "fuzz",
    "review",
)
COMMANDS = (*SUITES, "all", "data", "figures")


def _suite(name: str, args: argparse.Namespace, quick: bool) -> Callable[[], None]:
    """The call that runs suite ``name``; ``quick`` runs it on a small fixed sample."""
    write = not args.no_write and not quick
    repeat = 1 if quick else args.repeat
    if name == "encoding":
        from benchmarks.encoding import run

        return lambda: run(write=write, repeat=repeat)
    if name == "language":
        from benchmarks.language import run as run_language

        return lambda: run_language(write=write, repeat=repeat)
    if name == "spacing":
        from benchmarks.spacing import run as run_spacing

        return lambda: run_spacing(write=write, repeat=repeat, glued_pages=20 if quick else 150)
    if name == "chrome":
        from benchmarks.chrome import run as run_chrome

        return lambda: run_chrome(write=write, repeat=repeat)
    if name == "spin":
        from benchmarks.spin import run as run_spin

        return lambda: run_spin(write=write, repeat=repeat)
    if name == "adversarial":
        from benchmarks.adversarial import SIZE
        from benchmarks.adversarial import run as run_adversarial

        if quick:  # the whole pipeline only, at a tenth of the size
            return lambda: run_adversarial(
                write=False, repeat=1, size=4_000, functions=("repair (all)",)
            )
        return lambda: run_adversarial(write=write, repeat=repeat, size=SIZE)
    if name == "fuzz":
        import tempfile

        from benchmarks.fuzz import PROGRESS
        from benchmarks.fuzz import run as run_fuzz

        if quick:  # a scratch progress file: the committed one belongs to the long run
            scratch = Path(tempfile.mkdtemp()) / "fuzz_progress.jsonl"
            return lambda: run_fuzz(write=False, inputs=500, workers=1, progress_path=scratch)
        return lambda: run_fuzz(
            write=write,
            inputs=args.inputs,
            workers=args.workers,
            resume=args.resume,
            progress_path=PROGRESS,
        )
    if name == "review":
        from benchmarks.review import run as run_review

        n_docs = 300 if quick else 10_000
        return lambda: run_review(
            write=write, repeat=repeat, n_docs=n_docs, workers=1 if quick else 2
        )
    if name == "batch":
        from benchmarks.batch import run as run_batch_suite

        return lambda: run_batch_suite(write=write, n_docs=1_000 if quick else args.docs)
    raise ValueError(name)


def run_all(args: argparse.Namespace) -> int:
    """Every suite in turn, each timed; a suite that fails is reported and the rest go on."""
    from benchmarks.data import set_quick

    set_quick(args.quick)
    times: dict[str, str] = {}
    start = time.perf_counter()
    for name in SUITES:
        print(f"\n===== {name}{' (quick)' if args.quick else ''} =====\n", flush=True)
        began = time.perf_counter()
        try:
            _suite(name, args, args.quick)()
            times[name] = f"{time.perf_counter() - began:.0f} s"
        except (Exception, SystemExit) as exc:
            times[name] = f"FAILED: {exc}"
    print("\n| suite | wall time |\n|---|---|")
    for name, took in times.items():
        print(f"| {name} | {took} |")
    print(f"\nall suites: {time.perf_counter() - start:.0f} s")
    return 1 if any(t.startswith("FAILED") for t in times.values()) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("suite", choices=COMMANDS)
    parser.add_argument(
        "--no-write", action="store_true", help="print results without updating RESULTS.md"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timing repetitions (best is kept)")
    parser.add_argument("--docs", type=int, default=100_000, help="batch suite: corpus size")
    parser.add_argument("--inputs", type=int, default=1_000_000, help="fuzz suite: inputs")
    parser.add_argument("--workers", type=int, default=2, help="fuzz suite: processes")
    parser.add_argument(
        "--resume", action="store_true", help="fuzz suite: skip chunks already checked"
    )
    parser.add_argument(
        "--quick", action="store_true", help="a small fixed sample; nothing is written"
    )
    parser.add_argument(
        "--data",
        type=Path,
        help="the benchmark data folder (default $TEXTREPAIR_DATA or the user cache)",
    )
    parser.add_argument(
        "--mirror", help="data: a folder or base URL laid out like the project's shared folder"
    )
    parser.add_argument("--only", nargs="+", help="data: these data sets only")
    args = parser.parse_args(argv)
    if args.data is not None:
        os.environ["TEXTREPAIR_DATA"] = str(args.data.resolve())
    if args.suite == "data":
        from benchmarks.fetch import run as run_fetch

        return run_fetch(args.data, args.mirror, args.only)
    if args.suite == "figures":
        from benchmarks.figures import draw_all

        for path in draw_all():
            print(f"wrote {path}")
        return 0
    if args.suite == "all":
        return run_all(args)
    if args.quick:
        from benchmarks.data import set_quick

        set_quick(True)
    _suite(args.suite, args, args.quick)()
    return 0


if __name__ == "__main__":
    sys.exit(main())
