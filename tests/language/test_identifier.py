"""Language identification: documents, paragraphs, hostile input, the fallback."""

from __future__ import annotations

import pytest

from textrepair.language import identifier
from textrepair.language.english import _english_by_function_words, is_english
from textrepair.language.identifier import (
    SAMPLE_CHARS,
    Language,
    identify,
    identify_blocks,
)

PARAGRAPHS = {
    "en": "The city council approved the budget on Monday after a debate that lasted well "
    "into the night, with members split over how much to spend on schools and roads.",
    "de": "Der Stadtrat hat den Haushalt am Montag nach einer Debatte verabschiedet, die bis "
    "tief in die Nacht dauerte, weil die Mitglieder über die Ausgaben stritten.",
    "fr": "Le conseil municipal a adopté le budget lundi après un débat qui a duré tard dans "
    "la nuit, les membres étant divisés sur les dépenses pour les écoles.",
    "da": "Byrådet vedtog budgettet mandag efter en debat, der varede til langt ud på natten, "
    "fordi medlemmerne var uenige om, hvor mange penge der skulle bruges på skolerne.",
    "ru": "Городской совет утвердил бюджет в понедельник после дебатов, которые длились до "
    "поздней ночи, потому что члены совета спорили о расходах на школы.",
    "ja": "市議会は月曜日、夜遅くまで続いた議論の末に予算を承認した。学校と道路への支出を"
    "めぐって議員の意見は分かれた。",
}


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_paragraphs_of_six_languages(lang: str) -> None:
    found = identify(PARAGRAPHS[lang])
    assert found.code == lang
    assert found.reliable
    assert 0.9 <= found.confidence <= 1.0
    assert found.identifier == "cld2"


def test_english_gate_no_longer_takes_danish_for_english() -> None:
    """Danish shares "i", "at", "for" with English: the function words alone said English."""
    danish = (
        "Det er vigtigt at huske, at i år er der to valg, og for mange vælgere er det svært at "
        "vælge. I Danmark har man i mange år sagt, at det var for tidligt at stemme."
    )
    assert _english_by_function_words(danish)
    assert not is_english(danish)
    assert is_english(PARAGRAPHS["en"])


def test_short_text_falls_back_to_function_words() -> None:
    assert not identify("Sooooo .").reliable
    assert not is_english("Sooooo .")
    assert is_english("Thanks ,")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "12 345 -- !!! ...",
        "abc\x00def ghi \x01 the council approved the budget on Monday",
        "lone \ud800 surrogate \udfff in the council budget debate on Monday night",
        "noncharacters \ufffe \uffff \U0010ffff in the council budget debate on Monday",
        "C1 controls \x85 \x9d in the council budget debate that lasted all night",
    ],
)
def test_hostile_input_is_identified_without_error(text: str) -> None:
    found = identify(text)
    assert isinstance(found, Language)
    if "council" in text:
        assert found.code == "en"
    else:
        assert found.code == "und" and not found.reliable


def test_long_text_is_read_from_a_bounded_sample() -> None:
    text = (PARAGRAPHS["de"] + "\n") * 5_000  # ~830,000 characters
    sample = identifier._sample(text, SAMPLE_CHARS)
    assert len(sample) <= SAMPLE_CHARS + 2
    assert sample.startswith(text[:100]) and sample.endswith(text[-100:])
    assert identify(text).code == "de"


def test_blocks_of_a_mixed_page() -> None:
    page = (
        "Home | World | Business | Sport | Contact\n\n"
        + PARAGRAPHS["de"]
        + "\n\n"
        + PARAGRAPHS["de"].replace("Montag", "Dienstag")
        + "\n\n"
        + PARAGRAPHS["en"]
        + "\n\n---\n"
    )
    blocks = identify_blocks(page)
    assert [page[b.start : b.end].strip()[:4] for b in blocks] == [
        "Home",
        "Der ",
        "Der ",
        "The ",
        "---",
    ]
    assert [b.language.code for b in blocks][1:4] == ["de", "de", "en"]
    # a block of no words takes the document's language, marked unreliable
    assert blocks[-1].language.code == identify(page).code == "de"
    assert not blocks[-1].language.reliable


def test_blocks_are_lines_where_there_are_no_blank_lines() -> None:
    text = PARAGRAPHS["en"] + "\n" + PARAGRAPHS["fr"] + "\n"
    blocks = identify_blocks(text)
    assert [(b.start, b.end) for b in blocks] == [
        (0, len(PARAGRAPHS["en"])),
        (len(PARAGRAPHS["en"]) + 1, len(text) - 1),
    ]
    assert [b.language.code for b in blocks] == ["en", "fr"]


def test_the_fallback_answers_without_cld2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where pycld2 has no wheel, function words of seven languages identify the text."""
    monkeypatch.setattr(identifier, "_cld2", lambda: None)
    identifier._identify_sample.cache_clear()
    try:
        german = identify(PARAGRAPHS["de"])
        assert (german.code, german.identifier, german.reliable) == ("de", "function-words", True)
        assert identify(PARAGRAPHS["en"]).code == "en"
        assert identify(PARAGRAPHS["ja"]).code == "und"  # no function word it knows
        assert is_english(PARAGRAPHS["en"]) and not is_english(PARAGRAPHS["fr"])
    finally:
        identifier._identify_sample.cache_clear()
