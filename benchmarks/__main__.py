"""Run a benchmark suite: ``python -m benchmarks encoding``."""

from __future__ import annotations

import argparse
import sys

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("suite", choices=SUITES)
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
    args = parser.parse_args(argv)
    if args.suite == "encoding":
        from benchmarks.encoding import run

        run(write=not args.no_write, repeat=args.repeat)
    elif args.suite == "language":
        from benchmarks.language import run as run_language

        run_language(write=not args.no_write, repeat=args.repeat)
    elif args.suite == "spacing":
        from benchmarks.spacing import run as run_spacing

        run_spacing(write=not args.no_write, repeat=args.repeat)
    elif args.suite == "chrome":
        from benchmarks.chrome import run as run_chrome

        run_chrome(write=not args.no_write, repeat=args.repeat)
    elif args.suite == "spin":
        from benchmarks.spin import run as run_spin

        run_spin(write=not args.no_write, repeat=args.repeat)
    elif args.suite == "adversarial":
        from benchmarks.adversarial import run as run_adversarial

        run_adversarial(write=not args.no_write, repeat=args.repeat)
    elif args.suite == "fuzz":
        from benchmarks.fuzz import run as run_fuzz

        run_fuzz(
            write=not args.no_write, inputs=args.inputs, workers=args.workers, resume=args.resume
        )
    elif args.suite == "review":
        from benchmarks.review import run as run_review

        run_review(write=not args.no_write, repeat=args.repeat)
    elif args.suite == "batch":
        from benchmarks.batch import run as run_batch_suite

        run_batch_suite(write=not args.no_write, n_docs=args.docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
