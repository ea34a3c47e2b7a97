"""Write records as JSONL (optionally gzipped), Parquet or plain text; never half a file.

Each writer writes to ``NAME.tmp`` beside the target and renames it when it is
complete, so an interrupted run leaves either a whole output or none.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path
from typing import IO, Any

__all__ = ["RecordWriter", "output_format"]


def output_format(path: str) -> str:
    """``jsonl``, ``parquet`` or ``txt`` from an output file name."""
    name = path.lower()
    if name.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith(".txt"):
        return "txt"
    raise ValueError(f"{path}: unsupported output; use .jsonl, .jsonl.gz, .parquet or .txt")


def _json_default(value: object) -> str:
    return value.hex() if isinstance(value, bytes) else str(value)


class RecordWriter:
    """Write records to ``path`` (``None``: standard output) in ``fmt``."""

    def __init__(self, path: Path | None, fmt: str, text_key: str) -> None:
        self.path = path
        self.fmt = fmt
        self.text_key = text_key
        self.count = 0
        self._rows: list[dict[str, Any]] = []
        self._tmp = path.with_name(path.name + ".tmp") if path is not None else None
        self._stream: IO[str] | None = None
        if fmt != "parquet":
            if self._tmp is None:
                self._stream = sys.stdout
            elif str(path).lower().endswith(".gz"):
                self._stream = gzip.open(self._tmp, "wt", encoding="utf-8")  # noqa: SIM115
            else:
                self._stream = open(self._tmp, "w", encoding="utf-8")  # noqa: SIM115

    def write(self, record: dict[str, Any]) -> None:
        """Add one record (Parquet rows are kept until :meth:`close`)."""
        self.count += 1
        if self.fmt == "parquet":
            self._rows.append(record)
        elif self.fmt == "txt":
            assert self._stream is not None
            self._stream.write(str(record.get(self.text_key, "")))
        else:
            assert self._stream is not None
            line = json.dumps(record, ensure_ascii=False, default=_json_default)
            self._stream.write(line + "\n")

    def close(self) -> None:
        """Finish the file and move it into place."""
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            assert self._tmp is not None
            pq.write_table(pa.Table.from_pylist(self._rows), self._tmp)
            self._rows = []
        elif self._stream is not None:
            if self._stream is sys.stdout:
                self._stream.flush()
            else:
                self._stream.close()
        if self._tmp is not None and self.path is not None:
            os.replace(self._tmp, self.path)

    def abort(self) -> None:
        """Drop the unfinished temporary file."""
        if self._stream is not None and self._stream is not sys.stdout:
            self._stream.close()
        if self._tmp is not None and self._tmp.exists():
            self._tmp.unlink()
