"""Train the glued-word model: ``python -m benchmarks.train_glued``.

Two kinds of data, every candidate the spacing stage proposes on them a
training example, labelled 1 when its proposed split restores exactly the lost
spaces and 0 otherwise (real rare words, names, brands, wrong segmentations):

* generated glue: English WCXB gold pages of the *training* half (see
  :func:`benchmarks.glued_set.heldout`) get 0–8 runs of words glued together
  each, three times over;
* real glue: the English article pages of ``data/pages`` rendered from their
  HTML as a node-stripping scraper does (:mod:`benchmarks.real_glue`), so the
  lost spaces sit where the pages put links and inline elements.

``train(sources)`` takes the real glue of the given sources only, and the
generated glue only when WCXB is among them: the spacing benchmark trains one
model per left-out source this way. A quadratic logistic regression (the
features and the product of every pair of them, L2 ``PAIRWISE_L2``) is fitted
by Newton's method (numpy), and the decision threshold is the lowest one that
keeps false splits at or below ``MAX_FALSE_PER_1000`` (0.1) per 1,000 tokens
of the training text. The products let the model weigh features together (its
largest weights are products with the run's length: common parts count for
more in a long run, a camelCase cut for less): each source left out, the
quadratic model accepts 4-9 % more of the right splits than the linear one at
the same number of wrong ones (docs/stages.md).
Deterministic; the shipped ``textrepair/spacing/glue_model.json`` is trained on
all four sources.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.data import PAGE_SOURCES, html_pages, wcxb_pages
from benchmarks.glued_set import glue_page, heldout
from benchmarks.logistic import threshold_model, write_threshold_model
from benchmarks.real_glue import GluedDocument, document
from textrepair.language.english import is_english
from textrepair.spacing.glue_model import FEATURES, FORMAT, features
from textrepair.spacing.glue_proposals import Proposal, proposals
from textrepair.spacing.glued import _likely_glue

OUT = Path(__file__).resolve().parents[1] / "textrepair" / "spacing" / "glue_model.json"
MAX_FALSE_PER_1000 = 0.1
PAIRWISE_L2 = 3.0  # the L2 penalty of the quadratic model (1.0 splits more, and wrongly more)
SEED = 7
COPIES = 3  # each training page is glued three times, at different places


def proposal_cuts(p: Proposal) -> set[int]:
    """Where ``p`` puts spaces, as offsets into the text.

    >>> sorted(proposal_cuts(Proposal(4, "toldthenews", ("told", "the", "news"), "segment")))
    [8, 11]
    """
    cuts, pos = set(), p.start
    for part in p.parts[:-1]:
        pos += len(part)
        cuts.add(pos)
    return cuts


def splits_right(p: Proposal, lost: set[int] | frozenset[int]) -> bool:
    """Whether ``p`` puts spaces exactly where its run lost them (and it lost some).

    >>> splits_right(Proposal(4, "hisdigital", ("his", "digital"), "segment"), {7})
    True
    """
    truth = {c for c in lost if p.start < c < p.start + len(p.run)}
    return bool(truth) and proposal_cuts(p) == truth


def _label(
    found: list[Proposal], lost: set[int] | frozenset[int]
) -> tuple[list[list[float]], list[int]]:
    """Each proposal's features, labelled 1 when its split restores exactly the spaces lost in it."""
    rows: list[list[float]] = []
    labels: list[int] = []
    total = sum(_likely_glue(p) for p in found)
    for p in found:
        rows.append(features(p, total - _likely_glue(p)))
        labels.append(int(splits_right(p, lost)))
    return rows, labels


def build(pages: list[dict[str, str]], rng: random.Random) -> tuple[np.ndarray, np.ndarray, int]:
    rows: list[list[float]] = []
    labels: list[int] = []
    tokens = 0
    for page in pages * COPIES:
        glued = glue_page(page["gold"], rng, per_page=rng.choice((0, 1, 2, 4, 6, 8)))
        tokens += len(glued.text.split())
        page_rows, page_labels = _label(proposals(glued.text), glued.cuts)
        rows += page_rows
        labels += page_labels
    return np.array(rows), np.array(labels), tokens


def real_documents(source: str, pages: list[dict[str, Any]] | None = None) -> list[GluedDocument]:
    """English article pages of ``source`` glued as a node-stripping scraper does.

    ``pages``: the source's pages when the caller has read them already.
    """
    pages = html_pages(source) if pages is None else pages
    return [document(p) for p in pages if p["lang"] == "en" and p["page_type"] == "article"]


def build_real(docs: list[GluedDocument]) -> tuple[np.ndarray, np.ndarray, int]:
    """Training examples from real glue: each proposal labelled by the spaces the page lost."""
    rows: list[list[float]] = []
    labels: list[int] = []
    tokens = 0
    for doc in docs:
        tokens += len(doc.correct.split())
        doc_rows, doc_labels = _label(proposals(doc.text), doc.lost)
        rows += doc_rows
        labels += doc_labels
    return np.array(rows).reshape(-1, len(FEATURES)), np.array(labels), tokens


def train(
    sources: tuple[str, ...] = PAGE_SOURCES,
    real: dict[str, list[GluedDocument]] | None = None,
) -> dict[str, object]:
    """Build the data, fit the model and return it as the JSON-ready dict that ships.

    ``real`` may hold the sources' glued documents already built (the benchmark
    builds them once for every left-out source).
    """
    rng = random.Random(SEED)
    pages = [
        p
        for p in wcxb_pages()
        if not heldout(p["id"]) and is_english(p["gold"]) and len(p["gold"].split()) >= 150
    ]
    if "wcxb_dev" not in sources:
        pages = []
    x, y, tokens = build(pages, rng) if pages else (np.zeros((0, len(FEATURES))), np.zeros(0), 0)
    for source in sources:
        docs = real[source] if real is not None else real_documents(source)
        rx, ry, rtokens = build_real(docs)
        x, y, tokens = np.vstack([x, rx]), np.concatenate([y, ry]), tokens + rtokens
    return threshold_model(
        x,
        y,
        tokens,
        MAX_FALSE_PER_1000,
        (FORMAT, FEATURES),
        {"generated_pages": len(pages), "real_glue_sources": list(sources)},
        "python -m benchmarks.train_glued",
        pairwise_l2=PAIRWISE_L2,
    )


def main() -> int:
    write_threshold_model(OUT, train(), FEATURES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
