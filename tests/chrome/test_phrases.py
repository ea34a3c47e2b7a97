from __future__ import annotations

import re

import pytest

from textrepair.chrome import strip_chrome
from textrepair.chrome.lexicon import CHROME_PHRASE, COMMENTS_HEADER, by_first_character
from textrepair.chrome.phrases import COMMENT_HEADERS, LIST_LABELS, PHRASES, every
from textrepair.chrome.rules import rule_reasons


def test_every_language_s_phrases_can_be_grouped_and_are_lower_case() -> None:
    for language, phrases in PHRASES.items():
        by_first_character(list(phrases))  # raises on a phrase that starts with a group
        for phrase in phrases:
            assert phrase == phrase.lower(), (language, phrase)
            re.compile(phrase)
    for table in (LIST_LABELS, COMMENT_HEADERS):
        for pattern in every(table):
            re.compile(pattern)


@pytest.mark.parametrize(
    "line",
    [
        "Weiterlesen",
        "Alle Rechte vorbehalten.",
        "Anzeige",
        "Czytaj więcej",
        "Reklama",
        "Tüm hakları saklıdır.",
        "Les også",
        "Lo más leído",
        "Читайте также",
        "関連記事",
        "相关阅读",
    ],
)
def test_furniture_in_other_languages_is_a_chrome_phrase(line: str) -> None:
    assert CHROME_PHRASE.search(line)


@pytest.mark.parametrize(
    "line",
    [
        # the everyday sense of a word that alone marks an advertisement
        "Anzeige gegen den Fahrer erstattet",
        "Reklama w telewizji kosztuje coraz więcej",
        "Annonce du gouvernement sur les retraites",
        "La stampa estera ha seguito il vertice",
        "Spain's share of the market",
    ],
)
def test_their_everyday_senses_are_not(line: str) -> None:
    assert not CHROME_PHRASE.search(line)


def test_a_list_of_links_under_a_header_in_swedish_is_removed() -> None:
    lines = [
        "Kommunfullmäktige beslutade på måndagen efter en lång debatt om budgeten för nästa år.",
        "Läs också:",
        "Nya cykelvägar i centrum",
        "Striden om skolreformen",
        "Oppositionen meddelade att den kommer att överklaga beslutet, sade dess talesperson.",
    ]
    reasons = rule_reasons(lines)
    assert [bool(r) for r in reasons] == [False, True, True, True, False]


@pytest.mark.parametrize("line", ["Kommentare (12)", "Komentarze", "Commentaires :", "댓글"])
def test_comment_headers_in_other_languages_are_recognised(line: str) -> None:
    assert COMMENTS_HEADER.match(line)


def test_advertisement_markers_in_a_polish_article_go_and_its_paragraphs_stay() -> None:
    paragraphs = [
        "Rząd przyjął w środę projekt ustawy o budżecie na przyszły rok, który trafi teraz do Sejmu.",
        "Minister finansów powiedział, że deficyt będzie niższy niż zakładano jeszcze wiosną tego roku.",
        "Opozycja zapowiedziała, że złoży poprawki do projektu podczas pierwszego czytania w Sejmie.",
        "Ekonomiści oceniają, że założenia budżetu są ostrożne, ale wzrost płac może być wyższy.",
    ]
    text = "\n".join(
        [paragraphs[0], "Reklama", paragraphs[1], paragraphs[2], "Reklama", paragraphs[3]]
    )
    assert strip_chrome(text) == "\n".join(paragraphs)
