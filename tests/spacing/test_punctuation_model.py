from __future__ import annotations

import json
from importlib import resources

import pytest

from tests.conftest import shared_path
from textrepair.edits import apply_edits, invert_edits
from textrepair.spacing import fix_spacing
from textrepair.spacing.punctuation_model import (
    FEATURES,
    candidates,
    load_model,
    punctuation_model_edits,
)
from textrepair.spacing.text_index import TextIndex


def _places(text: str) -> list[str]:
    return [text[p - 1 : p + 1] for p, _ in candidates(text, TextIndex(text), ())]


def test_shipped_model_matches_the_features() -> None:
    model = load_model()
    assert len(model.weights) == len(FEATURES)
    assert 0 < model.threshold < 1


def test_every_candidate_has_every_feature() -> None:
    text = "He said,[3][4]Then (PDF).Ministry of it: 5,000 or 3.5;Yes and “Quoted.”Next."
    found = list(candidates(text, TextIndex(text), ()))
    assert [text[p - 1 : p + 1] for p, _ in found] == [
        "]T",
        ".M",
        ";Y",
        "”N",
    ]
    assert all(len(x) == len(FEATURES) for _, x in found)


@pytest.mark.parametrize(
    "text",
    [
        "See https://example.com:8080 for it.",  # an address
        "Call models.Model(x) now.",  # a call
        "Use Microsoft.Extensions.Logging here.",  # a dotted name
        "Open about:config and look.",  # a colon before a lower-case word
        "It said &quot;Hello there.",  # an entity
        "Then f(a,b) was called.",  # inside an unclosed bracket
        "\n?Yes, we are.",  # a mark that starts its token
        "The log reads INFO:So there.",  # a label in capitals before a colon
        "Read the TL;DR first.",  # a short label in capitals before a semicolon
        "See arr[1]here now.",  # an index after a name
        "Our (inter)connections grow.",  # a bracketed prefix
        "See v4.With it.",  # part of a mixed run
        "Pick red,green,blue today.",  # a list written without spaces
        "Swift's String.Index type.",  # a member after a name
        "Call src.Close and pathlib.Path too.",  # a short or rare word before a member
        'He said "yes".OECD agreed.',  # capitals after a quoted title
        "Read request.POST now.",  # capitals after a lower-case word and a dot
    ],
)
def test_vetoed_places_are_no_candidates(text: str) -> None:
    assert _places(text) == []


def test_taken_places_are_skipped() -> None:
    text = "It rose.The end came.Then more."
    index = TextIndex(text)
    first = text.index(".T") + 1
    assert [p for p, _ in candidates(text, index, {first})] == [text.index(".Then") + 1]


def test_model_restores_citation_and_footnote_glue() -> None:
    text = (
        "The company said it grew.[354][355]Other outdoor pursuits followed. See Key "
        'Tourism Statistics (PDF).Ministry of Business, Innovation and Employment."\n'
    )
    fixed = fix_spacing(text)
    assert "[355] Other" in fixed
    assert "(PDF). Ministry" in fixed


@pytest.mark.parametrize(
    "text",
    [
        "The plant employs 1,000 workers and 2,500 contractors across the region.",
        "Version 3.5 of the library shipped in the U.S. and the U.K. last week.",
        "Install Node.js and run the tests, e.g. with npm, before you commit.",
        "The ratio was 3:2 at the time, and the score stood at 10:30 in the end.",
    ],
)
def test_clean_prose_is_left_alone(text: str) -> None:
    index = TextIndex(text)
    assert punctuation_model_edits(text, index, ()) == []


def test_edits_replay_and_invert() -> None:
    text = "It grew.[3][4]Then (PDF).Ministry of Vudu,YouTube,Amazon,Netflix."
    edits = punctuation_model_edits(text, TextIndex(text), ())
    assert edits and all(e.before == "" and e.after == " " for e in edits)
    assert all("model" in e.reason for e in edits)
    fixed = apply_edits(text, edits)
    assert apply_edits(fixed, invert_edits(edits)) == text


def test_training_is_reproducible() -> None:
    for source in ("wcxb_dev", "fundus", "readability", "article_extraction_dataset"):
        shared_path("data", "pages", f"{source}.jsonl.gz")
    from benchmarks.train_punctuation import train

    shipped = json.loads(
        resources.files("textrepair.spacing").joinpath("punctuation_model.json").read_text("utf-8")
    )
    assert train() == shipped
