"""Spacing edits on gold text judged by the page's own HTML."""

from __future__ import annotations

from benchmarks.gold_audit import Faithful, skeleton
from textrepair.edits import Edit

HTML = (
    "<div><p>Read <a href='/a'>the report</a>, then <b>vote</b>.</p>"
    "<p>It rose in<span>2015</span> and fell.</p></div>"
)


def _insert(pos: int) -> Edit:
    return Edit("spacing", pos, pos, "", " ", "glued words", 0.9)


def _remove(pos: int) -> Edit:
    return Edit("spacing", pos, pos + 1, " ", "", "tokenizer spacing", 0.9)


def test_an_edit_that_spaces_the_text_as_the_html_does_is_confirmed() -> None:
    faithful = Faithful.from_html(HTML)
    gold = "Read the report , then vote ."
    assert faithful.verdict(gold, _remove(gold.index(" ,"))) == "confirmed"
    assert faithful.verdict(gold, _remove(gold.index(" ."))) == "confirmed"
    glued = "Read the report, thenvote."
    assert faithful.verdict(glued, _insert(glued.index("vote"))) == "confirmed"
    # a lost comma is not a lost space: the neighbourhood is not in the page
    no_comma = "Read the reportthen vote."
    assert faithful.verdict(no_comma, _insert(no_comma.index("then"))) == "unclear"


def test_an_edit_against_the_html_spacing_is_contradicted() -> None:
    faithful = Faithful.from_html(HTML)
    assert faithful.verdict("Read the report, then vote.", _insert(7)) == "contradicted"  # th e


def test_an_edit_where_two_elements_meet_with_nothing_between_is_joined() -> None:
    faithful = Faithful.from_html(HTML)
    gold = "It rose in2015 and fell."  # the page itself glues the number to its element
    assert faithful.verdict(gold, _insert(gold.index("2015"))) == "joined"
    # inside the span's own text it is not
    assert faithful.verdict("It rose in 20 15 and fell.", _remove(13)) == "confirmed"
    assert faithful.verdict("It rose in2015 and fell.", _insert(12)) == "contradicted"


def test_text_found_twice_with_different_spacing_is_unclear() -> None:
    faithful = Faithful.from_html("<p>a b c d e f g h i j k l m</p><p>abcdefghijklm</p>")
    assert faithful.verdict("abcdefghijklm", _insert(6)) == "unclear"
    assert Faithful.from_html("<p>abcdefghijklm</p>").verdict("abcdefghijklm", _insert(6)) == (
        "contradicted"
    )


def test_an_edit_that_changes_more_than_spaces_is_unclear() -> None:
    faithful = Faithful.from_html(HTML)
    edit = Edit("spacing", 5, 8, "the", "The", "case", 0.9)
    assert faithful.verdict("Read the report, then vote.", edit) == "unclear"


def test_skeleton_keeps_characters_and_where_spaces_were() -> None:
    assert skeleton(" a\n b") == ("ab", [True, True])
