"""Tortured-phrase lookup: longest match first, single-spaced words only, any case."""

from __future__ import annotations

from textrepair.spin.fingerprints import find_fingerprints


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.expected) for f in find_fingerprints(text)]


def test_longest_phrase_first_and_case_kept() -> None:
    assert _found("A 10-overlap cross approval ran.") == [
        ("10-overlap cross approval", "10-fold cross validation")
    ]
    assert _found("Counterfeit Consciousness rules.") == [
        ("Counterfeit Consciousness", "artificial intelligence")
    ]


def test_words_must_be_joined_by_one_space() -> None:
    assert _found("counterfeit  consciousness") == []
    assert _found("counterfeit\nconsciousness") == []
    assert _found("counterfeit, consciousness") == []


def test_matches_do_not_overlap_and_every_one_is_found() -> None:
    text = "counterfeit consciousness counterfeit consciousness and profound learning"
    assert [e for _, e in _found(text)] == [
        "artificial intelligence",
        "artificial intelligence",
        "deep learning",
    ]
