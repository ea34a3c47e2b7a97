"""Options of the wrong type or out of range are clear errors, not crashes deep in a stage."""

from __future__ import annotations

import subprocess
import sys

import pytest

from textrepair import RepairConfig, repair
from textrepair.config import resolve_config


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"chrome_threshold": 5}, "'chrome_threshold' must be a number from 0 to 1 or None"),
        ({"spin_threshold": "0.9x"}, "'spin_threshold' must be a number from 0 to 1 or None"),
        ({"chrome_max_share": None}, "'chrome_max_share' must be a number from 0 to 1, not None"),
        ({"spin": 1}, "'spin' must be true or false"),
        ({"normalization": "nfc"}, "'normalization' must be one of NFC, NFKC, NFD, NFKD"),
        ({"max_segment_length": 0}, "'max_segment_length' must be a positive whole number"),
        ({"unescape_html": "no"}, "'unescape_html' must be true, false or 'auto'"),
    ],
)
def test_bad_values_are_refused_with_what_the_option_takes(
    options: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        resolve_config(None, **options)
    with pytest.raises(ValueError, match=message):
        repair("text", **options)


def test_whole_numbers_are_taken_where_a_number_from_0_to_1_goes() -> None:
    config = RepairConfig(chrome_threshold=0, spin_threshold=1)
    assert config.chrome_threshold == 0.0 and isinstance(config.chrome_threshold, float)
    assert config.spin_threshold == 1.0 and isinstance(config.spin_threshold, float)


def test_cli_parses_decimal_options_and_refuses_bad_ones() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        command = [sys.executable, "-m", "textrepair.cli", "clean", *args]
        return subprocess.run(command, input=b"It \xe2\x80\x99s here .", capture_output=True)

    ok = run("--option", "spacing_min_confidence=0.5")
    assert ok.returncode == 0 and ok.stdout == "It’s here.".encode()
    bad = run("--option", "chrome_threshold=high")
    assert bad.returncode == 2
    assert b"'chrome_threshold' must be a number from 0 to 1 or None, not 'high'" in bad.stderr
