"""The per-document time limit in the main thread (a timer signal) and in any other thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from textrepair.batch.process import _thread_time_limit, _time_limit, _Timeout


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def _run(work: Callable[[], None], in_thread: bool, join: float) -> None:
    """Run ``work`` here or in a thread of its own, which must end within ``join`` seconds."""
    if in_thread:
        thread = threading.Thread(target=work)
        thread.start()
        thread.join(join)
        assert not thread.is_alive()
    else:
        work()


@pytest.mark.parametrize("in_thread", [False, True])
def test_long_work_is_stopped(in_thread: bool) -> None:
    outcome: list[str] = []

    def work() -> None:
        try:
            with _time_limit(0.2):
                _spin(30)
            outcome.append("finished")
        except _Timeout:
            outcome.append("stopped")

    _run(work, in_thread, join=20)
    assert outcome == ["stopped"]


def test_short_work_in_a_thread_is_never_interrupted_later() -> None:
    """Work that ends before the limit: no exception arrives afterwards either."""
    outcome: list[str] = []

    def work() -> None:
        try:
            for _ in range(50):
                with _thread_time_limit(0.05):
                    pass
            _spin(0.3)  # past every watchdog's time
            outcome.append("clean")
        except _Timeout:
            outcome.append("late exception")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(20)
    assert outcome == ["clean"]


@pytest.mark.parametrize("in_thread", [False, True])
def test_a_dropped_timeout_is_raised_again(in_thread: bool) -> None:
    """CPython drops an exception raised inside a gc callback (Dask installs one): it comes back."""
    outcome: list[str] = []

    def work() -> None:
        dropped = 0
        try:
            with _time_limit(0.1):
                end = time.monotonic() + 30
                while time.monotonic() < end:
                    try:
                        _spin(30)
                    except _Timeout:  # as a gc callback would: printed and dropped
                        dropped += 1
                        if dropped == 1:
                            continue
                        raise
            outcome.append("finished")
        except _Timeout:
            outcome.append(f"stopped after {dropped} dropped")

    _run(work, in_thread, join=40)
    assert outcome == ["stopped after 2 dropped"]
