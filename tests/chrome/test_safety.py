"""The chrome stage never empties a document, leaves clean prose alone, and takes odd input."""

from __future__ import annotations

import pytest

from textrepair.chrome import chrome_report, strip_chrome
from textrepair.chrome.detect import SMOOTH_FEATURES, ChromeModel
from textrepair.chrome.features import CONTEXT_FEATURES
from textrepair.config import RepairConfig

ARTICLE = (
    "The city council approved the budget on Monday after a debate that lasted well into the "
    "night, with members split over how much to spend on schools and roads.\n"
    "Spending on schools rises by four percent next year, while the road repair fund is cut by "
    "a tenth, a change the opposition called short-sighted and unfair to drivers.\n"
    "The mayor said the plan was fair and that property taxes would not go up this year, "
    "although fees for parking and permits will rise in the spring.\n"
)


def test_a_page_without_an_article_body_is_kept_with_a_reason() -> None:
    text = "Home\nNews\nSport\nSubscribe\nSign in\n"
    report = chrome_report(text)
    assert report.edits == ()
    assert report.kept_because == "no article body: nothing reads as article text"
    assert strip_chrome(text) == text


def test_the_share_limit_keeps_the_text() -> None:
    text = "Latest Stories\n" + "Headline about something\n" * 20 + ARTICLE
    report = chrome_report(text, max_share=0.1)
    assert report.edits == () and "limit 10%" in report.kept_because
    assert strip_chrome(text, RepairConfig(chrome_max_share=0.1)) == text


def test_clean_article_is_untouched() -> None:
    assert strip_chrome(ARTICLE) == ARTICLE


def test_threshold_trades_removal() -> None:
    page = "Home\nNews\nWorld\nBusiness\nTop 10 gadgets of the year\n" + ARTICLE
    removed = [chrome_report(page, threshold).removed_lines for threshold in (0.0, 0.3, 0.6)]
    assert removed[0] == 0
    assert removed == sorted(removed) and removed[-1] > 0


@pytest.mark.parametrize("text", ["", "\n\n\n", "   ", "Ünïcödé ✓\n", "x" * 100_000])
def test_odd_input_passes_through(text: str) -> None:
    assert strip_chrome(text) == text or len(strip_chrome(text)) < len(text)
    assert isinstance(chrome_report(text).lines, int)


def test_bytes_are_a_clear_error() -> None:
    with pytest.raises(TypeError, match="decode first"):
        strip_chrome(b"Home\n")  # type: ignore[arg-type]


def test_the_pipeline_says_why_the_chrome_stage_kept_a_page() -> None:
    import textrepair

    result = textrepair.repair_and_explain("Home\nNews\nSport\nSubscribe\nSign in\n", chrome=True)
    (chrome,) = [s for s in result.stages if s.name == "chrome"]
    assert chrome.edits == () and chrome.note.startswith("no article body")
    assert result.text.startswith("Home\nNews")


def _sentences_only_model() -> ChromeModel:
    """A model that reads a line as article exactly when it ends a sentence."""
    line = [0.0] * len(CONTEXT_FEATURES)
    line[CONTEXT_FEATURES.index("ends_sentence")] = 40.0
    smooth = [0.0] * len(SMOOTH_FEATURES)
    smooth[SMOOTH_FEATURES.index("p")] = 40.0
    return ChromeModel(tuple(line), -20.0, tuple(smooth), -20.0, 0.5)


PRODUCTS = "\n".join(
    f"{name}\n£{price}"
    for name, price in [
        ("Mesh office chair in grey", 189),
        ("Standing desk with oak top", 420),
        ("Monitor arm for two screens", 95),
        ("Under-desk drawer unit", 140),
        ("Ergonomic foot rest", 39),
        ("Desk lamp with dimmer", 58),
        ("Cable tray in black steel", 25),
        ("Acoustic desk screen", 110),
        ("Adjustable laptop stand in aluminium", 45),
        ("Whiteboard on wheels", 150),
        ("Filing cabinet with three drawers", 160),
        ("Chair mat for hard floors", 35),
    ]
)


def test_a_page_the_model_would_empty_keeps_its_words() -> None:
    page = PRODUCTS + "\nDelivery takes three to five days.\n"
    report = chrome_report(page, model=_sentences_only_model())
    # The model would keep six words of the page's 71: only the rules' removals (none) are made.
    assert report.edits == ()
    assert f"would keep 6 of the page's {len(page.split())} words" in report.note


def test_a_page_left_with_enough_words_is_cut() -> None:
    story = (
        "Our office furniture is made in Leeds by a team of twelve, from steel and oak that we buy "
        "from mills in the north of England, and every chair is tested for a year of use.\n"
    )
    report = chrome_report(PRODUCTS + "\n" + story, model=_sentences_only_model())
    assert report.removed_lines == 24
    assert report.note == ""


def test_the_share_limit_counts_the_text_a_reader_sees() -> None:
    # A markdown menu whose link targets are most of the page's characters: by characters the
    # menu is over 95 % of the page, by what a reader sees it is not, so it goes.
    url = "https://www.example.com/section/" + "a-long-tracking-path/" * 12
    menu = "".join(f"  * [{name}]({url}{name.lower()})\n" for name in ("World", "Sport", "Money"))
    text = menu * 14 + "\n" + ARTICLE
    report = chrome_report(text)
    removed = "".join(e.before for e in report.edits)
    assert report.kept_because == "" and "[World]" in removed and "council" not in removed
    assert sum(map(len, menu.splitlines())) * 14 > 0.95 * len(text)
    # over a lower limit only the rules' sure signs would go, and none reads this menu
    narrowed = chrome_report(text, max_share=0.3)
    assert narrowed.edits == () and "(limit 30%)" in narrowed.narrowed


def test_over_the_share_limit_only_the_rules_removals_are_made() -> None:
    nav = "Home\nWorld\nBusiness\nTechnology\nScience\nHealth\nSports\nOpinion\nWeather\n"
    furniture = "Newsletters\nShop\nAbout us\nCareers\n"
    latest = "Latest Stories\nStorm closes schools across the region\nMayor opens new library\n"
    comments = (
        "12 Comments\n"
        "I really think the council should have waited for the audit before voting on this.\n"
    )
    text = nav + furniture + latest + ARTICLE + ARTICLE + comments
    # by default the line model takes the menu and the comments rule the comment
    first_lines = [e.before.split("\n")[0] for e in chrome_report(text).edits]
    assert "Home" in first_lines and any(line.startswith("I really") for line in first_lines)
    report = chrome_report(text, max_share=0.15)
    removed = "".join(e.before for e in report.edits)
    # the rules' removals are made, the line model's and the comments rule's are not
    assert "Latest Stories" in removed and "Careers" in removed and "12 Comments" in removed
    assert "Home" not in removed and "I really think" not in removed
    assert report.kept_because == "" and report.narrowed.startswith("the line model would remove")
    assert "council approved" not in removed


JAPANESE_MENU = (
    "トップ 速報 政治 経済 国際 社会 スポーツ 文化 科学 天気 動画 写真 特集 連載 社説 "
    "ランキング ログイン 新規登録 地域 北海道 東北 関東 中部 近畿 九州 沖縄 お知らせ "
    "会社案内 利用規約 著作権"
).split()
JAPANESE_STORY = [
    "市議会は十四日、来年度の予算案を賛成多数で可決した。学校の改修や道路の補修に充てる"
    "費用が増え、総額は前年度より三パーセント多くなった。",
    "市長は記者会見で、子育て世帯への支援を手厚くしたと説明し、道路の補修は計画を前倒し"
    "して進めると述べた。財源には積立金の一部を充てるという。",
]


def test_a_japanese_article_is_not_too_few_words_to_strip_its_menu() -> None:
    # Japanese writes no spaces: counted at spaces, two paragraphs of a hundred characters
    # were two words, "too little kept", and the whole menu stayed. Two characters count
    # as a word, as in the line features.
    from textrepair.chrome.detect import MIN_KEPT_WORDS, _too_little_kept
    from textrepair.chrome.lines import document_lines

    lines = document_lines("\n".join([*JAPANESE_MENU, *JAPANESE_STORY, *JAPANESE_MENU]))
    menu = [i for i, line in enumerate(lines) if line.text.strip() in JAPANESE_MENU]
    assert sum(len(s) for s in JAPANESE_STORY) // 2 >= MIN_KEPT_WORDS
    assert _too_little_kept(lines, menu) == ""
    # ...while a page whose kept lines are a few menu words still is
    assert _too_little_kept(lines, [i for i in range(len(lines)) if i > 2]) != ""
