"""Learn the chrome-word table of the chrome stage (:mod:`textrepair.chrome.word_odds`).

For every token (:data:`textrepair.chrome.word_odds.TOKEN`) of the labelled
lines of some pages: the log of its share among chrome-line tokens over its
share among article-line tokens, add-one smoothed, kept only for tokens seen
on at least :data:`MIN_PAGES` different pages so that no single site's menu
is learned. Each distinct token counts once per line.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

from textrepair._tables import format_table
from textrepair.chrome.word_odds import TOKEN

__all__ = ["MIN_PAGES", "learn_word_odds", "words_file"]

MIN_PAGES = 5


def learn_word_odds(pages: Iterable[tuple[str, list[str], list[int]]]) -> dict[str, float]:
    """The table learned from ``(page id, lines, labels)``, label 1 = article line.

    >>> pages = [(str(i), ["Subscribe now", "The council met."], [0, 1]) for i in range(5)]
    >>> odds = learn_word_odds(pages)
    >>> odds["subscribe"] > 0 > odds["council"]
    True
    """
    chrome: Counter[str] = Counter()
    article: Counter[str] = Counter()
    seen_on: defaultdict[str, set[str]] = defaultdict(set)
    for page, lines, labels in pages:
        for line, label in zip(lines, labels, strict=True):
            for token in set(TOKEN.findall(line.lower())):
                (article if label else chrome)[token] += 1
                seen_on[token].add(page)
    n_chrome = sum(chrome.values()) + 1
    n_article = sum(article.values()) + 1
    return {
        token: round(
            math.log((chrome[token] + 1) / n_chrome) - math.log((article[token] + 1) / n_article),
            2,
        )
        for token, on in seen_on.items()
        if len(on) >= MIN_PAGES
    }


def words_file(odds: dict[str, float]) -> str:
    """The table as the file that ships, sorted."""
    return format_table(
        [
            "textrepair chrome words: log-odds that a token is written in page furniture rather",
            "than in article text. Written by `python -m benchmarks.train_chrome`.",
        ],
        odds,
    )
