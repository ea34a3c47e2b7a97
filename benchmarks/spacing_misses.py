"""List each lost space the spacing stage misses, and each false split, every source left out.

    python -m benchmarks.spacing_misses misses.jsonl

The headline of ``python -m benchmarks spacing`` counts them; this writes them out, one
JSON object per place: the ``source`` left out, the page ``id``, ``what`` ("missed" or
"false split"), the lost space's boundary ``kind`` and the glued text around the place
(``context``, with ``|`` at it). The texts are repaired exactly as the headline's are
(:func:`benchmarks.spacing_real.left_out_outputs`: both spacing models trained without
the source), so the misses add up to its count. A run takes a minute or two; reading the
places is how the rules of :mod:`textrepair.spacing` were found and checked.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from benchmarks.data import PAGE_SOURCES, html_pages
from benchmarks.spacing_real import left_out_outputs, misses_and_false_splits
from benchmarks.train_glued import real_documents


def main(argv: list[str] | None = None) -> int:
    """Write the places to the file named on the command line and print their counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON Lines file to write")
    args = parser.parse_args(argv)
    pages = {source: html_pages(source) for source in PAGE_SOURCES}
    docs = {source: real_documents(source, pages[source]) for source in PAGE_SOURCES}
    counts: Counter[tuple[str, str]] = Counter()
    with args.out.open("w", encoding="utf-8") as out:
        for source, (_, outputs) in left_out_outputs(pages, docs).items():
            for doc, output in zip(docs[source], outputs, strict=True):
                for record in misses_and_false_splits(doc, output):
                    counts[source, record["what"]] += 1
                    row = {"source": source, "id": doc.id, **record}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    for (source, what), n in sorted(counts.items()):
        print(f"{source}\t{what}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
