from __future__ import annotations

import re
import sys

import pytest

from textrepair.chrome.phrases import (
    AFFILIATE_DISCLOSURES,
    CONSENT_NOTICES,
    DISCLOSURE_WORDS,
    every,
)
from textrepair.chrome.rules import (
    _CREDIT_END,
    _CREDIT_LAST,
    _affiliate_disclosure,
    _consent_notice,
    _credit_end,
    rule_reasons,
)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor at the opening. (AP Photo/Paul Sakuma, File)",
        "Crowds outside the court, Reuters",
        "Crowds outside the court, REUTERS   ",
        "Crowds outside the court, Reuterſ",  # IGNORECASE reads the long s as an s
        "Fans at the match // Getty Images",
        "A quiet street. Shutterstock",
        "A quiet street. Alamy",
        "A quiet street, EPA",
        "A quiet street in the rain",
        "Reuters reported the vote on Monday.",
        "",
    ],
)
def test_credit_endings_checked_quickly_agree_with_the_pattern(line: str) -> None:
    assert _credit_end(line) == bool(_CREDIT_END.search(line))


def test_every_character_the_credit_pattern_can_end_with_is_checked() -> None:
    last = re.compile(r"[pasky)]", re.IGNORECASE)
    missing = [c for c in map(chr, range(sys.maxunicode + 1)) if last.fullmatch(c)]
    assert set(missing) <= _CREDIT_LAST


@pytest.mark.parametrize(
    "line",
    [
        "Murat Yakin ärgerte sich über die Entscheidung. Foto: AFP",
        "Spontane Tanzeinlage des Publikums | Bild: Eva Kirchner-Rätsch/rbb",
        "BILD: SN/APA/GEORG HOCHMUTH",
        "Federal Energy Minister Chris Bowen. Credit: Oliver Lane/RegionalHUB",
        "The vote at UN headquarters on Dec. 22, 2023. / Credit: CHARLY TRIBALLEAU/AFP",
        "Photo Credit: Screenshot from the WayAway website",
        "2022 Nissan Pathfinder Platinum / Image Credit: James Riswick",
        "Le président à Paris. Crédit photo : Ludovic Marin",
        "Prezydent w Warszawie. Fot. Paweł Supernak",
        "Президент в Москве. Фото: ТАСС",
        "Ayn Rand, Rand Paul (Credit: AP/Manuel Balce Ceneta)",
        "A long caption of the scene at the harbour at dawn. Foto: Ann Berg" + " " * 120,
    ],
)
def test_a_credit_under_its_label_ends_a_caption(line: str) -> None:
    assert _credit_end(line)


@pytest.mark.parametrize(
    "line",
    [
        "Pull the base image: alpine",  # a label is capitalised
        "Photo: the mayor opened the bridge. Crowds cheered as she cut the ribbon.",  # sentences
        "Image: a diagram of the engine, with the pistons: left and right",  # a second colon
        "Ein Foto: Es zeigt den Bürgermeister auf der Brücke, die er am Montag eröffnet hat.",
        "Fotografie: Kunst und Handwerk",  # a word that begins with a label is not one
    ],
)
def test_prose_with_a_label_is_not_a_credit(line: str) -> None:
    assert not _credit_end(line)


def test_a_caption_with_its_credit_is_removed_by_rule() -> None:
    story = "The council approved the budget on Monday after a debate that went on late."
    reasons = rule_reasons([story, "The mayor at the opening, Reuterſ", story])
    assert reasons == ["", "chrome: a photo caption with its credit", ""]


def test_a_link_under_a_read_more_label_on_its_own_line_is_removed() -> None:
    story = "The council approved the budget on Monday after a debate that went on late at night."
    lines = [
        story,
        "READ MORE: First look at Thorpe Park's terrifying new rollercoaster",
        "Lire aussi : Les critiques de la CNIL contre le projet de loi",
        "Read more about the vote in the minutes, which the council published on Tuesday.",
        story,
    ]
    assert rule_reasons(lines) == [
        "",
        "chrome: a 'READ MORE' link",
        "chrome: a 'Lire aussi' link",
        "",
        "",
    ]


def test_a_chinese_paragraph_with_two_latin_names_is_not_a_run_of_tags() -> None:
    # Counted at spaces, a Chinese paragraph is one word, and "DeepMind" twice made it
    # "tags glued together"; two characters count as a word, so it is eighty words long.
    paragraph = (
        "DeepMind希望DNC可以推动计算行业实现更多突破。DeepMind已将其研究结果发表在科学刊物"
        "《自然》（Nature）上。（编译/林靖东）"
    )
    assert rule_reasons([paragraph]) == [""]
    assert rule_reasons(["Cambridge AnalyticaClintonTrump"]) == ["chrome: tags glued together"]


@pytest.mark.parametrize(
    "line",
    [
        'builder.Services.AddHttpClient("MyApi")',
        'var form = new FormData(document.getElementById("login-form"));',
        "  const [todos, setTodos] = useState<Todo[]>([]);",
    ],
)
def test_a_line_of_code_is_not_a_run_of_tags(line: str) -> None:
    # Code glues capitals as tags do; the model judges such a line, and code runs stay.
    assert rule_reasons([line]) == [""]


def test_the_rules_given_the_lines_phrases_find_what_they_find_alone() -> None:
    from benchmarks.data import seeds
    from textrepair.chrome.lexicon import CHROME_PHRASE
    from textrepair.chrome.markup import visible

    written = [line for text in seeds().values() for line in text.split("\n")]
    written += ["## **Read more:**", "Newsletter **Sign up** today", "**Beta** - Powered by"]
    shown = [visible(line) for line in written]
    phrased = [float(CHROME_PHRASE.search(text) is not None) for text in shown]
    with_phrases = rule_reasons(written, shown, phrased)
    assert with_phrases == rule_reasons(written, shown) == rule_reasons(written)
    assert "chrome: a short line of page furniture" in with_phrases
    # what the phrases say is read: told no line holds one, the furniture rule finds none
    told_none = rule_reasons(written, shown, [0.0] * len(written))
    assert told_none.count("chrome: a short line of page furniture") < with_phrases.count(
        "chrome: a short line of page furniture"
    )


STORY = "The council approved the budget on Monday after a debate that went on late at night."


@pytest.mark.parametrize(
    "notice",
    [
        "We use cookies to ensure that we give you the best experience on our website. If you "
        "continue to use this site we will assume that you are happy with it.",
        "This website uses cookies to improve your experience while you navigate through the "
        "website.",
        "By continuing to browse this site, you agree to our use of cookies.",
        "We and selected third parties use cookies or similar technologies for technical purposes.",
        "This cookie is set by Cloudflare to support bot management.",
        "Hotjar sets this cookie to know whether a user is included in data sampling.",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können.",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "Deze website maakt gebruik van cookies.",
    ],
)
def test_a_cookie_consent_notice_is_removed_by_rule(notice: str) -> None:
    assert rule_reasons([STORY, notice, STORY]) == ["", "chrome: a cookie consent notice", ""]


@pytest.mark.parametrize(
    "line",
    [
        "Bake the cookies for twelve minutes, then let them cool on a rack.",
        "Behavioral tracking: utilize cookies and session data to track user actions.",
        "Additional compliance involves PECR in the UK for apps that use cookies.",
        "Plausible is privacy-friendly analytics: cookies are not used and no data is collected.",
        "The server sends the session cookie back with every request the browser makes.",
        "Cookie-cutter approaches fail when every business is different.",
    ],
)
def test_prose_about_cookies_is_no_notice(line: str) -> None:
    assert not _consent_notice(line)
    assert rule_reasons([STORY, line, STORY]) == ["", "", ""]


def test_every_consent_pattern_needs_the_word_the_rule_looks_for_first() -> None:
    # The rule searches a line only when it holds "ookie" (or "OOKIE"): each pattern must.
    assert all("cookie" in pattern for pattern in every(CONSENT_NOTICES))


@pytest.mark.parametrize(
    "notice",
    [
        "As an Amazon Associate I earn from qualifying purchases.",
        "Five Books participates in the Amazon Associate program and earns money from "
        "qualifying purchases.",
        "We may earn commission from links on this page, but we only recommend products we back.",
        "When you purchase through links on our site, we may earn an affiliate commission.",
        "Products are chosen independently by our editors. Purchases made through our links may "
        "earn us a commission.",
        "BestReviews is reader-supported and may earn an affiliate commission.",
        "Disclosure: This post contains affiliate links. If you use them to make a purchase, we "
        "may earn a small commission at no extra cost to you.",
        "Us Weekly has affiliate partnerships. We receive compensation when you click on a link.",
        "In diesem Artikel sind Affiliate-Links enthalten.",
        "Cet article contient des liens affiliés.",
        "Este artículo contiene enlaces de afiliados.",
    ],
)
def test_an_affiliate_disclosure_is_removed_by_rule(notice: str) -> None:
    assert rule_reasons([STORY, notice, STORY]) == ["", "chrome: an affiliate disclosure", ""]


@pytest.mark.parametrize(
    "line",
    [
        # an earning that is nobody's on the page, or not on what its links sell
        "Estate agents earn a commission of about 1% on each sale.",
        "Streamers earn a commission when viewers buy games through affiliate links.",
        "We earn a commission on every policy we sell to our customers over the phone.",
        "The commission will review the merger next year, the minister said.",
        "Our reporters independently verified the documents before publication.",
        "More than 1,000 Amazon associates walked out of the warehouse on Monday.",
    ],
)
def test_prose_about_commissions_is_no_disclosure(line: str) -> None:
    assert not _affiliate_disclosure(line)
    assert rule_reasons([STORY, line, STORY]) == ["", "", ""]


def test_a_long_paragraph_is_no_disclosure() -> None:
    # a disclosure is a line or two; a paragraph of the article that quotes one stays
    quoted = "As an Amazon Associate I earn from qualifying purchases, the notice says. "
    assert rule_reasons([STORY, quoted + STORY * 5, STORY])[1] == ""


def test_every_disclosure_pattern_holds_a_word_the_rule_looks_for_first() -> None:
    # The rule searches a line only when it holds one of DISCLOSURE_WORDS: each pattern must.
    for pattern in every(AFFILIATE_DISCLOSURES):
        assert any(word in pattern for word in DISCLOSURE_WORDS), pattern
