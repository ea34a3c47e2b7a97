"""Train the chrome model: ``python -m benchmarks.train_chrome``.

Data: the article pages of every source of ``data/pages`` (WCXB, fundus,
Readability, article-extraction-dataset; 25 languages), bar WCXB's held-out
half (:func:`benchmarks.glued_set.heldout`), each rendered one of the six ways
real tools render pages (:mod:`benchmarks.renderings`; block text, html2text
and markdownify markdown, inscriptis, hard-wrapped and glued text, in turn).
Every line of the rendered text is an example, labelled by
:func:`benchmarks.chrome_set.line_labels` (1 = a line of the gold article).
:func:`train` with ``exclude`` leaves sources out: the chrome suite measures
each source with a model trained without it.

1. Line model: a logistic regression on each line's features and its
   neighbours' (:data:`textrepair.chrome.features.CONTEXT_FEATURES`).
2. Smoothing model: a logistic regression on the line model's scores of the
   line and the lines around it, fitted on out-of-fold line scores (two folds)
   so it learns from scores like those it will see on new pages.
3. Threshold: the P(article) below which a line is removed that gives the best
   mean token F1 on the training pages (scored by the lines' labels) while
   removing at most 1 % of the gold articles' tokens, measured on what the
   stage does (both passes and the rules of :mod:`textrepair.chrome.rules`).

Besides the rendered pages, each training page adds two documents: its gold
article alone (every line article) and the article with one to three runs of
chrome lines from other pages put in at random places, so the model learns
what chrome looks like rather than where a page puts it. Lines are read as
the stage reads them (:func:`textrepair.chrome.lines.document_lines`: a
hard-wrapped paragraph or a wrapped markdown link is one unit, labelled as its
first line).

The line features include a chrome-word table per language learned from the
same pages (:mod:`benchmarks.chrome_words`); each training page's features
use the table of the other half of the pages, and the table of all of them ships.
A page in a language the table lacks has no such evidence, so every
``UNSEEN_LANGUAGE_EVERY``-th rendered page trains once more with an empty table,
read as such a page is read (the feature ``unknown_page_short_line`` marks its
short lines). The copies take their page's fold and stay out of the threshold's
choice. Every seventh page, so that the copies come in every rendering: a page's
rendering turns with its place among its source's pages, six ways.

Deterministic; writes ``textrepair/chrome/chrome_model.json`` and
``textrepair/chrome/chrome_words.tsv``.
"""

from __future__ import annotations

import random
import sys
from bisect import bisect_right
from collections.abc import Collection
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.chrome_set import line_labels, tokens, visible_tokens
from benchmarks.chrome_words import learn_word_odds, words_file
from benchmarks.data import PAGE_SOURCES
from benchmarks.glued_set import heldout
from benchmarks.logistic import fit, save_model
from benchmarks.renderings import RENDERINGS, rendered_pages
from textrepair._tables import parse_table
from textrepair.chrome.detect import FORMAT, SMOOTH_FEATURES, ChromeModel, smooth_features
from textrepair.chrome.features import CONTEXT_FEATURES, context_features, page_language
from textrepair.chrome.lines import Line, document_lines
from textrepair.chrome.markup import visible
from textrepair.chrome.rules import rule_reasons
from textrepair.chrome.word_odds import WORDS_FILE

SEED = 5
SYNTHETIC_PER_PAGE = 1
LOREM_IPSUM = "la"  # the language code of Readability's lorem-ipsum test fixtures
UNSEEN_LANGUAGE_EVERY = 7  # every n-th rendered page trains once more with no chrome-word table
MAX_CLEAN_LOSS = 0.01  # the target: at most 1 % of a clean article's tokens removed
F1_TOLERANCE = 0.002  # training F1 given up for the lowest threshold near the best
OUT = Path(__file__).resolve().parents[1] / "textrepair" / "chrome" / "chrome_model.json"
WORDS_OUT = OUT.with_name(WORDS_FILE)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(z, -40, 40)))


def chrome_blocks(docs: list[tuple[list[str], list[int]]]) -> list[list[str]]:
    """Runs of consecutive chrome lines (1–12 lines) from the real pages."""
    blocks = []
    for lines, labels in docs:
        run: list[str] = []
        for line, label in zip(lines, labels, strict=True):
            if label == 0:
                run.append(line)
            elif run:
                blocks.append(run[:12])
                run = []
        if run:
            blocks.append(run[:12])
    return blocks


def synthetic(gold: str, blocks: list[list[str]], rng: random.Random) -> tuple[str, list[int]]:
    """The gold article with one to three chrome blocks of other pages put in at random places."""
    lines = [line for line in gold.splitlines() if line.strip()]
    labels = [1] * len(lines)
    for _ in range(rng.randint(1, 3)):
        block = rng.choice(blocks)
        at = rng.choice((0, len(lines), rng.randint(0, len(lines))))
        lines[at:at] = block
        labels[at:at] = [0] * len(block)
    return "\n".join(lines), labels


def unit_labels(text: str, labels: list[int], lines: list[Line]) -> list[int]:
    """The label of each of ``lines`` from the labels of ``text``'s ``\\n``-separated lines.

    A unit of lines joined as a wrapped paragraph takes the label of its first line.
    """
    starts = list(accumulate((len(raw) + 1 for raw in text.split("\n")), initial=0))
    return [labels[bisect_right(starts, line.start) - 1] for line in lines]


def _trains(page: dict[str, Any]) -> bool:
    return (
        page["page_type"] == "article"
        and page["lang"] != LOREM_IPSUM
        and bool(tokens(page["gold"]))
        and not (page["source"] == "wcxb" and heldout(page["id"]))
    )


def _rendering(k: int, page: dict[str, Any]) -> tuple[str, ...]:
    """The rendering the ``k``-th page of a source trains on (each in turn); none if it does not."""
    return (RENDERINGS[k % len(RENDERINGS)],) if _trains(page) else ()


def training_pages(exclude: Collection[str] = ()) -> list[tuple[dict[str, Any], str]]:
    """The article pages the model trains on, each with its rendered text.

    Every source but ``exclude``; each page rendered one way, the six ways of
    :data:`benchmarks.renderings.RENDERINGS` in turn. Only articles: the gold
    of a listing, product or service page keeps its link lists, which on an
    article page are chrome. Readability's lorem-ipsum test fixtures
    (language ``la``) are not text of any language and do not train. WCXB's
    held-out half (:func:`benchmarks.glued_set.heldout`) never trains: the
    chrome suite measures the shipped model on it as a source the model has seen.
    """
    pages = []
    for source in PAGE_SOURCES:
        if source in exclude:
            continue
        for page in rendered_pages(source, choose=_rendering):
            if _trains(page):
                how = next(h for h in RENDERINGS if h in page)
                pages.append((page, page[how]))
    return pages


def train(exclude: Collection[str] = ()) -> tuple[dict[str, object], str]:
    """Build the data, fit both passes, choose the threshold.

    Returns the JSON-ready model and the chrome-word table file. ``exclude``
    names sources left out (the chrome suite's leave-one-source-out models).
    """
    rng = random.Random(SEED)
    rendered = training_pages(exclude)
    pages = [page for page, _ in rendered]
    labelled = []
    for page, text in rendered:
        lines = document_lines(text)
        if lines:
            labelled.append((page, lines, line_labels(lines, page["gold"], markdown=True)))
    # The chrome-word table: the shipped one from every training page; each page's own
    # features from the table of the other half of the pages, as on pages never seen.
    fold = {page["id"]: k % 2 for k, page in enumerate(pages)}

    languages = [page_language([visible(ln.text) for ln in lines]) for _, lines, _ in labelled]

    def word_lines(half: int | None) -> list[tuple[str, list[str], list[int], str]]:
        return [
            (page["id"], [visible(ln.text) for ln in lines], labels, lang)
            for (page, lines, labels), lang in zip(labelled, languages, strict=True)
            if half is None or fold[page["id"]] != half
        ]

    odds = learn_word_odds(word_lines(None))
    half_odds = {half: learn_word_odds(word_lines(half)) for half in (0, 1)}
    docs = [
        (page, lines, context_features(lines, half_odds[fold[page["id"]]]), labels)
        for page, lines, labels in labelled
    ]
    blocks = chrome_blocks([([ln.text for ln in lines], labels) for _, lines, _, labels in docs])
    real = len(docs)
    gold_docs = []
    for page in pages:
        # The article alone (all of it is article), and the article with foreign chrome.
        variants = [synthetic(page["gold"], blocks, rng) for _ in range(SYNTHETIC_PER_PAGE)]
        for k, (text, labels) in enumerate([(page["gold"], None), *variants]):
            lines = document_lines(text)
            if not lines:
                continue
            labels = [1] * len(lines) if labels is None else unit_labels(text, labels, lines)
            if k == 0:
                gold_docs.append(len(docs))
            docs.append((page, lines, context_features(lines, half_odds[fold[page["id"]]]), labels))
    # Some pages once more, read as a page in a language the table lacks is: no word has
    # odds. Each copy keeps its page's fold (for the smoothing model's out-of-fold scores).
    doc_fold = [i % 2 for i in range(len(docs))]
    unseen = range(UNSEEN_LANGUAGE_EVERY - 1, real, UNSEEN_LANGUAGE_EVERY)
    for i in unseen:
        page, lines, _, labels = docs[i]
        docs.append((page, lines, context_features(lines, {}), labels))
        doc_fold.append(doc_fold[i])
    x = np.array([r for _, _, rows, _ in docs for r in rows])
    y = np.array([v for _, _, _, labels in docs for v in labels])
    line_w, line_b = fit(x, y)

    # Out-of-fold first-pass scores for the smoothing model.
    fold = np.array([doc_fold[i] for i, (_, lines, _, _) in enumerate(docs) for _ in lines])
    oof = np.zeros(len(y))
    for k in (0, 1):
        w, b = fit(x[fold != k], y[fold != k])
        oof[fold == k] = _sigmoid(x[fold == k] @ w + b)
    s_rows: list[list[float]] = []
    offset = 0
    for _, lines, rows, _ in docs:
        s_rows.extend(smooth_features(oof[offset : offset + len(lines)].tolist(), rows))
        offset += len(lines)
    sx = np.array(s_rows)
    smooth_w, smooth_b = fit(sx, y)
    model = ChromeModel(
        tuple(float(v) for v in line_w),
        line_b,
        tuple(float(v) for v in smooth_w),
        smooth_b,
        0.5,
    )
    # The threshold is chosen on what the stage does: both passes and the rules.
    final = np.concatenate([np.array(model.scores(rows)) for _, _, rows, _ in docs])
    ruled = np.array(
        [bool(r) for _, lines, _, _ in docs for r in rule_reasons([ln.text for ln in lines])]
    )
    final[ruled] = 0.0

    # Scored by the lines' labels: a kept line's visible tokens are article tokens when
    # the line is an article line; recall is over the gold's tokens.
    starts = np.cumsum([0] + [len(lines) for _, lines, _, _ in docs])
    sizes = np.array([len(visible_tokens(ln.text)) for _, lines, _, _ in docs for ln in lines])
    article = sizes * y
    gold_sizes = np.array([len(tokens(page["gold"])) for page, _, _, _ in docs[:real]])
    line_doc = np.repeat(np.arange(len(docs)), np.diff(starts))
    is_real = line_doc < real
    is_gold = np.isin(line_doc, gold_docs)
    candidates = []  # (clean loss, F1, threshold)
    for threshold in np.arange(0.05, 0.95, 0.01):
        keep = final >= threshold
        loss = sizes[is_gold & ~keep].sum() / max(sizes[is_gold].sum(), 1)
        kept = np.bincount(line_doc[is_real], (sizes * keep)[is_real], real)
        right = np.bincount(line_doc[is_real], (article * keep)[is_real], real)
        precision = np.where(kept > 0, right / np.maximum(kept, 1), 0.0)
        recall = np.minimum(right / np.maximum(gold_sizes, 1), 1.0)
        f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
        candidates.append((float(loss), float(f1.mean()), round(float(threshold), 2)))
    loss, f1_at, threshold = choose_threshold(candidates)
    model = {
        "format": FORMAT,
        "version": 1,
        "line_features": list(CONTEXT_FEATURES),
        "line_weights": [round(float(v), 6) for v in line_w],
        "line_bias": round(line_b, 6),
        "smooth_features": list(SMOOTH_FEATURES),
        "smooth_weights": [round(float(v), 6) for v in smooth_w],
        "smooth_bias": round(smooth_b, 6),
        "threshold": threshold,
        "training": {
            "pages": len(pages),
            "excluded_sources": sorted(exclude),
            "rendered_documents": real,
            "documents": len(docs),
            "lines": len(y),
            "article_lines": int(y.sum()),
            "training_f1_at_threshold": round(f1_at, 4),
            "clean_tokens_removed_at_threshold": round(loss, 4),
            "unseen_language_copies": len(unseen),
            "chrome_words": len(odds),
            "command": "python -m benchmarks.train_chrome",
        },
    }
    return model, words_file(odds)


def choose_threshold(candidates: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """The (clean loss, training F1, threshold) the model ships with, of every candidate's.

    Clean text first: the thresholds that remove at most MAX_CLEAN_LOSS of the gold
    articles' tokens (else the one that removes least). F1 is flat near its best (0.842
    to 0.844 from 0.27 to 0.44 with fundus left out), so the best alone moves with noise:
    of the thresholds within F1_TOLERANCE of it, the lowest (it keeps most of the article).
    """
    allowed = [c for c in candidates if c[0] <= MAX_CLEAN_LOSS]
    if not allowed:
        return min(candidates)
    best = max(c[1] for c in allowed)
    return min((c for c in allowed if c[1] >= best - F1_TOLERANCE), key=lambda c: c[2])


def as_model(model: dict[str, Any], words: str) -> ChromeModel:
    """The in-memory model of :func:`train`'s output (what loading the files would give)."""
    return ChromeModel.from_weights(model, parse_table(words))


def main() -> int:
    model, words = train()
    WORDS_OUT.write_text(words, encoding="utf-8")
    save_model(
        OUT, model, ((CONTEXT_FEATURES, "line_weights"), (SMOOTH_FEATURES, "smooth_weights"))
    )
    print(f"  threshold {model['threshold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
