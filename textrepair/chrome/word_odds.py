"""How much likelier each word is in page furniture than in article text, learned from pages.

Chrome has a vocabulary ("subscribe", "login", "newsletter", "share", "©") that
a hand-made lexicon of phrases only partly covers. The training script counts,
over the training pages, how often each word occurs in chrome lines and in
article lines and ships the smoothed log-odds of the words that occur on at
least five different pages (so that no single site's menu is learned), as
``chrome_words.tsv``. A line's features are the sum of its distinct words'
log-odds over the square root of their number, and the largest.

>>> odds = {"subscribe": 2.0, "newsletter": 1.5, "council": -1.0}
>>> line_odds("Subscribe to our newsletter", odds)
(1.75, 2.0)
>>> line_odds("", odds)
(0.0, 0.0)
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cache

from textrepair._tables import read_table

__all__ = ["TOKEN", "WORDS_FILE", "chrome_word_odds", "line_odds"]

WORDS_FILE = "chrome_words.tsv"
TOKEN = re.compile(r"[a-z]+|[©|›»]")
"""The tokens counted, in lower-cased text: words of letters, and a few furniture signs."""


def line_odds(line: str, odds: Mapping[str, float]) -> tuple[float, float]:
    """The summed (over the square root of their number) and largest log-odds of a line's words.

    Each distinct token counts once; a token the table lacks counts 0.
    """
    values = [odds.get(token, 0.0) for token in set(TOKEN.findall(line.lower()))]
    if not values:
        return 0.0, 0.0
    return sum(values) / math.sqrt(len(values)), max(values)


@cache
def chrome_word_odds() -> dict[str, float]:
    """The shipped table, read once per process."""
    return read_table("textrepair.chrome", WORDS_FILE)
