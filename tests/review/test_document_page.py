"""A document's review page shows exactly the result: its input, its output, every edit."""

from __future__ import annotations

import base64
import hashlib

import pytest

import textrepair
from tests.conftest import example
from tests.review.parse import parse
from textrepair.review import DocumentView, document_html, spin_spans_on_input

SEEDS = ("000", "001", "002")


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_page_shows_input_output_and_every_edit(seed: str) -> None:
    text = example(seed)
    result = textrepair.repair_and_explain(text, "all")
    page = parse(result.to_html(f"seed {seed}"))
    (shown,) = page.documents
    assert shown.input_text == text
    assert shown.output_text == result.text
    assert len(shown.edits) == len(result.edits) > 0
    for drawn, edit in zip(shown.edits, result.edits, strict=True):
        assert (drawn.stage, drawn.before, drawn.after) == (edit.stage, edit.before, edit.after)
        assert edit.reason in drawn.title
    assert shown.facts["edits on the input"] == str(len(result.edits))
    assert result.language is not None and shown.language == result.language.code
    assert result.spin is not None
    assert shown.facts["spin score"].startswith(f"{result.spin.score:.3f}")


def test_seed_002_chrome_and_spacing_are_drawn_by_stage() -> None:
    result = textrepair.repair_and_explain(example("002"), "all")
    shown = parse(result.to_html()).documents[0]
    assert {e.stage for e in shown.edits} == {"chrome", "spacing"}
    removed = [e for e in shown.edits if e.stage == "chrome"]
    assert removed and all(e.after == "" and e.before for e in removed)
    fixed = [e for e in shown.edits if e.stage == "spacing"]
    assert fixed and all(not (e.before + e.after).strip() for e in fixed)  # spaces only


def test_spun_spans_are_marked_with_their_suggestions() -> None:
    text = (
        "The minister severalize newsperson on Monday that the hepatic portal vein was "
        "open again, and the 500-Lebanese pound gorilla in the room was the budget. " * 3
    )
    result = textrepair.repair_and_explain(text, "all")
    assert result.spin is not None and result.spin.spans
    spans = spin_spans_on_input(result)
    shown = parse(result.to_html()).documents[0]
    assert shown.marks == [text[s.start : s.end] for s in spans]
    for title, span in zip(shown.mark_titles, spans, strict=True):
        assert span.reason in title
        assert all(s in title for s in span.suggestions[:3])


def test_spans_move_onto_the_input_past_earlier_edits() -> None:
    # Mojibake before the spun words shortens the text the spin stage sees.
    text = "donâ€™t â€œquoteâ€ " * 5 + "the hepatic portal vein was open. " * 4
    result = textrepair.repair_and_explain(text, "all")
    assert result.spin is not None and result.spin.spans
    for span, moved in zip(result.spin.spans, spin_spans_on_input(result), strict=True):
        assert text[moved.start : moved.end] == span.text


def test_a_script_in_the_article_is_shown_not_run() -> None:
    text = (
        '<script>window.pwned = 1</script> <img src=x onerror="alert(1)"> '
        "</div></article><script>alert(2)</script> donâ€™t \"quoted\" & 'single'"
    )
    page = textrepair.repair_and_explain(text, "all").to_html('<b onmouseover="x">t</b>')
    parsed = parse(page)
    assert parsed.documents[0].input_text == text
    # The only script is textrepair's own, and the policy lets only it run, by its hash.
    (script,) = parsed.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in parsed.csp
    assert "default-src 'none'" in parsed.csp
    assert "<script>window" not in page and "<img" not in page and "<b onmouseover" not in page


def test_characters_html_cannot_hold_are_boxed_and_kept() -> None:
    text = "a\x00b\rc\x85d\ud800e\ufffef  \u00a0g\r\n"
    result = textrepair.repair_and_explain(text)
    page = result.to_html()
    page.encode("utf-8")  # no lone surrogate reaches the file
    shown = parse(page).documents[0]
    assert shown.input_text == text
    assert shown.output_text == result.text
    assert "\x00" not in page and "\r" not in page


def test_a_view_round_trips_through_json_and_a_record() -> None:
    result = textrepair.repair_and_explain(example("001"), "all")
    view = DocumentView.from_result(result, "seed")
    assert DocumentView.from_dict(view.to_dict()) == view
    assert view.output_text == result.text and view.input_text == result.restore()


def test_no_edits_says_so() -> None:
    page = document_html(textrepair.repair_and_explain("A clean sentence."), "clean")
    shown = parse(page).documents[0]
    assert shown.edits == [] and shown.input_text == "A clean sentence."
    assert "No edits" in page


def test_jupyter_shows_the_page_in_a_sandboxed_frame() -> None:
    result = textrepair.repair_and_explain("donâ€™t <script>x</script>")
    frame = result._repr_html_()
    assert frame.startswith("<iframe") and 'sandbox="allow-scripts"' in frame
    assert "<script>" not in frame  # the page is inside srcdoc, escaped once more
