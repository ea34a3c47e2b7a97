"""Code inside an article (a query, a program, its printed output) is kept by the chrome stage."""

from __future__ import annotations

import pytest

from tests.chrome.kept_runs import assert_kept_spans_reported
from tests.chrome.kept_runs import readability_gold as _page
from tests.chrome.kept_runs import removed_lines as _removed
from textrepair.chrome import chrome_report, detect
from textrepair.chrome.detect import _keep_code_runs

# A post on anomaly detection in SQL (psql's output tables) and one with JavaScript listings.
CODE = {
    "readability/toc-missing": {"───┼─────────────────────────", "stddev"},
    "readability/001": {"exports.Cow = Cow;", "Cow.prototype = {"},
}


@pytest.mark.parametrize("page_id", sorted(CODE))
def test_code_between_paragraphs_of_an_article_is_kept(page_id: str) -> None:
    text = _page(page_id)
    assert CODE[page_id] <= set(text.splitlines())
    assert not CODE[page_id] & _removed(text)


@pytest.mark.parametrize("page_id", sorted(CODE))
def test_the_line_model_alone_removes_that_code(
    page_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detect, "_keep_code_runs", lambda written, shown, chrome, rules: chrome)
    assert CODE[page_id] <= _removed(_page(page_id))


def test_furniture_between_paragraphs_still_goes() -> None:
    paragraph = (
        "The council approved the budget on Monday after a debate that lasted well into the "
        "night, with members split over how much to spend on schools and on the roads."
    )
    page = f"{paragraph}\nShare this article\nFacebook\nTwitter\n{paragraph}\n"
    assert {"Share this article", "Facebook", "Twitter"} <= _removed(page)


LINES = ["prose", "x = f(a);", "Home", "prose", "Menu", "[a](https://x.org/;0x1)", "prose"]


@pytest.mark.parametrize(
    ("chrome", "rules", "left"),
    [
        ([1, 2, 4, 5], {}, [4, 5]),  # the run 1-2 holds code; 4-5 only a link's URL
        ([0, 1, 2], {}, [0, 1, 2]),  # no kept line above the run
        ([1, 2, 3, 4, 5, 6], {}, [1, 2, 3, 4, 5, 6]),  # nor below
        ([1, 2], {2: "chrome: a rule"}, [1, 2]),  # a run that ends at a rule's line: none below
        ([1], {1: "chrome: a rule"}, [1]),  # ...and is never kept for its code
    ],
)
def test_only_runs_the_model_alone_removes_between_kept_lines_are_kept(
    chrome: list[int], rules: dict[int, str], left: list[int]
) -> None:
    reasons = [rules.get(i, "") for i in range(len(LINES))]
    shown = [line if "](" not in line else "a" for line in LINES]
    assert _keep_code_runs(LINES, shown, chrome, reasons) == left


@pytest.mark.parametrize("page_id", sorted(CODE))
def test_the_report_says_where_code_was_kept(page_id: str) -> None:
    text = _page(page_id)
    report = chrome_report(text)
    assert_kept_spans_reported(text, report, report.code_kept, CODE[page_id])


def test_a_page_without_code_keeps_nothing_for_it() -> None:
    paragraph = "The council approved the budget on Monday after a long debate on schools."
    report = chrome_report(f"{paragraph}\nShare this article\nFacebook\n{paragraph}\n")
    assert report.code_kept == () and "code" not in report.note
