"""Text built from the damage textrepair repairs: every public function takes it, and
every stage's edits replay to the output and invert to the input.

The texts come from ``benchmarks/damage.py`` (the fuzz benchmark's generator, which
runs a million of them); here hypothesis draws its seeds, so a failure shrinks.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import textrepair
from benchmarks.damage import damaged_text
from textrepair import Language, apply_edits

damaged = st.randoms(use_true_random=False).map(damaged_text)


@settings(max_examples=150, deadline=None)
@given(damaged, st.sampled_from([None, "all", "ftfy"]))
def test_repair_replays_and_restores(text: str, preset: str | None) -> None:
    result = textrepair.repair_and_explain(text, preset)
    assert apply_edits(text, list(result.edits)) == result.text
    assert result.restore() == text
    assert textrepair.repair(text, preset) == result.text
    current = text
    for stage in result.stages:
        current = apply_edits(current, list(stage.edits))
    assert current == result.text
    assert isinstance(result.language, Language)


@settings(max_examples=100, deadline=None)
@given(damaged)
def test_every_public_function_takes_damaged_text(text: str) -> None:
    assert isinstance(textrepair.fix_encoding(text), str)
    assert isinstance(textrepair.fix_spacing(text), str)
    assert isinstance(textrepair.strip_chrome(text), str)
    report = textrepair.detect_spin(text)
    assert 0.0 <= report.score <= 1.0
    assert all(text[s.start : s.end] == s.text for s in report.spans)
    blocks = textrepair.identify_blocks(text)
    assert all(0 <= b.start < b.end <= len(text) for b in blocks)
    assert [b.start for b in blocks] == sorted(b.start for b in blocks)


def test_the_generator_is_deterministic_and_damages() -> None:
    texts = [damaged_text(random.Random(seed)) for seed in range(200)]
    assert texts == [damaged_text(random.Random(seed)) for seed in range(200)]
    assert any("â€" in t or "Ã" in t for t in texts)  # mojibake
    assert any(" , " in t or " ’s " in t for t in texts)  # tokenizer spacing
    assert any("\x00" in t or "\ud800" in t for t in texts)  # controls, surrogates
