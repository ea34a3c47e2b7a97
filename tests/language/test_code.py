"""Lines of code: the check the spacing and chrome stages share."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textrepair import fix_spacing
from textrepair.language import code
from textrepair.language.code import looks_like_code


@given(st.text(alphabet="ab(); \t", max_size=60))
def test_call_statement_equals_the_backtracking_pattern(line: str) -> None:
    assert code._call_statement(line) == (re.search(r"\w\(.*\)\s*;", line) is not None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("mask = 0xFF", True),
        ("call(0x1F, 2)", True),
        ("a 10x10-foot garden (100 square feet)", False),
        ("55 grams, 120x65x40mm, up to 8KHz", False),
        ("it measures 70x74x132.5cm when open", False),
    ],
)
def test_a_hex_literal_is_code_and_a_size_is_not(line: str, expected: bool) -> None:
    assert looks_like_code(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("result = obj.method(x)", True),
        ("Call file.Close() when done", True),
        ("the name 名前.取得(x) is read", True),
        # a number glued to a bracket is no member call: prices and citations whose
        # spaces were lost
        ("Get it from Amazon for$16.99(available in four colors).", False),
        ("Research Policy.33(4): 617–630.", False),
        ("the services8.8.8.8(operated by Google) and 1.1.1.1", False),
    ],
)
def test_a_member_call_is_code_and_a_number_before_a_bracket_is_not(
    line: str, expected: bool
) -> None:
    assert looks_like_code(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("node->next = head", True),
        ("$user->getName()", True),
        ("SELECT info -> 'dept' ->> 'name' FROM org", True),
        ("B -->|JSONB Contains| E", True),  # a diagram's arrow
        ("for (i = 0; i < n; i++)", True),
        ("while (n) ++count", True),
        # a menu path and a language's name in prose
        ("To move it back, go toSettings -> Personalization -> Taskbar.", False),
        ("Gecko is written inC++and usesNSPRforplatform independence.", False),
        ("It ships as Notepad++ (and C++) for Windows.", False),
    ],
)
def test_arrows_and_increments_are_code_but_menu_paths_and_cpp_are_not(
    line: str, expected: bool
) -> None:
    assert looks_like_code(line) == expected


def test_tokenized_code_keeps_its_spaced_arrow() -> None:
    assert looks_like_code("p -> next = head ;", tokenized=True)


@pytest.mark.parametrize(
    "line",
    [
        "SELECT [ ALL | DISTINCT [ ON ( expression [, ...] ) ] ]",
        "GROUP BY [ ALL | DISTINCT ] grouping_element [, ...]",
        "[ existing_window_name ]",
    ],
)
def test_a_grammar_synopsis_is_code(line: str) -> None:
    # Spaced as the grammar writes it: a detokenizer must not close its brackets
    assert looks_like_code(line, tokenized=True)
    assert fix_spacing(f"The query , as written :\n{line}\n") == f"The query, as written:\n{line}\n"


@pytest.mark.parametrize("line", ["the results [ 1 ] show", "as [ sic ] written", "[ edit ]"])
def test_bracketed_prose_is_no_synopsis(line: str) -> None:
    assert not looks_like_code(line, tokenized=True)
