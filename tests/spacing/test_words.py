from __future__ import annotations

import gzip
import itertools
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from textrepair import fix_spacing
from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import english_frequencies
from textrepair.spacing.words import (
    SUFFIX_PIECES,
    _part_zipf,
    piece_zipf,
    segment,
    vouched,
    wordnet_word,
)


def test_rare_dictionary_words_are_parts_but_rare_non_words_are_not() -> None:
    assert piece_zipf("prioritizes") is not None  # Zipf 2.3, in the spelling dictionary
    assert piece_zipf("Parscale") is None  # Zipf 1.4, a name the dictionary does not list
    assert piece_zipf("hoot") is None  # short and rare: too easy to find inside other words


def test_runs_with_a_rare_dictionary_word_can_be_segmented() -> None:
    assert segment("thatprioritizes") == ("that", "prioritizes")
    assert segment("toinstantiateobjectswithout") == ("to", "instantiate", "objects", "without")
    assert segment("Jourova") is None


def test_an_ending_is_no_word_after_a_content_word_and_ing_after_none() -> None:
    assert segment("theally") == ("the", "ally")  # after a function word, an ending may be one
    assert "ing" not in (segment("operationalising") or ())  # not operational + is + ing
    assert segment("soing") is None  # a typo of doing, not so + ing


def test_long_glued_runs_segment_into_up_to_six_words() -> None:
    assert segment("thepracticalityandusabilityof") == (
        "the",
        "practicality",
        "and",
        "usability",
        "of",
    )


def _segment_every_piece(word: str) -> tuple[str, ...] | None:
    """The segmenter without its shortcut: every piece up to 20 letters is looked up."""
    best: list[tuple[float, tuple[int, ...]] | None] = [None] * (len(word) + 1)
    best[0] = (0.0, ())
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 20), end):
            prev = best[start]
            if prev is None or len(prev[1]) >= 6:
                continue
            piece = word[start:end]
            after_function = (
                prev[1]
                and word[(prev[1][-2] if len(prev[1]) > 1 else 0) : prev[1][-1]].lower()
                in FUNCTION_WORDS
            )
            if piece.lower() in SUFFIX_PIECES and prev[1] and not after_function:
                continue
            z = piece_zipf(piece)
            if z is not None and (best[end] is None or prev[0] + z - 9.0 > best[end][0]):
                best[end] = (prev[0] + z - 9.0, (*prev[1], end))
    final = best[len(word)]
    if final is None or len(final[1]) < 2:
        return None
    return tuple(word[a:b] for a, b in itertools.pairwise((0, *final[1])))


@pytest.mark.parametrize(
    "word",
    [
        "voterregistration",
        "thepracticalityandusabilityof",
        "Iamhere",
        "iamhere",
        "IwasTOLDthat",
        "decisioningandthe",
        "satietyprioritizesthe",
        "thisisareallylongrunofwordsthatkeepsgoingandgoing",
        "Parscalesaid",
        "ofthe",
    ],
)
def test_the_segmenter_finds_what_looking_up_every_piece_finds(word: str) -> None:
    # It stops extending a piece that begins no word; the best split must not change.
    assert segment.__wrapped__(word) == _segment_every_piece(word)


def test_every_listed_word_is_rated_as_the_rule_says() -> None:
    # piece_zipf answers from a table built once; the table must miss no accepted word.
    words = [w for w in itertools.islice(english_frequencies(), 0, 320_000, 97) if w != "i"]
    assert len(words) > 3000
    assert [piece_zipf(w) for w in words] == [_part_zipf(w) for w in words]
    assert [piece_zipf(w.title()) for w in words] == [_part_zipf(w) for w in words]


def test_wordnet_vouches_for_rare_words_but_not_for_glue_shaped_as_one() -> None:
    assert vouched("assorting") and vouched("inclosed") and vouched("Coneflowers")
    # WordNet's morphology would read these as "mei" and "aspis": capitals inside are glue
    assert not wordnet_word("meI") and not wordnet_word("asPiss")
    # WordNet lists "abetter" and "acritical", but the article before a common word is
    # far likelier glue
    assert not vouched("abetter") and not vouched("acritical")
    assert not vouched("hisdigital") and not vouched("Googleoften")


def test_adverbs_and_duration_compounds_of_listed_words_are_words() -> None:
    # WordNet lists "indiscriminating" but no adverb of it: the segmenter used to cut
    # "indiscriminatingly" into six pieces; "hourslong" is newswriting's closed compound
    assert vouched("indiscriminatingly") and vouched("hourslong") and vouched("Yearslong")
    assert not any(map(vouched, ("indiscriminating" + "x", "hourlong" + "s")))
    # ...but an article glued to a word stays glue, however the rest of the run ends
    assert not vouched("anearly") and not vouched("veryquickly")


def test_programming_keywords_are_words_of_prose_about_code() -> None:
    text = "Use isinstance or typeof there, set a readonly field, and bind onload early."
    assert fix_spacing(text) == text
    assert vouched("instanceof") and vouched("isinstance")


def test_derived_words_are_not_split_as_glue() -> None:
    text = "Hamas attacked Israel, indiscriminatingly shooting, after an hourslong outage."
    assert fix_spacing(text) == text


def test_a_name_glued_to_an_at_its_end_is_a_demonym() -> None:
    # "Tokelau" + "an" and "Jersey" + "an" are demonyms, not a name glued to the article
    assert segment("Tokelauan") is None and segment("Jerseyan") is None
    assert (
        fix_spacing("one elder from each Tokelauan atoll") == "one elder from each Tokelauan atoll"
    )
    # ...while a function word glued to the article is still glue
    assert segment("Withan") == ("With", "an")


def test_a_capital_article_counts_as_a_function_word_in_wordfreqs_listings() -> None:
    # wordfreq lists "Asingle" (Zipf 1.1): glue of "A" and "single", as "asingle" would be
    assert not vouched("Asingle") and not vouched("asingle")


def test_wordnet_words_rebuild_from_the_shipped_wordnet(tmp_path: Path) -> None:
    out = tmp_path / "wordnet_words.txt.gz"
    script = Path(__file__).resolve().parents[2] / "scripts" / "build_wordnet_words.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True)
    shipped = resources.files("textrepair.spacing").joinpath("wordnet_words.txt.gz")
    assert out.read_bytes() == shipped.read_bytes()
    words = set(gzip.decompress(out.read_bytes()).decode().split())
    assert {"abase", "abased", "abases", "abasing", "buses"} <= words
    assert "abaseed" not in words and "walkes" not in words
