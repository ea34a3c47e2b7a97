from __future__ import annotations

import pytest
from hypothesis import given, settings

import textrepair
from tests.strategies import mixed_text
from textrepair import RepairConfig, apply_edits
from textrepair.pipeline import STAGE_ORDER, STAGES


@settings(max_examples=300, deadline=None)
@given(mixed_text)
def test_edits_replay_to_the_output_and_invert_to_the_input(text: str) -> None:
    result = textrepair.repair_and_explain(text)
    assert apply_edits(text, list(result.edits)) == result.text
    assert result.restore() == text
    assert textrepair.repair(text) == result.text


@settings(max_examples=200, deadline=None)
@given(mixed_text)
def test_stage_edits_replay_in_sequence(text: str) -> None:
    result = textrepair.repair_and_explain(text)
    current = text
    for stage in result.stages:
        current = apply_edits(current, list(stage.edits))
    assert current == result.text


def test_every_edit_is_explained() -> None:
    result = textrepair.repair_and_explain("It&#39;s the partyâ€™s line\x07 in ParliamentÂ")
    assert result.text == "It's the party’s line in Parliament"
    for edit in result.edits:
        assert edit.stage == "encoding"
        assert edit.reason
        assert 0 < edit.confidence <= 1


def test_disabled_stage_makes_no_edits() -> None:
    text = "donâ€™t"
    assert textrepair.repair(text, encoding=False) == text
    assert textrepair.repair_and_explain(text, RepairConfig(encoding=False)).edits == ()


def test_stages_run_in_the_documented_order() -> None:
    positions = [STAGE_ORDER.index(name) for name in STAGES]
    assert positions == sorted(positions)


def test_unknown_option_names_the_closest() -> None:
    with pytest.raises(TypeError, match="did you mean 'unescape_html'"):
        textrepair.repair("x", unescape_htm=False)


def test_unknown_preset_lists_the_presets() -> None:
    with pytest.raises(ValueError, match="conservative"):
        textrepair.repair("x", "agressive")


def test_presets_differ_only_in_normalisations() -> None:
    text = "“ﬁne” Ｗｉｄｅ"
    assert textrepair.repair(text) == text
    assert textrepair.repair(text, "ftfy") == '"fine" Wide'


def test_config_is_frozen() -> None:
    config = RepairConfig()
    with pytest.raises(AttributeError):
        config.encoding = False  # type: ignore[misc]
