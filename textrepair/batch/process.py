"""Repair one record: the repaired record plus counters, or a reject with its reason."""

from __future__ import annotations

import ctypes
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import textrepair
from textrepair.config import RepairConfig
from textrepair.pipeline import RepairResult
from textrepair.review.view import spin_spans_on_input

__all__ = ["Outcome", "process_record", "repair_report"]


@dataclass
class Outcome:
    """The result for one record: ``record`` to write, or ``reject`` reason; plus counters."""

    record: dict[str, Any] | None
    reject: str | None
    counters: Counter[str]


class _Timeout(Exception):
    pass


#: After the limit, the timeout is raised again at this interval until the work
#: stops: an exception raised inside a garbage-collector callback (Dask installs
#: one) is printed and dropped by CPython, so one delivery is not enough.
_REPEAT_SECONDS = 0.05
#: ... at most this many times, so a limit never outlives its work.
_REPEATS = 40


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_Timeout` in this thread after ``seconds``, in any thread.

    In the main thread on Unix a timer signal (SIGALRM) does it. Elsewhere (a
    Dask worker runs tasks in threads, where no signal reaches) a watchdog
    raises the exception in this thread with CPython's
    ``PyThreadState_SetAsyncExc``. Both take effect between two bytecodes, so a
    single call into C (one regular-expression match) finishes first; every
    stage is linear in its input, so that is bounded too. Both repeat every
    :data:`_REPEAT_SECONDS` until the work has stopped, so an exception that
    CPython drops (raised inside a garbage-collector callback) is raised again.

    >>> with _time_limit(0.01):
    ...     while True:
    ...         pass
    Traceback (most recent call last):
    textrepair.batch.process._Timeout: over the time limit
    """
    if seconds is None or seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        with _thread_time_limit(seconds):
            yield
        return

    raised = [0]

    def _raise(signum: int, frame: object) -> None:
        raised[0] += 1
        if raised[0] > _REPEATS:
            signal.setitimer(signal.ITIMER_REAL, 0)
        raise _Timeout("over the time limit")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, float(seconds), _REPEAT_SECONDS)
    try:
        yield
    finally:
        _stop_safely(lambda: signal.setitimer(signal.ITIMER_REAL, 0))
        signal.signal(signal.SIGALRM, previous)


def _stop_safely(stop: Callable[[], object]) -> None:
    """Run ``stop`` even if a repeated timeout lands while it starts."""
    while True:
        try:
            stop()
            return
        except _Timeout:
            continue


@contextmanager
def _thread_time_limit(seconds: float) -> Iterator[None]:
    """:func:`_time_limit` for any thread: a watchdog raises :class:`_Timeout` in it."""
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    done = threading.Event()

    def watch() -> None:
        wait = seconds
        for _ in range(1 + _REPEATS):
            if done.wait(wait):
                return
            with lock:
                if not done.is_set():
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_Timeout))
            wait = _REPEAT_SECONDS

    def stop() -> None:
        with lock:
            done.set()  # no delivery after this; take back one not yet raised
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)

    watchdog = threading.Thread(target=watch, daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        _stop_safely(stop)


def repair_report(result: RepairResult, explain: bool = False) -> dict[str, Any]:
    """The compact ``textrepair`` report stored with a repaired record or document.

    Edits are counted for every stage that ran, zeros included, so the report
    has the same shape for every record (a stable Parquet schema).

    >>> import textrepair
    >>> repair_report(textrepair.repair_and_explain("donâ€™t"))["edits"]
    {'encoding': 1, 'spacing': 0}
    """
    report: dict[str, Any] = {
        "version": textrepair.__version__,
        "edits": result.counts(),
        "chars_removed": sum(len(e.before) for e in result.edits),
        "chars_added": sum(len(e.after) for e in result.edits),
    }
    if result.language is not None:
        report["language"] = {
            "code": result.language.code,
            "confidence": result.language.confidence,
        }
    if result.spin is not None:  # the spin stage ran: its verdict, to filter a corpus on
        report["spin"] = {
            "score": result.spin.score,
            "spun": result.spin.spun,
            "threshold": result.spin.threshold,
            "spans": len(result.spin.spans),
            "language": result.spin.language,
        }
    for stage in result.stages:  # the chrome stage ran: what it removed, and its note
        if stage.name == "chrome":
            removed = sum(len(e.before) - len(e.after) for e in stage.edits)
            report["chrome"] = {"note": stage.note, "chars_removed": removed}
    if explain:
        report["explain"] = [e.to_dict() for e in result.edits]
        if result.spin is not None:  # the spun spans, on the input like the edits
            report["explain_spin"] = [s.to_dict() for s in spin_spans_on_input(result)]
    return report


def process_record(
    data: dict[str, Any],
    config: RepairConfig,
    *,
    text_key: str = "text",
    group_key: str | None = None,
    explain: bool = False,
    max_chars: int | None = None,
    time_limit: float | None = None,
) -> Outcome:
    """Repair ``data[text_key]``; all other fields are carried through unchanged.

    >>> out = process_record({"id": 7, "text": "donâ€™t"}, RepairConfig())
    >>> out.record["text"], out.record["id"], out.record["textrepair"]["edits"]
    ('don’t', 7, {'encoding': 1, 'spacing': 0})
    >>> process_record({"id": 8, "body": "x"}, RepairConfig()).reject
    "missing text field 'text'"
    """
    counters: Counter[str] = Counter()
    if text_key not in data:
        return Outcome(None, f"missing text field {text_key!r}", counters)
    text = data[text_key]
    if not isinstance(text, str):
        return Outcome(
            None, f"text field {text_key!r} is {type(text).__name__}, not a string", counters
        )
    if max_chars is not None and len(text) > max_chars:
        return Outcome(
            None,
            f"document of {len(text):,} characters is over --max-chars {max_chars:,}",
            counters,
        )
    if group_key is not None:  # corpus mode: the record's site picks its learned lines
        config = config.replace(chrome_group=str(data.get(group_key, "")))
    try:
        with _time_limit(time_limit):
            result = textrepair.repair_and_explain(text, config)
    except _Timeout:
        return Outcome(None, f"over the per-document time limit of {time_limit} s", counters)
    report = repair_report(result, explain)
    counters["documents"] += 1
    counters["documents_changed"] += bool(result.edits)
    counters["chars_in"] += len(text)
    counters["chars_out"] += len(result.text)
    counters["bytes_in"] += len(text.encode("utf-8", "surrogatepass"))
    counters["bytes_out"] += len(result.text.encode("utf-8", "surrogatepass"))
    for stage, n in report["edits"].items():
        counters[f"edits_{stage}"] += n
    if result.language is not None:  # documents and edits per language
        counters[f"language_{result.language.code}_documents"] += 1
        counters[f"language_{result.language.code}_edits"] += len(result.edits)
    if result.spin is not None:
        counters["documents_spun"] += result.spin.spun
    if "chrome" in report:
        counters["documents_chrome_noted"] += bool(report["chrome"]["note"])
    out = dict(data)
    out[text_key] = result.text
    out["textrepair"] = report
    return Outcome(out, None, counters)
