"""The ``textrepair`` command.

``textrepair clean [INPUT ...] [-o OUT]`` repairs text files, JSONL and Parquet
corpora (or standard input) and writes the result; ``textrepair explain FILE``
lists every edit with its reason.

Exit codes: 0 success (records that could not be processed are in the rejects
file and the summary); 1 an input could not be read at all; 2 the command
line is wrong; 130 interrupted (rerun with ``--resume``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import textrepair
from textrepair.config import PRESETS, RepairConfig, resolve_config
from textrepair.pipeline import RepairResult
from textrepair.spin import SpinReport

__all__ = ["main"]

log = logging.getLogger("textrepair")

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
_BATCH_FLAGS = (
    "workers",
    "explain",
    "stats",
    "rejects",
    "resume",
    "text_key",
    "id_key",
    "group_key",
    "scheduler",
    "report",
)


class InputError(Exception):
    """An input that cannot be read as text; the message says what to do."""


def _parse_value(raw: str) -> object:
    lowered = raw.lower()
    if lowered in {"true", "yes", "on"}:
        return True
    if lowered in {"false", "no", "off"}:
        return False
    if lowered in {"none", "null"}:
        return None
    for number in (int, float):
        try:
            return number(raw)
        except ValueError:
            pass
    return raw


def _config(args: argparse.Namespace) -> RepairConfig:
    options: dict[str, object] = {}
    for item in args.option or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise argparse.ArgumentTypeError(f"--option takes NAME=VALUE, got {item!r}")
        options[name.strip().replace("-", "_")] = _parse_value(value.strip())
    return resolve_config(args.preset, **options)


def _read(source: str, errors: str) -> str:
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not valid UTF-8 (byte 0x{data[exc.start]:02X} at offset {exc.start}); "
            "rerun with --input-errors=replace to decode it with U+FFFD, "
            "or convert the file to UTF-8 first"
        ) from None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _targets(sources: list[str], output: str | None) -> list[Path | None]:
    """Where each source's repaired text goes (``None``: standard output)."""
    if output is None or output == "-":
        return [None] * len(sources)
    out = Path(output)
    if output.endswith(("/", "\\")) or out.is_dir():
        out.mkdir(parents=True, exist_ok=True)
        targets: list[Path | None] = []
        for source in sources:
            name = "stdin.txt" if source == "-" else Path(source).name
            targets.append(out / name)
        return targets
    if len(sources) > 1:
        raise argparse.ArgumentTypeError(
            "several inputs need -o DIR/ (one output per input) or no -o (standard output)"
        )
    return [out]


def _wants_batch(args: argparse.Namespace) -> bool:
    """Plain text in and out keeps the simple path; corpora and batch options use the engine."""
    if args.stdin_format == "jsonl" or args.engine != "local":
        return True
    if any(getattr(args, f) for f in _BATCH_FLAGS):
        return True
    output: str = args.output or "-"
    is_dir = output.endswith(("/", "\\")) or Path(output).is_dir()
    if output != "-" and not is_dir and not output.lower().endswith(".txt"):
        return True  # .jsonl / .parquet output
    files: list[str] = args.files
    return any(f != "-" and not f.lower().endswith(".txt") for f in files)


def _clean_batch(args: argparse.Namespace) -> int:
    from textrepair.batch import BatchOptions, run_batch
    from textrepair.batch.readers import InputError as BatchInputError

    options = BatchOptions(
        inputs=args.files or ["-"],
        output=args.output,
        config=_config(args),
        text_key=args.text_key or "text",
        id_key=args.id_key or "id",
        group_key=args.group_key,
        workers=args.workers or os.cpu_count() or 1,
        explain=args.explain,
        stats_path=args.stats,
        rejects_path=args.rejects,
        resume=args.resume,
        max_chars=args.max_chars or None,
        time_limit=args.time_limit or None,
        progress=sys.stderr.isatty() if args.progress is None else args.progress,
        engine=args.engine,
        scheduler=args.scheduler,
        report_path=args.report,
    )
    try:
        summary = run_batch(options)
    except BatchInputError as exc:
        log.error("%s", exc)
        return EXIT_INPUT_ERROR
    except KeyboardInterrupt:
        log.error("interrupted: finished outputs are kept; rerun with --resume to continue")
        return EXIT_INTERRUPTED
    c = summary.counters
    log.warning(
        "%d records in = %d out + %d rejected%s; %d blank lines skipped",
        c["records_in"],
        c["records_out"],
        c["rejected"],
        " (see the .rejects.jsonl file)" if c["rejected"] else "",
        c["blank_lines"],
    )
    return EXIT_INPUT_ERROR if summary.input_errors else EXIT_OK


def _clean(args: argparse.Namespace) -> int:
    if _wants_batch(args):
        return _clean_batch(args)
    config = _config(args)
    sources = args.files or ["-"]
    targets = _targets(sources, args.output)
    for source, target in zip(sources, targets, strict=True):
        if target is not None and source != "-" and _same_file(Path(source), target):
            raise argparse.ArgumentTypeError(f"refusing to overwrite the input {source}")
    status = EXIT_OK
    for source, target in zip(sources, targets, strict=True):
        try:
            text = _read(source, args.input_errors)
        except InputError as exc:
            log.error("%s", exc)
            status = EXIT_INPUT_ERROR
            continue
        repaired = textrepair.repair(text, config)
        if target is None:
            sys.stdout.write(repaired)
            sys.stdout.flush()
        else:
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(repaired, encoding="utf-8", errors="surrogatepass")
            tmp.replace(target)
    return status


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _read_and_repair(
    args: argparse.Namespace, config: RepairConfig
) -> tuple[str, RepairResult] | None:
    """Read ``args.file`` and repair it, edits explained; ``None`` (logged) if unreadable."""
    try:
        text = _read(args.file, args.input_errors)
    except InputError as exc:
        log.error("%s", exc)
        return None
    return text, textrepair.repair_and_explain(text, config)


def _explain(args: argparse.Namespace) -> int:
    read = _read_and_repair(args, _config(args))
    if read is None:
        return EXIT_INPUT_ERROR
    text, result = read
    out = sys.stdout
    if args.output and not args.html:
        raise ValueError("-o/--output is for --html (the text listing goes to standard output)")
    if args.html:
        from textrepair.review import document_html

        title = "standard input" if args.file == "-" else Path(args.file).name
        page = document_html(result, title)
        if args.output:
            if args.file != "-" and _same_file(Path(args.file), Path(args.output)):
                raise ValueError(f"refusing to overwrite the input {args.file}")
            tmp = Path(args.output + ".tmp")
            tmp.write_text(page, encoding="utf-8")
            tmp.replace(args.output)
        else:
            out.write(page)
        return EXIT_OK
    if args.json:
        for edit in result.edits:
            out.write(json.dumps(edit.to_dict(), ensure_ascii=False) + "\n")
        return EXIT_OK
    counts = ", ".join(f"{n} {stage}" for stage, n in result.counts().items()) or "no stages ran"
    out.write(
        f"{args.file}: {len(result.edits)} edit(s) on the input, listed below "
        f"(each stage's edits on the text it was given: {counts}; an edit inside text a later "
        f"stage removed is folded into that removal)\n"
    )
    if result.language is not None:
        lang = result.language
        out.write(
            f"  language: {lang.code} (confidence {lang.confidence:.2f}, "
            f"{'reliable' if lang.reliable else 'unreliable'}, {lang.identifier})\n"
        )
        for name, otherwise in result.stages_not_covering().items():
            out.write(f"  [{name}] not for this language: {otherwise}\n")
    for stage in result.stages:
        if stage.note:
            out.write(f"  [{stage.name}] note: {stage.note}\n")
    for edit in result.edits:
        line, col = _line_col(text, edit.start)
        out.write(
            f"  line {line}, col {col}  [{edit.stage}]  {edit.before!r} -> {edit.after!r}"
            f"  (confidence {edit.confidence:.2f})\n      {edit.reason}\n"
        )
    return EXIT_OK


def _marked(text: str, report: SpinReport, color: bool) -> str:
    """``text`` with each spun span marked ``[[span → best suggestion]]`` (or highlighted)."""
    out: list[str] = []
    pos = 0
    for span in report.spans:
        guess = span.suggestions[0] if span.suggestions else "?"
        out.append(text[pos : span.start])
        if color:
            out.append(f"\x1b[1;31m{span.text}\x1b[0m\x1b[2m→{guess}\x1b[0m")
        else:
            out.append(f"[[{span.text} → {guess}]]")
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def _spin(args: argparse.Namespace) -> int:
    options = {"spin": True}
    if args.threshold is not None:
        options["spin_threshold"] = args.threshold
    read = _read_and_repair(args, _config(args).replace(**options))
    if read is None:
        return EXIT_INPUT_ERROR
    _, result = read
    report = result.spin
    assert report is not None  # the stage was switched on above
    out = sys.stdout
    if args.json:
        out.write(json.dumps(dataclasses.asdict(report), ensure_ascii=False) + "\n")
        return EXIT_OK
    if report.language is None:
        out.write(f"{args.file}: {report.note}\n")
        return EXIT_OK
    verdict = "SPUN" if report.spun else "not spun"
    out.write(
        f"{args.file}: spin score {report.score:.3f} "
        f"({verdict}; threshold {report.threshold:.3f}), "
        f"{len(report.spans)} suspicious span(s) in {report.words:,} words\n\n"
    )
    if report.spans:
        color = out.isatty() and not os.environ.get("NO_COLOR")
        out.write(_marked(result.text, report, color))
        if not result.text.endswith("\n"):
            out.write("\n")
    return EXIT_OK


def _learn_chrome(args: argparse.Namespace) -> int:
    from textrepair.batch.readers import InputError as BatchInputError
    from textrepair.batch.readers import expand_inputs, read_records
    from textrepair.chrome import learn_repeated_lines

    try:
        sources = expand_inputs(args.files)
    except BatchInputError as exc:
        log.error("%s", exc)
        return EXIT_INPUT_ERROR
    skipped = 0

    def docs() -> Iterator[tuple[str, str]]:
        nonlocal skipped
        for source in sources:
            for record in read_records(source, args.text_key):
                data = record.data
                text = data.get(args.text_key) if data else None
                if not isinstance(text, str):
                    skipped += 1
                    continue
                # Text files: the folder is the group.
                group = data.get(args.group_key) if data else None
                yield str(group if group is not None else Path(source).parent.name), text

    learned = learn_repeated_lines(
        docs(), min_docs=args.min_docs, min_share=args.min_share, specificity=args.specificity
    )
    learned.save(args.output)
    lines = sum(len(v) for v in learned.groups.values())
    log.warning(
        "learned %d repeated line(s) for %d of %d group(s) from %d document(s) -> %s%s",
        lines,
        len(learned.groups),
        len(learned.documents),
        sum(learned.documents.values()),
        args.output,
        f"; {skipped} record(s) without text skipped" if skipped else "",
    )
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textrepair",
        description="Repair corrupted article text and explain every change.",
        epilog="Exit codes: 0 success, 1 an input could not be read, 2 bad command line.",
    )
    parser.add_argument(
        "--version", action="version", version=f"textrepair {textrepair.__version__}"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--preset", choices=sorted(PRESETS), default=None, help="named configuration"
    )
    common.add_argument(
        "--option",
        action="append",
        metavar="NAME=VALUE",
        help="set a RepairConfig field, e.g. --option unescape_html=false (repeatable)",
    )
    common.add_argument(
        "--input-errors",
        choices=("strict", "replace"),
        default="strict",
        help="what to do with bytes that are not UTF-8 (default: stop with an error)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    clean = sub.add_parser(
        "clean",
        parents=[common],
        help="repair text files, JSONL or Parquet corpora, or standard input",
        epilog="Exit codes: 0 success (unprocessable records go to the rejects file), "
        "1 an input could not be read, 2 bad command line, 130 interrupted (use --resume).",
    )
    clean.add_argument(
        "files",
        nargs="*",
        metavar="INPUT",
        help="files (.txt, .jsonl, .jsonl.gz, .jsonl.zst, .parquet), directories or globs; "
        "none or - for standard input",
    )
    clean.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file (.txt, .jsonl, .jsonl.gz, .parquet), or DIR/ for one output per input",
    )
    batch = clean.add_argument_group("corpora")
    batch.add_argument("--text-key", help="field holding the text (JSONL, Parquet; default text)")
    batch.add_argument("--id-key", help="field holding the id (default id)")
    batch.add_argument(
        "--group-key",
        help="field naming each record's site, for corpus mode "
        "(with --option chrome_corpus=FILE from `textrepair learn-chrome`)",
    )
    batch.add_argument("--workers", type=int, help="worker processes (default: all cores)")
    batch.add_argument("--explain", action="store_true", help="add every edit to each record")
    batch.add_argument("--stats", metavar="FILE", help="write merged counters as JSON")
    batch.add_argument(
        "--report",
        metavar="FILE",
        help="write an HTML review page of the run: counts, charts, the documents with the "
        "most edits and highest spin scores, rejects",
    )
    batch.add_argument("--rejects", metavar="FILE", help="where unprocessable records go")
    batch.add_argument("--resume", action="store_true", help="skip outputs a previous run finished")
    batch.add_argument(
        "--max-chars",
        type=int,
        default=10_000_000,
        help="reject longer documents (default 10,000,000; 0: no limit)",
    )
    batch.add_argument(
        "--time-limit",
        type=float,
        default=60.0,
        help="seconds per document before it is rejected (default 60; 0: no limit)",
    )
    batch.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress on stderr (default: when stderr is a terminal)",
    )
    batch.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local worker processes, or a Dask cluster (pip install 'textrepair[dask]')",
    )
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address (default: start a LocalCluster of --workers processes)",
    )
    batch.add_argument(
        "--stdin-format",
        choices=("text", "jsonl"),
        default="text",
        help="what standard input holds (default: one text document)",
    )
    explain = sub.add_parser("explain", parents=[common], help="list every edit with its reason")
    explain.add_argument("file", metavar="FILE", help="input file, or - for stdin")
    explain.add_argument("--json", action="store_true", help="one JSON object per edit")
    explain.add_argument(
        "--html",
        action="store_true",
        help="write a self-contained HTML review page (with -o FILE, or to standard output)",
    )
    explain.add_argument("-o", "--output", metavar="FILE", help="where --html writes the page")
    spin = sub.add_parser(
        "spin",
        parents=[common],
        help="score a text for synonym spinning and mark the spun words",
        description="Score FILE for synonym spinning (after the other repairs) and print it "
        "with each suspicious span marked [[span → likely original]].",
    )
    spin.add_argument("file", metavar="FILE", help="input file, or - for stdin")
    spin.add_argument("--json", action="store_true", help="print the report as one JSON object")
    spin.add_argument(
        "--threshold", type=float, default=None, help="document score that counts as spun"
    )
    learn = sub.add_parser(
        "learn-chrome",
        help="learn each site's repeated lines from a corpus (corpus mode of the chrome stage)",
        description="Learn the lines each group (site) repeats on many of its documents, for "
        "`textrepair clean --option chrome=true --option chrome_corpus=FILE --group-key KEY`. "
        "A line common everywhere (common English) is never learned.",
    )
    learn.add_argument("files", nargs="+", metavar="INPUT", help="JSONL/Parquet/text files, dirs")
    learn.add_argument("-o", "--output", required=True, help="where to write the learned lines")
    learn.add_argument("--group-key", default="host", help="field naming the site (default host)")
    learn.add_argument("--text-key", default="text", help="field holding the text (default text)")
    learn.add_argument("--min-docs", type=int, default=3, help="documents a line must be on")
    learn.add_argument(
        "--min-share", type=float, default=0.05, help="share of the site's documents"
    )
    learn.add_argument(
        "--specificity", type=float, default=5.0, help="how much more often than on other sites"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="textrepair: %(message)s",
        stream=sys.stderr,
    )
    if not args.verbose:
        for noisy in ("distributed", "dask"):  # they log every worker start at INFO
            logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        if args.command == "clean":
            return _clean(args)
        if args.command == "spin":
            return _spin(args)
        if args.command == "learn-chrome":
            return _learn_chrome(args)
        return _explain(args)
    except (argparse.ArgumentTypeError, TypeError, ValueError) as exc:
        parser.error(str(exc))
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
