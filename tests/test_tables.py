"""The shipped learned tables: format and reading."""

from __future__ import annotations

import pytest

from textrepair._tables import parse_table


def test_parse_table_skips_comments_and_blank_lines() -> None:
    assert parse_table("# header\n\nweek\t-4.9\nkick the bucket\t6\n") == {
        "week": -4.9,
        "kick the bucket": 6.0,
    }


def test_a_value_that_is_not_a_number_is_an_error() -> None:
    with pytest.raises(ValueError):
        parse_table("week\tsoon\n")
