"""Markdown and other languages: what the chrome stage reads in each rendering."""

from __future__ import annotations

from dataclasses import replace

from benchmarks.chrome_words import learn_word_odds
from textrepair import strip_chrome
from textrepair.chrome.detect import chrome_report, load_model
from textrepair.chrome.features import CONTEXT_FEATURES, context_features
from textrepair.chrome.lines import document_lines
from textrepair.chrome.rules import rule_reasons
from textrepair.chrome.word_odds import line_odds

STORY = (
    "The city council approved the budget on Monday after a debate that lasted well into "
    "the night, with members split over how much to spend on schools and roads.\n\n"
    "Spending on schools rises by four percent next year, while the road repair fund is cut "
    "by a tenth, a change the opposition called short-sighted and unfair to drivers.\n\n"
    "The mayor said the plan balances the needs of families with the cost of keeping the "
    "streets safe, and promised a review of the road fund in the spring.\n\n"
)
MENU = "".join(
    f"  * [{name}](https://example.org/{name.lower()})\n"
    for name in ("World", "Politics", "Business", "Sport", "Culture", "Weather")
)


def test_a_markdown_menu_goes_and_the_story_stays() -> None:
    out = strip_chrome(MENU + "\n" + STORY)
    assert "[World]" not in out and "[Weather]" not in out
    assert STORY.strip() in out


def test_link_features_read_the_visible_text() -> None:
    lines = document_lines(MENU + "\n" + STORY)
    rows = context_features(lines)
    share = CONTEXT_FEATURES.index("link_share")
    words = CONTEXT_FEATURES.index("log_words")
    assert [row[share] for row in rows] == [1.0] * 6 + [0.0] * 3
    # "[World](https://example.org/world)" is one word to a reader, not four.
    assert rows[0][words] == context_features(document_lines("World\n"))[0][words]


def test_a_markdown_heading_is_read_as_its_words_by_the_rules() -> None:
    reasons = rule_reasons(["## **Read more:**", "* [Council votes on taxes](/taxes)"])
    assert reasons == ["chrome: a 'Read more' list"] * 2


def test_a_bare_url_is_not_an_empty_timestamp_line() -> None:
    assert rule_reasons(["https://example.org/sites/2015/03/24/with-2-5-billion"]) == [""]


def test_chinese_prose_with_a_camel_case_name_is_not_a_run_of_tags() -> None:
    line = "DeepMind的AlphaGo AI能够打败围棋冠军也跟这些神经网络有很大关系。但是AlphaGo必须进行训练才行。"
    assert rule_reasons([line]) == [""]


def test_chrome_words_are_learned_and_read_per_language() -> None:
    pages = [
        (str(i), ["Startseite Impressum", "Der Rat hat den Haushalt beschlossen."], [0, 1], "de")
        for i in range(5)
    ]
    odds = learn_word_odds(pages)
    assert odds["de:impressum"] > 0 > odds["de:haushalt"] and "impressum" not in odds
    assert line_odds("Impressum", odds, "de")[1] > 0
    assert line_odds("Impressum", odds, "en") == (0.0, 0.0)


def test_a_model_passed_in_replaces_the_shipped_one() -> None:
    page = MENU + "\n" + STORY
    shipped = chrome_report(page)
    keep_all = replace(load_model(), threshold=0.0)
    assert shipped.edits and shipped.edits != chrome_report(page, model=keep_all).edits
