"""How much likelier each word is in page furniture than in article text, learned from pages.

Chrome has a vocabulary ("subscribe", "login", "newsletter", "share", "©") that
a hand-made lexicon of phrases only partly covers. The training script counts,
over the training pages, how often each word occurs in chrome lines and in
article lines and ships the smoothed log-odds of the words that occur on at
least five different pages (so that no single site's menu is learned), as
``chrome_words.tsv``, per language (:func:`key`). A line's features are the
sum of its distinct words' log-odds over the square root of their number, and
the largest. Words are read in the text a reader sees
(:func:`textrepair.chrome.markup.visible`), in training and in use alike: a
markdown link's target is no word of its line.

>>> odds = {"subscribe": 2.0, "newsletter": 1.5, "council": -1.0}
>>> line_odds("Subscribe to our newsletter", odds)
(1.75, 2.0)
>>> line_odds("", odds)
(0.0, 0.0)
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from functools import cache
from itertools import repeat

from textrepair._tables import read_table

__all__ = ["ASCII_SIGNS", "TOKEN", "WORDS_FILE", "chrome_word_odds", "key", "line_odds"]

WORDS_FILE = "chrome_words.tsv"
_SIGNS = "©|›»"  # furniture signs counted as tokens
TOKEN = re.compile(rf"[^\W\d_]+|[{re.escape(_SIGNS)}]")
"""The tokens counted, in lower-cased text: words of letters (any script), and furniture signs."""
ASCII_SIGNS = tuple(sign for sign in _SIGNS if sign.isascii())
"""The furniture signs an ASCII line can hold (``|``): its other tokens are its words."""


def key(token: str, lang: str) -> str:
    """The table's key of ``token`` on a page in ``lang``: English words bare, others prefixed.

    Chrome words are learned per language: a Spanish "de" is not the "de" of an
    English page's address line.

    >>> key("home", "en"), key("startseite", "de")
    ('home', 'de:startseite')
    """
    return token if lang == "en" else f"{lang}:{token}"


def line_odds(
    line: str,
    odds: Mapping[str, float],
    lang: str = "en",
    tokens: Collection[str] | None = None,
) -> tuple[float, float]:
    """The summed (over the square root of their number) and largest log-odds of a line's words.

    Each distinct token counts once; a token the table lacks for the page's
    language ``lang`` counts 0. ``tokens``, when the caller has them, are the
    line's distinct :data:`TOKEN` tokens (``set(TOKEN.findall(line.lower()))``).
    """
    if tokens is None:
        tokens = set(TOKEN.findall(line.lower()))
    if lang == "en":
        values = list(map(odds.get, tokens, repeat(0.0)))
    else:
        values = [odds.get(key(token, lang), 0.0) for token in tokens]
    if not values:
        return 0.0, 0.0
    # fsum: the sum of a set's values is the same in every process, whatever its order;
    # + 0.0: so is the largest (max of 0.0 and -0.0 is whichever comes first)
    return math.fsum(values) / math.sqrt(len(values)), max(values) + 0.0


@cache
def chrome_word_odds() -> dict[str, float]:
    """The shipped table, read once per process."""
    return read_table("textrepair.chrome", WORDS_FILE)
