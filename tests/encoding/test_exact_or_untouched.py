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
