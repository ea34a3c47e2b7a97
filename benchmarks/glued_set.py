"""Build a glued-words set from clean article text, with the truth kept.

Where a link's surrounding spaces are lost, the link text (two to four words,
often a name or a noun phrase) fuses with its neighbours. This glues a run of
two to four consecutive plain words at random places in each page: half of the
runs start at a capitalised word (names), half anywhere. Deterministic for a
given seed.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z]+")


def heldout(page_id: str) -> bool:
    """Half of the pages, fixed by a hash of their id, never used to train the model."""
    return hashlib.sha1(page_id.encode()).digest()[0] % 2 == 1


@dataclass(frozen=True)
class GluedPage:
    text: str  # the damaged text
    glued_spans: list[tuple[int, int]]  # [start, end) of each glued run in `text`
    cuts: set[int]  # positions in `text` where a space was removed


def glue_page(clean: str, rng: random.Random, per_page: int = 4) -> GluedPage:
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", clean)]
    plain = [i for i, (s, e) in enumerate(tokens) if _WORD.fullmatch(clean[s:e])]
    chosen: list[tuple[int, int]] = []  # token index ranges [i, j)
    taken: set[int] = set()
    for _ in range(per_page * 10):
        if len(chosen) >= per_page or not plain:
            break
        i = rng.choice(plain)
        if rng.random() < 0.5 and not clean[tokens[i][0]].isupper():
            continue
        length = rng.choice((2, 2, 3, 4))
        j = i + length
        if j > len(tokens) or any(k in taken for k in range(i - 1, j + 1)):
            continue
        ok = all(
            _WORD.fullmatch(clean[tokens[k][0] : tokens[k][1]])
            and (k == i or clean[tokens[k - 1][1] : tokens[k][0]] == " ")
            for k in range(i, j)
        )
        if ok:
            chosen.append((i, j))
            taken.update(range(i, j))
    chosen.sort()
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    cuts: set[int] = set()
    pos = 0
    length_out = 0
    for i, j in chosen:
        start, end = tokens[i][0], tokens[j - 1][1]
        out.append(clean[pos:start])
        length_out += start - pos
        span_start = length_out
        for k in range(i, j):
            word = clean[tokens[k][0] : tokens[k][1]]
            if k > i:
                cuts.add(length_out)
            out.append(word)
            length_out += len(word)
        spans.append((span_start, length_out))
        pos = end
    out.append(clean[pos:])
    return GluedPage("".join(out), spans, cuts)
