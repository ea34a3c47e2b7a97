"""Known fingerprints of spinning: the Problematic Paper Screener's tortured phrases.

``tortured_phrases.tsv`` is a cleaned copy of the screener's list (built by
``scripts/build_tortured.py``; MIT, see ``TORTURED_PHRASES_LICENSE``): phrases
such as "counterfeit consciousness" that spinners wrote for "artificial
intelligence". It loads on first use, once per process.

>>> [(m.text, m.expected) for m in find_fingerprints("We use counterfeit consciousness here.")]
[('counterfeit consciousness', 'artificial intelligence')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import compress

__all__ = ["Fingerprint", "find_fingerprints"]

_WORD = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_GROUP = re.Match.group
_NO_SECONDS: dict[str, int] = {}


@dataclass(frozen=True)
class Fingerprint:
    """A tortured phrase found in the text, with the phrase it stands for."""

    start: int
    end: int
    text: str
    expected: str
    papers: int


@cache
def _phrases() -> tuple[dict[str, tuple[str, int]], dict[str, int]]:
    """The phrase table, and the longest phrase (in words) that starts with each two words."""
    table: dict[str, tuple[str, int]] = {}
    path = resources.files("textrepair.spin").joinpath("tortured_phrases.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        phrase, expected, papers = line.split("\t")
        table[phrase] = (expected, int(papers))
    longest: dict[str, int] = {}
    for phrase in table:
        words = phrase.split()
        start = " ".join(words[:2])  # every phrase has two words or more
        longest[start] = max(longest.get(start, 0), len(words))
    return table, longest


@cache
def _starts() -> dict[str, dict[str, int]]:
    """For each first word of a phrase, each second word, and the longest phrase they start."""
    starts: dict[str, dict[str, int]] = {}
    for start, most in _phrases()[1].items():
        first, second = start.split()
        starts.setdefault(first, {})[second] = most
    return starts


def find_fingerprints(text: str) -> list[Fingerprint]:
    """Tortured phrases in ``text`` (longest match first, not overlapping).

    Words must be joined by single spaces. Only where two words start a known
    phrase are longer spans tried, so the work is linear in the text.
    """
    table = _phrases()[0]
    starts = _starts()
    words = list(_WORD.finditer(text))
    lows = list(map(str.lower, map(_GROUP, words)))
    count = len(words)
    # a third of words start a phrase, few word pairs do: only those words are read
    seconds_at = list(map(starts.get, lows))

    def spaced(k: int) -> bool:  # words k and k + 1 are joined by a single space
        return text[words[k].end() : words[k + 1].start()] == " "

    found: list[Fingerprint] = []
    free = 0  # the first word not inside a phrase found
    for i in compress(range(count - 1), seconds_at):
        if i < free:
            continue
        most = (seconds_at[i] or _NO_SECONDS).get(lows[i + 1], 0)
        if not most or not spaced(i):
            continue
        for n in range(min(most, count - i), 1, -1):
            if not all(spaced(k) for k in range(i + 1, i + n - 1)):
                continue
            key = " ".join(lows[i : i + n])
            if key in table:
                expected, papers = table[key]
                start, end = words[i].start(), words[i + n - 1].end()
                found.append(Fingerprint(start, end, text[start:end], expected, papers))
                free = i + n
                break
    return found
