"""Train the glued-word model: ``python -m benchmarks.train_glued``.

Data are generated from clean text: English WCXB gold pages of the *training*
half (see :func:`benchmarks.glued_set.heldout`) get 0–8 runs of words glued
together each, three times over; every candidate the spacing stage proposes on them is a training
example, labelled 1 when its proposed split restores exactly the lost spaces
and 0 otherwise (real rare words, names, brands, wrong segmentations). A
logistic regression with L2 is fitted by Newton's method (numpy), and the
decision threshold is the lowest one that keeps false splits at or below
0.09 per 1,000 tokens of the training pages. Deterministic; writes
``textrepair/spacing/glue_model.json``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np

from benchmarks.data import wcxb_pages
from benchmarks.glued_set import glue_page, heldout
from benchmarks.logistic import fit, save_model
from textrepair.language.english import is_english
from textrepair.spacing.glue_model import FEATURES, FORMAT, features
from textrepair.spacing.glue_proposals import proposals
from textrepair.spacing.glued import _likely_glue

OUT = Path(__file__).resolve().parents[1] / "textrepair" / "spacing" / "glue_model.json"
MAX_FALSE_PER_1000 = 0.09
SEED = 7
COPIES = 3  # each training page is glued three times, at different places


def build(pages: list[dict[str, str]], rng: random.Random) -> tuple[np.ndarray, np.ndarray, int]:
    rows: list[list[float]] = []
    labels: list[int] = []
    tokens = 0
    for page in pages * COPIES:
        glued = glue_page(page["gold"], rng, per_page=rng.choice((0, 1, 2, 4, 6, 8)))
        tokens += len(glued.text.split())
        found = proposals(glued.text)
        total = sum(_likely_glue(p) for p in found)
        for p in found:
            end = p.start + len(p.run)
            cuts, pos = set(), p.start
            for part in p.parts[:-1]:
                pos += len(part)
                cuts.add(pos)
            truth = {c for c in glued.cuts if p.start < c < end}
            rows.append(features(p, total - _likely_glue(p)))
            labels.append(int(bool(truth) and cuts == truth))
    return np.array(rows), np.array(labels), tokens


def train() -> dict[str, object]:
    """Build the data, fit the model and return it as the JSON-ready dict that ships."""
    rng = random.Random(SEED)
    pages = [
        p
        for p in wcxb_pages()
        if not heldout(p["id"]) and is_english(p["gold"]) and len(p["gold"].split()) >= 150
    ]
    x, y, tokens = build(pages, rng)
    weights, bias = fit(x, y)
    scores = 1 / (1 + np.exp(-(x @ weights + bias)))
    budget = MAX_FALSE_PER_1000 * tokens / 1000
    threshold = 0.99
    for t in np.arange(0.99, 0.05, -0.01):
        if int(((scores >= t) & (y == 0)).sum()) > budget:
            break
        threshold = float(t)
    recall = float(((scores >= threshold) & (y == 1)).sum() / max(y.sum(), 1))
    false = int(((scores >= threshold) & (y == 0)).sum())
    model = {
        "format": FORMAT,
        "version": 1,
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in weights],
        "bias": round(bias, 6),
        "threshold": round(threshold, 2),
        "training": {
            "pages": len(pages),
            "tokens": tokens,
            "examples": len(y),
            "positives": int(y.sum()),
            "recall_at_threshold": round(recall, 4),
            "false_splits_at_threshold": false,
            "command": "python -m benchmarks.train_glued",
        },
    }
    return model


def main() -> int:
    model = train()
    save_model(OUT, model, ((FEATURES, "weights"),))
    print(f"  bias {model['bias']:+.3f}   threshold {model['threshold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
