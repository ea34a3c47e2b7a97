"""Learned tables the stages ship: one ``key<TAB>number`` per line, ``#`` lines are comments."""

from __future__ import annotations

import gzip
from importlib import resources

__all__ = ["format_table", "parse_table", "read_table"]


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


def format_table(header: list[str], table: dict[str, float]) -> str:
    """Write ``table`` sorted by key, under ``header`` (each line becomes a ``#`` comment).

    >>> format_table(["learned"], {"said": -1.34, "login": 2.3})
    '# learned\\nlogin\\t2.3\\nsaid\\t-1.34\\n'
    >>> parse_table(format_table(["learned"], {"x": 1.5})) == {"x": 1.5}
    True
    """
    lines = [f"# {line}" for line in header]
    lines += [f"{key}\t{value:g}" for key, value in sorted(table.items())]
    return "\n".join(lines) + "\n"


def read_table(package: str, filename: str) -> dict[str, float]:
    """Read the table ``filename`` shipped in ``package`` (gzip-compressed if it ends in .gz)."""
    raw = resources.files(package).joinpath(filename).read_bytes()
    if filename.endswith(".gz"):
        raw = gzip.decompress(raw)
    return parse_table(raw.decode("utf-8"))
