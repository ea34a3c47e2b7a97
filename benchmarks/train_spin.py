"""Train the spin detector: ``python -m benchmarks.train_spin``.

The unit priors (:mod:`benchmarks.unit_priors`) are learned first, on the
word model's training units, and written beside the model as
``textrepair/spin/unit_priors.tsv.gz``.

Data are generated from clean text of many genres: documents cut from the
*training* half of every genre of :mod:`benchmarks.spin_genres` (news from
WCXB and other sites, forums, product, service and documentation pages,
listings, speeches, movie reviews, web text), at most :data:`LONG_PER_GENRE`
long and :data:`SHORT_PER_GENRE` short documents of each, are spun by the
spinners of :mod:`benchmarks.spinner` (each document by one drawn at random).
``train(genres=..., spinners=...)`` leaves genres or spinners out, for the
leave-one-out benchmark. The texts are split in two, so the document model
learns from word scores on text the word model and the priors did not see:

1. Word model: every unit of the first half, spun four times at 3–30 % (a
   third of them tokenizer-spaced), labelled 1 when it covers a swapped word;
   its unit-prior feature comes from trees fitted on the other pages.
2. Document model: each document of the second half twice, clean (0) and spun
   at 1–40 % (1); short documents (20–60 words) at 10–30 %. A long document
   that holds a phrase of the tortured-phrase list is added a third time, with
   2–10 % of its words in tortured phrases (1), so that the document model
   learns what a tortured phrase is worth (its own random stream, so the other
   documents are spun as before). First the clean documents' word-score rates
   are fitted as linear functions of their richness (``fit_clean_rates``); the
   document model then reads each document's excess over them.
3. Document threshold: the lowest that keeps false positives on the clean
   long training documents at or below 0.15 %.
4. Word threshold: where precision equals recall on the second half's
   documents spun at 15 %.
5. Suggestion weights: a grid search for the most originals ranked first.

Logistic regressions with L2 are fitted by Newton's method (numpy).
Deterministic; writes ``textrepair/spin/spin_model.json``.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.logistic import fit, save_model
from benchmarks.spin_genres import GENRES, genre_documents
from benchmarks.spinner import SPINNERS, SpunText, tokenized, torture
from benchmarks.unit_priors import learn_priors, priors_file
from textrepair.spin.detect import FORMAT, Featurized, SpinModel, featurize, suggestions
from textrepair.spin.features import (
    CLEAN_RATES,
    DOC_FEATURES,
    RICHNESS,
    WORD_FEATURES,
    doc_features,
    document_rates,
    richness,
)
from textrepair.spin.priors import PRIORS_FILE
from textrepair.spin.units import Unit
from textrepair.spin.wordnet import wordnet

OUT = Path(__file__).resolve().parents[1] / "textrepair" / "spin" / "spin_model.json"
PRIORS_OUT = OUT.with_name(PRIORS_FILE)
SEED = 11
WORD_RATES = (0.03, 0.05, 0.1, 0.15, 0.2, 0.3)
DOC_RATES = (0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4)
SHORT_RATES = (0.1, 0.15, 0.2, 0.25, 0.3)
TORTURE_RATES = (0.02, 0.05, 0.1)
MAX_FALSE_POSITIVES = 0.0015
TOKENIZED_SHARE = 1 / 3
COPIES = 4  # spins of each word-model document (the unit priors' trees want many examples)
PRIOR_COLUMN = WORD_FEATURES.index("unit_prior")
#: Long and short training documents per genre: WCXB news is the most, as before.
LONG_PER_GENRE = {"news, WCXB": 700, "speeches": 200, "movie reviews": 200}
SHORT_PER_GENRE = {"news, WCXB": 120}
LONG_DEFAULT = 100
SHORT_DEFAULT = 30


def labels(doc: Featurized, spun: SpunText) -> list[int]:
    """1 for each unit that covers a swapped word."""
    return [int(any(s.start < u.end and u.start < s.end for s in spun.swaps)) for u in doc.units]


def original_lemmas(word: str) -> set[str]:
    """The original word and its WordNet base forms, lower-cased: a suggestion of any is right."""
    return {word.lower()} | {lemma for lemma, _ in wordnet().morphy(word)}


@dataclass
class Swapped:
    """A swapped unit, with what it needs to rank suggestions, and the right answers."""

    unit: Unit
    prev: str
    nxt: str
    doc_words: Counter[str]
    right: set[str]


def swapped_units(doc: Featurized, spun: SpunText) -> list[Swapped]:
    """The units that are exactly one swap."""
    by_span = {(s.start, s.end): s for s in spun.swaps}
    out = []
    for unit, (prev, nxt) in zip(doc.units, doc.neighbours, strict=True):
        swap = by_span.get((unit.start, unit.end))
        if swap:
            out.append(Swapped(unit, prev, nxt, doc.doc_words, original_lemmas(swap.original)))
    return out


def _first_is_right(swap: Swapped, model: SpinModel) -> bool:
    best = suggestions(swap.unit, swap.prev, swap.nxt, swap.doc_words, model, 1)
    return bool(best) and best[0] in swap.right


def word_threshold(probs: np.ndarray, y: np.ndarray) -> float:
    """The threshold where precision and recall are closest: the higher of the two worst.

    Best F1 would sit where recall is cheap; a reader of the marked spans
    needs both, so neither is sacrificed for the other.
    """
    best, best_score = 0.5, 0.0
    for t in np.arange(0.05, 0.96, 0.01):
        hit = probs >= t
        tp = float((hit & (y == 1)).sum())
        score = min(tp / max(float(hit.sum()), 1), tp / max(float(y.sum()), 1))
        if score > best_score:
            best, best_score = float(t), score
    return round(best, 2)


def fit_clean_rates(
    clean: list[tuple[list[float], int, int, list[float]]],
) -> tuple[tuple[float, ...], ...]:
    """Each :data:`CLEAN_RATES` rate of clean documents as a linear function of their richness.

    ``clean`` holds each clean document's word scores, word count, tortured-phrase
    count and :func:`~textrepair.spin.features.richness`. Least squares, rounded
    to six places as the weights are.
    """
    x = np.array([[1.0, *covariates] for _, _, _, covariates in clean])
    y = np.array([document_rates(p, words) for p, words, _, _ in clean])
    fitted = np.linalg.lstsq(x, y, rcond=None)[0].T
    return tuple(tuple(round(float(v), 6) for v in row) for row in fitted)


def training_documents(
    genres: tuple[str, ...], rng: random.Random
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(text number, document) of the long and the short training documents of ``genres``."""
    longs: list[tuple[int, str]] = []
    shorts: list[tuple[int, str]] = []
    texts: dict[str, int] = {}
    docs = genre_documents(most=max(LONG_PER_GENRE.values()), half="train", genres=genres)
    for genre, (long_docs, short_docs) in docs.items():
        for kept, most, out in (
            (long_docs, LONG_PER_GENRE.get(genre, LONG_DEFAULT), longs),
            (short_docs, SHORT_PER_GENRE.get(genre, SHORT_DEFAULT), shorts),
        ):
            for d in kept[:most]:
                out.append((texts.setdefault(d.origin, len(texts)), d.text))
    rng.shuffle(longs)
    rng.shuffle(shorts)
    return longs, shorts


def train(
    genres: tuple[str, ...] = GENRES, spinners: tuple[str, ...] = tuple(SPINNERS)
) -> tuple[dict[str, object], bytes]:
    """Build the data and fit the models; return the JSON-ready model and the unit priors file.

    ``genres`` and ``spinners`` are what the model may learn from (all by default).
    """
    model, priors = fit_models(genres, spinners)
    return model, priors_file(priors)


def fit_models(
    genres: tuple[str, ...] = GENRES, spinners: tuple[str, ...] = tuple(SPINNERS)
) -> tuple[dict[str, object], dict[str, float]]:
    """:func:`train`, with the unit priors as a table."""
    rng = random.Random(SEED)
    longs, shorts = training_documents(genres, rng)

    def spun(text: str, rate: float, tokenize: bool = False) -> SpunText:
        out = SPINNERS[rng.choice(spinners)](text, rate, rng)
        if tokenize:  # the same swaps, tokenizer-spaced
            return tokenized(out)
        return out

    # Split by text: the unit priors know the words of the word model's texts, so the
    # document model and the thresholds must be fitted on other texts.
    word_docs = [(i, d) for i, d in longs if i % 2 == 0]
    doc_docs = [d for i, d in longs if i % 2 == 1]
    short_docs = [d for i, d in shorts if i % 2 == 1]

    rows: list[list[float]] = []
    ys: list[int] = []
    keys: list[str] = []
    groups: list[int] = []
    swapped: list[Swapped] = []
    for page, text in word_docs:
        for copy in range(COPIES):
            rate = rng.choice(WORD_RATES)
            spun_copy = spun(text, rate, rng.random() < TOKENIZED_SHARE)
            doc = featurize(spun_copy.text, priors={})
            rows.extend(doc.features)
            ys.extend(labels(doc, spun_copy))
            keys.extend(u.key for u in doc.units)
            groups.extend([page] * len(doc.units))
            if copy == 0:
                swapped.extend(swapped_units(doc, spun_copy))
    x, y = np.array(rows), np.array(ys)
    out_of_fold, priors = learn_priors(keys, y, np.array(groups))
    x[:, PRIOR_COLUMN] = out_of_fold / 5  # scaled as word_features scales it
    w_weights, w_bias = fit(x, y)

    def first_pass(doc: Featurized) -> list[float]:
        z = np.array(doc.features).reshape(-1, len(WORD_FEATURES)) @ w_weights + w_bias
        return list((1 / (1 + np.exp(-z))).tolist())

    d_docs: list[tuple[list[float], int, int, list[float]]] = []  # scores, words, marks, richness
    d_ys: list[int] = []
    w_probs: list[float] = []
    w_ys: list[int] = []  # units of the documents spun at 15 %, for the word threshold
    clean_long: list[int] = []
    tortured_docs = 0
    torture_rng = random.Random(SEED + 1)
    for text, short in [(t, False) for t in doc_docs] + [(t, True) for t in short_docs]:
        rate = rng.choice(SHORT_RATES if short else DOC_RATES)
        spun_doc = spun(text, rate)
        versions = [(0, text), (1, spun_doc.text)]
        if not short:
            tortured = torture(text, torture_rng.choice(TORTURE_RATES), torture_rng)
            if tortured.swaps:
                versions.append((1, tortured.text))
                tortured_docs += 1
        for k, (label, version) in enumerate(versions):
            doc = featurize(version, priors)
            p = first_pass(doc)
            if label == 0 and not short:
                clean_long.append(len(d_docs))
            covariates = richness(list(doc.doc_words.elements()))
            d_docs.append((p, doc.words, len(doc.fingerprints), covariates))
            d_ys.append(label)
            if k == 1 and rate == 0.15 and not short:
                w_probs.extend(p)
                w_ys.extend(labels(doc, spun_doc))
    clean_rates = fit_clean_rates([d for d, y in zip(d_docs, d_ys, strict=True) if y == 0])
    d_rows = [doc_features(*d, clean_rates) for d in d_docs]
    dx, dy = np.array(d_rows), np.array(d_ys)
    d_weights, d_bias = fit(dx, dy)
    d_scores = 1 / (1 + np.exp(-(dx @ d_weights + d_bias)))
    clean_scores = np.sort(d_scores[clean_long])[::-1]
    allowed = int(MAX_FALSE_POSITIVES * len(clean_scores))
    threshold = float(np.ceil(clean_scores[allowed] * 1000) / 1000 + 0.001)
    w_threshold = word_threshold(np.array(w_probs), np.array(w_ys))

    model = SpinModel(
        tuple(w_weights.tolist()),
        w_bias,
        tuple(d_weights.tolist()),
        d_bias,
        w_threshold,
        threshold,
        0.0,
        0.0,
        clean_rates,
    )
    grid = []
    for context_weight, in_doc_weight in itertools.product((0, 0.1, 0.2, 0.4), (0, 0.5, 1, 2)):
        trial = dataclasses.replace(
            model, context_weight=context_weight, in_doc_weight=in_doc_weight
        )
        top1 = sum(_first_is_right(s, trial) for s in swapped)
        grid.append((top1, context_weight, in_doc_weight))
    top1, context_weight, in_doc_weight = max(grid)
    model_file = {
        "format": FORMAT,
        "version": 1,
        "word_features": list(WORD_FEATURES),
        "word_weights": [round(float(v), 6) for v in w_weights],
        "word_bias": round(w_bias, 6),
        "doc_features": list(DOC_FEATURES),
        "richness": list(RICHNESS),
        "clean_rate_names": list(CLEAN_RATES),
        "clean_rates": [list(row) for row in clean_rates],
        "doc_weights": [round(float(v), 6) for v in d_weights],
        "doc_bias": round(d_bias, 6),
        "word_threshold": w_threshold,
        "threshold": round(threshold, 3),
        "context_weight": context_weight,
        "in_doc_weight": in_doc_weight,
        "training": {
            "genres": list(genres),
            "spinners": list(spinners),
            "texts": len({i for i, _ in longs} | {i for i, _ in shorts}),
            "word_documents": len(word_docs),
            "doc_documents": len(doc_docs),
            "short_documents": len(short_docs),
            "tortured_documents": tortured_docs,
            "word_examples": len(ys),
            "swapped_units": int(y.sum()),
            "clean_long_false_positives": int((clean_scores >= threshold).sum()),
            "suggestion_top1": round(top1 / max(len(swapped), 1), 4),
            "unit_priors": len(priors),
            "command": "python -m benchmarks.train_spin",
        },
    }
    return model_file, priors


def main() -> int:
    model, priors = train()
    PRIORS_OUT.write_bytes(priors)
    save_model(OUT, model, ((WORD_FEATURES, "word_weights"), (DOC_FEATURES, "doc_weights")))
    print(
        f"  word threshold {model['word_threshold']}  doc threshold {model['threshold']}  "
        f"suggestions: context {model['context_weight']} in-doc {model['in_doc_weight']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
