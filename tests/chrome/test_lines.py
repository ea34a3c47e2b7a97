"""The chrome stage's lines: one per block, hard-wrapped paragraphs joined back."""

from __future__ import annotations

import textwrap

from textrepair.chrome import chrome_report, strip_chrome
from textrepair.chrome.lines import _raw_lines, document_lines, wrap_width
from textrepair.edits import apply_edits

PARAGRAPHS = [
    "The city council approved the budget on Monday after a debate that lasted well into "
    "the night, with members split over how much to spend on schools, roads and the "
    "long-delayed repairs to the harbour wall that storms damaged last winter.",
    "Spending on schools rises by four percent next year, while the road repair fund is cut "
    "by a tenth, a change the opposition called short-sighted and unfair to the drivers who "
    "commute from the villages every morning and evening.",
    "The mayor said the harbour work would begin in the spring and should be finished before "
    "the autumn storms, and that the contract would go to a local firm chosen in an open "
    "tender, with the results published on the council's website.",
]


def wrapped(blocks: list[str], width: int = 72, separator: str = "\n") -> str:
    return separator.join("\n".join(textwrap.wrap(b, width)) for b in blocks) + "\n"


def test_one_block_per_line_is_read_as_it_is() -> None:
    text = "Menu\nHome\n" + "\n".join(PARAGRAPHS) + "\nRead more:\n"
    lines = document_lines(text)
    assert [line.text for line in lines] == text.splitlines()
    assert wrap_width(lines) is None


def test_wrapped_paragraphs_become_one_line_each() -> None:
    for separator in ("\n", "\n\n"):
        text = "Menu\nHome\n" + wrapped(PARAGRAPHS, 72, separator)
        lines = document_lines(text)
        assert [line.text for line in lines] == ["Menu", "Home", *PARAGRAPHS]
        # Each unit's offsets cover its original lines, the last newline included.
        for line, paragraph in zip(lines[2:], PARAGRAPHS, strict=True):
            assert text[line.start : line.end] == "\n".join(textwrap.wrap(paragraph, 72)) + "\n"


def test_width_is_found() -> None:
    assert wrap_width(document_lines(wrapped(PARAGRAPHS, 60))) is None  # already joined
    assert wrap_width(_raw_lines(wrapped(PARAGRAPHS, 60))) == 60


def test_a_word_broken_at_its_hyphen_is_joined_without_a_space() -> None:
    text = wrapped(PARAGRAPHS, 64)
    assert "long-\ndelayed" in text or "long-delayed" in text
    assert any("long-delayed" in line.text for line in document_lines(text))


def test_list_items_and_short_lines_stay_apart() -> None:
    items = "\n".join(
        f"- item {k} of the list, which is short enough to fit on one line" for k in range(4)
    )
    text = wrapped(PARAGRAPHS[:2]) + items + "\n" + wrapped(PARAGRAPHS[2:])
    texts = [line.text for line in document_lines(text)]
    assert texts[2:6] == items.splitlines()
    assert texts[0] == PARAGRAPHS[0] and texts[-1] == PARAGRAPHS[2]


def test_headlines_that_do_not_go_on_in_lower_case_are_not_wrapped_text() -> None:
    headlines = [
        "Council approves the budget after a long night of debate on schools",
        "Harbour wall repairs will begin in spring, the mayor says to reporters",
        "Schools get four percent more while roads lose a tenth of their fund",
        "Opposition calls the road cuts short-sighted and unfair to drivers",
        "Local firm to win harbour contract in an open tender, council says",
    ]
    lines = document_lines("\n".join(headlines))
    assert wrap_width(lines) is None
    assert [line.text for line in lines] == headlines


def test_wrapped_clean_article_keeps_its_words_and_chrome_still_goes() -> None:
    article = wrapped(PARAGRAPHS * 2)
    assert strip_chrome(article) == article
    page = "Skip to content\nSubscribe\n" + article + "Related stories\nCookie settings\n"
    report = chrome_report(page)
    out = apply_edits(page, report.edits)
    assert "Subscribe" not in out and "Cookie settings" not in out
    assert out.split() == article.split()


def test_links_and_list_items_wider_than_the_wrap_do_not_hide_it() -> None:
    # html2text cuts prose at 78 characters but not a link's target, nor a list item: on a
    # page of long menu links the widest lines are links, and the prose still shows the width.
    menu = "\n".join(
        f"  * [Section {k}](https://www.example.org/section-{k}?utm_source=menu&utm_medium=navigation)"
        for k in range(12)
    )
    items = "\n".join(f"  * {'cookie consent purpose ' * 6}{k}" for k in range(3))
    text = menu + "\n\n" + items + "\n\n" + wrapped(PARAGRAPHS, 78, "\n\n")
    assert wrap_width(_raw_lines(text)) == 78
    assert [line.text for line in document_lines(text)][-3:] == PARAGRAPHS


def test_blank_separated_text_that_goes_on_in_capitals_or_no_case_is_wrapped() -> None:
    # html2text at 78 characters: names and scripts without case start most of the cut
    # lines, and a page's own junk (ad links, country lists) hides the lower-case ones;
    # blocks are separated by blank lines, so a line that follows with no blank line
    # and whose first word would not have fit is a cut.
    names = [
        "Officials from Germany said Anna Schmidt and Peter Weber met Maria Rossi, "
        "Luca Bianchi and Jean Dupont in Brussels on Monday, where Sophie Martin "
        "and Karl Fischer joined Elena Garcia and Pablo Lopez for the second day.",
        "Korean text: 서울시는 월요일 새 예산안을 발표했으며 학교와 도로에 대한 지출을 "
        "두고 의원들의 의견이 나뉘었다고 밝혔습니다 서울시는 월요일 새 예산안을 발표했으며 "
        "학교와 도로에 대한 지출을 두고 의원들의 의견이 나뉘었다고 밝혔습니다.",
    ] * 3
    text = wrapped(names, 78, "\n\n")
    cut = [line.rstrip() for line in text.splitlines() if line.strip()]
    assert not any(line[:1].islower() for line in cut[1:])  # no line goes on in lower case
    assert wrap_width(_raw_lines(text)) == 78
    assert [line.text for line in document_lines(text)] == names
    # Without blank lines between the blocks, capitals alone do not show a wrap.
    assert wrap_width(_raw_lines(wrapped(names, 78, "\n"))) is None


def test_blank_separated_lines_that_end_a_sentence_or_a_list_are_not_cuts() -> None:
    # markdown's own line breaks: sentences on lines of their own, hard breaks, list items
    sentences = "\n".join(
        f"Sentence {k} of a block that markdown writes on lines of its own, ending here."
        for k in range(6)
    )
    breaks = "\n".join(
        f"A line ended by a hard break in markdown, number {k} of six  " for k in range(6)
    )
    items = "\n".join(
        f"+ An item of a list in markdown that is long enough to be wide {k}" for k in range(6)
    )
    text = sentences + "\n\n" + breaks + "\n\n" + items + "\n"
    assert wrap_width(_raw_lines(text)) is None


def test_a_markdown_tables_rows_are_never_joined_as_wrapped_lines() -> None:
    rows = [
        f"_Film number {k} of the list of films that loop_ | 19{k}0 | A director's name {k}"
        for k in range(8)
    ]
    table = "Title | Year | Director\n---|---|---\n" + "\n".join(rows) + "\n"
    text = wrapped(PARAGRAPHS, 78, "\n\n") + "\n" + table
    assert wrap_width(_raw_lines(text)) == 78
    texts = [line.text for line in document_lines(text)]
    assert texts[:3] == PARAGRAPHS
    assert texts[-len(rows) :] == rows
    # Without a table's rule, pipes separate a menu's items, which a wrapper cuts.
    menu = " | ".join(f"Section number {k}" for k in range(12))
    joined = document_lines(wrapped([*PARAGRAPHS, menu], 78, "\n\n"))
    assert [line.text for line in joined][-1] == menu


def test_a_link_target_wrapped_over_three_lines_is_joined_whole() -> None:
    # html2text cuts a long address at its hyphens; the middle line opens no link itself
    text = (
        "See [the whole story](https://www.example.org/article/grand-theft-auto-vi-\n"
        "details-leaked-trailer-characters-and-everything-else-we-know-so-far-about-\n"
        "the-game.html) for more.\nHome\n"
    )
    lines = document_lines(text)
    assert [line.text for line in lines][1:] == ["Home"]
    assert lines[0].text.endswith("the-game.html) for more.")


def test_an_escaped_bracket_does_not_close_a_link_target() -> None:
    text = "![logo](data:image/svg+xml,%3cg clip-path='url\\(%23a\\)'\n%3e)\nHome\n"
    assert [line.text for line in document_lines(text)] == [
        "![logo](data:image/svg+xml,%3cg clip-path='url\\(%23a\\)' %3e)",
        "Home",
    ]
