from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textrepair.edits import (
    Edit,
    EditError,
    apply_edits,
    compose_edits,
    diff_edits,
    invert_edits,
)


@st.composite
def text_and_edits(draw: st.DrawFn, alphabet: str = "abcÃé \n") -> tuple[str, list[Edit]]:
    text = draw(st.text(alphabet=alphabet, max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits: list[Edit] = []
    pos = 0
    for i in range(0, len(cuts) - 1, 2):
        start, end = max(cuts[i], pos), cuts[i + 1]
        if start > end:
            continue
        after = draw(st.text(alphabet="xyz’", max_size=3))
        edits.append(Edit("s", start, end, text[start:end], after, "r", 0.5))
        pos = end
    return text, edits


@given(text_and_edits())
def test_invert_gives_the_input_back(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    out = apply_edits(text, edits)
    assert apply_edits(out, invert_edits(edits)) == text


@given(text_and_edits(), st.data())
def test_compose_equals_applying_in_sequence(
    case: tuple[str, list[Edit]], data: st.DataObject
) -> None:
    text, first = case
    middle = apply_edits(text, first)
    second = data.draw(_edits_on(middle))
    final = apply_edits(middle, second)
    composed = compose_edits(text, first, second)
    assert apply_edits(text, composed) == final
    assert apply_edits(final, invert_edits(composed)) == text
    assert all(e.before == text[e.start : e.end] for e in composed)


def _edits_on(text: str) -> st.SearchStrategy[list[Edit]]:
    @st.composite
    def build(draw: st.DrawFn) -> list[Edit]:
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
        edits: list[Edit] = []
        for i in range(0, len(cuts) - 1, 2):
            start, end = cuts[i], cuts[i + 1]
            if edits and start < edits[-1].end:
                continue
            after = draw(st.text(alphabet="pq", max_size=2))
            edits.append(Edit("t", start, end, text[start:end], after, "u", 0.7))
        return edits

    return build()


@given(st.text(max_size=40), st.text(max_size=40))
def test_diff_edits_replay_and_invert(a: str, b: str) -> None:
    edits = diff_edits(a, b, "s", "r", 1.0)
    assert apply_edits(a, edits) == b
    assert apply_edits(b, invert_edits(edits)) == a
    assert (edits == []) == (a == b)


def test_merged_edit_keeps_both_reasons() -> None:
    first = [Edit("encoding", 3, 5, "Ã©", "é", "mojibake", 0.9)]
    second = [Edit("chrome", 0, 5, "caf\u00e9\n", "", "chrome line", 0.6)]
    (merged,) = compose_edits("cafÃ©\n", first, second)
    assert (merged.start, merged.end, merged.before, merged.after) == (0, 6, "cafÃ©\n", "")
    assert merged.stage == "chrome"
    assert "mojibake" in merged.reason and "chrome line" in merged.reason
    assert merged.confidence == 0.6


def test_apply_rejects_a_stale_edit() -> None:
    with pytest.raises(EditError, match="expects"):
        apply_edits("hello", [Edit("s", 0, 2, "xx", "y", "r", 1.0)])


def test_apply_rejects_overlapping_edits() -> None:
    edits = [Edit("s", 0, 3, "hel", "", "r", 1.0), Edit("s", 2, 4, "ll", "", "r", 1.0)]
    with pytest.raises(EditError, match="overlap"):
        apply_edits("hello", edits)


def test_edit_validates_its_span() -> None:
    with pytest.raises(EditError):
        Edit("s", 3, 1, "", "", "r", 1.0)
    with pytest.raises(EditError):
        Edit("s", 0, 2, "abc", "", "r", 1.0)
    with pytest.raises(EditError):
        Edit("s", 0, 1, "a", "", "r", 1.5)


def test_dict_round_trip() -> None:
    edit = Edit("encoding", 3, 5, "Ã©", "é", "mojibake", 0.95)
    assert Edit.from_dict(edit.to_dict()) == edit


@given(
    st.text(alphabet="ab \x00Ã©", max_size=400),
    st.lists(st.tuples(st.integers(0, 400), st.text(alphabet="ab é", max_size=3)), max_size=40),
)
def test_diff_edits_on_repetitive_text_replays_exactly(
    text: str, changes: list[tuple[int, str]]
) -> None:
    """Repetitive text with many scattered changes: the linear alignment still replays exactly."""
    changed = text
    for pos, piece in sorted(changes, reverse=True):
        changed = changed[:pos] + piece + changed[pos + 1 :]
    edits = diff_edits(text, changed, "s", "r", 1.0)
    assert apply_edits(text, edits) == changed
    assert apply_edits(changed, invert_edits(edits)) == text
    assert all(e.before != e.after for e in edits)


def test_diff_of_dense_deletions_keeps_each_deletion_small() -> None:
    """One control character deleted every four characters: each is its own edit."""
    text = "ab\x00c " * 2_000
    edits = diff_edits(text, text.replace("\x00", ""), "s", "r", 1.0)
    assert len(edits) == 2_000
    assert {(e.before, e.after) for e in edits} == {("\x00", "")}


def test_diff_where_nothing_agrees_is_one_edit() -> None:
    text = "Ïðèâåò ìèð " * 50
    edits = diff_edits("x " + text + " y", "x " + "Привет мир " * 50 + " y", "s", "r", 1.0)
    assert len(edits) == 1
    assert (edits[0].start, edits[0].end) == (2, 1 + len(text))  # the last space agrees
