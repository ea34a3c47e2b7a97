"""Train the chrome model: ``python -m benchmarks.train_chrome``.

Data: the WCXB dev pages of the *training* half (see
:func:`benchmarks.glued_set.heldout`; the benchmark scores the other half).
Every non-empty line of a page's ``input`` is an example, labelled by
:func:`benchmarks.chrome_set.line_labels` (1 = a line of the gold article).

1. Line model: a logistic regression on each line's features and its
   neighbours' (:data:`textrepair.chrome.features.CONTEXT_FEATURES`).
2. Smoothing model: a logistic regression on the line model's scores of the
   line and the lines around it, fitted on out-of-fold line scores (two folds)
   so it learns from scores like those it will see on new pages.
3. Threshold: the P(article) below which a line is removed that gives the best
   mean token F1 on the training pages while removing at most 0.6 % of the gold
   articles' words, measured on what the stage does (both passes and the rules
   of :mod:`textrepair.chrome.rules`).

Besides the real pages, each training page adds four documents: its gold
article alone (every line article) and three times the article with one to
three runs of chrome lines from other pages put in at random places, so the
model learns what chrome looks like rather than where a page puts it (three
variants, not one, so that which chrome a page happened to draw matters less).
Lines are read as the stage reads them (:func:`textrepair.chrome.lines.document_lines`:
a hard-wrapped paragraph is one unit, labelled as its first line).

The line features include a chrome-word table learned from the same pages
(:mod:`benchmarks.chrome_words`); each training page's features use the table
of the other half of the pages, and the table of all of them ships.

Deterministic; writes ``textrepair/chrome/chrome_model.json`` and
``textrepair/chrome/chrome_words.tsv``.
"""

from __future__ import annotations

import random
import sys
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

import numpy as np

from benchmarks.chrome_set import line_labels, token_f1
from benchmarks.chrome_words import learn_word_odds, words_file
from benchmarks.data import wcxb_pages
from benchmarks.glued_set import heldout
from benchmarks.logistic import fit, save_model
from textrepair.chrome.detect import FORMAT, SMOOTH_FEATURES, ChromeModel, smooth_features
from textrepair.chrome.features import CONTEXT_FEATURES, context_features
from textrepair.chrome.lines import Line, document_lines
from textrepair.chrome.rules import rule_reasons
from textrepair.chrome.word_odds import WORDS_FILE

SEED = 5
SYNTHETIC_PER_PAGE = 3  # more variants average out which chrome each page drew
MAX_CLEAN_LOSS = 0.006  # a margin under the 1 % target, for pages not trained on
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


def train() -> tuple[dict[str, object], str]:
    """Build the data, fit both passes, choose the threshold.

    Returns the JSON-ready model and the chrome-word table file.
    """
    rng = random.Random(SEED)
    pages = [p for p in wcxb_pages() if not heldout(p["id"])]
    labelled = []
    for page in pages:
        lines = document_lines(page["input"])
        if lines:
            labelled.append((page, lines, line_labels(lines, page["gold"])))
    # The chrome-word table: the shipped one from every training page; each page's own
    # features from the table of the other half of the pages, as on pages never seen.
    fold = {page["id"]: k % 2 for k, page in enumerate(pages)}

    def word_lines(half: int | None) -> list[tuple[str, list[str], list[int]]]:
        return [
            (page["id"], [ln.text for ln in lines], labels)
            for page, lines, labels in labelled
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
    x = np.array([r for _, _, rows, _ in docs for r in rows])
    y = np.array([v for _, _, _, labels in docs for v in labels])
    line_w, line_b = fit(x, y)

    # Out-of-fold first-pass scores for the smoothing model.
    fold = np.array([i % 2 for i, (_, lines, _, _) in enumerate(docs) for _ in lines])
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

    starts = np.cumsum([0] + [len(lines) for _, lines, _, _ in docs])
    best = (0.0, 0.5)
    for threshold in np.arange(0.05, 0.95, 0.01):
        # Clean text first: at most 1 % of the gold articles' tokens may go.
        lost = total = 0
        for d in gold_docs:
            _, lines, _, _ = docs[d]
            keep = final[starts[d] : starts[d + 1]] >= threshold
            for line, k in zip(lines, keep, strict=True):
                n = len(line.text.split())
                total += n
                lost += 0 if k else n
        if lost > MAX_CLEAN_LOSS * total:
            continue
        f1s = []
        for d in range(real):
            page, lines, _, _ = docs[d]
            keep = final[starts[d] : starts[d + 1]] >= threshold
            kept = "\n".join(line.text for line, k in zip(lines, keep, strict=True) if k)
            f1s.append(token_f1(kept, page["gold"])[2])
        best = max(best, (float(np.mean(f1s)), round(float(threshold), 2)))
    model = {
        "format": FORMAT,
        "version": 1,
        "line_features": list(CONTEXT_FEATURES),
        "line_weights": [round(float(v), 6) for v in line_w],
        "line_bias": round(line_b, 6),
        "smooth_features": list(SMOOTH_FEATURES),
        "smooth_weights": [round(float(v), 6) for v in smooth_w],
        "smooth_bias": round(smooth_b, 6),
        "threshold": best[1],
        "training": {
            "pages": real,
            "documents": len(docs),
            "lines": len(y),
            "article_lines": int(y.sum()),
            "training_f1_at_threshold": round(best[0], 4),
            "chrome_words": len(odds),
            "command": "python -m benchmarks.train_chrome",
        },
    }
    return model, words_file(odds)


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
