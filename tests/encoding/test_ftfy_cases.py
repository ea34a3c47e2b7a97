"""ftfy's own test cases: never worse than ftfy (shared/data/mojibake)."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from ftfy import fixes

import textrepair
from tests.conftest import SHARED, shared_path

FILES = ["in-the-wild", "synthetic", "negative", "language-names", "known-failures"]


def _cases() -> list[Any]:
    params = []
    for name in FILES:
        path = SHARED / "data" / "mojibake" / f"{name}.json"
        if not path.exists():
            params.append(pytest.param(name, None, id=f"{name}-missing"))
            continue
        for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            params.append(pytest.param(name, case, id=f"{name}-{i}"))
    return params


def cosmetic(text: str) -> str:
    """ftfy's normalisations, which the default configuration leaves out on purpose."""
    text = fixes.fix_latin_ligatures(fixes.fix_character_width(text))
    return unicodedata.normalize("NFC", fixes.uncurl_quotes(text))


@pytest.mark.parametrize(("name", "case"), _cases())
def test_case(name: str, case: dict[str, str] | None) -> None:
    if case is None:
        shared_path("data", "mojibake", f"{name}.json")
        return
    original, expected = case["original"], case["fixed"]
    preset = textrepair.fix_encoding(original, "ftfy")
    default = textrepair.fix_encoding(original)
    if case["expect"] == "pass":
        assert preset == expected
        assert cosmetic(default) == cosmetic(expected)
        if name == "negative" and expected == original:
            assert default == original
    # Whatever the outcome, the edits explain it and lose nothing.
    result = textrepair.repair_and_explain(original, spacing=False)
    assert result.text == default
    assert result.restore() == original
