"""The benchmark spinner: it swaps the share asked for, keeps the truth, and is deterministic."""

from __future__ import annotations

import random

from benchmarks.spinner import spin
from tests.conftest import example

TEXT = example("000")


def test_swaps_the_requested_share_of_all_words() -> None:
    spun = spin(TEXT, 0.1, random.Random(0))
    assert abs(len(spun.swaps) - round(0.1 * spun.words)) <= 1
    for swap in spun.swaps:
        assert spun.text[swap.start : swap.end] == swap.replacement
        assert swap.replacement.lower() != swap.original.lower()


def test_deterministic_for_a_seed() -> None:
    assert spin(TEXT, 0.2, random.Random(3)) == spin(TEXT, 0.2, random.Random(3))
    assert spin(TEXT, 0.2, random.Random(3)) != spin(TEXT, 0.2, random.Random(4))


def test_tokenizer_spacing_keeps_swap_offsets() -> None:
    text = "It's the reporters' view: they don't like the new portal (at all)."
    spun = spin(text, 0.3, random.Random(2), tokenize=True)
    assert " n't" in spun.text or " n’t" in spun.text
    assert " ." in spun.text
    for swap in spun.swaps:
        assert spun.text[swap.start : swap.end] == swap.replacement


def test_never_swaps_closed_class_words() -> None:
    spun = spin("the of and to in it is was for on", 1.0, random.Random(0))
    assert spun.swaps == ()
