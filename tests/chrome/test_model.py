"""The shipped chrome model is what the committed training script produces."""

from __future__ import annotations

import json
from importlib import resources

from tests.conftest import shared_path


def test_training_is_reproducible() -> None:
    shared_path("data", "chrome", "wcxb_dev_article.jsonl.gz")
    from benchmarks.train_chrome import train

    shipped = json.loads(
        resources.files("textrepair.chrome").joinpath("chrome_model.json").read_text("utf-8")
    )
    assert train() == shipped
