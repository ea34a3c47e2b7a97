"""A page's reference list (a wiki's notes and references) is kept by the chrome stage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.chrome.kept_runs import assert_kept_spans_reported, readability_gold
from tests.chrome.kept_runs import removed_lines as _removed
from textrepair.chrome import chrome_report, detect
from textrepair.chrome.detect import _keep_citations
from textrepair.chrome.lexicon import CITATION, is_citation


def _wikipedia() -> str:
    """Readability's Wikipedia article on New Zealand, with its 400 notes and references."""
    return readability_gold("readability/wikipedia-2")


REFERENCES = {
    '^ a b Phillips, Jock (11 August 2015). "History of immigration". Te Ara: The Encyclopedia '
    "of New Zealand. Retrieved 2 June 2017.",
    '^ Keane, Basil (March 2009). "Pounamu – jade or greenstone – Implements and adornment". '
    "Te Ara: The Encyclopedia of New Zealand. Retrieved 17 February 2011.",
}


def test_the_references_of_a_wiki_article_are_kept() -> None:
    text = _wikipedia()
    assert set(text.splitlines()) >= REFERENCES
    assert not REFERENCES & _removed(text)


def test_the_line_model_alone_removes_those_references(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect, "_keep_citations", lambda shown, chrome, rules: chrome)
    assert _removed(_wikipedia()) >= REFERENCES


def test_the_report_says_where_references_were_kept() -> None:
    text = _wikipedia()
    report = chrome_report(text)
    assert_kept_spans_reported(text, report, report.citations_kept, REFERENCES)
    assert "notes and references of the page's reference list, though read as chrome: " in (
        report.note
    )


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        ('^ Hoffman, Jordan (September 25, 2016). "Miss Peregrine\'s Home"', True),
        ("  3. ^ _**a**_ _**b**_ Ethnicity figures add to more than 100%", True),
        ("  52. **^** Hoffman, Jordan (2016).", True),  # html2text's link to the note's anchor
        (". Insider. Retrieved 2021-06-16.", True),
        ("The Guardian. Retrieved on 5 May 2022.", True),
        ("Retrieved June 16, 2017.", True),
        ("Archived from the original on 25 January 2008.", True),
        ("Welt Online. Abgerufen am 3. Mai 2020.", True),
        ("Le Monde. Consulté le 12 mars 2019.", True),
        ("Retrieved", False),
        ("^ Back to top", False),  # a link up the page, not a note
        ("^ Top", False),
        ("^ Topeka Capital-Journal (2019).", True),
        ('^ "Top 5 Browsers". StatCounter Global Stats.', True),
        ("^ Top 10 Highest Grossing Movies (2016).", True),
        ("The files were retrieved 2020 from a backup.", False),
        ("2^10 is 1,024", False),
        ("Shares rose ^ 3%", False),
    ],
)
def test_citation_shapes(line: str, cited: bool) -> None:
    assert bool(CITATION.search(line)) is cited
    assert is_citation(line) is cited


@given(
    st.lists(
        st.sampled_from(
            [
                "^",
                " ",
                "1.",
                "Retrieved",
                "retrieved",
                " on",
                " 5",
                " May",
                " 2020",
                "-06",
                "Archived from the original",
                "Abgerufen am",
                "consulté le",
                "x",
                "**",
                "(",
            ]
        ),
        max_size=8,
    )
)
def test_the_quick_check_finds_what_the_pattern_finds(parts: list[str]) -> None:
    text = "".join(parts)
    assert is_citation(text) is bool(CITATION.search(text))


SHOWN = ['^ A (2016). "T"', ". The Guardian.", "^ B (2017).", "Home", "^ C.", "Menu"]


@pytest.mark.parametrize(
    ("shown", "chrome", "rules", "left"),
    [
        # the references and the publisher split from the first go back; menus still go
        (SHOWN, [0, 1, 2, 3, 4, 5], {}, [3, 5]),
        # a rule's removal stays removed
        (SHOWN, [0, 1, 2, 4], {4: "chrome: a rule"}, [4]),
        # two references are no reference list
        (SHOWN[:4], [0, 1, 2, 3], {}, [0, 1, 2, 3]),
    ],
)
def test_only_a_reference_list_that_the_model_alone_removes_is_kept(
    shown: list[str], chrome: list[int], rules: dict[int, str], left: list[int]
) -> None:
    reasons = [rules.get(i, "") for i in range(len(shown))]
    assert _keep_citations(shown, chrome, reasons) == left


def test_a_page_without_references_keeps_nothing_for_them() -> None:
    paragraph = "The council approved the budget on Monday after a long debate on schools."
    report = chrome_report(f"{paragraph}\nShare this article\nFacebook\n{paragraph}\n")
    assert report.citations_kept == () and "references" not in report.note
