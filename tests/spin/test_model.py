"""The shipped spin model is what the committed training script produces."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from tests.conftest import shared_path
from textrepair.spin.priors import PRIORS_FILE


def test_training_is_reproducible() -> None:
    shared_path("data", "chrome", "wcxb_dev_article.jsonl.gz")
    # The dev extra installs it wherever it can (Python 3.11+; CI runs 3.11).
    pytest.importorskip("sklearn", reason="retraining the unit priors needs scikit-learn")
    from benchmarks.train_spin import train

    files = resources.files("textrepair.spin")
    shipped = json.loads(files.joinpath("spin_model.json").read_text("utf-8"))
    model, priors = train()
    assert model == shipped
    assert priors == files.joinpath(PRIORS_FILE).read_bytes()


def test_tortured_phrase_table_is_reproducible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = shared_path("data", "spin", "pps_tortured_phrases.csv")
    from scripts.build_tortured import build_table

    shipped = resources.files("textrepair.spin").joinpath("tortured_phrases.tsv").read_text("utf-8")
    assert build_table(source) == shipped
