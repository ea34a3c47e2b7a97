"""Repair one record: the repaired record plus counters, or a reject with its reason."""

from __future__ import annotations

import ctypes
import signal
import threading
from collections import Counter
from collections.abc import Iterator
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


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_Timeout` in this thread after ``seconds``, in any thread.

    In the main thread on Unix a timer signal (SIGALRM) does it. Elsewhere (a
    Dask worker runs tasks in threads, where no signal reaches) a watchdog timer
    raises the exception in this thread with CPython's
    ``PyThreadState_SetAsyncExc``. Both take effect between two bytecodes, so a
    single call into C (one regular-expression match) finishes first; every
    stage is linear in its input, so that is bounded too.
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

    def _raise(signum: int, frame: object) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_time_limit(seconds: float) -> Iterator[None]:
    """:func:`_time_limit` for any thread: a watchdog raises :class:`_Timeout` in it."""
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_Timeout))
                state["fired"] = True

    watchdog = threading.Timer(seconds, fire)
    watchdog.daemon = True
    watchdog.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            watchdog.cancel()
            if state["fired"]:  # fired as the work ended: take back an undelivered exception
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


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
