"""Clean documents cut from the WCXB gold pages, to spin and to measure false positives on.

Long documents are runs of whole lines of 150 words or more (a page gives one
or more, at most 600 words each); short ones are the first 20–60 words of a
paragraph, like a lead or a headline with its standfirst. Pages are split
into training and held-out halves by :func:`benchmarks.glued_set.heldout`.
"""

from __future__ import annotations

import random

from benchmarks.data import wcxb_pages
from benchmarks.glued_set import heldout
from textrepair.language.english import is_english


def english_pages(held_out: bool) -> list[dict[str, str]]:
    """English WCXB pages of one half."""
    return [p for p in wcxb_pages() if heldout(p["id"]) == held_out and is_english(p["gold"])]


def long_documents(page: str, rng: random.Random) -> list[str]:
    """Runs of whole lines of 150–600 words."""
    docs: list[str] = []
    lines: list[str] = []
    words = 0
    target = rng.randint(150, 600)
    for line in page.splitlines():
        if not line.strip():
            continue
        lines.append(line)
        words += len(line.split())
        if words >= target:
            docs.append("\n".join(lines))
            lines, words, target = [], 0, rng.randint(150, 600)
    if words >= 150:
        docs.append("\n".join(lines))
    return docs


def short_documents(page: str, rng: random.Random, most: int = 2) -> list[str]:
    """The first 20–60 words of up to ``most`` paragraphs that are long enough."""
    paragraphs = [line.split() for line in page.splitlines() if len(line.split()) >= 20]
    rng.shuffle(paragraphs)
    return [" ".join(p[: rng.randint(20, min(60, len(p)))]) for p in paragraphs[:most]]
