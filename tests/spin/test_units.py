"""Units: single words and the longest WordNet multi-word lemma at each word."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from textrepair.spin.units import NEVER, Unit, cut, scan, sentence_start, units
from textrepair.spin.wordnet import wordnet


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
    *"kick the bucket per centum He don t Week hebdomad US well known a tis".split(),
    *[" ", " ", "  ", "-", ".", "\n", ":", "'", "’", "\u212a"],
]


def _read_word_by_word(text: str) -> list[Unit]:
    """The units as the rules say, each word read in turn (no shortcut scan takes)."""
    wn = wordnet()
    matches = list(re.finditer("[A-Za-z]+", text))
    lows = [m.group().lower() for m in matches]
    out: list[Unit] = []
    i = 0
    while i < len(matches):
        for n in range(min(4, len(matches) - i), 1, -1):  # the longest lemma first
            gaps = [text[matches[k].end() : matches[k + 1].start()] for k in range(i, i + n - 1)]
            start, end = matches[i].start(), matches[i + n - 1].end()
            key = text[start:end].lower()
            if (
                all(g in (" ", "-") for g in gaps)
                and key in wn.index
                and not all(w in NEVER for w in lows[i : i + n])
            ):
                surface = text[start:end]
                out.append(Unit(start, end, surface, key, n, i, sentence_start(text, start)))
                i += n
                break
        else:
            start, end = matches[i].span()
            low = lows[i]
            if (
                low not in NEVER
                and len(low) >= 2
                and wn.morphy(low)
                and not text.startswith(("'t", "’t"), end)
            ):
                out.append(
                    Unit(start, end, text[start:end], low, 1, i, sentence_start(text, start))
                )
            i += 1
    return out


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_a_scan_finds_the_units_a_word_by_word_reading_finds(text: str) -> None:
    scanned = scan(text)
    expected = _read_word_by_word(text)
    assert [scanned.unit(k) for k in range(len(scanned.keys))] == expected
    assert scanned.capitalised == [u.text[0].isupper() and not u.sentence_start for u in expected]
    assert cut(text)[0] == expected
