"""Lines of code: the check the spacing and chrome stages share."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from textrepair.language import code


@given(st.text(alphabet="ab(); \t", max_size=60))
def test_call_statement_equals_the_backtracking_pattern(line: str) -> None:
    assert code._call_statement(line) == (re.search(r"\w\(.*\)\s*;", line) is not None)
