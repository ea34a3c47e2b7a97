from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textrepair import strip_chrome
from textrepair.chrome.detect import SMOOTH_FEATURES, chrome_report, smooth_features
from textrepair.chrome.features import (
    CONTEXT_FEATURES,
    LINE_FEATURES,
    _own,
    _page_function_words,
    context_features,
)
from textrepair.chrome.lexicon import (
    COMMENTS_HEADER,
    CREDIT,
    DATE,
    MARKDOWN,
    RELATIVE_TIME,
    TRUNCATED,
    URL,
)
from textrepair.chrome.lines import document_lines
from textrepair.chrome.word_odds import TOKEN
from textrepair.language.function_words import STOPWORDS

STORY = (
    "The city council approved the budget on Monday after a debate that lasted well into "
    "the night, with members split over how much to spend on schools and roads.\n"
    "Spending on schools rises by four percent next year, while the road repair fund is cut "
    "by a tenth, a change the opposition called short-sighted and unfair to drivers.\n"
    "The mayor said the plan balances the needs of families with the cost of keeping the "
    "streets safe, and promised a review of the road fund in the spring.\n"
    "Parents who spoke at the meeting welcomed the money for schools, saying that classes "
    "had grown too large and that several buildings still needed new roofs before winter.\n"
    "Drivers' groups said they would ask the council to restore the road fund next year, "
    "and the opposition promised to raise the matter again at the next budget debate.\n"
)
COMMENTS = (
    "3 Comments\n"
    "I have lived here for twenty years and the roads have never been this bad, so cutting "
    "the fund makes no sense to me at all.\n"
    "The schools needed the money more than anything else, and I am glad the council finally "
    "listened to the parents who spoke.\n"
)


@pytest.mark.parametrize(
    "line",
    ["3 Comments", "Comments", "Leave a reply", "59 Comments on “Day Eighteen”", "Comments (4)"],
)
def test_comment_section_headers_are_recognised(line: str) -> None:
    assert COMMENTS_HEADER.match(line)


@pytest.mark.parametrize(
    "line", ["Comments on the plan were mixed, the mayor said.", "Reviews", "Discussions began."]
)
def test_prose_about_comments_is_not_a_header(line: str) -> None:
    assert not COMMENTS_HEADER.match(line)


def test_only_lines_after_a_comments_header_below_the_article_are_marked() -> None:
    lines = document_lines("Menu\nComments\n" + STORY + COMMENTS)
    column = CONTEXT_FEATURES.index("after_comments")
    marked = [row[column] for row in context_features(lines)]
    # The "Comments" link in the menu above the article does not count.
    assert marked == [0.0] * 8 + [1.0, 1.0]


def test_a_comment_counter_under_the_headline_is_not_a_comments_header() -> None:
    standfirst, rest = STORY.split("\n", 1)
    page = f"Council passes the budget\n{standfirst}\n12 Comments\n{rest}{COMMENTS}"
    column = CONTEXT_FEATURES.index("after_comments")
    marked = [row[column] for row in context_features(document_lines(page))]
    # The counter follows the story's first paragraph, inside the body: the story goes on
    # below it. Only the real header, with the whole story above it, counts.
    assert marked == [0.0] * 8 + [1.0, 1.0]
    assert strip_chrome(page).count("\n") >= STORY.count("\n")


def test_comments_headed_by_their_authors_are_read_as_comments() -> None:
    # A blog that prints no comments header heads each comment "NAME says:" (German
    # WordPress: "sagt:"), under a line with the comment's date
    first, second = COMMENTS.split("\n")[1:3]
    comments = f"Modern Wife sagt:\n28. April 2024 um 10:17 Uhr\n{first}\nPhilipp sagt:\n{second}\n"
    column = CONTEXT_FEATURES.index("after_comments")
    marked = [row[column] for row in context_features(document_lines(STORY + comments))]
    assert marked == [0.0] * 6 + [1.0] * 4  # the lines below the first author's
    assert first not in strip_chrome(STORY + comments)
    # One such line is the article's own: "Here is what my son says:" and its quote stay
    quoted = STORY + "Here is what my son says:\n" + first + "\n"
    assert first in strip_chrome(quoted)


@pytest.mark.parametrize("line", ["Response", "Response:", "Discussions began."])
def test_a_section_called_response_is_not_a_comments_header(line: str) -> None:
    assert not COMMENTS_HEADER.match(line)


@pytest.mark.parametrize("section", ["References", "2. Methods", "ABSTRACT"])
def test_a_papers_discussion_section_stays(section: str) -> None:
    discussion = COMMENTS.split("\n", 1)[1]  # prose, as a paper's discussion is
    paper = f"{section}\n{STORY}Discussion\n{discussion}"
    assert discussion.strip() in strip_chrome(paper)
    # The same "Discussion" on a page without a paper's sections opens readers' comments.
    assert discussion.strip() not in strip_chrome(f"Summary\n{STORY}Discussion\n{discussion}")


def test_a_manuals_discussion_section_stays() -> None:
    discussion = COMMENTS.split("\n", 1)[1]
    manual = f"NAME\ngit-commit\nSYNOPSIS\n{STORY}DISCUSSION\n{discussion}"
    assert discussion.strip() in strip_chrome(manual)


def _read_as_comments(page: str) -> bool:
    return any("readers' comments" in e.reason for e in chrome_report(page).edits)


def test_a_comment_link_split_over_two_lines_is_not_a_comments_header() -> None:
    comments = COMMENTS.split("\n", 1)[1]

    # A renderer put each element of a link on its own line: the count, the verb, the noun.
    assert not _read_as_comments(f"{STORY}39\nView\ncomments\n{comments}")
    # A header is capitalised: in the same place, "Comments" opens readers' comments.
    assert _read_as_comments(f"{STORY}39\nView\nComments\n{comments}")


def test_a_table_column_called_comment_is_not_a_comments_header() -> None:
    rows = "new\nnew\nscheduled timestamp\nPick up new tasks that are ready.\n" * 3

    # Block text writes a table's cells one to a line: the column names, then the rows.
    table = f"Entity status\nAssoc status\nNext trigger time\nComment\n{rows}"
    assert not _read_as_comments(f"{STORY}{table}The story goes on after the table.\n")
    # A comment form's "Comment" has the form's sentence above it: comments follow.
    form = "Leave a Reply\nCancel reply\nYour email address will not be published.\nComment\n"
    comments = COMMENTS.split("\n", 1)[1]
    assert _read_as_comments(f"{STORY}{form}Name\nEmail\n{comments}")


def test_readers_comments_after_the_article_go_and_the_article_stays() -> None:
    out = strip_chrome("Menu\nComments\n" + STORY + COMMENTS)
    assert out.strip() == STORY.strip()


def test_smoothing_reads_the_share_of_chrome_above_and_below() -> None:
    lines = document_lines("Menu\n" + STORY + COMMENTS)
    rows = context_features(lines)
    first = [0.1, 0.9, 0.9, 0.9, 0.1, 0.2, 0.3]
    smooth = smooth_features(first, rows)
    above = SMOOTH_FEATURES.index("chrome_share_above")
    below = SMOOTH_FEATURES.index("chrome_share_below")
    assert [row[above] for row in smooth] == [0.0, 1.0, 0.5, 1 / 3, 0.25, 0.4, 0.5]
    assert [row[below] for row in smooth] == [0.5, 0.6, 0.75, 1.0, 1.0, 1.0, 0.0]


_SHAPES = [
    "Jane Doe / AP",
    "A teaser for another story, cut off and...  ",
    "He paused... and went on",
    "The crowd outside (AP Photo/Paul Sakuma, File)",
    "Tanja Ivanova//Getty Images",
    "Photo: Jane Doe",
    "Reuters",
    "a story told by Reuters and AP",
    "Bloomberg Photo )",
    "İstanbul, AFP",
    "32 seconds -",
    "vor 2 Stunden",
    "Jan 29, 2025",
    "29.01.2025",
    "١٢ hours ago",  # Arabic-Indic digits are digits too
    "Write to jane.doe@example.org",
    "see www.example.org",
    "https://example.org",
    "# ",
    "![](/a.png)",
    "[](/a)",
    "[Read more]( )",
    "Nothing of the kind here, just a sentence.",
]


def test_line_features_checked_quickly_agree_with_their_patterns() -> None:
    # _own skips a pattern when the line lacks what every match holds; the skip must
    # never change a feature.
    lines = document_lines("\n".join(_SHAPES))
    rows = context_features(lines)
    named = [dict(zip(CONTEXT_FEATURES, row, strict=True)) for row in rows]
    for line, features in zip(lines, named, strict=True):
        text = line.text
        assert features["credit"] == float(bool(CREDIT.search(text))), text
        assert features["relative_time"] == float(bool(RELATIVE_TIME.search(text))), text
        assert features["date"] == float(bool(DATE.search(text))), text
        assert features["url"] == float(bool(URL.search(text))), text
        assert features["markdown"] == float(bool(MARKDOWN.search(text))), text
        assert features["truncated"] == float(bool(TRUNCATED.search(text))), text
    assert sum(f["credit"] for f in named) >= 6 and sum(f["url"] for f in named) == 3


@pytest.mark.parametrize(
    "line",
    ["The Council of İzmir met; its budget was cut", "Council budget, the cuts and the vote"],
)
def test_content_words_are_long_words_that_are_not_function_words(line: str) -> None:
    _, _, content, _, _ = _own(line, line, False, STOPWORDS)
    expected = {w.lower() for w in line.replace(";", " ").replace(",", " ").split() if len(w) >= 4}
    assert content == frozenset(expected - STOPWORDS)
    assert "council" in content and "the" not in content


@pytest.mark.parametrize(
    ("line", "truncated"),
    [
        ("Devastated family pays tribute to 'smart, loving' mother, 42, and son,...", True),
        ("Pixel power! 42 advanced Assistant actions for any Pixel…", True),
        ("Google Pixel 7 vs. every past Pixel: To upgrade or not to ...  ", True),
        ("He paused... and then the council voted to approve the budget.", False),
        ("The list goes on: schools, roads, parks, . . .", False),
    ],
)
def test_a_teaser_cut_off_with_an_ellipsis_is_marked(line: str, truncated: bool) -> None:
    (row,) = context_features(document_lines(line))
    assert dict(zip(CONTEXT_FEATURES, row, strict=True))["truncated"] == float(truncated)


def test_the_reason_for_removing_a_cut_off_teaser_says_so() -> None:
    from textrepair.chrome.detect import _reason

    teaser = "Devastated family pays tribute to a loving mother and son,..."
    (row,) = context_features(document_lines(teaser))
    assert "cut off with an ellipsis" in _reason(row)
    (plain,) = context_features(document_lines("Devastated family pays tribute."))
    assert "cut off with an ellipsis" not in _reason(plain)


SWAHILI = (
    "Serikali ya mkoa imetangaza mpango mpya wa kujenga shule kumi katika vijiji vya pembezoni "
    "mwa mji ili watoto wengi zaidi wapate elimu karibu na nyumbani kwao.\n"
    "Mkuu wa mkoa alisema kwamba ujenzi huo utaanza mwezi ujao na unatarajiwa kukamilika "
    "kabla ya mwisho wa mwaka, na kwamba fedha zote zimeshatengwa kwa kazi hiyo.\n"
    "Wazazi wa kijiji kimoja walisema kwamba watoto wao hutembea zaidi ya saa mbili kila siku "
    "kwenda shule, na kwamba mpango huo utawapunguzia mzigo mkubwa wa safari hiyo.\n"
    "Walimu nao walisema kwamba shule mpya zitasaidia kupunguza msongamano wa wanafunzi katika "
    "madarasa ya zamani, ambapo darasa moja lina wanafunzi zaidi ya mia moja.\n"
    "Viongozi wa vijiji waliahidi kushirikiana na serikali katika kazi ya ujenzi, na wananchi "
    "wengi wamejitolea kuchangia nguvu kazi ili shule hizo zikamilike mapema.\n"
)
SWAHILI_MENU = "\n".join(
    "Habari Siasa Michezo Biashara Afya Burudani Kimataifa Teknolojia Elimu Mazingira".split()
)


def test_a_language_without_a_function_word_list_finds_its_own_in_the_page() -> None:
    # wordfreq lists no Swahili: the commonest words of the page's long lines (na, wa,
    # kwamba) stand in, so its paragraphs read as prose and the menu around them as chrome.
    out = strip_chrome(SWAHILI_MENU + "\n" + SWAHILI + SWAHILI_MENU)
    assert all(paragraph in out for paragraph in SWAHILI.splitlines())
    assert "Siasa" not in out
    own = _page_function_words(SWAHILI.splitlines())
    assert {"na", "wa", "kwamba"} <= own
    assert _page_function_words(SWAHILI_MENU.splitlines()) == frozenset()  # short lines only


_JAPANESE_STORY = [
    "政府は三日の閣議で、来年度の予算案を決定し、国会に提出することを正式に決めた。",
    "財務大臣は記者会見で、歳出の伸びを抑えながら子育て支援を拡充したと説明した。",
    "野党は予算案の審議で、防衛費の増額について政府の説明を求める方針を示している。",
    "専門家の間では、物価の上昇が続く中で家計への支援が十分かどうかを問う声もある。",
]
_JAPANESE_HEADLINES = [
    "新幹線の運転見合わせが続く中で週末の観光地に影響が広がる見通しについて",
    "地方の中学校で部活動の指導を外部の人材に任せる動きが全国に広がっている話",
    "人気の遊園地が新しいアトラクションを公開して家族連れの行列ができた様子",
    "大雪の影響で高速道路の一部区間が通行止めとなり物流に遅れが出ている状況",
    "若手の研究者が海洋の汚染を調べる新しい方法を開発して注目を集めている件",
]


def _in_body(lines: list[str]) -> list[int]:
    rows = context_features(document_lines("\n".join(lines)))
    return [int(row[CONTEXT_FEATURES.index("in_body")]) for row in rows]


def test_japanese_headlines_below_a_story_that_ends_its_sentences_are_outside_its_body() -> None:
    # Thirty characters of words and particles read as prose by their length; on a page
    # whose prose ends its sentences with full stops, a line without one is a headline.
    assert _in_body(_JAPANESE_STORY + _JAPANESE_HEADLINES) == [1] * 4 + [0] * 5


def test_a_japanese_blog_that_writes_no_full_stops_keeps_its_long_lines_in_the_body() -> None:
    story = [line.rstrip("。") for line in _JAPANESE_STORY]
    assert _in_body(story + _JAPANESE_HEADLINES) == [1] * 9


_LINE_TEXT = st.text(st.sampled_from("aZ b'’|_9²İ.-©x\u00e9 Q"), max_size=40) | st.sampled_from(
    ["Don't miss it | News 2024", "x² and 3 ’s", "Read more | Top 10", "a1b2"]
)


@given(_LINE_TEXT)
def test_a_line_s_digits_and_tokens_read_from_its_words_are_those_of_the_line(line: str) -> None:
    # the fast paths of _own: digits from the words of digits, tokens from the words
    own, _, _, _, tokens = _own(line, line, False, STOPWORDS)
    digits = sum(map(str.isdigit, line)) / max(len(line.strip()), 1)
    assert own[LINE_FEATURES.index("digit_share")] == digits
    if tokens is not None:
        assert tokens == set(TOKEN.findall(line.lower()))
    if line.isascii() and "'" not in line:
        assert tokens is not None


def _unknown_short(text: str, odds: dict[str, float] | None = None) -> list[float]:
    column = CONTEXT_FEATURES.index("unknown_page_short_line")
    return [row[column] for row in context_features(document_lines(text), odds=odds)]


def test_a_short_line_of_a_page_the_word_table_does_not_know_is_marked() -> None:
    page = STORY + "Subscribe to our newsletter\nShare this article\n"
    # English: the shipped table knows the page's words, so no line is marked.
    assert set(_unknown_short(page)) == {0.0}
    # Read as a language the table lacks (no word has odds): the short lines are marked,
    # the article's long sentences never are.
    assert _unknown_short(page, odds={}) == [0.0] * STORY.count("\n") + [1.0, 1.0]


def test_a_table_of_names_and_numbers_does_not_make_a_page_read_as_unknown() -> None:
    cells = "".join(f"Herbert Dürr\n{63 - k}\n{16.6 - k:.1f}%\n" for k in range(30))
    # weighted by words: the prose's words outweigh the cells' (counted by lines, the
    # cells would be most of the page)
    assert set(_unknown_short(STORY + cells + STORY)) == {0.0}


def test_a_chinese_page_is_not_read_as_unknown_for_its_characters() -> None:
    page = "今天天气很好，我们去公园散步。然后回家吃饭了，非常开心的一天。\n首页\n新闻\nHome\n"
    assert set(_unknown_short(page, odds={})) == {0.0}
