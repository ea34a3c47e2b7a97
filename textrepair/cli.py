"""The ``textrepair`` command.

``textrepair clean [FILE ...] [-o OUT]`` repairs files (or standard input) and
writes the result; ``textrepair explain FILE`` lists every edit with its reason.

Exit codes: 0 success; 1 an input could not be read or decoded (nothing is
written for it); 2 the command line is wrong.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import textrepair
from textrepair.config import PRESETS, RepairConfig, resolve_config

__all__ = ["main"]

log = logging.getLogger("textrepair")

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2


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
    try:
        return int(raw)
    except ValueError:
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


def _clean(args: argparse.Namespace) -> int:
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


def _explain(args: argparse.Namespace) -> int:
    config = _config(args)
    try:
        text = _read(args.file, args.input_errors)
    except InputError as exc:
        log.error("%s", exc)
        return EXIT_INPUT_ERROR
    result = textrepair.repair_and_explain(text, config)
    out = sys.stdout
    if args.json:
        for edit in result.edits:
            out.write(json.dumps(edit.to_dict(), ensure_ascii=False) + "\n")
        return EXIT_OK
    counts = ", ".join(f"{n} {stage}" for stage, n in result.counts().items()) or "no stages"
    out.write(f"{args.file}: {len(result.edits)} edit(s) ({counts})\n")
    for edit in result.edits:
        line, col = _line_col(text, edit.start)
        out.write(
            f"  line {line}, col {col}  [{edit.stage}]  {edit.before!r} -> {edit.after!r}"
            f"  (confidence {edit.confidence:.2f})\n      {edit.reason}\n"
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
    clean = sub.add_parser("clean", parents=[common], help="repair files or standard input")
    clean.add_argument("files", nargs="*", metavar="FILE", help="input files; none or - for stdin")
    clean.add_argument(
        "-o", "--output", metavar="OUT", help="output file, or DIR/ for one per input"
    )
    explain = sub.add_parser("explain", parents=[common], help="list every edit with its reason")
    explain.add_argument("file", metavar="FILE", help="input file, or - for stdin")
    explain.add_argument("--json", action="store_true", help="one JSON object per edit")
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
    try:
        if args.command == "clean":
            return _clean(args)
        return _explain(args)
    except (argparse.ArgumentTypeError, TypeError, ValueError) as exc:
        parser.error(str(exc))
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
