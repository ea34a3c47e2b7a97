"""Word-level repair of code-page mixups ftfy leaves alone, and what must stay."""

from __future__ import annotations

import ftfy
import pytest

import textrepair
from textrepair import fix_encoding


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        (
            "Sarai ricontattato dal nostro Esperto al pi√π presto.",
            "Sarai ricontattato dal nostro Esperto al più presto.",
        ),
        ("┬┐que diferencia hay?", "¿que diferencia hay?"),
        ("avant sur le mГ©dicament prescrit", "avant sur le médicament prescrit"),
        (
            "faites attention Г bien lire le mГ©dicament",
            "faites attention à bien lire le médicament",
        ),
        (
            "hundimiento de barco tur\x92stico en Acapulco.",
            "hundimiento de barco turístico en Acapulco.",
        ),
        (
            "Habitantes de Coatl\x87n conf\x92an en el edil",
            "Habitantes de Coatlán confían en el edil",
        ),
    ],
)
def test_code_page_mixups(damaged: str, repaired: str) -> None:
    assert fix_encoding(damaged) == repaired
    assert ftfy.fix_text(damaged, uncurl_quotes=False) != repaired
    result = textrepair.repair_and_explain(damaged)
    assert result.restore() == damaged
    assert any("re-decoded" in e.reason or "as elsewhere" in e.reason for e in result.edits)


@pytest.mark.parametrize(
    "legit",
    [
        "The α-helix and β-sheet; Ω-3 fatty acids; x≤y and ∑x² over πr².",
        "Путин сказал журналистам (Moscow, Москва) in Russian and English.",
        "Box drawing │ ┌─┐ around a table, and √2 ≈ 1.414.",
        "Ελληνικά: Αθήνα, and English words nearby.",
        "Kelvin K and ångström Å units; Ærøskøbing",
    ],
)
def test_real_words_next_to_other_scripts_stay(legit: str) -> None:
    assert fix_encoding(legit) == legit


def test_the_rescue_can_be_switched_off() -> None:
    text = "al pi√π presto"
    assert fix_encoding(text, rescue_code_page_words=False) == text
