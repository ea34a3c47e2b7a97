"""Score every line of a document as article or chrome, and remove the chrome.

Two small logistic regressions, trained by ``python -m benchmarks.train_chrome``
on the article pages of four sources, ship as ``chrome_model.json``. The first scores
each line from its own features and its neighbours' (:mod:`.features`); the
second smooths those scores over the surrounding lines and the page (the share
of the lines above and below that read as chrome), so a short line inside the
story stays and a sentence-like line inside a menu goes.

>>> story = (
...     "The city council approved the budget on Monday after a debate that lasted well into "
...     "the night, with members split over how much to spend on schools and roads.\\n"
...     "Spending on schools rises by four percent next year, while the road repair fund is "
...     "cut by a tenth, a change the opposition called short-sighted and unfair to drivers.\\n"
... )
>>> page = "Audio By Carbonatix\\n" + story + "Read more:\\nCouncil votes on taxes\\n"
>>> report = chrome_report(page)
>>> [(e.before, e.reason) for e in report.edits]  # doctest: +NORMALIZE_WHITESPACE
[('Audio By Carbonatix\\n', 'chrome: a short line of page furniture'),
 ('Read more:\\nCouncil votes on taxes\\n', "chrome: a 'Read more' list")]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from textrepair._logistic import load_weights, logistic, logit
from textrepair.chrome.corpus import normalize_line
from textrepair.chrome.features import CONTEXT_FEATURES, context_features, opens_no_comments
from textrepair.chrome.lexicon import DATE, is_citation
from textrepair.chrome.lines import Line, document_lines, line_words
from textrepair.chrome.markup import visible
from textrepair.chrome.rules import is_prose, rule_reasons
from textrepair.chrome.spliced import SplicedBlock, is_paragraph, spliced_blocks
from textrepair.chrome.word_odds import chrome_word_odds
from textrepair.edits import Edit
from textrepair.language.code import looks_like_code

__all__ = [
    "SMOOTH_FEATURES",
    "ChromeModel",
    "ChromeReport",
    "chrome_report",
    "load_model",
    "smooth_features",
]

FORMAT = "textrepair-chrome-model"
SURE_ARTICLE = 0.65
# The work bound: a document of more lines than this, averaging fewer characters than
# SHORT_LINE, is a list, a table or a log rather than a page; its lines are not read one by
# one (each costs the line model about 0.1-0.2 ms, which on 80,000 one-letter lines made the
# stage 30 s per MB). It is kept whole, and the note says why.
MAX_SHORT_LINES = 5_000
# A page of at least twice this many words is never cut to fewer by the line model: when it
# would be, only the rules' removals are made (listings, product pages and hard-wrapped
# renderings the model misreads; see docs/stages.md).
MIN_KEPT_WORDS = 30
SHORT_LINE = 20
MIN_CITATIONS = 3
"""Notes and references (:data:`~textrepair.chrome.lexicon.CITATION`) that make a reference list."""
BODY_ARTICLE = 0.5
SMOOTH_FEATURES = (
    "logit",
    "p",
    "p@-1",
    "p@1",
    "p@-2",
    "p@2",
    "window_5",
    "window_15",
    "in_body",
    "position",
    "chrome_share_above",
    "chrome_share_below",
)


def smooth_features(first: list[float], rows: list[list[float]]) -> list[list[float]]:
    """Second-pass features of every line from the first-pass scores ``first``."""
    n = len(first)
    in_body = CONTEXT_FEATURES.index("in_body")
    position = CONTEXT_FEATURES.index("position")
    low = [0]
    for p in first:
        low.append(low[-1] + (p < 0.5))
    padded = [0.5, 0.5, *first, 0.5, 0.5]  # a line beyond either end reads 0.5
    out = []
    for i, p in enumerate(first):
        near = first[max(0, i - 2) : i + 3]
        wide = first[max(0, i - 7) : i + 8]
        row = rows[i]
        out.append(
            [
                logit(p) / 10,
                p,
                padded[i + 1],
                padded[i + 3],
                padded[i],
                padded[i + 4],
                sum(near) / len(near),
                sum(wide) / len(wide),
                row[in_body],
                row[position],
                low[i] / i if i else 0.0,
                (low[n] - low[i + 1]) / (n - i - 1) if i + 1 < n else 0.0,
            ]
        )
    return out


@dataclass(frozen=True)
class ChromeModel:
    """Weights of both passes, the decision threshold on P(article) and the chrome-word table."""

    line_weights: tuple[float, ...]
    line_bias: float
    smooth_weights: tuple[float, ...]
    smooth_bias: float
    threshold: float
    word_odds: Mapping[str, float] = field(default_factory=dict, compare=False)
    """Each word's log-odds of being chrome (:mod:`textrepair.chrome.word_odds`)."""

    @classmethod
    def from_weights(cls, data: Mapping[str, Any], word_odds: Mapping[str, float]) -> ChromeModel:
        """The model of a weights file's data (``chrome_model.json``) and a chrome-word table."""
        return cls(
            tuple(data["line_weights"]),
            float(data["line_bias"]),
            tuple(data["smooth_weights"]),
            float(data["smooth_bias"]),
            float(data["threshold"]),
            word_odds,
        )

    def scores(self, rows: list[list[float]]) -> list[float]:
        """P(the line is article text) for each line's context features."""
        first = [logistic(self.line_weights, self.line_bias, r) for r in rows]
        smoothed = [
            logistic(self.smooth_weights, self.smooth_bias, r) for r in smooth_features(first, rows)
        ]
        # Smoothing must not sink a line the first pass is sure of, nor a line of the
        # article body the first pass reads as article, nor a sentence of twelve words or
        # more in the body that the first pass keeps: in a short document a few chrome
        # lines are most of every window (a news story's last paragraph above its footer).
        in_body = CONTEXT_FEATURES.index("in_body")
        long_line = CONTEXT_FEATURES.index("long_12")
        sentence = CONTEXT_FEATURES.index("ends_sentence")
        return [
            max(s, f)
            if f >= SURE_ARTICLE
            or (
                row[in_body]
                and (
                    f >= BODY_ARTICLE or (f >= self.threshold and row[long_line] and row[sentence])
                )
            )
            else s
            for f, s, row in zip(first, smoothed, rows, strict=True)
        ]


@cache
def load_model() -> ChromeModel:
    """Load the shipped weights (checked against the feature lists)."""
    data = load_weights(
        "textrepair.chrome",
        "chrome_model.json",
        FORMAT,
        {"line_features": CONTEXT_FEATURES, "smooth_features": SMOOTH_FEATURES},
        "chrome",
        "train_chrome",
    )
    return ChromeModel.from_weights(data, chrome_word_odds())


@dataclass(frozen=True)
class ChromeReport:
    """What the chrome stage found: the removals, or why it kept everything."""

    edits: tuple[Edit, ...]
    lines: int
    removed_lines: int
    kept_because: str = ""
    spliced: tuple[SplicedBlock, ...] = ()
    """Blocks of the kept text that read as another story (removed only when asked)."""
    narrowed: str = ""
    """Why only the rules' removals were made (the line model would have kept almost nothing)."""
    code_kept: tuple[tuple[int, int], ...] = ()
    """Character spans of the runs of lines the line model read as chrome but that stayed
    because they hold code between kept lines (:func:`_keep_code_runs`)."""
    tables_kept: tuple[tuple[int, int], ...] = ()
    """Character spans of the runs of lines the line model read as chrome but that stayed
    because they are a data table written a cell per line between kept lines
    (:func:`_keep_table_runs`)."""
    citations_kept: tuple[tuple[int, int], ...] = ()
    """Character spans of the notes and references of the page's reference list that the
    line model read as chrome but that stayed (:func:`_keep_citations`)."""

    @property
    def note(self) -> str:
        """Why the page was kept or only the rules applied, code kept, spliced stories left.

        Offsets are in the text the stage was given (in the pipeline, the
        encoding stage's output).
        """
        if self.kept_because:
            return self.kept_because
        left = [b for b in self.spliced if not any(e.start <= b.start < e.end for e in self.edits)]
        notes = [self.narrowed] if self.narrowed else []
        for spans, kept_as in (
            (self.code_kept, "code between kept lines"),
            (self.tables_kept, "a data table between kept lines"),
            (self.citations_kept, "notes and references of the page's reference list"),
        ):
            if spans:
                where = ", ".join(f"{start}-{end}" for start, end in spans)
                notes.append(f"kept as {kept_as}, though read as chrome: characters {where}")
        notes.extend(
            f"possible spliced story at characters {b.start}-{b.end} ({b.paragraphs} "
            f"paragraphs{b.between}, more out of place than in {b.confidence:.0%} of clean "
            "articles), kept"
            for b in left
        )
        return "; ".join(notes)


_AT = {name: k for k, name in enumerate(CONTEXT_FEATURES)}


def _reason(row: list[float]) -> str:
    if len(row) != len(CONTEXT_FEATURES):
        raise ValueError(f"{len(row)} features for {len(CONTEXT_FEATURES)}")
    signs = []
    if row[_AT["chrome_phrase"]]:
        signs.append("a chrome phrase")
    if row[_AT["relative_time"]]:
        signs.append("a relative timestamp")
    if row[_AT["credit"]]:
        signs.append("a photo credit")
    if row[_AT["truncated"]]:
        signs.append("cut off with an ellipsis")
    if row[_AT["markdown"]]:
        signs.append("markdown remnants")
    if row[_AT["separators"]] or row[_AT["glued_caps"]]:
        signs.append("menu separators or glued tags")
    if row[_AT["short_run"]] >= 0.3:
        signs.append("a run of short lines")
    if not row[_AT["in_body"]]:
        signs.append("outside the article body")
    return "chrome: " + (", ".join(signs) if signs else "does not read as article text")


def _seen(shown: list[str], chrome: list[int]) -> int:
    """The characters a reader sees (``shown``, a line's visible text) in the ``chrome`` lines."""
    return sum(len(shown[i]) for i in chrome)


def _too_little_kept(lines: list[Line], chrome: list[int]) -> str:
    """Why the lines left after removing ``chrome`` are too few, or "" when they are enough.

    Too few is fewer than :data:`MIN_KEPT_WORDS` words of a page of twice that or
    more (:func:`~textrepair.chrome.lines.line_words`: a Japanese paragraph is not
    one word). The kept lines' words are counted only until there are enough, so an
    article with a little chrome costs a few lines' counting.
    """
    removed = set(chrome)
    left = 0
    for i, line in enumerate(lines):
        if i not in removed:
            left += line_words(line.text)
            if left >= MIN_KEPT_WORDS:
                return ""
    total = sum(line_words(line.text) for line in lines)
    if total < 2 * MIN_KEPT_WORDS:
        return ""
    return (
        f"the line model would keep {left} of the page's {total:,} words: only the rules' "
        "removals were made"
    )


# Table drawing of a query's or a program's printed output (psql's ``│``, ``─┼─``).
_BOX_DRAWING = frozenset("│─┼┌┐└┘├┤┬┴═║")
_PLACEHOLDER = re.compile(r"\{\w+\}")  # a template's {title}, {vendor_count}: not code
_RULE_LINE = " =-*_#"  # a markdown heading's underline or a horizontal rule


def _code_line(written: str, shown: str) -> bool:
    """A line of source code or of a program's printed output, as the page shows it.

    Not a markdown link or image (a URL's ``;`` or ``0x``), a template's placeholders,
    a heading's underline, or a list item's indentation.

    >>> _code_line("SELECT avg(n) FROM t;", "SELECT avg(n) FROM t;"), _code_line("Title", "Title")
    (True, False)
    >>> _code_line("12 │ t", "12 │ t"), _code_line("![a](data:image/gif;base64,R0)", "a")
    (True, False)
    """
    if "](" in written or "![" in written or not shown.strip(_RULE_LINE):
        return False
    shown = _PLACEHOLDER.sub("", shown).strip()
    return looks_like_code(shown) or not _BOX_DRAWING.isdisjoint(shown)


def _keep_code_runs(
    written: list[str], shown: list[str], chrome: list[int], rules: list[str]
) -> list[int]:
    """``chrome`` without the runs of lines the model alone removes that hold code.

    A run of consecutive lines the line model scores as chrome (no rule names any of
    them), with a kept line right above and right below it, is kept when one of its
    lines is code (:func:`_code_line`): a query, a program or its printed output inside
    the article, whose short, symbol-heavy lines the model reads as furniture.
    """
    kept = [
        k
        for start, end in _runs_between_kept_lines(len(written), chrome, rules)
        if any(_code_line(written[k], shown[k]) for k in range(start, end))
        for k in range(start, end)
    ]
    return _without(chrome, kept)


def _runs_between_kept_lines(
    n: int, chrome: list[int], rules: list[str]
) -> Iterator[tuple[int, int]]:
    """The runs ``[start, end)`` of consecutive ``chrome`` lines (of ``n``) no rule names.

    Only the runs with a kept line right above and right below them.
    """
    dropped = set(chrome)
    i = 0
    while i < n:
        if i not in dropped or rules[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and j + 1 in dropped and not rules[j + 1]:
            j += 1
        if i > 0 and j + 1 < n and i - 1 not in dropped and j + 1 not in dropped:
            yield i, j + 1
        i = j + 1


def _without(chrome: list[int], kept: list[int]) -> list[int]:
    """``chrome`` without the lines ``kept``."""
    if not kept:
        return chrome
    stay = set(kept)
    return [k for k in chrome if k not in stay]


_CELL_NUMBER = re.compile(r"[\s$€£+\-−~]*\d[\d,.]*\s*%?\s*")
_TABLE_LINES = 6


def _data_table(shown: list[str]) -> bool:
    """Lines that read as a data table written a cell per line: names beside numbers.

    :data:`_TABLE_LINES` cells or more, each of six words or fewer; from a third to
    three quarters of them numbers (``63``, ``16.6%``, ``$29.99``), a quarter or more
    words; no cell a label (``Trophy Points:``) or a date (a forum's posts and profiles).

    >>> _data_table(["Herbert Dürr", "63", "16.6%", "Armin Le Grand", "56", "14.7%"])
    True
    >>> _data_table(["1", "2", "3", "4", "5", "Next"]), _data_table(["Posts:", "12"] * 3)
    (False, False)
    """
    if len(shown) < _TABLE_LINES or any(
        len(text.split()) > 6 or text.rstrip().endswith(":") or DATE.search(text) is not None
        for text in shown
    ):
        return False  # a profile's or a form's labels (Trophy Points:), a post's dates
    numbers = sum(1 for text in shown if _CELL_NUMBER.fullmatch(text))
    words = sum(1 for text in shown if any(c.isalpha() for c in text))
    return 3 * numbers >= len(shown) and 4 * numbers <= 3 * len(shown) and 4 * words >= len(shown)


def _keep_table_runs(shown: list[str], chrome: list[int], rules: list[str]) -> list[int]:
    """``chrome`` without the runs the model alone removes, between kept lines, that are tables.

    A block rendering writes a table's cells one per line: short lines the model reads as a
    menu. A run of lines the model alone removes (no rule names any of them), with a kept
    line right above and right below it, stays when it reads as a data table
    (:func:`_data_table`).
    """
    kept = [
        k
        for start, end in _runs_between_kept_lines(len(shown), chrome, rules)
        if _data_table(shown[start:end])
        for k in range(start, end)
    ]
    return _without(chrome, kept)


def _keep_citations(shown: list[str], chrome: list[int], rules: list[str]) -> list[int]:
    """``chrome`` without the notes and references of the page's reference list.

    A wiki's or a paper's notes (``^ Hoffman, Jordan (2016). …``, ``… Retrieved 23
    November 2016.``) are short, dense with names, dates and titles, and sit below the
    article: the line model reads them as furniture, yet they are the article's own
    text. On a page with :data:`MIN_CITATIONS` of them or more, each that only the model
    removes (no rule names it) is kept, and so is the line right below one that starts
    with ``.`` or ``,`` (a rendering that put the source's title and its publisher,
    ``. The Guardian.``, on lines of their own).

    >>> shown = ["^ A (2016). 'T'", ". The Guardian.", "^ B (2017).", "^ C.", "Home"]
    >>> _keep_citations(shown, [1, 2, 3, 4], ["", "", "", "chrome: a rule", ""])
    [3, 4]
    """
    cited = [i for i, text in enumerate(shown) if is_citation(text)]
    if len(cited) < MIN_CITATIONS:
        return chrome
    keep = set(cited)
    keep.update(
        i + 1 for i in cited if i + 1 < len(shown) and shown[i + 1].lstrip().startswith((".", ","))
    )
    return [k for k in chrome if rules[k] or k not in keep]


def _spans_left(
    lines: list[Line], before: list[int], after: list[int]
) -> tuple[tuple[int, int], ...]:
    """The character spans of the lines of ``before`` that ``after`` no longer holds."""
    still = set(after)
    return _spans(lines, [i for i in before if i not in still])


def _spans(lines: list[Line], indices: list[int]) -> tuple[tuple[int, int], ...]:
    """The character spans of the runs of consecutive ``lines`` at ``indices`` (ascending)."""
    spans: list[tuple[int, int]] = []
    for k, i in enumerate(indices):
        if k and indices[k - 1] == i - 1:
            spans[-1] = (spans[-1][0], lines[i].end)
        else:
            spans.append((lines[i].start, lines[i].end))
    return tuple(spans)


def chrome_report(
    text: str,
    threshold: float | None = None,
    max_share: float = 0.95,
    repeated: frozenset[str] = frozenset(),
    remove_spliced: bool = False,
    spliced_confidence: float | None = None,
    model: ChromeModel | None = None,
) -> ChromeReport:
    """Find the chrome lines of ``text``; keep everything when removal would go too far.

    ``threshold`` overrides the shipped P(article) below which a line goes.
    When the lines the line model keeps would hold fewer than :data:`MIN_KEPT_WORDS`
    words of a page of at least twice as many, or the lines to remove hold more than
    ``max_share`` of the text a reader sees (:func:`textrepair.chrome.markup.visible`: a
    markdown link's target and bare URLs do not count), only the rules' removals are
    made (not the comments rule's, in the second case) and ``narrowed`` says so. When
    those still hold more than ``max_share``, or no line would be kept, nothing is
    removed and ``kept_because`` says why. Lines
    in ``repeated`` (normalised as by :func:`textrepair.chrome.corpus.normalize_line`;
    see corpus mode) go too. A run of lines only the line model would remove, between two
    kept lines, stays when it holds code (a query, a program or its output:
    :func:`_keep_code_runs`).
    Blocks of the kept paragraphs that read as a spliced story are flagged in
    ``spliced`` (from ``spliced_confidence``, default the shipped 0.99, and 0.75
    for a block between two lines that go as chrome; see
    :mod:`textrepair.chrome.spliced`) and removed only with ``remove_spliced``.
    ``model`` replaces the shipped one (the benchmarks pass models trained
    without the source they measure).
    """
    model = model or load_model()
    limit = model.threshold if threshold is None else threshold
    lines = document_lines(text)
    if not lines:
        return ChromeReport((), 0, 0)
    average = sum(len(line.text) for line in lines) / len(lines)
    if len(lines) > MAX_SHORT_LINES and average < SHORT_LINE:
        return ChromeReport(
            (),
            len(lines),
            0,
            f"not read line by line: {len(lines):,} lines averaging {average:.0f} characters "
            f"(a list, table or log rather than a page; the stage reads up to "
            f"{MAX_SHORT_LINES:,} lines this short), kept whole",
        )
    written = [line.text for line in lines]
    shown = [visible(text) for text in written]
    rows = context_features(lines, model.word_odds, shown)
    scores = model.scores(rows)
    phrase = CONTEXT_FEATURES.index("chrome_phrase")
    rules = rule_reasons(written, shown, [row[phrase] for row in rows])
    # Readers' comments: every line below a comments header that follows the article body.
    after_comments = CONTEXT_FEATURES.index("after_comments")
    below = [i for i, row in enumerate(rows) if row[after_comments]]
    comments: set[int] = set()  # the lines the comments rule takes
    if below and not opens_no_comments(lines, below[0] - 1):
        for i in below:
            if not rules[i]:
                rules[i] = "chrome: readers' comments, below a comments header after the article"
                comments.add(i)
    if repeated:
        for i, line in enumerate(lines):
            if not rules[i] and normalize_line(line.text) in repeated:
                rules[i] = "chrome: a line this site repeats on many pages"
    read_as_chrome = [i for i, p in enumerate(scores) if p < limit or rules[i]]
    without_code = _keep_code_runs(written, shown, read_as_chrome, rules)
    code_kept = _spans_left(lines, read_as_chrome, without_code)
    without_tables = _keep_table_runs(shown, without_code, rules)
    tables_kept = _spans_left(lines, without_code, without_tables)
    chrome = _keep_citations(shown, without_tables, rules)
    citations_kept = _spans_left(lines, without_tables, chrome)
    # The share a reader sees: link targets and URLs, most of a markdown menu's characters,
    # are not text the page would lose.
    total = sum(map(len, shown))
    narrowed = _too_little_kept(lines, chrome) if len(chrome) < len(lines) else ""
    if narrowed:
        # Nearly everything would go: a listing, a product page or a rendering the model
        # misreads, not an article with a little chrome. Only the rules' sure signs go.
        chrome = [i for i in range(len(lines)) if rules[i]]
        code_kept = tables_kept = citations_kept = ()
    elif len(chrome) < len(lines) and (seen := _seen(shown, chrome)) > max_share * total:
        # So too when the lines to remove hold more than max_share of the page: a
        # collection, a listing or a forum the model misreads more often than an article
        # under a menu many times its size (docs/stages.md). The comments rule is no sure
        # sign here: it reads the lines below a body the model did not find.
        narrowed = (
            f"the line model would remove {seen / total:.0%} of the text "
            f"(limit {max_share:.0%}): only the rules' removals were made"
        )
        chrome = [i for i in range(len(lines)) if rules[i] and i not in comments]
        code_kept = tables_kept = citations_kept = ()
    if len(chrome) == len(lines):
        # The model reads nothing as article. Short texts are where it is least sure:
        # when a line is prose, only the rules' sure signs go; otherwise there is no body.
        chrome = [i for i in range(len(lines)) if rules[i]]
        if len(chrome) == len(lines) or not any(
            is_prose(lines[i].text) for i in range(len(lines)) if not rules[i]
        ):
            return ChromeReport((), len(lines), 0, "no article body: nothing reads as article text")
    dropped = set(chrome)
    kept_paragraphs = [
        i for i, line in enumerate(lines) if i not in dropped and is_paragraph(line.text)
    ]
    spliced = spliced_blocks(
        text,
        spliced_confidence,
        [(lines[i].start, lines[i].end) for i in kept_paragraphs],
        # whether the line before and the line after each paragraph go as chrome
        [(i - 1 in dropped, i + 1 in dropped) for i in kept_paragraphs],
    )
    sure: dict[int, float] = {}  # lines removed as a spliced story, with its confidence
    if remove_spliced:
        for block in spliced:
            for i, line in enumerate(lines):
                if block.start <= line.start < block.end and i not in dropped:
                    rules[i] = "chrome: " + block.reason
                    sure[i] = block.confidence
                    dropped.add(i)
        chrome = sorted(dropped)
    found = ChromeReport(
        (),
        len(lines),
        0,
        spliced=spliced,
        narrowed=narrowed,
        code_kept=code_kept,
        tables_kept=tables_kept,
        citations_kept=citations_kept,
    )
    if not chrome:
        return found
    removed = _seen(shown, chrome)
    if removed > max_share * total:
        return ChromeReport(
            (),
            len(lines),
            0,
            f"chrome would be {removed / total:.0%} of the text (limit {max_share:.0%})",
        )
    edits: list[Edit] = []
    # Consecutive chrome lines with the same reason go as one edit.
    reasons = [rules[k] or _reason(rows[k]) for k in chrome]
    i = 0
    while i < len(chrome):
        j = i
        while (
            j + 1 < len(chrome) and chrome[j + 1] == chrome[j] + 1 and reasons[j + 1] == reasons[i]
        ):
            j += 1
        first, last = lines[chrome[i]], lines[chrome[j]]
        if chrome[i] in sure:
            confidence = sure[chrome[i]]
        elif rules[chrome[i]]:
            confidence = 0.95
        else:
            confidence = 1 - max(scores[k] for k in chrome[i : j + 1])
        edits.append(
            Edit(
                "chrome",
                first.start,
                last.end,
                text[first.start : last.end],
                "",
                reasons[i],
                round(confidence, 4),
            )
        )
        i = j + 1
    return replace(found, edits=tuple(edits), removed_lines=len(chrome))
