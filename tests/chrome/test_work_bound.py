"""The chrome stage's work bound: thousands of very short lines are kept whole, and it says so."""

from __future__ import annotations

import textrepair
from textrepair.chrome import chrome_report
from textrepair.chrome.detect import MAX_SHORT_LINES, SHORT_LINE


def test_a_list_of_many_short_lines_is_kept_whole_with_a_note() -> None:
    text = "Read more:\nSubscribe\n" * (MAX_SHORT_LINES // 2 + 1)
    report = chrome_report(text)
    assert report.edits == () and report.lines > MAX_SHORT_LINES
    assert "not read line by line" in report.note and f"{report.lines:,} lines" in report.note
    result = textrepair.repair_and_explain(text, "all")
    assert result.text == text
    assert any("not read line by line" in stage.note for stage in result.stages)


def test_just_under_the_bound_the_lines_are_read() -> None:
    text = "Read more:\nSubscribe\n" * (MAX_SHORT_LINES // 2)
    report = chrome_report(text)
    assert report.lines == MAX_SHORT_LINES
    # read and judged: every line is chrome, so there is no article body to keep
    assert report.note == "no article body: nothing reads as article text"


def test_long_documents_of_ordinary_lines_are_read() -> None:
    line = "The council approved the budget on Monday after a debate into the night.\n"
    assert len(line) > SHORT_LINE
    text = ("Subscribe to our newsletter\n" + line * 3) * (MAX_SHORT_LINES // 3)
    report = chrome_report(text)
    assert report.lines > MAX_SHORT_LINES and report.edits
