"""Train the spliced-story model: ``python -m benchmarks.train_spliced``.

Data are generated from clean text: the English WCXB gold articles of the
*training* half (see :func:`benchmarks.glued_set.heldout`) with at least five
paragraphs (their first 30). Each article appears three times: as it is, with two to six
paragraphs of a random other article spliced in at a random paragraph
boundary, and with two to six paragraphs of its nearest neighbour among 30
random others (the article whose rare words it shares most: the hard case,
as in seed 001 where both stories are about Facebook and Twitter). Every
candidate block (:func:`textrepair.chrome.spliced.block_features`) is an
example, labelled 1 when it is exactly the spliced run.

A logistic regression (L2, Newton's method) is fitted on the blocks; the best
block score of every clean article is kept in the model, so a block's
confidence is the share of clean articles it out-scores, and blocks are
flagged from ``FLAG_AT`` (0.99: one clean article in a hundred is flagged).
Deterministic; writes ``textrepair/chrome/splice_model.json``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np

from benchmarks.data import wcxb_pages
from benchmarks.glued_set import heldout
from benchmarks.logistic import fit, roc_auc, save_model
from textrepair.chrome.spliced import (
    FORMAT,
    MIN_WORDS,
    SPLICE_FEATURES,
    block_features,
    paragraph_lines,
)
from textrepair.language.english import is_english

OUT = Path(__file__).resolve().parents[1] / "textrepair" / "chrome" / "splice_model.json"
SEED = 11
FLAG_AT = 0.99
MIN_PARAGRAPHS = 5
ARTICLE_PARAGRAPHS = 30  # longer articles are cut: the blocks of one long page would dominate
NEIGHBOUR_POOL = 30


def articles(train: bool) -> list[list[str]]:
    """The paragraphs of every English gold article of one half with enough of them."""
    out = []
    for page in wcxb_pages():
        if heldout(page["id"]) == train or not is_english(page["gold"]):
            continue
        gold = page["gold"]
        paragraphs = [gold[a:b].rstrip("\n") for a, b in paragraph_lines(gold)]
        if len(paragraphs) >= MIN_PARAGRAPHS:
            out.append(paragraphs[:ARTICLE_PARAGRAPHS])
    return out


def _overlap(a: list[str], b: list[str]) -> int:
    """How many rare-ish words (eight letters or more) two articles share."""
    words_a = {w.lower() for p in a for w in p.split() if len(w) >= 8}
    return len(words_a & {w.lower() for p in b for w in p.split() if len(w) >= 8})


def splice(
    article: list[str], donor: list[str], rng: random.Random
) -> tuple[list[str], tuple[int, int]]:
    """``article`` with two to six paragraphs of ``donor`` put in between two of its own."""
    k = rng.randint(2, min(6, len(donor)))
    s = rng.randint(0, len(donor) - k)
    at = rng.randint(1, len(article) - 1)
    return article[:at] + donor[s : s + k] + article[at:], (at, at + k)


def documents(
    pool: list[list[str]], rng: random.Random
) -> list[tuple[str, list[str], tuple[int, int] | None]]:
    """``(kind, paragraphs, spliced span)`` for each article: clean, random and neighbour donor."""
    docs: list[tuple[str, list[str], tuple[int, int] | None]] = []
    for article in pool:
        others = [
            q for q in rng.sample(pool, min(NEIGHBOUR_POOL + 1, len(pool))) if q is not article
        ]
        docs.append(("clean", article, None))
        spliced, span = splice(article, rng.choice(others), rng)
        docs.append(("random", spliced, span))
        neighbour = max(others, key=lambda q: _overlap(article, q))
        spliced, span = splice(article, neighbour, rng)
        docs.append(("neighbour", spliced, span))
    return docs


def best_scores(
    docs: list[tuple[str, list[str], tuple[int, int] | None]],
    weights: np.ndarray,
    bias: float,
) -> list[tuple[str, float]]:
    """Each document's kind and its best block's P(spliced)."""
    out = []
    for kind, paragraphs, _ in docs:
        rows = [f for _, _, f in block_features(paragraphs)]
        z = np.array(rows) @ weights + bias
        out.append((kind, float(1 / (1 + np.exp(-z.max())))))
    return out


def train() -> dict[str, object]:
    """Build the data, fit the model and return it as the JSON-ready dict that ships."""
    rng = random.Random(SEED)
    docs = documents(articles(train=True), rng)
    rows: list[list[float]] = []
    labels: list[int] = []
    for _, paragraphs, span in docs:
        for i, j, features in block_features(paragraphs):
            rows.append(features)
            labels.append(int(span == (i, j)))
    x, y = np.array(rows), np.array(labels)
    weights, bias = fit(x, y)
    best = best_scores(docs, weights, bias)
    clean = sorted(s for kind, s in best if kind == "clean")
    auc = {
        kind: round(roc_auc(clean, [s for k, s in best if k == kind]), 4)
        for kind in ("random", "neighbour")
    }
    return {
        "format": FORMAT,
        "version": 1,
        "features": list(SPLICE_FEATURES),
        "weights": [round(float(v), 6) for v in weights],
        "bias": round(bias, 6),
        "flag_at": FLAG_AT,
        "clean_scores": [round(s, 6) for s in clean],
        "training": {
            "articles": len(clean),
            "min_paragraph_words": MIN_WORDS,
            "blocks": len(y),
            "spliced_blocks": int(y.sum()),
            "document_auc_random_donor": auc["random"],
            "document_auc_neighbour_donor": auc["neighbour"],
            "command": "python -m benchmarks.train_spliced",
        },
    }


def main() -> int:
    model = train()
    save_model(OUT, model, ((SPLICE_FEATURES, "weights"),))
    return 0


if __name__ == "__main__":
    sys.exit(main())
