"""Build ``textrepair/spacing/hyphen_compounds.txt`` from the shipped WordNet 3.0 lexicon.

The detokenizer reads a spaced hyphen next to a function word as a dash
(``it - and``), not a compound joint. WordNet lists the two-part compounds
where that reading is wrong (``do-gooder``, ``add-on``, ``on-line``,
``break-in``); this script writes them, one per line, lower-cased and sorted,
from ``textrepair/spin/wordnet.json.gz`` (itself built by
``scripts/build_wordnet.py``; licence in ``textrepair/spin/WORDNET_LICENSE``).
Run from the repository root::

    python scripts/build_hyphen_compounds.py
    python scripts/build_hyphen_compounds.py --out other.txt

The output is deterministic, so rebuilding gives the same bytes; a test checks that.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from textrepair.spacing.token_shapes import FUNCTION_WORDS

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "textrepair" / "spin" / "wordnet.json.gz"
OUT_FILE = ROOT / "textrepair" / "spacing" / "hyphen_compounds.txt"
HEADER = (
    "# Two-part hyphenated WordNet 3.0 lemmas with a function word for one part.\n"
    "# Built by scripts/build_hyphen_compounds.py.\n"
    "# WordNet licence: textrepair/spin/WORDNET_LICENSE\n"
)


def compounds(lemmas: list[str]) -> list[str]:
    """Two-part hyphenated lemmas, lower-cased, where one part is a function word.

    >>> compounds(["do-gooder", "Add-on", "well-known", "one-on-one", "add-on"])
    ['add-on', 'do-gooder']
    """
    found = set()
    for lemma in lemmas:
        parts = lemma.lower().split("-")
        two_words = len(parts) == 2 and all(p.isalpha() for p in parts)
        if two_words and (parts[0] in FUNCTION_WORDS or parts[1] in FUNCTION_WORDS):
            found.add("-".join(parts))
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    """Write the compound list (``--out``, default the shipped file); return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    args = parser.parse_args(argv)
    with gzip.open(SOURCE, "rt", encoding="utf-8") as f:
        lemmas: list[str] = json.load(f)["lemmas"]
    args.out.write_text(HEADER + "".join(c + "\n" for c in compounds(lemmas)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
