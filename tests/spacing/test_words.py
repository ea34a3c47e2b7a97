from __future__ import annotations

from textrepair.spacing.words import piece_zipf, segment


def test_rare_dictionary_words_are_parts_but_rare_non_words_are_not() -> None:
    assert piece_zipf("prioritizes") is not None  # Zipf 2.3, in the spelling dictionary
    assert piece_zipf("Parscale") is None  # Zipf 1.4, a name the dictionary does not list
    assert piece_zipf("hoot") is None  # short and rare: too easy to find inside other words


def test_runs_with_a_rare_dictionary_word_can_be_segmented() -> None:
    assert segment("thatprioritizes") == ("that", "prioritizes")
    assert segment("toinstantiateobjectswithout") == ("to", "instantiate", "objects", "without")
    assert segment("Jourova") is None


def test_long_glued_runs_segment_into_up_to_six_words() -> None:
    assert segment("thepracticalityandusabilityof") == (
        "the",
        "practicality",
        "and",
        "usability",
        "of",
    )
