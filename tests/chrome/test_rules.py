from __future__ import annotations

import re
import sys

import pytest

from textrepair.chrome.rules import _CREDIT_END, _CREDIT_LAST, _credit_end, rule_reasons


@pytest.mark.parametrize(
    "line",
    [
        "The mayor at the opening. (AP Photo/Paul Sakuma, File)",
        "Crowds outside the court, Reuters",
        "Crowds outside the court, REUTERS   ",
        "Crowds outside the court, Reuterſ",  # IGNORECASE reads the long s as an s
        "Fans at the match // Getty Images",
        "A quiet street. Shutterstock",
        "A quiet street. Alamy",
        "A quiet street, EPA",
        "A quiet street in the rain",
        "Reuters reported the vote on Monday.",
        "",
    ],
)
def test_credit_endings_checked_quickly_agree_with_the_pattern(line: str) -> None:
    assert _credit_end(line) == bool(_CREDIT_END.search(line))


def test_every_character_the_credit_pattern_can_end_with_is_checked() -> None:
    last = re.compile(r"[pasky)]", re.IGNORECASE)
    missing = [c for c in map(chr, range(sys.maxunicode + 1)) if last.fullmatch(c)]
    assert set(missing) <= _CREDIT_LAST


def test_a_caption_with_its_credit_is_removed_by_rule() -> None:
    story = "The council approved the budget on Monday after a debate that went on late."
    reasons = rule_reasons([story, "The mayor at the opening, Reuterſ", story])
    assert reasons == ["", "chrome: a photo caption with its credit", ""]


def test_a_link_under_a_read_more_label_on_its_own_line_is_removed() -> None:
    story = "The council approved the budget on Monday after a debate that went on late at night."
    lines = [
        story,
        "READ MORE: First look at Thorpe Park's terrifying new rollercoaster",
        "Lire aussi : Les critiques de la CNIL contre le projet de loi",
        "Read more about the vote in the minutes, which the council published on Tuesday.",
        story,
    ]
    assert rule_reasons(lines) == [
        "",
        "chrome: a 'READ MORE' link",
        "chrome: a 'Lire aussi' link",
        "",
        "",
    ]


def test_a_chinese_paragraph_with_two_latin_names_is_not_a_run_of_tags() -> None:
    # Counted at spaces, a Chinese paragraph is one word, and "DeepMind" twice made it
    # "tags glued together"; two characters count as a word, so it is eighty words long.
    paragraph = (
        "DeepMind希望DNC可以推动计算行业实现更多突破。DeepMind已将其研究结果发表在科学刊物"
        "《自然》（Nature）上。（编译/林靖东）"
    )
    assert rule_reasons([paragraph]) == [""]
    assert rule_reasons(["Cambridge AnalyticaClintonTrump"]) == ["chrome: tags glued together"]


def test_the_rules_given_the_lines_phrases_find_what_they_find_alone() -> None:
    from benchmarks.data import seeds
    from textrepair.chrome.lexicon import CHROME_PHRASE
    from textrepair.chrome.markup import visible

    written = [line for text in seeds().values() for line in text.split("\n")]
    written += ["## **Read more:**", "Newsletter **Sign up** today", "**Beta** - Powered by"]
    shown = [visible(line) for line in written]
    phrased = [float(CHROME_PHRASE.search(text) is not None) for text in shown]
    with_phrases = rule_reasons(written, shown, phrased)
    assert with_phrases == rule_reasons(written, shown) == rule_reasons(written)
    assert "chrome: a short line of page furniture" in with_phrases
    # what the phrases say is read: told no line holds one, the furniture rule finds none
    told_none = rule_reasons(written, shown, [0.0] * len(written))
    assert told_none.count("chrome: a short line of page furniture") < with_phrases.count(
        "chrome: a short line of page furniture"
    )
