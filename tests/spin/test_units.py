"""Units: single words and the longest WordNet multi-word lemma at each word."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from textrepair.spin.units import cut, scan, units


def _units(text: str) -> list[tuple[str, int, int]]:
    return [(u.text, u.words, u.first_word) for u in units(text)]


def test_the_longest_lemma_of_up_to_four_words_is_one_unit() -> None:
    assert _units("In the United States of America today") == [
        ("United States of America", 4, 2),
        ("today", 1, 6),
    ]
    assert _units("the hepatic portal vein was per centum") == [
        ("hepatic portal vein", 3, 1),
        ("per centum", 2, 5),
    ]


def test_lemma_words_must_be_joined_by_one_space_or_a_hyphen() -> None:
    assert _units("a well-known name")[0] == ("well-known", 2, 1)
    # two spaces or a line break between the words: each word on its own
    assert [u for u, _, _ in _units("per  centum and per\ncentum")] == []
    assert [u for u, _, _ in _units("hepatic  portal vein")] == ["hepatic", "portal vein"]


def test_closed_class_words_clitics_and_negations_are_never_units() -> None:
    assert _units("He said it to them, don't stop.") == [("said", 1, 1), ("stop", 1, 7)]


def test_cut_returns_every_word_lower_cased_for_the_units_to_point_into() -> None:
    found, words = cut("Voters in Ohio kick the bucket")
    assert words == ["voters", "in", "ohio", "kick", "the", "bucket"]
    assert [(words[u.first_word], u.key) for u in found] == [
        ("voters", "voters"),
        ("ohio", "ohio"),
        ("kick", "kick the bucket"),
    ]


@given(st.text(alphabet="aZk K\u212aİıi\u0307ßﬀΣς-’'. \n", max_size=40))
def test_the_words_are_each_match_lower_cased_whatever_the_letters(text: str) -> None:
    # The Kelvin sign and "İ" lower-case to ASCII letters: lower-casing the whole
    # text at once (faster) would join the words around them.
    assert cut(text)[1] == [word.lower() for word in re.findall("[A-Za-z]+", text)]


_PIECES = [
    *"kick the bucket per centum He don t Week hebdomad US well known a".split(),
    *[" ", " ", "  ", "-", ".", "\n", ":", "'", "’", "\u212a"],
]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_a_scan_holds_the_units_cut_gives(text: str) -> None:
    found, words = cut(text)
    scanned = scan(text)
    assert scanned.words == words
    assert [scanned.unit(k) for k in range(len(scanned.keys))] == found
    assert scanned.keys == [u.key for u in found]
    assert scanned.first_words == [u.first_word for u in found]
    assert scanned.sizes == [u.words for u in found]
    assert scanned.capitalised == [u.text[0].isupper() and not u.sentence_start for u in found]
