"""Train the punctuation-glue model: ``python -m benchmarks.train_punctuation``.

The rules of :mod:`textrepair.spacing.punctuation_glue` decide first; this model
scores only the marks glued to a word that they leave
(:func:`textrepair.spacing.punctuation_model.candidates`). Two kinds of text give
the training examples:

* real glue: the English article pages of ``data/pages`` rendered from their HTML
  as a node-stripping scraper does (:mod:`benchmarks.real_glue`); a candidate is
  labelled 1 when the page lost a space there;
* clean text: the same sources' gold text (every English page of every type),
  where each candidate is labelled 0.

``train(sources)`` uses the given sources only: the spacing benchmark trains one
model per left-out source this way. A logistic regression with L2 is fitted by
Newton's method (numpy); the decision threshold is the lowest one that keeps the
model's own false splits at or below 0.01 per 1,000 tokens of the training text
(it adds to the rules' recall, so it gets little of the false-split budget).
Deterministic; the shipped ``textrepair/spacing/punctuation_model.json`` is
trained on all four sources.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.data import PAGE_SOURCES, html_pages
from benchmarks.logistic import threshold_model, write_threshold_model
from benchmarks.real_glue import GluedDocument
from benchmarks.train_glued import real_documents
from textrepair.language.english import is_english
from textrepair.spacing.punctuation_glue import punctuation_edits
from textrepair.spacing.punctuation_model import FEATURES, FORMAT, candidates
from textrepair.spacing.text_index import TextIndex

OUT = Path(__file__).resolve().parents[1] / "textrepair" / "spacing" / "punctuation_model.json"
MAX_FALSE_PER_1000 = 0.01


def rows(text: str, lost: frozenset[int] | set[int]) -> tuple[list[list[float]], list[int]]:
    """The features of each candidate the rules leave in ``text``, labelled by ``lost``."""
    index = TextIndex(text)
    taken = {e.start for e in punctuation_edits(text, index, 0.85)}
    found = list(candidates(text, index, taken))
    return [x for _, x in found], [int(pos in lost) for pos, _ in found]


def build(
    docs: list[GluedDocument], pages: list[dict[str, Any]]
) -> tuple[np.ndarray, np.ndarray, int]:
    """Examples from the real glue of ``docs`` and the English gold text of ``pages``."""
    x: list[list[float]] = []
    y: list[int] = []
    tokens = 0
    texts = [(doc.text, doc.lost, doc.correct) for doc in docs]
    texts += [(p["gold"], frozenset(), p["gold"]) for p in pages if is_english(p["gold"] or "")]
    for text, lost, correct in texts:
        tx, ty = rows(text, lost)
        x += tx
        y += ty
        tokens += len(correct.split())
    return np.array(x).reshape(-1, len(FEATURES)), np.array(y), tokens


def train(
    sources: tuple[str, ...] = PAGE_SOURCES,
    real: dict[str, list[GluedDocument]] | None = None,
    pages: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, object]:
    """Build the data of ``sources``, fit the model and return the JSON-ready dict that ships.

    ``real`` and ``pages`` may hold the sources' glued documents and pages already read
    (the benchmark reads them once for every left-out source).
    """
    parts = []
    for source in sources:
        source_pages = pages[source] if pages is not None else html_pages(source)
        docs = real[source] if real is not None else real_documents(source, source_pages)
        parts.append(build(docs, source_pages))
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    tokens = sum(p[2] for p in parts)
    return threshold_model(
        x,
        y,
        tokens,
        MAX_FALSE_PER_1000,
        (FORMAT, FEATURES),
        {"sources": list(sources)},
        "python -m benchmarks.train_punctuation",
    )


def main() -> int:
    write_threshold_model(OUT, train(), FEATURES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
