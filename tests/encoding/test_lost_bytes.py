"""The two classes of mojibake ftfy misses, on real-looking text, and what must not change."""

from __future__ import annotations

import ftfy
import pytest

import textrepair
from textrepair import fix_encoding


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        (
            "Mahama’s move to save OSP sparks row in ParliamentÂ",
            "Mahama’s move to save OSP sparks row in Parliament",
        ),
        (
            "Ghana and Colombia strengthen ties\nposted 3 hours agoÂ\nRead more:Â\n",
            "Ghana and Colombia strengthen ties\nposted 3 hours ago\nRead more:\n",
        ),
        (
            "Find out the average rates vary widely.Â Â Â Â\nNext line",
            "Find out the average rates vary widely.\nNext line",
        ),
        (
            "Get $50-$200 reimbursed every visitÂ\r\nNext",
            "Get $50-$200 reimbursed every visit\r\nNext",
        ),
        ("Et voilÃ", "Et voilà"),
    ],
)
def test_stripped_non_breaking_space(damaged: str, repaired: str) -> None:
    assert fix_encoding(damaged) == repaired
    assert ftfy.fix_text(damaged) != repaired  # ftfy alone misses these


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        (
            "Facebook set up a â€œwar roomâ€ to focus on election meddling.",
            "Facebook set up a “war room” to focus on election meddling.",
        ),
        ("He called it â€œthe best dealâ€.", "He called it “the best deal”."),
        ("â€œWe are done,â€ she said.", "“We are done,” she said."),
        ("quoteâ€\nnext line", "quote”\nnext line"),
        ("A wellâ€known fact", "A well‐known fact"),
        ("Family ðŸ‘¨â€ðŸ‘©â€ðŸ‘§ photo", "Family 👨\u200d👩\u200d👧 photo"),
        ("Ãñigo Urkullu met the press.", "Íñigo Urkullu met the press."),
        ("Ãngel Di María scored.", "Ángel Di María scored."),
    ],
)
def test_dropped_undefined_windows_1252_byte(damaged: str, repaired: str) -> None:
    assert fix_encoding(damaged) == repaired
    assert ftfy.fix_text(damaged, uncurl_quotes=False) != repaired


@pytest.mark.parametrize(
    "legit",
    [
        "SÃO PAULO (Reuters) - Brazil's central bank",
        "ÂNGELO MARTINS",
        "Illegal miner granted GH¢200k bail for stealing",
        "Não há mais tempo; a irmã e a mãe estão lá, em São João",
        "Tiếng Việt có dấu: Hà Nội, Đà Nẵng, Huế, chúng tôi",
        "Prices: €5, £4, ¥300, ₹90, ₩1000, 2×3 ≤ 7 ± 1, 90°, ∑x², √2",
        "Crypto fraudster sentenced for ‘epic’ $40bn stablecoin crash",
        "CAFÉ — “quoted” — it’s fine… • bullet",
        "MANHÃ\nIRMÃ",
    ],
)
def test_legitimate_text_is_untouched(legit: str) -> None:
    assert fix_encoding(legit) == legit
    assert textrepair.repair_and_explain(legit).edits == ()


def test_each_repair_is_one_explained_edit() -> None:
    result = textrepair.repair_and_explain("a â€œwar roomâ€ to focus")
    closing = [e for e in result.edits if e.after == "”"]
    assert len(closing) == 1
    assert closing[0].before == "â€"
    assert "0x9D" in closing[0].reason
