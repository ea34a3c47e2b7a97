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


def test_smoothing_never_sinks_a_long_sentence_of_the_body_the_first_pass_keeps() -> None:
    import math

    from textrepair.chrome.detect import SMOOTH_FEATURES, ChromeModel
    from textrepair.chrome.features import CONTEXT_FEATURES

    # First pass: P(article) 0.4 on every line (above the threshold 0.3, below the body
    # rule's 0.5); smoothing: 0.0 on every line (a footer's menus around the line).
    model = ChromeModel(
        (0.0,) * len(CONTEXT_FEATURES),
        math.log(0.4 / 0.6),
        (0.0,) * len(SMOOTH_FEATURES),
        -40.0,
        0.3,
    )

    def row(in_body: bool, long_line: bool, sentence: bool) -> list[float]:
        r = [0.0] * len(CONTEXT_FEATURES)
        r[CONTEXT_FEATURES.index("in_body")] = float(in_body)
        r[CONTEXT_FEATURES.index("long_12")] = float(long_line)
        r[CONTEXT_FEATURES.index("ends_sentence")] = float(sentence)
        return r

    kept, short, no_end, outside = model.scores(
        [
            row(True, True, True),
            row(True, False, True),
            row(True, True, False),
            row(False, True, True),
        ]
    )
    assert round(kept, 6) == 0.4  # a sentence of the body: the first pass's score stands
    assert max(short, no_end, outside) < 1e-9  # the rest take the smoothed score
