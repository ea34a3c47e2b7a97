"""A data table written a cell per line inside an article is kept by the chrome stage."""

from __future__ import annotations

import pytest

from tests.chrome.kept_runs import assert_kept_spans_reported, readability_gold
from tests.chrome.kept_runs import removed_lines as _removed
from textrepair.chrome import chrome_report, detect
from textrepair.chrome.detect import _data_table, _keep_table_runs


def _lwn() -> str:
    """LWN's report on LibreOffice and OpenOffice, with its tables of contributors."""
    return readability_gold("readability/lwn-1")


CELLS = {"Herbert Dürr", "16.6%", "Oliver-Rainer Wittmann", "12.1%"}


def test_a_table_between_paragraphs_of_an_article_is_kept() -> None:
    text = _lwn()
    assert set(text.splitlines()) >= CELLS
    assert not CELLS & _removed(text)


def test_the_line_model_alone_removes_that_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect, "_keep_table_runs", lambda shown, chrome, rules: chrome)
    assert _removed(_lwn()) >= CELLS


def test_the_report_says_where_tables_were_kept() -> None:
    text = _lwn()
    report = chrome_report(text)
    assert_kept_spans_reported(text, report, report.tables_kept, CELLS)
    assert "kept as a data table between kept lines, though read as chrome: " in report.note


@pytest.mark.parametrize(
    ("cells", "table"),
    [
        (["Herbert Dürr", "63", "16.6%", "Armin Le Grand", "56", "14.7%"], True),
        (["iPhone 13 Screen", "$64.99", "iPhone 14 Screen", "$79.99", "Pixel 8", "$59.99"], True),
        (["Name", "Score", "Alice", "82.0", "Bob", "80.8", "Carol", "78.0"], True),
        (["Herbert Dürr", "63", "Armin Le Grand", "56"], False),  # too few cells
        (["1", "2", "3", "4", "5", "Next"], False),  # a pager: numbers alone
        (["Home", "News", "Sport", "Weather", "Travel", "12"], False),  # a menu
        (["Best Answers:", "0", "Trophy Points:", "33", "Posts:", "12"], False),  # a profile
        (["Member", "Oct 10, 2022", "16", "0", "Messages", "113"], False),  # a post's dates
        (
            ["Alice", "82", "Bob", "80", "Carol said this was the best result of the year", "78"],
            False,
        ),
    ],
)
def test_what_reads_as_a_data_table(cells: list[str], table: bool) -> None:
    assert _data_table(cells) is table


SHOWN = ["prose", "Alice", "82", "Bob", "80", "Carol", "78", "prose", "Home", "News"]


@pytest.mark.parametrize(
    ("chrome", "rules", "left"),
    [
        ([1, 2, 3, 4, 5, 6, 8, 9], {}, [8, 9]),  # the table 1-6 stays; the menu at the end goes
        ([1, 2, 3, 4, 5, 6, 7, 8, 9], {}, [1, 2, 3, 4, 5, 6, 7, 8, 9]),  # none kept below
        ([1, 2, 3, 4, 5, 6], {3: "chrome: a rule"}, [1, 2, 3, 4, 5, 6]),  # a rule splits it
    ],
)
def test_only_tables_the_model_alone_removes_between_kept_lines_are_kept(
    chrome: list[int], rules: dict[int, str], left: list[int]
) -> None:
    reasons = [rules.get(i, "") for i in range(len(SHOWN))]
    assert _keep_table_runs(SHOWN, chrome, reasons) == left
