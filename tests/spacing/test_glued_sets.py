"""The benchmark's glued-word generators keep the truth they are scored against."""

from __future__ import annotations

import random

from benchmarks.glued_set import glue_links, glue_page

CLEAN = (
    "We met the new head of the National Park Service on Monday and she said the plan for "
    "Yellowstone is ready for review by the board, which meets again in the spring."
)


def _restored(text: str, cuts: set[int]) -> str:
    out, prev = [], 0
    for cut in sorted(cuts):
        out += [text[prev:cut], " "]
        prev = cut
    return "".join([*out, text[prev:]])


def test_links_lose_only_their_surrounding_spaces() -> None:
    for seed in range(20):
        glued = glue_links(CLEAN, random.Random(seed), per_page=2)
        assert _restored(glued.text, glued.cuts) == CLEAN
        # Two spaces go per link: one before it, one after it.
        assert len(glued.cuts) == len(CLEAN.split()) - len(glued.text.split())
        assert len(glued.cuts) % 2 == 0 and glued.cuts
        for start, end in glued.glued_spans:
            assert " " not in glued.text[start:end]
            assert any(start < c < end for c in glued.cuts)


def test_glued_runs_restore_the_clean_text() -> None:
    for seed in range(20):
        glued = glue_page(CLEAN, random.Random(seed), per_page=2)
        assert _restored(glued.text, glued.cuts) == CLEAN
