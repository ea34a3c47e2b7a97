"""The real-glue renderer loses spaces exactly where inline elements meet, and scores truly."""

from __future__ import annotations

from benchmarks.real_glue import Score, article_blocks, boundary, document, glue_html

HTML = (
    "<html><head><title>t</title><script>var a = 1;</script></head><body>"
    "<nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
    "<p>Late fees, <a href='/x'>routinely</a> charged <b>in</b> <i>2017</i>, "
    "according to <a href='/o'>the Southern District of Ohio</a> on Friday.</p>"
    "<p>A short <span>one</span>.</p></body></html>"
)
GOLD = (
    "Late fees, routinely charged in 2017, according to the Southern District of Ohio on "
    "Friday.\n\nA short one."
)


def test_node_stripping_loses_the_spaces_beside_inline_elements() -> None:
    page = glue_html(HTML)
    texts = [b.text for b in page.blocks]
    assert texts == [
        "HomeWorld",  # no whitespace in the HTML: nothing was lost, nothing to restore
        "Late fees,routinelychargedin2017, according tothe Southern District of Ohioon Friday.",
        "A shortone.",
    ]
    assert page.blocks[0].lost == []
    paragraph = page.blocks[1]
    assert paragraph.correct == GOLD.split("\n")[0]
    kinds = [boundary(paragraph.correct, p) for p in paragraph.lost_in_correct]
    assert kinds == [
        "punctuation|word",  # fees, routinely
        "word|word",  # routinely charged
        "word|word",  # charged in
        "digit|word",  # in 2017
        "word|word",  # to the
        "word|word",  # Ohio on
    ]


def test_only_gold_blocks_make_the_document() -> None:
    blocks = article_blocks(glue_html(HTML), GOLD)
    assert [b.correct for b in blocks] == [GOLD.split("\n")[0], "A short one."]
    doc = document({"id": "x", "source": "s", "lang": "en", "html": HTML, "gold": GOLD})
    assert doc.correct == GOLD.replace("\n\n", "\n")
    assert len(doc.lost) == 7 and all(doc.text[p - 1] != " " for p in doc.lost)


def test_score_counts_restored_spaces_false_splits_and_joins() -> None:
    doc = document({"id": "x", "source": "s", "lang": "en", "html": HTML, "gold": GOLD})
    perfect = Score()
    perfect.add(doc, doc.correct)
    assert perfect.share() == 1.0 and perfect.false_splits == perfect.false_joins == 0
    untouched = Score()
    untouched.add(doc, doc.text)
    assert untouched.share() == 0.0 and sum(untouched.lost.values()) == 7
    wrong = Score()
    wrong.add(doc, doc.correct.replace("Southern", "South ern").replace("A short", "Ashort"))
    assert wrong.false_splits == 1 and wrong.false_joins == 1 and wrong.share() == 1.0
    changed = Score()
    changed.add(doc, doc.correct.replace("Late", "Lote"))
    assert changed.unaligned == 1


def test_spaces_lost_in_a_listing_are_counted_apart_from_the_prose() -> None:
    html = (
        "<body><p>Run <b>this</b> query on the server:</p>"
        "<pre><span>SELECT</span> <span>name</span> <span>FROM</span> users</pre></body>"
    )
    gold = "Run this query on the server:\n\nSELECT name FROM users"
    blocks = glue_html(html).blocks
    assert [(b.text, b.listing) for b in blocks] == [
        ("Runthisquery on the server:", False),
        ("SELECTnameFROMusers", True),
    ]
    doc = document({"id": "x", "source": "s", "lang": "en", "html": html, "gold": gold})
    assert sorted(doc.kinds.values()) == ["listing"] * 3 + ["word|word"] * 2
    prose_only = Score()
    prose_only.add(doc, doc.correct.replace("SELECT name FROM users", "SELECTnameFROMusers"))
    assert prose_only.share() == 1.0  # the prose's boundaries only
    assert prose_only.share("listing") == 0.0
    assert prose_only.share("word|word", "listing") == 0.4


def test_two_repairs_together_count_a_space_either_of_them_puts() -> None:
    doc = document({"id": "x", "source": "s", "lang": "en", "html": HTML, "gold": GOLD})
    # one restores the first paragraph, the other the second and a wrong split
    first = doc.correct.replace("A short one.", "A shortone.")
    second = doc.text.replace("A shortone.", "A short one.").replace("Friday", "Fri day")
    alone, together = Score(), Score()
    alone.add(doc, first)
    together.add(doc, first, second)
    assert alone.share() < 1.0 and alone.false_splits == 0
    assert together.share() == 1.0 and together.false_splits == 1
    broken = Score()
    broken.add(doc, first, second.replace("Late", "Lote"))
    assert broken.unaligned == 1 and not broken.lost


def test_a_names_reading_in_ruby_stays_in_its_sentence() -> None:
    # A browser lays ruby out inline; read as blocks, it cut a Japanese article into
    # fragments the chrome stage took for a menu
    html = (
        "<p>韓国の\n<ruby><rb>尹錫悦</rb><rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>\n"
        "大統領は３日夜、緊急談話を出した。</p>"
    )
    assert [b.correct for b in glue_html(html).blocks] == [
        "韓国の 尹錫悦（ユンソンニョル） 大統領は３日夜、緊急談話を出した。"
    ]
