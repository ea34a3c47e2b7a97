"""takes_an: the article English writes before a word, from its spelling."""

from __future__ import annotations

import pytest

from textrepair.language.english import takes_an


@pytest.mark.parametrize(
    ("word", "an"),
    [
        ("apple", True),
        ("action", True),
        ("umbrella", True),
        ("unintended", True),
        ("hour", True),
        ("honest", True),
        ("onerous", True),
        ("natural", False),
        ("university", False),
        ("unique", False),
        ("european", False),
        ("one", False),
        ("unanimous", False),
        ("unary", False),
        ("user", False),
        ("house", False),
    ],
)
def test_the_article_follows_the_sound_the_word_starts_with(word: str, an: bool) -> None:
    assert takes_an(word) is an


@pytest.mark.parametrize("word", ["x", "homage", "herb", "3d", "café", ""])
def test_letters_numbers_and_words_writers_differ_on_are_unsure(word: str) -> None:
    assert takes_an(word) is None
