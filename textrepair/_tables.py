"""Learned tables the stages ship: one ``key<TAB>number`` per line, ``#`` lines are comments."""

from __future__ import annotations

import gzip
from importlib import resources

__all__ = ["parse_table", "read_table"]


def parse_table(text: str) -> dict[str, float]:
    """Read a table; blank lines and ``#`` lines are skipped.

    >>> parse_table("# learned\\nlogin\\t2.31\\nkick the bucket\\t6\\n")
    {'login': 2.31, 'kick the bucket': 6.0}
    """
    table: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("\t")
            table[key] = float(value)
    return table


def read_table(package: str, filename: str) -> dict[str, float]:
    """Read the table ``filename`` shipped in ``package`` (gzip-compressed if it ends in .gz)."""
    raw = resources.files(package).joinpath(filename).read_bytes()
    if filename.endswith(".gz"):
        raw = gzip.decompress(raw)
    return parse_table(raw.decode("utf-8"))
