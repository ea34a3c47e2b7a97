"""Token and line look-ups of the glued-word rules: same answers as scanning, linear work."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.glued_set import token_span
from textrepair.language.code import looks_like_code
from textrepair.spacing import text_index
from textrepair.spacing.glued import glued_edits
from textrepair.spacing.text_index import MAX_TOKEN, TextIndex

_TEXT = st.text(alphabet="ab(); \n\t.,“", max_size=300)


def _scan_token(text: str, pos: int) -> tuple[int, str]:
    """The token around ``pos`` found by scanning out to whitespace (the old way)."""
    start, end = token_span(text, pos)
    return start, text[start:end]


def _scan_line(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


@given(_TEXT, st.data())
def test_token_and_line_answers_equal_scanning(text: str, data: st.DataObject) -> None:
    index = TextIndex(text)
    for pos in data.draw(st.lists(st.integers(0, len(text)), max_size=20)):
        assert index.token(pos) == _scan_token(text, pos)
        assert index.is_code(pos) == looks_like_code(_scan_line(text, pos))


def test_a_token_over_the_limit_is_left_alone() -> None:
    long_token = ",".join(["hisdigital"] * (MAX_TOKEN // 10 + 1))
    assert TextIndex(long_token).token(3) is None
    assert glued_edits(long_token) == []
    assert glued_edits("the hisdigital,plan") != []  # the same run in a short token


def test_each_line_is_tested_for_code_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counting(line: str, tokenized: bool = False) -> bool:
        calls.append(len(line))
        return looks_like_code(line, tokenized)

    monkeypatch.setattr(text_index, "looks_like_code", counting)
    line = "the page.The cat theNIH said:“We " * 400  # hundreds of candidates on one line
    text = line + "\n" + line
    edits = glued_edits(text)
    assert len(edits) >= 800  # page.The and said:“We on both lines
    assert calls == [len(line), len(line)]
