"""Never a wrong character: a repair gives the known original, or the text stays as it is.

Each case is real-looking text damaged the way the original was lost; the repair
must equal the original or leave the damaged text unchanged. A character that was
never there is the one outcome that is not allowed.
"""

from __future__ import annotations

import pytest

import textrepair

# An emoji whose last UTF-8 byte Windows-1252 leaves undefined, dropped in decoding,
# then a real space: the original cannot be known from the text.
LOST_LAST_BYTE = ["😁", "😍", "😏", "😐", "😝"]


def _lost_last_byte(emoji: str) -> str:
    raw = emoji.encode("utf-8")
    return raw[:3].decode("windows-1252")  # the fourth byte is undefined there: dropped


@pytest.mark.parametrize("emoji", LOST_LAST_BYTE)
def test_emoji_with_a_dropped_last_byte_is_left_alone(emoji: str) -> None:
    original = f"We loved it {emoji} so much, she wrote."
    damaged = original.replace(emoji, _lost_last_byte(emoji))
    repaired = textrepair.repair(damaged)
    assert repaired in (original, damaged)
    assert "😠" not in repaired  # F0 9F 98 A0: the space taken for a lost non-breaking space


def test_emoji_whose_non_breaking_space_byte_survived_is_repaired() -> None:
    original = "We loved it 😠 so much."
    damaged = original.encode("utf-8").decode("windows-1252")  # ðŸ˜ + NBSP
    assert "\xa0" in damaged
    assert textrepair.repair(damaged) == original


def test_other_repairs_in_the_line_still_happen() -> None:
    damaged = "donâ€™t say ðŸ˜ to the cafÃ©"
    assert textrepair.repair(damaged) == "don’t say ðŸ˜ to the café"


@pytest.mark.parametrize(
    "original",
    [
        "Stocks fell 3%\xa0in early trading.",
        "The deal closed.\xa0Shares rose 4\xa0percent on Friday.",
        "It costs 20\xa0euros, she said",
    ],
)
def test_mark_left_before_an_ordinary_space_becomes_the_non_breaking_space(original: str) -> None:
    """C2 A0 read as Windows-1252 gives Â + NBSP; the NBSP then became a plain space."""
    damaged = original.encode("utf-8").decode("windows-1252").replace("\xa0", " ")
    assert "Â " in damaged
    assert textrepair.repair(damaged) == original


@pytest.mark.parametrize("text", ["ROMÂNIA și Âu Lạc", "A LÂMPADA", "Âu Cơ, Âm nhạc"])
def test_a_capital_a_circumflex_that_belongs_there_stays(text: str) -> None:
    assert textrepair.repair(text) == text


def test_a_word_two_code_pages_could_have_written_is_left_alone() -> None:
    """\\x90 is É in code page 437 (ÉXITO, Spanish) and ê in MacRoman (êXITO, Portuguese)."""
    original = "ÉXITO en ESPAÑA: Él llegó"
    damaged = original.encode("cp437").decode("latin-1")
    assert textrepair.repair(damaged) in (original, damaged)


def test_a_word_only_one_code_page_explains_is_still_repaired() -> None:
    assert textrepair.repair("Un giro tur\x92stico.") == "Un giro turístico."


@pytest.mark.parametrize(
    "original",
    ["Året gikk fort i Ålesund.", "Vi bodde i Åre och Åbo.", "Han bor i Århus."],
)
def test_capital_a_ring_read_as_windows_1252(original: str) -> None:
    """Å is C3 85; Windows-1252 reads 85 as '…' (Ã…ret), which ftfy leaves alone."""
    damaged = original.encode("utf-8").decode("windows-1252")
    assert "Ã…" in damaged
    assert textrepair.repair(damaged) == original


def test_an_ellipsis_after_a_tilde_a_that_makes_no_word_stays() -> None:
    assert textrepair.repair("Wait Ã…what") == "Wait Ã…what"


@pytest.mark.parametrize(
    "original",
    ["Привет мир, как дела?", "Москва — столица России.", "Добро утро, България"],
)
def test_windows_1251_text_read_as_latin_1(original: str) -> None:
    damaged = original.encode("cp1251").decode("latin-1")
    assert textrepair.repair(damaged) == original


@pytest.mark.parametrize("text", ["Café, déjà vu, à la carte", "ÉÈÀ ÀÖÜ", "Ça été là"])
def test_accented_latin_text_is_not_taken_for_cyrillic(text: str) -> None:
    assert textrepair.repair(text) == text
