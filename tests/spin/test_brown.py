"""The Brown Corpus samples read as prose for the spin suites' literary genres."""

from __future__ import annotations

import pytest

from benchmarks import brown
from benchmarks.spin_genres import MEASURED_ONLY, genre_texts
from tests.conftest import shared_path


def test_a_tagged_sentence_reads_as_written() -> None:
    tokens = "``/`` I'm/ppss+bem here/rb ,/, ''/'' he/pps said/vbd (/( twice/rb )/) ./.".split()
    assert brown.detokenize(tokens) == "“I’m here,” he said (twice)."


def test_a_dash_stays_spaced_and_a_doubled_stop_is_written_once() -> None:
    tokens = "It/pps was/bedz --/-- as/ql ever/rb --/-- hard/jj ;/. ;/.".split()
    assert brown.detokenize(tokens) == "It was -- as ever -- hard;"
    assert brown.detokenize("Who/wps ?/. ?/.".split()) == "Who?"
    assert brown.detokenize("Go/vb !/. !/.".split()) == "Go!"


def test_paragraphs_join_their_sentences_and_keep_a_headline_apart() -> None:
    raw = (
        "\n\nBig/jj-hl news/nn-hl \nThe/at town/nn voted/vbd ./.\n"
        "It/pps was/bedz close/jj ./.\n\n\n\tThen/rb rain/nn came/vbd ./.\n"
    )
    assert list(brown.paragraphs(raw)) == [
        "Big news",
        "The town voted. It was close.",
        "Then rain came.",
    ]


def test_the_samples_read_are_the_two_genres_sections() -> None:
    names = brown.file_names()
    assert len(names) == sum(brown.SAMPLES.values()) == len(set(names))
    sections = {s for group in brown.GENRES.values() for s in group}
    assert {name[1] for name in names} == sections
    assert tuple(brown.GENRES) == MEASURED_ONLY


def test_no_genre_that_trains_reads_brown(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail() -> list[tuple[str, str, str]]:
        raise AssertionError("Brown read")

    shared_path("data", "genres", "speeches.jsonl.gz")
    monkeypatch.setattr(brown, "brown_texts", fail)
    assert not set(genre_texts("eval")) & set(MEASURED_ONLY)
