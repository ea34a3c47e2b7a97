"""The clean genres the spin suites train and measure on: every genre, two disjoint halves."""

from __future__ import annotations

from benchmarks.spin_genres import GENRES, genre_documents, genre_texts
from tests.conftest import shared_path


def test_every_genre_in_two_disjoint_halves() -> None:
    shared_path("data", "genres", "speeches.jsonl.gz")
    train, evaluation = genre_texts("train"), genre_texts("eval")
    assert set(train) == set(evaluation) == set(GENRES)
    for genre in GENRES:
        assert train[genre] and evaluation[genre]
        assert not {o for o, _ in train[genre]} & {o for o, _ in evaluation[genre]}


def test_documents_are_cut_to_length() -> None:
    shared_path("data", "genres", "movie_reviews.jsonl.gz")
    docs = genre_documents(most=20, genres=("speeches", "movie reviews"))
    assert list(docs) == ["speeches", "movie reviews"]
    for longs, shorts in docs.values():
        assert len(longs) == len(shorts) == 20
        assert all(d.words >= 150 for d in longs)
        assert all(30 <= d.words <= 150 for d in shorts)
