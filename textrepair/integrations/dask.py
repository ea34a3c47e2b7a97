"""Repair corpora on a Dask cluster (optional extra: ``pip install 'textrepair[dask]'``).

* :func:`repair_bag` repairs a bag of records (dicts with a text field);
* :func:`repair_dataframe` repairs a text column of a Dask dataframe;
* :func:`dask_map` is the mapper ``textrepair clean --engine dask`` uses.

textrepair's lexicons and model are cached per process, so each Dask worker
process loads them once, on its first task. The per-document time limit relies
on signals and is not applied on Dask workers (their tasks run in threads).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from textrepair.batch.process import process_record
from textrepair.config import RepairConfig, resolve_config

__all__ = ["dask_map", "repair_bag", "repair_dataframe", "repair_records"]

T = TypeVar("T")
R = TypeVar("R")


def repair_records(
    records: Iterable[dict[str, Any]],
    config: RepairConfig | str | None = None,
    text_key: str = "text",
    explain: bool = False,
) -> list[dict[str, Any]]:
    """Repair each record's text; a record that cannot be processed is kept, with the reason.

    >>> repair_records([{"id": 1, "text": "donâ€™t"}, {"id": 2}])[1]["textrepair"]
    {'rejected': "missing text field 'text'"}
    """
    cfg = resolve_config(config)
    out: list[dict[str, Any]] = []
    for record in records:
        result = process_record(record, cfg, text_key=text_key, explain=explain)
        if result.record is not None:
            out.append(result.record)
        else:
            out.append({**record, "textrepair": {"rejected": result.reject}})
    return out


def repair_bag(
    bag: Any,
    config: RepairConfig | str | None = None,
    text_key: str = "text",
    explain: bool = False,
) -> Any:
    """Return a Dask bag with every record repaired (see :func:`repair_records`)."""
    cfg = resolve_config(config)
    return bag.map_partitions(repair_records, cfg, text_key, explain)


def _repair_frame(frame: Any, column: str, config: RepairConfig) -> Any:
    import textrepair

    frame = frame.copy()
    results = [
        textrepair.repair_and_explain(t, config) if isinstance(t, str) else None
        for t in frame[column]
    ]
    frame[column] = [
        r.text if r is not None else t for r, t in zip(results, frame[column], strict=True)
    ]
    frame["textrepair_edits"] = [len(r.edits) if r is not None else -1 for r in results]
    return frame


def repair_dataframe(
    frame: Any, column: str = "text", config: RepairConfig | str | None = None
) -> Any:
    """Return ``frame`` with ``column`` repaired and a ``textrepair_edits`` count column.

    Rows whose value is not a string are left as they are, with ``-1`` edits.
    """
    cfg = resolve_config(config)
    meta = frame._meta.assign(textrepair_edits=frame._meta.index.to_series().astype("int64"))
    return frame.map_partitions(_repair_frame, column, cfg, meta=meta)


@contextmanager
def dask_map(
    workers: int, address: str | None
) -> Iterator[Callable[[Callable[[T], R], Iterable[T]], Iterator[R]]]:
    """Yield an ordered ``map(func, items)`` that runs on a Dask cluster.

    With no ``address`` a LocalCluster of ``workers`` single-threaded worker
    processes is started (and closed afterwards). At most a few tasks per
    worker are in flight, so memory stays bounded on long inputs.
    """
    from distributed import Client, LocalCluster

    cluster = None
    if address is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(address)
    window = 4 * max(workers, len(client.scheduler_info().get("workers", {})) or 1)

    def ordered_map(func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        pending: deque[Any] = deque()
        for item in items:
            pending.append(client.submit(func, item, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    try:
        yield ordered_map
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
