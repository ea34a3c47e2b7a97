"""A wiki note's back-link letters glued to each other and to the note are spaced again."""

from __future__ import annotations

from textrepair import fix_spacing
from textrepair.edits import apply_edits
from textrepair.spacing.backlinks import backlink_edits
from textrepair.spacing.text_index import TextIndex

NOTES = (
    "Notes\n"
    "^abcdWilson, John (2009). The history of the islands. Retrieved 5 May 2011.\n"
    '12. ^ab"Glossary". Department of Internal Affairs.\n'
    "^ abKeane, Basil (March 2009). Pounamu and its uses."
)


def test_back_link_letters_are_spaced_after_the_caret_between_them_and_before_the_note() -> None:
    assert fix_spacing(NOTES).split("\n")[1:] == [
        "^ a b c d Wilson, John (2009). The history of the islands. Retrieved 5 May 2011.",
        '12. ^ a b "Glossary". Department of Internal Affairs.',
        "^ a b Keane, Basil (March 2009). Pounamu and its uses.",
    ]


def test_only_letters_in_order_from_a_at_a_line_start_count() -> None:
    for text in (
        "^abx Yes, this stays.",  # not a, b, c…
        "^bcWilson, John (2009).",  # does not start at a
        "See ^abWilson, John (2009).",  # not at a line's start
        "^abcdef",  # no note after the letters
    ):
        assert backlink_edits(text, TextIndex(text), 0.85) == [], text


def test_a_code_line_keeps_its_anchor() -> None:
    text = "^abcFoo(bar, baz) {\n^abcDef = re.compile(x); y = 2;"
    assert apply_edits(text, backlink_edits(text, TextIndex(text), 0.85)) == text
