from __future__ import annotations

import pytest

from textrepair.language import identify
from textrepair.language.function_words import WORDFREQ_CODES, frequent_words


def test_norwegian_as_the_identifier_names_it_has_function_words() -> None:
    # The identifier says "no"; wordfreq files Norwegian as "nb". Without the mapping
    # a Norwegian page had no function words, and its prose read like a menu.
    code = identify("Det er en fin dag i dag, og vi skal ut og gå en tur i skogen med hundene.")
    assert code.code == "no"
    assert {"og", "ikke", "det", "er"} <= frequent_words(code.code)
    assert frequent_words("no") == frequent_words("nb")


@pytest.mark.parametrize("code", sorted(WORDFREQ_CODES))
def test_every_mapped_code_finds_a_list(code: str) -> None:
    assert len(frequent_words(code)) >= 20


def test_a_language_wordfreq_does_not_know_has_none() -> None:
    assert frequent_words("sw") == frozenset()
