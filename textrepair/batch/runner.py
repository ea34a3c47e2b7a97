"""Run a batch: inputs → shards → worker processes → outputs, rejects and counters.

Shards are processed in input order; within a shard, records go to a pool of
worker processes in ordered chunks, so the output order is deterministic. With
an output directory each input shard gets its own output, written to a
temporary name and renamed when complete, plus a done-marker that carries the
shard's counters: ``--resume`` skips finished shards and redoes unfinished
ones, so nothing is lost or duplicated.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import textrepair
from textrepair.batch.process import process_record
from textrepair.batch.readers import InputError, Record, expand_inputs, input_format, read_records
from textrepair.batch.writers import RecordWriter, output_format
from textrepair.config import RepairConfig
from textrepair.review.report import BatchReport

__all__ = ["BatchOptions", "BatchSummary", "run_batch"]

STATE_DIR = ".textrepair"
DASK_CHUNK = 1024  # records per Dask task


@dataclass(frozen=True)
class BatchOptions:
    """Everything ``textrepair clean`` can be asked to do with a corpus."""

    inputs: list[str]
    output: str | None = None  # None or "-": standard output; "DIR/": one output per input
    config: RepairConfig = field(default_factory=RepairConfig)
    text_key: str = "text"
    id_key: str = "id"
    group_key: str | None = None  # corpus mode: the field naming each record's site
    workers: int = 1
    explain: bool = False
    stats_path: str | None = None
    rejects_path: str | None = None
    resume: bool = False
    max_chars: int | None = 10_000_000
    time_limit: float | None = 60.0
    progress: bool = False
    chunk_size: int = 32
    engine: str = "local"  # "local" (process pool) or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a LocalCluster
    report_path: str | None = None  # an HTML review page of the run (textrepair.review)
    report_top: int = 20  # documents listed and reviewed there, by edits and by spin score


@dataclass
class BatchSummary:
    """Merged counters of a run; ``records_in == records_out + rejected`` always."""

    counters: Counter[str] = field(default_factory=Counter)
    input_errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The counters as JSON-ready data (what ``--stats FILE`` writes)."""
        return {
            "textrepair_version": textrepair.__version__,
            **dict(sorted(self.counters.items())),
            "input_errors": self.input_errors,
        }


@dataclass
class _Target:
    """Where one unit of resumable work goes: an output, its rejects and a done-marker."""

    sources: list[str]
    output: Path | None  # None: standard output
    fmt: str
    rejects: Path
    done: Path | None  # None: not resumable (standard output)


# ---------------------------------------------------------------- worker side


_WORKER: dict[str, Any] = {}
Chunk = list[tuple[str, int, dict[str, Any]]]


def _init_worker(options: BatchOptions) -> None:
    """Load every lexicon and model once per worker process."""
    _WORKER["options"] = options
    textrepair.repair("Warm up: donâ€™t hisdigital it ’s .", options.config)


def _process_chunk_with(options: BatchOptions, chunk: Chunk) -> list[tuple[Any, ...]]:
    """Like :func:`_process_chunk`, for engines that ship the options with each task."""
    if _WORKER.get("options") != options:
        _init_worker(options)
    return _process_chunk(chunk)


def _process_chunk(chunk: list[tuple[str, int, dict[str, Any]]]) -> list[tuple[Any, ...]]:
    options: BatchOptions = _WORKER["options"]
    out: list[tuple[Any, ...]] = []
    for source, line, data in chunk:
        result = process_record(
            data,
            options.config,
            text_key=options.text_key,
            group_key=options.group_key,
            explain=options.explain or options.report_path is not None,
            max_chars=options.max_chars,
            time_limit=options.time_limit,
        )
        out.append((source, line, data, result.record, result.reject, result.counters))
    return out


# ---------------------------------------------------------------- planning


def _plan(options: BatchOptions, sources: list[str]) -> list[_Target]:
    """One target per input with ``-o DIR/``; otherwise one target for everything."""
    out = options.output
    if out is not None and out != "-" and (out.endswith(("/", os.sep)) or Path(out).is_dir()):
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / STATE_DIR).mkdir(exist_ok=True)
        targets: list[_Target] = []
        seen: set[str] = set()
        for source in sources:
            name = "stdin.jsonl" if source == "-" else Path(source).name
            if name in seen:
                raise ValueError(f"two inputs are named {name}: give them distinct names")
            seen.add(name)
            targets.append(
                _Target(
                    [source],
                    folder / name,
                    input_format(source),
                    folder / f"{name}.rejects.jsonl",
                    folder / STATE_DIR / f"{name}.done.json",
                )
            )
        return targets
    if out is None or out == "-":
        txt = all(s != "-" and input_format(s) == "txt" for s in sources)
        rejects = Path(options.rejects_path or "textrepair.rejects.jsonl")
        return [_Target(sources, None, "txt" if txt else "jsonl", rejects, None)]
    fmt = output_format(out)  # ValueError: a bad option, not an unreadable input
    rejects = Path(options.rejects_path or f"{out}.rejects.jsonl")
    return [_Target(sources, Path(out), fmt, rejects, Path(f"{out}.done.json"))]


def _check_not_overwriting(
    targets: list[_Target], sources: list[str], extra: list[str | None]
) -> None:
    inputs = {Path(s).resolve() for s in sources if s != "-"}
    paths = [p for t in targets for p in (t.output, t.rejects)] + [Path(e) for e in extra if e]
    for path in paths:
        if path is not None and path.resolve() in inputs:
            raise ValueError(f"refusing to overwrite the input {path}")


# ---------------------------------------------------------------- running


class _Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.perf_counter()
        self.last = 0.0

    def update(self, counters: Counter[str], final: bool = False) -> None:
        now = time.perf_counter()
        if not self.enabled or (not final and now - self.last < 0.5):
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        docs = counters["records_in"]
        mb = counters["bytes_in"] / 1e6
        sys.stderr.write(
            f"\rtextrepair: {docs:,} records  {docs / elapsed:,.0f} docs/s  "
            f"{mb / elapsed:.2f} MB/s  {counters['rejected']:,} rejected" + ("\n" if final else "")
        )
        sys.stderr.flush()


def _chunks(
    records: Iterator[Record], size: int, counters: Counter[str], rejects: list[dict[str, Any]]
) -> Iterator[Chunk]:
    """Group readable records into chunks; unreadable ones go straight to the rejects."""
    chunk: Chunk = []
    for record in records:
        if record.data is None and record.error is None:
            counters["blank_lines"] += 1
            continue
        counters["records_in"] += 1
        if record.error is not None:
            counters["rejected"] += 1
            rejects.append(
                {
                    "source": record.source,
                    "line": record.line,
                    "reason": record.error,
                    "raw": record.raw,
                    **({"raw_base64": record.raw_base64} if record.raw_base64 else {}),
                }
            )
            continue
        assert record.data is not None
        chunk.append((record.source, record.line, record.data))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


Mapper = Callable[[Callable[[Chunk], list[tuple[Any, ...]]], Iterator[Chunk]], Iterator[Any]]


def _run_target(
    options: BatchOptions,
    target: _Target,
    mapper: Mapper,
    summary: BatchSummary,
    progress: _Progress,
    review: BatchReport | None = None,
) -> None:
    finished = target.done is not None and target.done.exists()
    if options.resume and finished and (target.output is None or target.output.exists()):
        assert target.done is not None
        done = json.loads(target.done.read_text(encoding="utf-8"))
        summary.counters.update(done["counters"])
        summary.counters["targets_resumed"] += 1
        return
    counters: Counter[str] = Counter()
    rejects: list[dict[str, Any]] = []
    writer = RecordWriter(target.output, target.fmt, options.text_key)
    try:
        for source in target.sources:
            try:
                records = read_records(source, options.text_key, options.id_key)
                chunks = _chunks(records, options.chunk_size, counters, rejects)
                results = mapper(_process_chunk, chunks)
                for chunk_result in results:
                    for src, line, data, record, reject, record_counters in chunk_result:
                        counters.update(record_counters)
                        if record is not None:
                            if review is not None:
                                _review(options, review, src, line, data, record)
                            writer.write(record)
                            counters["records_out"] += 1
                        else:
                            counters["rejected"] += 1
                            rejects.append(
                                {"source": src, "line": line, "reason": reject, "record": data}
                            )
                    progress.update(summary.counters + counters)
            except InputError as exc:
                summary.input_errors.append(str(exc))
                sys.stderr.write(f"textrepair: {exc}\n")
    except BaseException:
        writer.abort()
        raise
    writer.close()
    if review is not None:
        review.add_rejects(rejects)
    if rejects:
        rejects.sort(key=lambda r: (target.sources.index(r["source"]), r["line"]))
        lines = (json.dumps(r, ensure_ascii=False, default=str) for r in rejects)
        _atomic_write(target.rejects, "".join(line + "\n" for line in lines))
    elif target.rejects.exists() and target.done is not None:
        target.rejects.unlink()  # left by an earlier, interrupted run of this target
    summary.counters.update(counters)
    if target.done is not None:
        _atomic_write(target.done, json.dumps({"sources": target.sources, "counters": counters}))


def _review(
    options: BatchOptions,
    review: BatchReport,
    source: str,
    line: int,
    data: dict[str, Any],
    record: dict[str, Any],
) -> None:
    """Show a repaired record in the run's report; its edits stay only if asked for."""
    name = data.get(options.id_key)
    title = f"{options.id_key} {name}" if name is not None else f"{source}:{line}"
    review.add(title, record[options.text_key], dict(record["textrepair"]))
    if not options.explain:  # asked for by the report only: not written
        record["textrepair"].pop("explain", None)
        record["textrepair"].pop("explain_spin", None)


def run_batch(options: BatchOptions) -> BatchSummary:
    """Clean a corpus as ``options`` say; return the merged counters.

    Raises :class:`~textrepair.batch.readers.InputError` when an input cannot be
    read at all, and :class:`ValueError` when the options cannot work: an output
    name with no format it can write, an output that is one of the inputs, two
    inputs of one name for one output directory (nothing is written then).
    """
    sources = expand_inputs(options.inputs)
    targets = _plan(options, sources)
    _check_not_overwriting(targets, sources, [options.stats_path, options.report_path])
    summary = BatchSummary()
    progress = _Progress(options.progress)
    review = BatchReport(options.report_top) if options.report_path else None
    workers = max(1, options.workers)
    if options.engine == "dask":
        # Each Dask task costs scheduler and network work: send bigger chunks.
        options = dataclasses.replace(options, chunk_size=max(options.chunk_size, DASK_CHUNK))
        from textrepair.integrations.dask import dask_map

        with dask_map(workers, options.scheduler) as ordered_map:

            def shipped(func: Any, chunks: Iterator[Chunk]) -> Iterator[Any]:
                return ordered_map(functools.partial(_process_chunk_with, options), chunks)

            for target in targets:
                _run_target(options, target, shipped, summary, progress, review)
    elif workers == 1:
        _init_worker(options)
        for target in targets:
            _run_target(options, target, map, summary, progress, review)
    else:
        context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        with context.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
            for target in targets:
                _run_target(options, target, pool.imap, summary, progress, review)
    progress.update(summary.counters, final=True)
    for key in ("records_in", "records_out", "rejected", "blank_lines"):
        summary.counters[key] += 0
    if options.stats_path:
        _atomic_write(Path(options.stats_path), json.dumps(summary.as_dict(), indent=1))
    if review is not None and options.report_path:
        _atomic_write(Path(options.report_path), review.html(summary.as_dict()))
    return summary
