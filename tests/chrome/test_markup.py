"""Markdown and other languages: what the chrome stage reads in each rendering."""

from __future__ import annotations

from dataclasses import replace

from benchmarks.chrome_words import learn_word_odds
from textrepair import strip_chrome
from textrepair.chrome.detect import chrome_report, load_model
from textrepair.chrome.features import CONTEXT_FEATURES, context_features
from textrepair.chrome.lines import document_lines
from textrepair.chrome.markup import markup_features, visible
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


# An inline SVG as html2text writes it: its data (with spaces, and brackets escaped)
# wrapped over more lines than any link's text or target.
SVG = (
    "![play action](data:image/svg+xml,%3csvg width='162' height='20' viewBox='0 0\n"
    "162 20' fill='none' xmlns='http://www.w3.org/2000/svg'%3e %3cg clip-\n"
    "path='url\\(%23clip0_556_524\\)'%3e %3cpath fill-rule='evenodd' clip-\n"
    + "".join(
        f"rule='evenodd' d='M57.{k} 12.8233H57.447C57.6428 12.8233 57.8595 12.8108\n"
        for k in range(12)
    )
    + "12.5761Z' fill='%23090A0B'/%3e %3c/g%3e %3c/svg%3e)\n"
)


def test_an_inline_svg_wrapped_over_many_lines_is_one_image_line() -> None:
    lines = document_lines(SVG + "\n" + STORY)
    assert lines[0].text.startswith("![play action](data:") and lines[0].text.endswith("%3e)")
    assert lines[0].end == len(SVG)  # the image and nothing after it
    assert [line.text for line in lines[1:]] == [p for p in STORY.split("\n") if p]
    assert visible(lines[0].text) == "play action"


def test_an_inline_svg_is_kept_or_removed_whole() -> None:
    # its lines of path data are no lines of text for the model to keep or cut one by one
    report = chrome_report(MENU + "\n" + SVG + "\n" + STORY)
    cut = [e for e in report.edits if "12.8233" in e.before]
    assert len(cut) <= 1 and all(SVG in e.before for e in cut)


def test_a_link_around_an_inline_image_is_link_text() -> None:
    teaser = (
        "* [![2024 Kia EV9](data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' "
        "viewBox='0 0 16 9 '%3E%3C/svg%3E)](/news/1142335_kia-ev9-markups)"
    )
    assert visible(teaser) == "* 2024 Kia EV9"
    share, all_link, image = markup_features(teaser)[:3]
    assert (share, all_link, image) == (1.0, 1.0, 1.0)
