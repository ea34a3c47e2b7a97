"""Build ``textrepair/spacing/wordnet_words.txt.gz`` from the shipped WordNet 3.0 lexicon.

The glued-word rules split a run that no dictionary vouches for. symspellpy's
dictionary and wordfreq leave out rare English words that split into common ones
(``inclosed`` = in + closed, ``assorting`` = as + sorting, ``abases`` = a + bases,
``proofreads``, ``coneflowers``); WordNet lists them. This script writes every
one-word WordNet lemma of letters (lower-cased) and the inflected forms WordNet's
own morphology reads back to a noun or verb lemma (its detachment rules run
backwards, and its exception lists), three letters or more, one per line, sorted,
gzipped without a timestamp, from ``textrepair/spin/wordnet.json.gz`` (itself built
by ``scripts/build_wordnet.py``; licence in ``textrepair/spin/WORDNET_LICENSE``).
Run from the repository root::

    python scripts/build_wordnet_words.py
    python scripts/build_wordnet_words.py --out other.txt.gz

The output depends on WordNet alone and is deterministic, so rebuilding gives the
same bytes; a test checks that.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Sequence
from pathlib import Path

from textrepair.spin.wordnet import DETACHMENT

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "textrepair" / "spin" / "wordnet.json.gz"
OUT_FILE = ROOT / "textrepair" / "spacing" / "wordnet_words.txt.gz"
HEADER = (
    "# One-word WordNet 3.0 lemmas and their noun and verb inflections, lower-cased.\n"
    "# Built by scripts/build_wordnet_words.py.\n"
    "# WordNet licence: textrepair/spin/WORDNET_LICENSE\n"
)
MIN_LETTERS = 3

INFLECTED = ("n", "v")  # the parts of speech whose forms are written (WordNet's morphy)


def _forms(lemma: str, rules: Sequence[tuple[str, str]]) -> set[str]:
    """The forms the detachment ``rules`` read back to ``lemma``, run backwards.

    A rule that keeps the lemma whole (``ed:``) is run only where no rule with the same
    suffix replaces the lemma's ending (``ed:e``): ``abased``, not ``abaseed``; and
    ``es`` follows a hissing ending only (``buses``, ``pushes``; not ``walkes``).

    >>> sorted(_forms("abase", DETACHMENT["v"]))
    ['abased', 'abases', 'abasing']
    >>> sorted(_forms("push", DETACHMENT["v"]))
    ['pushed', 'pushes', 'pushing', 'pushs']
    """
    out = set()
    for old, new in rules:
        if not lemma.endswith(new):
            continue
        replaced = any(o == old and n and lemma.endswith(n) for o, n in rules)
        if (not new and replaced) or (old == "es" and not new and not lemma.endswith(_HISSING)):
            continue
        out.add(lemma[: len(lemma) - len(new)] + old)
    return out


_HISSING = ("s", "x", "z", "ch", "sh")


def words(lemmas: dict[str, set[str]], exceptions: dict[str, dict[str, list[str]]]) -> list[str]:
    """Every one-word lemma and its noun and verb forms, lower-cased, sorted.

    ``lemmas`` maps each lower-cased lemma to its parts of speech (``n``, ``v``, ``a``,
    ``r``); ``exceptions`` are WordNet's irregular forms by part of speech.

    >>> words({"abase": {"v"}, "bus": {"n"}, "abbey road": {"n"}}, {"v": {"abode": ["abide"]}})
    ['abase', 'abased', 'abases', 'abasing', 'abode', 'bus', 'buses', 'buss']
    """
    found: set[str] = set()
    for lemma, parts_of_speech in lemmas.items():
        if not (lemma.isascii() and lemma.isalpha()):
            continue
        found.add(lemma)
        for pos in sorted(parts_of_speech & set(INFLECTED)):
            found.update(_forms(lemma, DETACHMENT[pos]))
    for pos in INFLECTED:
        found.update(f for f in exceptions.get(pos, {}) if f.isascii() and f.isalpha())
    return sorted(w for w in found if len(w) >= MIN_LETTERS)


def _lemmas(data: dict[str, object]) -> dict[str, set[str]]:
    """Lower-cased lemma -> its parts of speech, from the shipped lexicon's synsets."""
    lemmas: list[str] = data["lemmas"]  # type: ignore[assignment]
    synsets: list[list[object]] = data["synsets"]  # type: ignore[assignment]
    out: dict[str, set[str]] = {}
    for pos, _lexfile, members in synsets:
        for lemma_id, _number, _tags in members:  # type: ignore[attr-defined]
            out.setdefault(lemmas[lemma_id].lower(), set()).add(str(pos))
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the word list (``--out``, default the shipped file); return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    args = parser.parse_args(argv)
    with gzip.open(SOURCE, "rt", encoding="utf-8") as f:
        data = json.load(f)
    text = HEADER + "".join(w + "\n" for w in words(_lemmas(data), data["exceptions"]))
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
