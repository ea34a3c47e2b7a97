from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textrepair.chrome.lexicon import (
    _PHRASES,
    CHROME_PHRASE,
    CREDIT,
    DATE,
    GLUED_CAPS,
    RELATIVE_TIME,
    SENTENCE_END,
    URL,
    CaseFreePattern,
    by_first_character,
    glued_caps,
)
from textrepair.chrome.rules import is_prose


def test_case_free_patterns_find_what_ignorecase_finds() -> None:
    lines = [
        "READ MORE: the council vote",
        "Photo: Getty Images",
        "İstanbul news — Read More",  # lower-casing İ adds a character: offsets must hold
        "Posted 3 Hours Ago",
        "Published Jan 29, 2025",
        "Nothing of the kind here",
    ]
    for pattern in (CHROME_PHRASE, CREDIT, RELATIVE_TIME, DATE):
        reference = re.compile(pattern.pattern, re.IGNORECASE)
        for line in lines:
            found, expected = pattern.search(line), reference.search(line)
            assert (found and found.span()) == (expected and expected.span()), (pattern, line)


def test_case_free_pattern_must_be_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        CaseFreePattern(r"Read \S+")


@pytest.mark.parametrize(
    "header",
    ["Recent Articles", "More Videos", "You may like to read:", "Print this page", "Popular Posts"],
)
def test_section_headers_of_link_lists_are_chrome_phrases(header: str) -> None:
    assert CHROME_PHRASE.search(header)


@pytest.mark.parametrize(
    "sentence",
    [
        "More stories like this one are told every winter in the valley.",
        "The recent study was printed in a journal.",
    ],
)
def test_the_headers_words_inside_a_sentence_are_not_chrome_phrases(sentence: str) -> None:
    assert not CHROME_PHRASE.search(sentence)


_OLD_URL = re.compile(r"https?://|www\.|\b[\w.+-]+@[\w-]+\.[\w.]+\b")


@given(st.text(alphabet="ab_1.+-@ é\n/:w", max_size=60))
def test_url_pattern_finds_what_the_quadratic_one_found(text: str) -> None:
    assert bool(URL.search(text)) == bool(_OLD_URL.search(text))


@pytest.mark.parametrize(
    "line",
    [
        "mail x.y+z@example.co.uk now",
        "-.@example.com",
        "(-user@example.com)",
        "a-" * 5_000 + "@x.org",
    ],
)
def test_url_pattern_on_addresses(line: str) -> None:
    assert bool(URL.search(line)) == bool(_OLD_URL.search(line))


_TRICKY = [
    "Print this page",
    "print this",
    "Sign up for our newsletter",
    "More stories",
    "more stories like this one",
    "(Read more)",
    "—Read More»",
    "You might also enjoy",
    "Posts you may like",
    "Other articles you might enjoy",
    "Written by staff; reviewed by editors",
    "12 comments",
    "S'abonner / Abonnez-vous",
    "À lire aussi",
    "İstanbul — Related Stories",
    "menus, searches and a login",
    "Facebook this",
    "We may earn a commission",
]


def test_phrases_grouped_by_first_character_match_as_the_phrases_in_order() -> None:
    # The shipped pattern groups the phrases; the plain alternation is what they say.
    plain = re.compile(r"(?:^|\b)(?:" + "|".join(_PHRASES) + r")(?:\b|$)", re.IGNORECASE)
    for line in _TRICKY:
        expected = [m.span() for m in plain.finditer(line)]
        assert [m.span() for m in CHROME_PHRASE.finditer(line)] == expected, line
    assert CHROME_PHRASE.search("Sign up for it").group() == "sign up"  # the first phrase wins


@pytest.mark.parametrize("phrase", ["(?:a|b) c", "a? b", "[ab]c", "x", r"\w+ y", ".*"])
def test_a_phrase_that_does_not_start_with_a_lone_literal_is_refused(phrase: str) -> None:
    with pytest.raises(ValueError, match="literal character"):
        by_first_character(["read more", phrase])


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("MEXICO CITY (AP) — Mexico’s economy grew by 1.1% in the first quarter.", False),
        ("KYIV, Dec 24 (Reuters) - Polish farmers have ended their blockade.", False),
        ("Athletic Propulsion Labs (APL) - TechLoom Bliss. $245.00.", False),
        ("The refinery at dawn on Sunday. (AP Photo/Matias Delacroix)", True),
        ("Crowds at the gates (Reuters) and the square beyond", True),
    ],
)
def test_a_wire_dateline_is_no_photo_credit(line: str, credit: bool) -> None:
    # "(AP) —" opens a wire story's first paragraph; "(AP Photo/…)" closes a caption.
    assert (CREDIT.search(line) is not None) == credit


@pytest.mark.parametrize(
    "line",
    [
        "पुलिस ने इस मामले में दो बदमाशों को गिरफ्तार किया है।",  # Hindi: danda
        "حکومت نے بجٹ پیش کر دیا ہے۔",  # Urdu full stop
        "Կառավարությունը ներկայացրել է բյուջեն։",  # Armenian full stop
    ],
)
def test_a_sentence_ended_by_another_script_s_full_stop_ends_a_sentence(line: str) -> None:
    assert SENTENCE_END.search(line)
    assert is_prose(line + " " + line)  # sixteen words or more, or a sentence of eight


@given(st.text(st.sampled_from("aAbBzZ 1é"), max_size=30))
def test_glued_capitals_are_counted_as_the_pattern_counts_them(line: str) -> None:
    assert glued_caps(line) == len(GLUED_CAPS.findall(line))
