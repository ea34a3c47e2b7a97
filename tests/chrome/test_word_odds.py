"""The chrome-word table: learned log-odds of a word being page furniture."""

from __future__ import annotations

import math

import pytest

from benchmarks.chrome_words import MIN_PAGES, learn_word_odds, words_file
from textrepair._tables import parse_table
from textrepair.chrome.features import CONTEXT_FEATURES, context_features
from textrepair.chrome.lines import document_lines
from textrepair.chrome.word_odds import chrome_word_odds, line_odds


def test_furniture_words_score_above_narrative_words() -> None:
    odds = chrome_word_odds()
    for furniture in ("subscribe", "newsletter", "login", "cookies", "©"):
        for narrative in ("said", "because", "which"):
            assert odds[furniture] > 0 > odds[narrative], (furniture, narrative)


def test_a_word_seen_on_too_few_pages_is_not_learned() -> None:
    pages = [(str(i), ["Subscribe now", "The council met."], [0, 1]) for i in range(MIN_PAGES)]
    pages.append(("only-here", ["Frobnicate menu"], [0]))
    odds = learn_word_odds(pages)
    assert "subscribe" in odds and "council" in odds
    assert "frobnicate" not in odds


def test_the_written_table_reads_back() -> None:
    odds = {"login": 3.05, "said": -1.34}
    assert parse_table(words_file(odds)) == odds


def test_line_features_use_the_table_they_are_given() -> None:
    lines = document_lines("Subscribe to our newsletter\nThe council met on Monday.\n")
    column = CONTEXT_FEATURES.index("chrome_words")
    rows = context_features(lines, {"subscribe": 2.0, "newsletter": 2.0})
    assert rows[0][column] == line_odds(lines[0].text, {"subscribe": 2.0, "newsletter": 2.0})[0] / 5
    assert rows[0][column] > 0 == rows[1][column]
    assert context_features(lines, {})[0][column] == 0.0


def test_the_summed_odds_do_not_depend_on_the_order_of_the_words() -> None:
    # A line's words are a set, whose order changes with the process's hash seed; a plain
    # sum of these values would be 0.0 or 1.0 depending on it (the retrained model must not).
    odds = {"alpha": 1e16, "beta": 1.0, "gamma": -1e16}
    summed, largest = line_odds("alpha beta gamma", odds)
    assert summed == pytest.approx(1.0 / 3**0.5)
    assert largest == 1e16


def test_the_largest_odds_do_not_depend_on_the_order_of_the_words() -> None:
    # The table holds negative zeros ("-0" after rounding); max(0.0, -0.0) is whichever
    # comes first, so the sign of the largest would follow the hash seed.
    largest = line_odds("group", {"group": -0.0})[1]
    assert largest == 0.0
    assert math.copysign(1.0, largest) == 1.0
    assert math.copysign(1.0, line_odds("group other", {"group": -0.0})[1]) == 1.0
