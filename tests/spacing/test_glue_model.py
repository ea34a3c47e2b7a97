from __future__ import annotations

import json
from importlib import resources

from tests.conftest import shared_path
from textrepair.spacing.glue_model import FEATURES, features, load_model
from textrepair.spacing.glue_proposals import proposals


def test_shipped_model_is_quadratic_in_the_features() -> None:
    model = load_model()
    n = len(FEATURES)
    assert model.pairwise
    assert len(model.weights) == n + n * (n - 1) // 2
    assert 0 < model.threshold < 1


def test_model_separates_glue_from_names() -> None:
    model = load_model()
    glue = proposals("the team saw hisdigital plan")
    assert [p.parts for p in glue] == [("his", "digital")]
    assert model.probability(features(glue[0], 0)) >= model.threshold
    assert proposals("Parscale and Jourova met") == []


def test_training_is_reproducible() -> None:
    shared_path("data", "chrome", "wcxb_dev_article.jsonl.gz")
    for source in ("wcxb_dev", "fundus", "readability", "article_extraction_dataset"):
        shared_path("data", "pages", f"{source}.jsonl.gz")
    from benchmarks.train_glued import train

    shipped = json.loads(
        resources.files("textrepair.spacing").joinpath("glue_model.json").read_text("utf-8")
    )
    assert train() == shipped
