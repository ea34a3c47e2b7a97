"""WordNet 3.0, as the compact lexicon that ships in ``wordnet.json.gz``.

Built by ``scripts/build_wordnet.py`` from the WordNet 3.0 database files (see
``WORDNET_LICENSE`` beside this module). It loads on first use, once per
process (about 0.4 s), and its header is checked.

>>> wn = wordnet()
>>> sorted(wn.lemma_names("percent"))
['pct', 'per centum', 'percent', 'percentage']
>>> wn.morphy("reporters")
[('reporter', 'n')]
"""

from __future__ import annotations

import gzip
import json
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["Sense", "WordNet", "wordnet"]

FORMAT = "textrepair-wordnet"
VERSION = 1


def _rules(spec: str) -> tuple[tuple[str, str], ...]:
    return tuple((old, new) for old, _, new in (rule.partition(":") for rule in spec.split()))


DETACHMENT: dict[str, tuple[tuple[str, str], ...]] = {
    "n": _rules("s: ses:s xes:x zes:z ches:ch shes:sh men:man ies:y"),
    "v": _rules("s: ies:y es:e es: ed:e ed: ing:e ing:"),
    "a": _rules("er: est: er:e est:e"),
    "r": (),
}
"""WordNet's own detachment rules (morphy), by part of speech: ``(suffix, replacement)``.

A form ending in the suffix is read as the lemma ending in the replacement
(``scripts/build_wordnet_words.py`` runs them backwards)."""


class Sense(NamedTuple):
    """One sense of a lemma: its synset, sense number (1 = most frequent) and SemCor count."""

    synset: int
    pos: str
    number: int
    tags: int


class WordNet:
    """Synsets, lemmas with sense counts, and morphology, indexed by lower-cased lemma."""

    def __init__(self, data: dict[str, object]) -> None:
        self.lemmas: list[str] = data["lemmas"]  # type: ignore[assignment]
        self.lowered: list[str] = [lemma.lower() for lemma in self.lemmas]
        """Each lemma lower-cased, as the index and :meth:`lemma_names` key it."""
        raw: list[list[object]] = data["synsets"]  # type: ignore[assignment]
        self.exceptions: dict[str, dict[str, list[str]]] = data["exceptions"]  # type: ignore[assignment]
        self.lexnames: list[str] = data["lexnames"]  # type: ignore[assignment]
        self.synset_pos: list[str] = []
        self.synset_lexfile: list[int] = []
        self.synset_members: list[tuple[int, ...]] = []
        index: dict[str, list[Sense]] = {}
        for sid, (pos, lexfile, members) in enumerate(raw):
            pos = str(pos)
            self.synset_pos.append(pos)
            self.synset_lexfile.append(int(lexfile))  # type: ignore[call-overload]
            ids: list[int] = []
            for lemma_id, number, tags in members:  # type: ignore[attr-defined]
                ids.append(lemma_id)
                key = self.lowered[lemma_id]
                entry = (sid, pos, number, tags)
                if key in index:
                    index[key].append(entry)  # type: ignore[arg-type]
                else:
                    index[key] = [entry]  # type: ignore[list-item]
            self.synset_members.append(tuple(ids))
        # Tuples, not lists: the garbage collector stops tracking a tuple of numbers
        # and strings, and 150,000 lists it would walk at every full collection
        # cost a first pass over a corpus (which collects often) about a third of its time.
        self.index: dict[str, tuple[Sense, ...]] = {
            key: tuple(sorted(senses, key=_sense_order)) if len(senses) > 1 else (senses[0],)
            for key, senses in index.items()
        }

    def senses(self, lemma: str, pos: str | None = None) -> list[Sense]:
        """Senses of ``lemma`` (any case), most frequent first within each part of speech."""
        found = self.index.get(lemma.lower(), ())
        return [Sense(*s) for s in found if pos is None or s[1] == pos]

    def has_sense(self, lemma: str, pos: str) -> bool:
        """Whether the lower-cased ``lemma`` has a sense as part of speech ``pos``.

        >>> wordnet().has_sense("week", "n"), wordnet().has_sense("week", "v")
        (True, False)
        """
        return any(s[1] == pos for s in self.index.get(lemma, ()))

    def members(self, synset: int) -> list[str]:
        """The lemmas of ``synset``, as WordNet writes them (``Lebanese pound``)."""
        return [self.lemmas[i] for i in self.synset_members[synset]]

    def lemma_names(self, lemma: str) -> set[str]:
        """Every lemma that shares a synset with ``lemma`` (``lemma`` included), lower-cased."""
        return {m.lower() for s in self.senses(lemma) for m in self.members(s.synset)}

    def morphy(self, word: str) -> list[tuple[str, str]]:
        """Base forms of ``word`` that WordNet knows, as ``(lemma, pos)`` pairs."""
        return list(_morphy(self, word.lower()))


def _sense_order(sense: tuple[int, str, int, int]) -> tuple[str, int]:
    return sense[1], sense[2]


@lru_cache(maxsize=65536)
def _morphy(wn: WordNet, word: str) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for pos in ("n", "v", "a", "r"):
        candidates = [word, *wn.exceptions[pos].get(word, ())]
        candidates += [
            word[: -len(old)] + new for old, new in DETACHMENT[pos] if word.endswith(old)
        ]
        for base in candidates:
            if base and wn.has_sense(base, pos) and (base, pos) not in found:
                found.append((base, pos))
    return tuple(found)


@cache
def wordnet() -> WordNet:
    """Load the shipped lexicon (once per process) and check its header."""
    path = resources.files("textrepair.spin").joinpath("wordnet.json.gz")
    data = json.loads(gzip.decompress(path.read_bytes()))
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise RuntimeError(
            f"{path} is not a WordNet lexicon for this version of textrepair; "
            "rebuild it with `python scripts/build_wordnet.py`"
        )
    return WordNet(data)
