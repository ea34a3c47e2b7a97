"""Any text, however damaged, makes a page that shows exactly its input and its output."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import textrepair
from benchmarks.damage import damaged_text
from tests.review.parse import parse
from tests.strategies import interesting_text
from textrepair.review import spin_spans_on_input

damaged = st.randoms(use_true_random=False).map(damaged_text)


@settings(max_examples=60, deadline=None)
@given(st.one_of(damaged, interesting_text), st.sampled_from([None, "all"]))
def test_page_rebuilds_input_and_output(text: str, preset: str | None) -> None:
    result = textrepair.repair_and_explain(text, preset)
    page = result.to_html("<t>")
    page.encode("utf-8")  # writable as UTF-8: no lone surrogate in the page
    (shown,) = parse(page).documents
    assert shown.input_text == text
    assert shown.output_text == result.text
    assert [(e.stage, e.before, e.after) for e in shown.edits] == [
        (e.stage, e.before, e.after) for e in result.edits
    ]
    for span in spin_spans_on_input(result):
        assert 0 <= span.start < span.end <= len(text)
    assert len(parse(page).scripts) == 1
