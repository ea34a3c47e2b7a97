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


def test_a_language_of_many_word_forms_gets_as_much_of_its_text_as_english() -> None:
    # Forty words are 44 % of English text but 24 % of Vietnamese (syllables) and 18 % of
    # Turkish (word forms): a line of their prose read as a list. The list now goes on to
    # the share English's covers.
    import wordfreq

    def coverage(lang: str) -> float:
        return sum(wordfreq.get_frequency_dict(lang).get(w, 0.0) for w in frequent_words(lang))

    assert len(frequent_words("vi")) > 40 and coverage("vi") >= 0.38
    assert len(frequent_words("tr")) > 100
    assert {"và", "của", "là"} <= frequent_words("vi")
    assert len(frequent_words("nb")) == 40  # forty cover enough of Norwegian already
