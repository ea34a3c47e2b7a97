"""Build ``textrepair/spin/tortured_phrases.tsv`` from the Problematic Paper Screener's list.

The source is ``../shared/data/spin/pps_tortured_phrases.csv`` (MIT, © 2025 Hoang Ha;
the phrases come from the Problematic Paper Screener by Cabanac, Labbé and
Magazinov). Run from the repository root::

    python scripts/build_tortured.py [--source CSV]

Cleaning: search-query rows (``"a" AND "b"``, ``NOT``, ``~N``) keep their first
quoted phrase, which is the tortured one; phrases are lower-cased, must have two
words or more of letters, digits and hyphens, and are de-duplicated (the highest
paper count wins). Expected phrases lose parenthesised acronyms ("(PCA)"). The
output is sorted, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "spin" / "pps_tortured_phrases.csv"
OUT = ROOT / "textrepair" / "spin" / "tortured_phrases.tsv"
LICENSE = ROOT / "textrepair" / "spin" / "TORTURED_PHRASES_LICENSE"
_QUOTED = re.compile(r'"([^"]+)"')
_PHRASE = re.compile(r"[a-z0-9][a-z0-9-]*(?: [a-z0-9][a-z0-9-]*)+")


def clean(rows: list[dict[str, str]]) -> dict[str, tuple[str, int]]:
    """Map each usable tortured phrase to (expected phrase, number of papers)."""
    out: dict[str, tuple[str, int]] = {}
    for row in rows:
        quoted = _QUOTED.findall(row["tortured_phrase"])
        phrase = " ".join((quoted[0] if quoted else row["tortured_phrase"]).lower().split())
        expected = " ".join(re.sub(r"\([^)]*\)", "", row["expected_phrase"]).split())
        papers = int(row["num_papers"].replace(",", "") or 0)
        if not _PHRASE.fullmatch(phrase) or not expected or phrase == expected.lower():
            continue
        if phrase not in out or out[phrase][1] < papers:
            out[phrase] = (expected, papers)
    return out


def build_table(source: Path) -> str:
    """The contents of ``tortured_phrases.tsv`` built from the screener's CSV."""
    with source.open(encoding="utf-8", newline="") as f:
        phrases = clean(list(csv.DictReader(f)))
    lines = ["# tortured phrase\texpected phrase\tpapers (Problematic Paper Screener, MIT)"]
    lines += [f"{p}\t{e}\t{n}" for p, (e, n) in sorted(phrases.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Build the phrase table and its licence notice."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    table = build_table(args.source)
    OUT.write_text(table, encoding="utf-8")
    licence = args.source.with_name("LICENSE-tortured-phrase.txt").read_text(encoding="utf-8")
    LICENSE.write_text(
        "The tortured phrases in tortured_phrases.tsv come from the Problematic Paper Screener\n"
        "(Guillaume Cabanac, Cyril Labbé, Alexander Magazinov), as collected by Hoang Ha:\n\n"
        + licence,
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({table.count(chr(10)) - 1:,} phrases)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
