"""Bad input gets a clear error or passes through; nothing crashes, nothing is lost."""

from __future__ import annotations

import pytest

import textrepair


@pytest.mark.parametrize(
    "func", [textrepair.repair, textrepair.repair_and_explain, textrepair.fix_encoding]
)
def test_bytes_are_refused_with_advice(func: object) -> None:
    with pytest.raises(TypeError, match="decode"):
        func(b"caf\xc3\xa9")  # type: ignore[operator]


@pytest.mark.parametrize("value", [None, 42, ["text"]])
def test_non_text_is_refused(value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        textrepair.repair(value)  # type: ignore[arg-type]


def test_empty_text() -> None:
    assert textrepair.repair("") == ""
    assert textrepair.repair_and_explain("").edits == ()


def test_lone_surrogates_become_replacement_characters_and_are_recorded() -> None:
    text = "ok \ud800 and \udfff end"
    result = textrepair.repair_and_explain(text)
    assert "\ud800" not in result.text and "\udfff" not in result.text
    result.text.encode("utf-8")  # now encodable
    assert result.restore() == text


def test_surrogate_pair_is_joined() -> None:
    assert textrepair.repair("smile \ud83d\ude00") == "smile 😀"


def test_control_characters_are_removed_but_kept_in_the_edits() -> None:
    text = "bell\x07 null\x00 tab\tok\n"
    result = textrepair.repair_and_explain(text)
    assert result.text == "bell null tab\tok\n"
    assert {e.before for e in result.edits} == {"\x07", "\x00"}
    assert result.restore() == text


def test_fifty_megabyte_string() -> None:
    paragraph = "A clean paragraph of news text with “quotes” and an em dash — here.\n"
    text = paragraph * (50_000_000 // len(paragraph))
    damaged = text + "The partyâ€™s line.\n"
    assert textrepair.fix_encoding(text) == text
    repaired = textrepair.repair(damaged)  # every stage, once
    assert repaired.endswith("The party’s line.\n")
    assert len(repaired) == len(damaged) - 2


def test_one_huge_line_is_segmented_without_loss() -> None:
    text = ("word " * 60_000) + "donâ€™t"
    result = textrepair.repair_and_explain(text, max_segment_length=1000)
    assert result.text.endswith("don’t")
    assert result.restore() == text


def test_one_enormous_token_costs_linear_time() -> None:
    text = "Facebook said it ’s over . " + "ab" * 500_000 + " and hisdigital plan ."
    out = textrepair.repair(text)
    assert out.startswith("Facebook said it’s over.")
    assert "ab" * 500_000 in out
