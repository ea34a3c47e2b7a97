"""The seed articles (examples/): what the pipeline does to each today."""

from __future__ import annotations

import textrepair
from tests.conftest import example


def test_seed_000_loses_only_the_stray_mark() -> None:
    text = example("000")
    result = textrepair.repair_and_explain(text)  # all stages: spacing finds nothing here
    assert [(e.before, e.after) for e in result.edits] == [("Â", "")]
    (edit,) = result.edits
    assert text[edit.start - len("Parliament") : edit.start] == "Parliament"
    assert result.text == text.replace("ParliamentÂ", "Parliament")
    assert result.restore() == text


def test_seeds_001_and_002_have_no_encoding_damage() -> None:
    for prefix in ("001", "002"):
        text = example(prefix)
        assert textrepair.repair_and_explain(text, spacing=False).edits == ()


def test_seed_001_is_clean_prose_for_the_spacing_stage() -> None:
    text = example("001")
    assert textrepair.repair_and_explain(text).edits == ()
