"""Clean English text of many genres, cut into long and short documents, for the spin suites.

Each genre's text is human-written and clean: it is what false positives are
counted on, and what the spinners of :mod:`benchmarks.spinner` spin. The
shipped spin model trained on one of them only (the training half of WCXB's
English articles), so every other genre here is one it never saw.

- ``news, WCXB``: the other half of those WCXB articles;
- ``news, other sites``: the gold text of the English pages of fundus, the
  article-extraction dataset and Readability's test pages (lorem ipsum out);
- ``forum``, ``product``, ``service``, ``documentation``, ``listing``: the gold
  text of WCXB's pages of those types (``listing`` includes ``collection``);
- ``speeches``: US inaugural and State of the Union addresses, 1789–2006
  (long, rhetorical, rich and old vocabulary used honestly);
- ``movie reviews``: Pang & Lee's long reviews (lower-cased and tokenized);
- ``web text (EWT)``: UD English EWT's blogs, e-mails, answers, reviews and
  newsgroup posts, each document its sentences joined;
- ``essays and opinion (Brown)``, ``fiction (Brown)``: the Brown Corpus's editorials,
  belles-lettres and humour, and its fiction (:mod:`benchmarks.brown`): long-form
  opinion and literary writing of 1961. These two (:data:`MEASURED_ONLY`) are
  measured only: no model, the shipped one included, trains on either half.

Long documents are 150–600 words; short ones 30–150 words. Every text is in
one of two halves by a hash of its id (:func:`benchmarks.glued_set.heldout`,
the split of the WCXB articles): models train on the ``train`` half, and every
number is measured on the ``eval`` half.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import defaultdict
from dataclasses import dataclass

from benchmarks import brown
from benchmarks.data import html_pages, shared
from benchmarks.glued_set import heldout
from benchmarks.spin_set import english_pages, long_documents
from textrepair.language.english import is_english

GENRES = (
    "news, WCXB",
    "news, other sites",
    "forum",
    "product",
    "service",
    "documentation",
    "listing",
    "speeches",
    "movie reviews",
    "web text (EWT)",
)
MEASURED_ONLY = tuple(brown.GENRES)
"""Genres no model trains on, measured by every model (after :data:`GENRES`)."""
ALL_GENRES = GENRES + MEASURED_ONLY
TRAINED_GENRE = GENRES[0]
MOST = 200  # documents of each length per genre
SEED = 4242


@dataclass(frozen=True)
class Document:
    """A clean document: its genre, where it comes from, and its text."""

    genre: str
    origin: str
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def short_documents(text: str, rng: random.Random, most: int = 2) -> list[str]:
    """Up to ``most`` runs of whole lines cut to 30–150 words, each from a line's start.

    >>> short_documents("one two three", random.Random(1))
    []
    >>> len(short_documents(" ".join(["word"] * 40), random.Random(1))[0].split()) >= 30
    True
    """
    lines = [line for line in text.splitlines() if line.strip()]
    starts = list(range(len(lines)))
    rng.shuffle(starts)
    out: list[str] = []
    for start in starts:
        target = rng.randint(30, 150)
        words: list[str] = []
        for line in lines[start:]:
            words.extend(line.split())
            if len(words) >= target:
                break
        if len(words) >= 30:
            out.append(" ".join(words[:target]))
        if len(out) == most:
            break
    return out


HALVES = ("train", "eval")


def genre_texts(half: str, genres: tuple[str, ...] = GENRES) -> dict[str, list[tuple[str, str]]]:
    """(origin, clean text) of every genre of :data:`GENRES`, the texts of one half.

    The genres measured only (:data:`MEASURED_ONLY`) are read too when ``genres`` names
    one of them: their data comes apart (``python -m benchmarks data --only brown``).
    """
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, got {half!r}")
    held_out = half == "eval"
    texts: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def add(genre: str, source: str, text_id: str, text: str) -> None:
        if heldout(text_id) == held_out:
            texts[genre].append((f"{source}:{text_id}", text))

    for page in english_pages(held_out=held_out):
        add(GENRES[0], "wcxb", page["id"], page["gold"])
    for source in ("fundus", "article_extraction_dataset", "readability"):
        for page in html_pages(source):
            if page["lang"] == "en" and "lorem ipsum" not in page["gold"].lower():
                add("news, other sites", source, page["id"], page["gold"])
    for page in html_pages("wcxb_dev"):
        kind = "listing" if page["page_type"] == "collection" else page["page_type"]
        if kind in GENRES and is_english(page["gold"]):
            add(kind, "wcxb", page["id"], page["gold"])
    for name, genre in (("speeches", "speeches"), ("movie_reviews", "movie reviews")):
        path = shared("data", "genres", f"{name}.jsonl.gz")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                add(genre, name, row["id"], row["text"])
    ewt: dict[str, list[str]] = defaultdict(list)
    with open(shared("data", "spacing", "detok_ewt_dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["variant"] == "ascii":
                ewt[row["doc"]].append(row["gold"])
    for doc, sentences in ewt.items():
        add("web text (EWT)", "ewt", doc, " ".join(sentences))
    if set(genres) & set(MEASURED_ONLY):
        for genre, name, text in brown.brown_texts():
            add(genre, "brown", name, text)
    return texts


def genre_documents(
    most: int = MOST, half: str = "eval", genres: tuple[str, ...] = GENRES
) -> dict[str, tuple[list[Document], list[Document]]]:
    """Long (150–600 words) and short (30–150 words) documents of ``genres``, one half.

    A text too short to cut a long document from is a short document whole.
    At most ``most`` of each per genre, drawn with a fixed seed.
    """
    rng = random.Random(SEED)
    out: dict[str, tuple[list[Document], list[Document]]] = {}
    for genre, texts in genre_texts(half, genres).items():
        if genre not in genres:
            continue
        longs: list[Document] = []
        shorts: list[Document] = []
        for origin, text in texts:
            longs += [Document(genre, origin, d) for d in long_documents(text, rng)]
            if 30 <= len(text.split()) <= 150:
                shorts.append(Document(genre, origin, " ".join(text.split())))
            else:
                shorts += [Document(genre, origin, d) for d in short_documents(text, rng)]
        rng.shuffle(longs)
        rng.shuffle(shorts)
        out[genre] = (longs[:most], shorts[:most])
    return {genre: out[genre] for genre in genres if genre in out}
