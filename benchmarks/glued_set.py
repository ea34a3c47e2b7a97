"""Build glued-words sets from clean article text, with the truth kept.

Where a link's surrounding spaces are lost, the link text (two to four words,
often a name or a noun phrase) fuses with its neighbours. Two ways to damage a
page, both deterministic for a given seed:

* :func:`glue_page` glues a run of two to four consecutive plain words into one
  token (``voterregistration``, ``willmake``): half of the runs start at a
  capitalised word (names), half anywhere. The harder set: every space inside
  the run is gone.
* :func:`glue_links` removes only the two spaces around a link of one to four
  words, as the seeds show (``told60 Minutesthat``, ``Googleoften``): the
  link's own spaces stay.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z]+")


def token_span(text: str, pos: int) -> tuple[int, int]:
    """The whitespace-delimited token around ``pos``, as (start, end)."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def heldout(page_id: str) -> bool:
    """Half of the pages, fixed by a hash of their id, never used to train the model."""
    return hashlib.sha1(page_id.encode()).digest()[0] % 2 == 1


@dataclass(frozen=True)
class GluedPage:
    text: str  # the damaged text
    glued_spans: list[tuple[int, int]]  # [start, end) of each glued run in `text`
    cuts: set[int]  # positions in `text` where a space was removed


_Tokens = list[tuple[int, int]]


def _choose_runs(
    clean: str,
    rng: random.Random,
    per_page: int,
    lengths: tuple[int, ...],
    accept: Callable[[_Tokens, int, int, set[int]], range | None],
) -> tuple[_Tokens, list[tuple[int, int]]]:
    """Pick up to ``per_page`` runs of plain words as token ranges [i, j).

    Half of the runs start at a capitalised word. ``accept(tokens, i, j, taken)``
    returns the token indices a run takes (none of them may be taken again),
    or None to pass over it.
    """
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", clean)]
    plain = [i for i, (s, e) in enumerate(tokens) if _WORD.fullmatch(clean[s:e])]
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for _ in range(per_page * 10):
        if len(chosen) >= per_page or not plain:
            break
        i = rng.choice(plain)
        if rng.random() < 0.5 and not clean[tokens[i][0]].isupper():
            continue
        j = i + rng.choice(lengths)
        takes = accept(tokens, i, j, taken)
        if takes is not None:
            chosen.append((i, j))
            taken.update(takes)
    return tokens, chosen


def glue_page(clean: str, rng: random.Random, per_page: int = 4) -> GluedPage:
    def accept(tokens: _Tokens, i: int, j: int, taken: set[int]) -> range | None:
        if j > len(tokens) or any(k in taken for k in range(i - 1, j + 1)):
            return None
        ok = all(
            _WORD.fullmatch(clean[tokens[k][0] : tokens[k][1]])
            and (k == i or clean[tokens[k - 1][1] : tokens[k][0]] == " ")
            for k in range(i, j)
        )
        return range(i, j) if ok else None

    tokens, chosen = _choose_runs(clean, rng, per_page, (2, 2, 3, 4), accept)
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


def glue_links(clean: str, rng: random.Random, per_page: int = 4) -> GluedPage:
    """Lose the spaces around ``per_page`` links of one to four plain words.

    Half of the links start at a capitalised word. Each glued token (the word
    before the link fused with its first word, its last word fused with the
    word after) is one span of the result.
    """

    def accept(tokens: _Tokens, i: int, j: int, taken: set[int]) -> range | None:
        """A link with a plain word either side, single spaces, away from other links."""
        if i == 0 or j >= len(tokens) or any(k in taken for k in range(i - 2, j + 2)):
            return None
        if not all(
            _WORD.fullmatch(clean[tokens[k][0] : tokens[k][1]]) for k in range(i - 1, j + 1)
        ):
            return None
        if any(clean[tokens[k - 1][1] : tokens[k][0]] != " " for k in range(i, j + 1)):
            return None
        return range(i - 1, j + 1)

    tokens, chosen = _choose_runs(clean, rng, per_page, (1, 2, 2, 3, 4), accept)
    removed = sorted(
        pos for i, j in chosen for pos in (tokens[i - 1][1], tokens[j - 1][1])
    )  # the space after the word before the link, and after its last word
    out: list[str] = []
    cuts: set[int] = set()
    prev = 0
    for n, pos in enumerate(removed):
        out.append(clean[prev:pos])
        cuts.add(pos - n)
        prev = pos + 1
    out.append(clean[prev:])
    text = "".join(out)
    spans = sorted({token_span(text, cut) for cut in cuts})
    return GluedPage(text, spans, cuts)
