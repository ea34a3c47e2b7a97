"""Read records from inputs; every problem becomes a reject with its source and line."""

from __future__ import annotations

import base64
import glob
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

__all__ = ["SUPPORTED", "Record", "expand_inputs", "input_format", "read_records"]

SUPPORTED = (".txt", ".jsonl", ".jsonl.gz", ".jsonl.zst", ".parquet")


@dataclass
class Record:
    """One input record, or the reason it could not be read."""

    source: str
    line: int  # 1-based line (JSONL), row (Parquet), 1 for a text file
    data: dict[str, Any] | None = None
    error: str | None = None
    raw: str | None = field(default=None, repr=False)  # the unparsable line, as text
    raw_base64: str | None = field(default=None, repr=False)  # an undecodable line, byte-exact


class InputError(Exception):
    """An input that cannot be opened at all (missing, unreadable, unsupported)."""


def input_format(path: str) -> str:
    """``txt``, ``jsonl`` or ``parquet`` from the file name (``-`` is JSONL)."""
    name = path.lower()
    if path == "-" or name.endswith((".jsonl", ".jsonl.gz", ".jsonl.zst", ".json.gz")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith(".txt"):
        return "txt"
    raise InputError(f"{path}: unsupported input; use one of {', '.join(SUPPORTED)}")


def expand_inputs(specs: list[str]) -> list[str]:
    """Files as given; directories (recursively) and globs expanded, sorted, supported only."""
    out: list[str] = []
    for spec in specs:
        if spec == "-":
            out.append(spec)
        elif os.path.isdir(spec):
            found = sorted(
                str(p) for p in Path(spec).rglob("*") if p.is_file() and _supported(str(p))
            )
            if not found:
                raise InputError(f"{spec}: directory has no {', '.join(SUPPORTED)} files")
            out.extend(found)
        elif any(c in spec for c in "*?["):
            found = sorted(p for p in glob.glob(spec, recursive=True) if _supported(p))
            if not found:
                raise InputError(f"{spec}: pattern matches no supported file")
            out.extend(found)
        else:
            if not os.path.exists(spec):
                raise InputError(f"{spec}: no such file")
            input_format(spec)  # raises for unsupported names
            out.append(spec)
    return out


def _supported(path: str) -> bool:
    return path.lower().endswith(SUPPORTED)


def _open_binary(path: str) -> IO[bytes] | Any:
    if path == "-":
        return sys.stdin.buffer
    name = path.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".zst"):
        try:
            import zstandard
        except ImportError:
            raise InputError(
                f"{path}: reading .zst needs the zstandard package: pip install 'textrepair[zstd]'"
            ) from None
        reader = zstandard.ZstdDecompressor().stream_reader(open(path, "rb"))  # noqa: SIM115
        return io.BufferedReader(reader)  # line iteration needs a buffered reader
    return open(path, "rb")


def _jsonl(path: str) -> Iterator[Record]:
    try:
        stream = _open_binary(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    line_no = 0
    try:
        with stream:
            for line_no, raw in enumerate(stream, start=1):
                yield _parse_line(path, line_no, raw)
    except (EOFError, OSError, zlib.error) as exc:
        # A truncated or corrupt compressed file: what was read stays; the rest is named.
        yield Record(
            path, line_no + 1, error=f"compressed stream broken after line {line_no}: {exc}"
        )


def _parse_line(path: str, line_no: int, raw: bytes) -> Record:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Record(
            path,
            line_no,
            error=f"not valid UTF-8 (byte 0x{raw[exc.start]:02X} at column {exc.start + 1})",
            raw=raw.decode("utf-8", errors="replace"),
            raw_base64=base64.b64encode(raw).decode("ascii"),
        )
    if not line.strip():
        return Record(path, line_no)  # blank line: no record, counted, nothing to lose
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return Record(
            path, line_no, error=f"invalid JSON: {exc.msg} at column {exc.colno}", raw=line
        )
    if not isinstance(data, dict):
        return Record(path, line_no, error=f"a JSON {type(data).__name__}, not an object", raw=line)
    return Record(path, line_no, data=data)


def _parquet(path: str) -> Iterator[Record]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            f"{path}: reading Parquet needs pyarrow: pip install 'textrepair[parquet]'"
        ) from None
    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a bad file
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from None
    row = 0
    for batch in table.iter_batches(batch_size=1024):
        for data in batch.to_pylist():
            row += 1
            yield Record(path, row, data=data)


def _text_file(path: str, text_key: str, id_key: str) -> Iterator[Record]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Record(
            path,
            1,
            error=f"file is not valid UTF-8 (byte 0x{raw[exc.start]:02X} at offset {exc.start})",
        )
        return
    yield Record(path, 1, data={id_key: Path(path).name, text_key: text})


def read_records(path: str, text_key: str = "text", id_key: str = "id") -> Iterator[Record]:
    """Yield every record of ``path`` (blank JSONL lines as empty records, to be counted)."""
    fmt = input_format(path)
    if fmt == "jsonl":
        yield from _jsonl(path)
    elif fmt == "parquet":
        yield from _parquet(path)
    else:
        yield from _text_file(path, text_key, id_key)
