"""Line features for the chrome model: shape, lexicon, position, neighbours and the body.

Plain text has no DOM, only lines. A line's own shape (length, terminal
punctuation, function words, title case, digits, timestamps, chrome phrases)
says much; its neighbours say more (menus and headline lists come in runs of
short lines); and the article body is the densest run of prose, found as the
maximum-sum run of lines scored by how prose-like they are. Words say
something too: a table learned from the training pages gives each word's
log-odds of being written in chrome (:mod:`textrepair.chrome.word_odds`).
On a page in a language that table lacks, a short line loses that evidence:
``unknown_page_short_line`` tells the model so (:func:`_unknown_page`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from itertools import filterfalse
from operator import itemgetter

from textrepair.chrome.lexicon import (
    BYLINE,
    CHROME_PHRASE,
    COMMENT_AUTHOR,
    COMMENTS_HEADER,
    DATE,
    MANUAL_SECTION,
    MARKDOWN,
    PAPER_SECTION,
    RELATIVE_TIME,
    SENTENCE_END,
    SEPARATORS,
    TRUNCATED,
    URL,
    glued_caps,
    has_credit,
)
from textrepair.chrome.lines import CJK_CHAR, CJK_MIN, CJK_RUN, LIST_START, Line
from textrepair.chrome.markup import MARKUP_FEATURES, markup_features, visible
from textrepair.chrome.word_odds import ASCII_SIGNS, chrome_word_odds, line_odds
from textrepair.language.function_words import STOPWORDS, frequent_words
from textrepair.language.identifier import UNDETERMINED, identify

__all__ = [
    "CONTEXT_FEATURES",
    "LINE_FEATURES",
    "context_features",
    "opens_no_comments",
    "page_language",
]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")

LINE_FEATURES = (
    "log_words",
    "short_1",
    "short_3",
    "long_12",
    "long_25",
    "ends_sentence",
    "ends_colon",
    "stopword_share",
    "title_share",
    "digit_share",
    "all_caps",
    "chrome_phrase",
    "chrome_phrase_short",
    "chrome_phrase_start",
    "chrome_phrase_most",
    "relative_time",
    "date",
    "byline",
    "credit",
    "markdown",
    "url",
    "separators",
    "glued_caps",
    "list_item",
    "repeated",
    "copyright",
    "truncated",
    *MARKUP_FEATURES,
    "position",
    "in_body",
    "before_body",
    "after_body",
    "body_distance",
)
NEIGHBOURS = (-2, -1, 1, 2)
LANGUAGE_SAMPLE = 6_000
MIN_CJK_SENTENCES = 3
"""Long Chinese or Japanese lines ending a sentence that make a page one whose prose ends them."""
MIN_WORDS_ABOVE_COMMENTS = 120
"""Words of article prose above a comments header for the lines below it to read as comments."""
_NEIGHBOUR_BASE = (
    "log_words",
    "ends_sentence",
    "chrome_phrase",
    "relative_time",
    "stopword_share",
    "link_share",
)
CONTEXT_FEATURES = (
    *LINE_FEATURES,
    *(f"{name}@{offset}" for offset in NEIGHBOURS for name in _NEIGHBOUR_BASE),
    "prose_window_3",
    "prose_window_8",
    "short_run",
    "topic_overlap",
    "no_content_words",
    "chrome_words",
    "chrome_word_max",
    "chrome_words_near",
    "after_comments",
    "unknown_page_short_line",
)
"""Every feature of a line, in the order of the first model's weights."""


def _prose_value(words: int, sentence: bool, stop_share: float, cjk: bool = False) -> float:
    """How much a line counts towards the article body: long sentences most, short lines against.

    A long line that ends no sentence counts half, except a Chinese or Japanese
    line (``cjk``) on a page whose prose ends its sentences with full stops
    (:data:`MIN_CJK_SENTENCES`): there headlines, thirty characters of words and
    particles, would read as prose by their length.
    """
    if words >= 8 and sentence and stop_share >= 0.15:
        return float(min(words, 60))
    if words >= 15 and stop_share >= 0.2 and not cjk:
        return float(min(words, 60)) / 2
    return -4.0 if words < 5 else -2.0


def _body(values: list[float]) -> tuple[int, int]:
    """The maximum-sum run of ``values`` as [start, end); (0, 0) when nothing is positive."""
    best, best_span = 0.0, (0, 0)
    current, start = 0.0, 0
    for i, v in enumerate(values):
        if current <= 0:
            current, start = 0.0, i
        current += v
        if current > best:
            best, best_span = current, (start, i + 1)
    return best_span


_Own = tuple[tuple[float, ...], int, frozenset[str], bool, set[str] | None]


def _own(raw: str, line: str, repeated: bool, stopwords: frozenset[str]) -> _Own:
    """A line's own features, its number of words, its content words, whether it is CJK, tokens.

    The tokens are the line's chrome-word tokens when its words give them, else None.

    Words, phrases and punctuation are read in ``line``, the visible text of
    ``raw`` (markdown link targets and URLs left out); markdown remnants and
    URLs in the line as written. ``stopwords`` are the function words of the
    page's language. Chinese and Japanese write no spaces: there, two
    characters count as a word, and the share of function words is that of
    their one-character particles (doubled, as they are half the length of
    an average word). The content words are the lower-cased words of four
    letters or more that are not English function words (the topic features).
    In a line of ASCII characters without an apostrophe, the lower-cased words of
    letters are the tokens :func:`~textrepair.chrome.word_odds.line_odds` reads (with
    the signs of :data:`~textrepair.chrome.word_odds.ASCII_SIGNS` it holds), and the
    digits are those of its words of digits.
    """
    words = _WORD.findall(line)
    letters = list(filterfalse(str.isdigit, words))
    lowered_words = list(map(str.lower, words))
    cjk = CJK_CHAR.findall(line)
    cjk_line = len(cjk) >= CJK_MIN
    if cjk_line:
        n = len(words) - len(CJK_RUN.findall(line)) + len(cjk) // 2
        stop = min(1.0, 2 * sum(c in stopwords for c in cjk) / len(cjk))
    else:
        n = len(words)
        # lower-casing makes no word all digits, nor one of digits anything else
        lowered_letters = filterfalse(str.isdigit, lowered_words)
        stop = sum(map(stopwords.__contains__, lowered_letters)) / max(len(letters), 1)
    title = sum(map(str.isupper, map(itemgetter(0), letters))) / max(len(letters), 1)
    chars = len(line.strip())
    tokens: set[str] | None = None
    if line.isascii():
        # every digit is in a word of digits, and no word of letters holds one
        digit_count = sum(map(len, words)) - sum(map(len, letters))
        if "'" not in line:  # no word joins two runs of letters
            tokens = set(filterfalse(str.isdigit, lowered_words))
            tokens.update(filter(line.__contains__, ASCII_SIGNS))
    else:
        digit_count = sum(map(str.isdigit, line))
    digits = digit_count / max(chars, 1)
    lowered = line.lower()  # the case-free patterns below are matched on it
    as_lowered = len(lowered) == len(line)
    found = CHROME_PHRASE.search_lowered(line, lowered)
    phrase = found is not None
    relative = date = False
    if digit_count:  # both patterns need a digit
        relative = RELATIVE_TIME.search_lowered(line, lowered) is not None
        date = DATE.search_lowered(line, lowered) is not None
    credit = has_credit(line, lowered)
    markdown = ("](" in raw or "#" in raw) and bool(MARKDOWN.search(raw))
    url = ("://" in raw or "www." in raw or "@" in raw) and bool(URL.search(raw))
    if as_lowered:  # every word is as long lower-cased
        content = frozenset([w for w in lowered_words if len(w) >= 4]) - STOPWORDS
    else:
        content = frozenset(
            low
            for w, low in zip(words, lowered_words, strict=True)
            if len(w) >= 4 and low not in STOPWORDS
        )
    return (
        (
            math.log1p(n) / 5,
            float(n <= 1),
            float(n <= 3),
            float(n >= 12),
            float(n >= 25),
            float(bool(SENTENCE_END.search(line))),
            float(line.rstrip().endswith(":")),
            stop,
            title,
            digits,
            float(line.upper() == line and any(map(str.isalpha, line))),
            float(phrase),
            float(phrase and n <= 8),
            float(found is not None and found.start() <= 2),
            float(found is not None and (found.end() - found.start()) >= 0.5 * max(chars, 1)),
            float(relative),
            float(date),
            float(bool(BYLINE.search(line.strip()))),
            float(credit),
            float(markdown),
            float(url),
            min(len(SEPARATORS.findall(line)), 5) / 5,
            min(glued_caps(line), 5) / 5,
            float(bool(LIST_START.match(line))),
            float(repeated),
            float("©" in line or "copyright" in lowered or "all rights reserved" in lowered),
            float(line.rstrip().endswith(("...", "…")) and bool(TRUNCATED.search(line))),
            *markup_features(raw, line),
        ),
        n,
        content,
        cjk_line,
        tokens,
    )


UNKNOWN_TABLE = 0.5
"""Below this share of its words the chrome-word table knows, a page reads as unknown."""


def _unknown_page(
    words_odds: list[tuple[float, float]], word_counts: list[int], shown: list[str]
) -> float:
    """How far a page is from one the chrome-word table knows: 1 at none of its words, 0 from half.

    The share the table knows is the page's words in lines holding a word it has odds
    for, weighted by words, so that a table of names and numbers no table holds does not
    make an English page read as unknown (:data:`UNKNOWN_TABLE` of it reads 0). A page
    most of whose words are Chinese or Japanese reads 0 too: the table holds no runs of
    their characters, so the share says nothing of its language there (read as unknown,
    those pages lost more of their gold text: docs/stages.md). Only a page the share
    leaves unknown is scanned for those characters.

    >>> _unknown_page([(0.0, 0.0), (-1.2, 0.4)], [2, 30], ["Herbert Dürr", "Most of the ..."])
    0.0
    >>> _unknown_page([(0.0, 0.0), (-1.2, 0.4)], [15, 5], ["Die Regierung hat ...", "Home"])
    0.5
    >>> _unknown_page([(0.0, 0.0)], [20], ["Die Regierung hat am Montag ..."])
    1.0
    >>> _unknown_page([(0.0, 0.0)], [20], ["政府は月曜日に新しい法律を決めた"])
    0.0
    """
    total = sum(word_counts)
    if not total:
        return 1.0
    known = sum(
        w for w, (summed, top) in zip(word_counts, words_odds, strict=True) if summed or top
    )
    unknown = max(0.0, 1.0 - known / total / UNKNOWN_TABLE)
    if not unknown:
        return 0.0
    cjk = sum(w for w, text in zip(word_counts, shown, strict=True) if CJK_CHAR.search(text))
    return 0.0 if 2 * cjk > total else unknown


def context_features(
    lines: list[Line], odds: Mapping[str, float] | None = None, shown: list[str] | None = None
) -> list[list[float]]:
    """The feature vector of every line (see :data:`CONTEXT_FEATURES`).

    ``odds`` replaces the shipped chrome-word table (the training script passes its own);
    ``shown`` are the lines' :func:`~textrepair.chrome.markup.visible` texts when the
    caller has them already.
    """
    odds = chrome_word_odds() if odds is None else odds
    counts = Counter(line.text.strip() for line in lines)
    if shown is None:
        shown = [visible(line.text) for line in lines]
    lang = page_language(shown)
    own_list = frequent_words(lang)
    if not own_list and lang != UNDETERMINED:  # a language no list covers (and not a guess)
        own_list = _page_function_words(shown)
    stopwords = STOPWORDS | own_list
    # A line's own features and words' odds depend on its text alone (and the page's
    # language): a line the page repeats (a fifth of all lines: menus, buttons, bylines)
    # is read once.
    read: dict[str, tuple[_Own, tuple[float, float]]] = {}
    own_all: list[_Own] = []
    words_odds: list[tuple[float, float]] = []
    for line, text in zip(lines, shown, strict=True):
        found = read.get(line.text)
        if found is None:
            reading = _own(line.text, text, counts[line.text.strip()] > 1, stopwords)
            # read as seen, as in training: a link's target (vox, com) is no word of it
            found = read[line.text] = (reading, line_odds(text, odds, lang, reading[4]))
        own_all.append(found[0])
        words_odds.append(found[1])
    own_words = [(o, words) for o, words, _, _, _ in own_all]
    own = [o for o, _, _, _, _ in own_all]
    n = len(lines)
    sentence = LINE_FEATURES.index("ends_sentence")
    stop = LINE_FEATURES.index("stopword_share")
    cut = LINE_FEATURES.index("truncated")  # a teaser cut off is no sentence of the body
    cjk_lines = [cjk for _, _, _, cjk, _ in own_all]
    # A Chinese or Japanese page that ends its sentences with full stops (not a blog that
    # writes its lines without them): there, a long line without one is a headline.
    stops = sum(
        1
        for (o, words), cjk in zip(own_words, cjk_lines, strict=True)
        if cjk and words >= 15 and o[sentence]
    )
    headlines = stops >= MIN_CJK_SENTENCES
    prose = [
        _prose_value(words, o[sentence] > 0 and not o[cut], o[stop], cjk and headlines)
        for (o, words), cjk in zip(own_words, cjk_lines, strict=True)
    ]
    own = _relative_indents(lines, own, prose)
    body_start, body_end = _body(prose)
    index = {name: i for i, name in enumerate(LINE_FEATURES)}
    base = itemgetter(*(index[name] for name in _NEIGHBOUR_BASE))
    neighbour = [base(o) for o in own]
    outside = (0.0,) * len(_NEIGHBOUR_BASE)
    prose_above = [0]  # how many of the lines above each are prose (windows are differences)
    for v in prose:
        prose_above.append(prose_above[-1] + (v > 0))
    summed_odds = [summed for summed, _ in words_odds]
    unknown = _unknown_page(words_odds, [words for _, words in own_words], shown)
    long_line = LINE_FEATURES.index("long_12")
    short = LINE_FEATURES.index("short_3")
    short_to = [0] * n  # how many short lines end at each line (0 when it is not short)
    short_from = [0] * (n + 1)  # and start at it
    for i in range(n):
        short_to[i] = (short_to[i - 1] if i else 0) + 1 if own[i][short] else 0
    for i in range(n - 1, -1, -1):
        short_from[i] = short_from[i + 1] + 1 if own[i][short] else 0
    vocab = [content for _, _, content, _, _ in own_all]
    body_lines: Counter[str] = Counter()
    for words in vocab[body_start:body_end]:
        body_lines.update(words)
    topics = [
        _topic(words, body_lines, body_start <= i < body_end) for i, words in enumerate(vocab)
    ]
    comments = _comments_start(lines, own_words, prose, body_start)
    # Each part of a row worked out for every line first, then each row written at once.
    pad = max(map(abs, NEIGHBOURS))
    padded = [outside] * pad + neighbour + [outside] * pad
    a, b, c, d = (pad + offset for offset in NEIGHBOURS)
    around = [padded[i + a] + padded[i + b] + padded[i + c] + padded[i + d] for i in range(n)]
    # the share of prose lines within 3 and 8 lines (exact counts)
    prose_near = [
        [
            (prose_above[end] - prose_above[start]) / (end - start)
            for start, end in ((max(0, i - reach), min(n, i + reach + 1)) for i in range(n))
        ]
        for reach in (3, 8)
    ]
    # the run of short lines (three words or fewer) through each line, up to 10
    short_runs = [min(short_to[i] + short_from[i + 1], 10) / 10 for i in range(n)]
    near_odds = [summed_odds[max(0, i - 2) : i + 3] for i in range(n)]
    last = max(n - 1, 1)
    out: list[list[float]] = []
    for i, o in enumerate(own):
        in_body = body_start <= i < body_end
        distance = 0 if in_body else (body_start - i if i < body_start else i - body_end + 1)
        near = near_odds[i]
        out.append(
            [
                *o,
                i / last,
                float(in_body),
                float(i < body_start),
                float(i >= body_end),
                math.log1p(distance) / 4,
                *around[i],
                prose_near[0][i],
                prose_near[1][i],
                short_runs[i],
                *topics[i],
                words_odds[i][0] / 5,
                words_odds[i][1] / 5,
                sum(near) / len(near) / 5,
                float(i > comments),
                # a short line of a page the table does not know: its words' odds are missing
                unknown * (1.0 - o[long_line]),
            ]
        )
    return out


_INDENTED = LINE_FEATURES.index("indented")


def _indent(text: str) -> int:
    """The width of a line's leading whitespace (a tab counts four)."""
    stripped = text.lstrip(" \t")
    head = text[: len(text) - len(stripped)]
    return len(head) + 3 * head.count("\t")


def _relative_indents(
    lines: list[Line], own: list[tuple[float, ...]], prose: list[float]
) -> list[tuple[float, ...]]:
    """``own`` with "indented" read against the indentation the page's prose is written at.

    Markdown and plain text write paragraphs at the margin, so an indented line
    there is a nested list item, most often a menu. A layout renderer (inscriptis)
    indents everything inside nested blocks, paragraphs too: there a line is
    indented when it sits deeper than the page's prose lines (their most common
    indentation), as a nested list does. Pages whose prose sits at the margin
    keep the line's own reading.
    """
    widths = Counter(
        _indent(line.text) for line, value in zip(lines, prose, strict=True) if value > 0
    )
    if not widths:
        return own
    base = widths.most_common(1)[0][0]
    if base < 2:
        return own
    return [
        (*o[:_INDENTED], float(_indent(line.text) >= base + 2), *o[_INDENTED + 1 :])
        for o, line in zip(own, lines, strict=True)
    ]


def _comments_start(
    lines: list[Line],
    own_words: list[tuple[tuple[float, ...], int]],
    prose: list[float],
    body_start: int,
) -> int:
    """The index of the comments header below the article, or ``len(lines)`` when there is none.

    Readers' comments are prose too, but they follow a header the article does
    not have. A header counts once :data:`MIN_WORDS_ABOVE_COMMENTS` words of the
    article's prose lie between the start of its body and the header: a comment
    counter under the headline ("12 Comments") is a link, and what follows it is
    the story.
    """
    above = 0
    for i in range(body_start, len(lines)):
        if above >= MIN_WORDS_ABOVE_COMMENTS and (
            COMMENTS_HEADER.match(lines[i].text) or _first_of_comments(lines, i)
        ):
            return i
        if prose[i] > 0:
            above += own_words[i][1]
    return len(lines)


_AUTHOR_WINDOW = 40  # lines within which a second comment's author line follows the first


def _first_of_comments(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` names a comment's author and another such line follows it.

    A blog that prints no comments header still heads each comment with its author
    (:data:`COMMENT_AUTHOR`: "Modern Wife sagt:"); one such line could be the article's
    own ("Here is what my son says:"), two within :data:`_AUTHOR_WINDOW` lines are its
    comments.
    """
    if not COMMENT_AUTHOR.match(lines[i].text):
        return False
    end = min(len(lines), i + _AUTHOR_WINDOW)
    return any(COMMENT_AUTHOR.match(lines[k].text) for k in range(i + 1, end))


def opens_no_comments(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]``, a line :data:`COMMENTS_HEADER` matches, opens no readers' comments.

    The line feature ``after_comments`` still reads such a line as a header (the shipped
    model learned it so); :func:`~textrepair.chrome.detect.chrome_report` withholds the
    rule that removes every line below it. On a page with a paper's or a manual's
    sections (:data:`PAPER_SECTION`: "Abstract", "Methods", "References";
    :data:`MANUAL_SECTION`: "SYNOPSIS", "OPTIONS"), "Discussion" opens the document's own
    discussion. A header is capitalised; one word in lower case under a line of one or two
    words is the end of a link a renderer split over two lines ("View" above "comments",
    "39" above "comments": a count of comments elsewhere). "Comment" alone, with three
    short lines above it and two below, is a table's column (:func:`_table_cell`): a
    comments section names itself in the plural or with its count, and a comment form's
    field has the form's sentence above it.

    >>> from textrepair.chrome.lines import document_lines
    >>> pages = [["Abstract", "Discussion"], ["SYNOPSIS", "DISCUSSION"],
    ...          ["Menu", "Discussion"], ["View", "comments"]]
    >>> [opens_no_comments(document_lines("\\n".join(p)), 1) for p in pages]
    [True, True, False, True]
    """
    header = lines[i].text.strip(" \t:")
    if header.lower() == "comment" and _table_cell(lines, i):
        return True
    if header.lower() == "discussion":
        return any(PAPER_SECTION.match(t.text) or MANUAL_SECTION.match(t.text) for t in lines)
    split_link = header.islower() and " " not in header and i > 0
    return split_link and len(lines[i - 1].text.split()) <= 2


_CELL_WORDS = 5  # a table's cell, one to a line, is a few words that end no sentence
_CELLS_ABOVE = 3
_CELLS_BELOW = 2


def _is_cell(text: str) -> bool:
    return 0 < len(text.split()) <= _CELL_WORDS and not SENTENCE_END.search(text)


def _table_cell(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` sits in a table written a cell to a line: a column's name.

    Block text writes a table's cells one to a line, so a column named "Comment" between
    the names of the others ("Entity status", "Assoc status", "Comment", then the rows'
    "new", "new") reads as a comments header. A header has a sentence or a longer line
    near it (the form's "Your email address will not be published.", the article's last
    paragraph); a cell has :data:`_CELLS_ABOVE` cells above and :data:`_CELLS_BELOW`
    below. Short lines surround a comments section too ("Website", "33 Comments", "Inline
    Feedback"), so :func:`opens_no_comments` asks this of a bare "Comment" only.

    >>> from textrepair.chrome.lines import document_lines
    >>> table = document_lines("Entity status\\nAssoc status\\nNext run\\nComment\\nnew\\nnew")
    >>> form = document_lines("Leave a Reply\\nCancel reply\\nYour address will not be published."
    ...                       "\\nComment\\nName\\nEmail")
    >>> _table_cell(table, 3), _table_cell(form, 3)
    (True, False)
    """
    if i < _CELLS_ABOVE or i + _CELLS_BELOW >= len(lines):
        return False
    near = lines[i - _CELLS_ABOVE : i] + lines[i + 1 : i + 1 + _CELLS_BELOW]
    return all(_is_cell(line.text) for line in near)


_PAGE_FUNCTION_WORDS = 20
_LONG_LINE_WORDS = 8  # a line this long may be prose (a menu's are shorter)


def _page_function_words(shown: list[str]) -> frozenset[str]:
    """The words a page's longer lines use most: its function words, in a language no list covers.

    Function words are the most frequent words of every language, so the
    :data:`_PAGE_FUNCTION_WORDS` commonest words of lines of eight words or more
    (a menu's lines are shorter) that occur three times or more stand in for
    them (Swahili's ``na``, ``ya``, ``kwa``). Not for a page whose language the
    identifier could not tell: the lists of every language serve it as before.

    >>> lines = ["Watu wa mji huo walikuwa na furaha kubwa sana kwa habari hiyo",
    ...          "Serikali ya mkoa na wananchi wa mji walikutana kwa mazungumzo",
    ...          "Rais alisema kwa ufupi na kwa uwazi kuhusu mipango ya mji", "Habari | Michezo"]
    >>> sorted(_page_function_words(lines))
    ['kwa', 'mji', 'na']
    """
    counts: Counter[str] = Counter()
    for text in shown:
        words = _WORD.findall(text)
        if len(words) >= _LONG_LINE_WORDS:
            counts.update(w.lower() for w in words if not w.isdigit())
    return frozenset(w for w, n in counts.most_common(_PAGE_FUNCTION_WORDS) if n >= 3)


def page_language(shown: list[str]) -> str:
    """The language of a page's lines (as seen), from its first :data:`LANGUAGE_SAMPLE` characters.

    >>> page_language(["Die Bundesregierung hat am Donnerstag die Steuer gesenkt."])
    'de'
    """
    sample: list[str] = []
    size = 0
    for text in shown:
        sample.append(text)
        size += len(text)
        if size >= LANGUAGE_SAMPLE:
            break
    return identify("\n".join(sample)).code


def _topic(words: frozenset[str], body: Counter[str], in_body: bool) -> tuple[float, float]:
    """Share of a line's content words the article body uses elsewhere; whether it has any.

    A second story, product blurbs and comments speak of other things than the article.
    """
    if not words:
        return 0.0, 1.0
    shared = sum(1 for w in words if body[w] - in_body > 0)
    return shared / len(words), 0.0
