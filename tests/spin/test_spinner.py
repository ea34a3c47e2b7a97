"""The benchmark spinner: it swaps the share asked for, keeps the truth, and is deterministic."""

from __future__ import annotations

import random

import pytest

from benchmarks.spinner import SPINNERS, inflect, spin, torture
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


@pytest.mark.parametrize("name", list(SPINNERS))
def test_every_spinner_keeps_the_truth(name: str) -> None:
    spun = SPINNERS[name](TEXT, 0.15, random.Random(5))
    assert abs(len(spun.swaps) - round(0.15 * spun.words)) <= 2
    for swap in spun.swaps:
        assert spun.text[swap.start : swap.end] == swap.replacement


def test_the_styles_pick_differently() -> None:
    text = "The reporters said the new portal was open."
    picks = {
        style: spin(text, 0.3, random.Random(1), style=style).text
        for style in ("random", "frequent", "first", "multiword")
    }
    assert len(set(picks.values())) > 1
    frequent = spin("The reporters said it.", 1.0, random.Random(1), style="frequent")
    assert frequent.swaps[0].replacement == "newsman"  # the commonest synonym of "reporter"
    multi = spin("The portal was open.", 1.0, random.Random(1), style="multiword")
    assert any(" " in s.replacement or "-" in s.replacement for s in multi.swaps)


def test_inflection_follows_the_original() -> None:
    assert inflect("newsperson", "reporters", "reporter", "n") == "newspersons"
    assert inflect("kick the bucket", "went", "go", "v") == "kicked the bucket"
    assert inflect("tell", "said", "say", "v") == "told"  # irregular, from WordNet's exceptions
    assert inflect("severalize", "tell", "tell", "v") == "severalize"  # a lemma stays
    with pytest.raises(ValueError, match="unknown spinner style"):
        spin(TEXT, 0.1, random.Random(0), style="thesaurus")


def test_tortured_phrases_replace_known_phrases_only() -> None:
    text = "The lab uses artificial intelligence and deep learning, and nothing else."
    spun = torture(text, 0.5, random.Random(0))
    assert {s.original for s in spun.swaps} == {"artificial intelligence", "deep learning"}
    assert "nothing else" in spun.text
    assert torture("A plain sentence about the weather.", 0.5, random.Random(0)).swaps == ()
