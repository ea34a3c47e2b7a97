"""The shipped chrome model is what the committed training script produces."""

from __future__ import annotations

import json
from importlib import resources

from tests.conftest import shared_path
from textrepair.chrome.word_odds import WORDS_FILE


def test_training_is_reproducible() -> None:
    shared_path("data", "pages", "wcxb_dev.jsonl.gz")
    from benchmarks.train_chrome import train

    files = resources.files("textrepair.chrome")
    shipped = json.loads(files.joinpath("chrome_model.json").read_text("utf-8"))
    model, words = train()
    assert model == shipped
    assert words == files.joinpath(WORDS_FILE).read_text("utf-8")
