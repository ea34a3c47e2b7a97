"""The fast path skips only what the slow path leaves alone: identical output."""

from __future__ import annotations

from ftfy.badness import is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.strategies import mixed_text
from textrepair import RepairConfig
from textrepair.encoding.segments import encoding_edits, encoding_edits_slow, is_clean, looks_bad

CONFIGS = [RepairConfig(), RepairConfig(unescape_html=False, remove_control_chars=False)]


@settings(max_examples=400, deadline=None)
@given(mixed_text, st.sampled_from(CONFIGS))
def test_fast_path_equals_slow_path(text: str, config: RepairConfig) -> None:
    assert encoding_edits(text, config) == encoding_edits_slow(text, config)


@settings(max_examples=400, deadline=None)
@given(mixed_text)
def test_windowed_detector_equals_ftfy(text: str) -> None:
    assert looks_bad(text) == is_bad(text) or looks_bad(text)


@settings(max_examples=300, deadline=None)
@given(mixed_text)
def test_clean_text_has_no_edits(text: str) -> None:
    if is_clean(text):
        assert encoding_edits_slow(text, RepairConfig()) == []


def test_windowed_detector_on_real_pages(wcxb_pages: list[dict[str, str]]) -> None:
    for page in wcxb_pages:
        for key in ("gold", "input"):
            assert looks_bad(page[key]) == is_bad(page[key])
