"""The chrome in the seed articles goes; their article sentences stay."""

from __future__ import annotations

import pytest

import textrepair
from tests.conftest import example
from textrepair.chrome import chrome_report, strip_chrome
from textrepair.edits import apply_edits, invert_edits

CHROME = {
    "000": ["Audio By Carbonatix", "Latest Stories", "32 seconds -", "4 minutes -", "1 hour -"],
    "001": [
        "Beta V.1.0 - Powered by automated translation",
        "Read more:",
        "(AP Photo/Paul Sakuma, File)",
        "has warned tech giants over rules. EPA",
    ],
    "002": [
        "Daily Newsletter",
        "You May Also Like",
        "![]()",
        "Cambridge AnalyticaClintonTrump",
        "Get the best tech , skill , and cultivation news in your inbox daily .",
    ],
}
ARTICLE = {
    "000": [
        "Facebook will no longer send employees to work at the offices of political campaigns",
        "The social network is the second largest online advertising broker, behind Google.",
    ],
    "001": [
        "Facebook said on Thursday that it would no longer dispatch employees",
        "Twitter should also make the necessary changes by year-end",
        "Facebook's involvement with Trump's campaign drew scrutiny from US",
    ],
    "002": ["The 2016 Presidential Election was doubtless the spoilt thing"],
}


@pytest.mark.parametrize("seed", sorted(CHROME))
def test_seed_chrome_is_removed(seed: str) -> None:
    text = example(seed)
    out = strip_chrome(text)
    for chrome in CHROME[seed]:
        assert chrome in text
        assert chrome not in out, chrome


@pytest.mark.parametrize("seed", sorted(ARTICLE))
def test_seed_article_sentences_are_kept(seed: str) -> None:
    out = strip_chrome(example(seed))
    for sentence in ARTICLE[seed]:
        assert sentence in out, sentence


def test_latest_stories_headlines_go_with_their_timestamps() -> None:
    out = strip_chrome(example("000"))
    assert "TOR running partial 24-hour service" not in out
    assert "Crypto fraudster sentenced" not in out


@pytest.mark.parametrize("seed", sorted(CHROME))
def test_every_removed_line_is_in_the_edits(seed: str) -> None:
    text = example(seed)
    edits = chrome_report(text).edits
    assert edits and all(e.stage == "chrome" and e.after == "" for e in edits)
    assert all(e.reason.startswith("chrome:") and 0 < e.confidence <= 1 for e in edits)
    out = apply_edits(text, list(edits))
    assert apply_edits(out, invert_edits(list(edits))) == text


def test_pipeline_stage_is_opt_in_and_restorable() -> None:
    text = example("000")
    assert "Audio By Carbonatix" in textrepair.repair(text)
    result = textrepair.repair_and_explain(text, chrome=True)
    assert "Audio By Carbonatix" not in result.text
    assert "ParliamentÂ" not in result.text  # the other stages still run
    assert result.restore() == text
    assert result.counts()["chrome"] >= 2
    assert textrepair.repair(text, "all") == result.text
