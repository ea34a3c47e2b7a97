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
from textrepair.chrome.word_odds import TOKEN, key

__all__ = ["MIN_PAGES", "learn_word_odds", "words_file"]

MIN_PAGES = 5


def learn_word_odds(
    pages: Iterable[tuple[str, list[str], list[int]] | tuple[str, list[str], list[int], str]],
) -> dict[str, float]:
    """The table learned from ``(page id, lines, labels[, language])``, label 1 = article line.

    Tokens are keyed by the page's language (:func:`textrepair.chrome.word_odds.key`;
    English when not given), and each language's odds are against that
    language's own counts.

    >>> pages = [(str(i), ["Subscribe now", "The council met."], [0, 1]) for i in range(5)]
    >>> odds = learn_word_odds(pages)
    >>> odds["subscribe"] > 0 > odds["council"]
    True
    """
    chrome: Counter[str] = Counter()
    article: Counter[str] = Counter()
    seen_on: defaultdict[str, set[str]] = defaultdict(set)
    language: dict[str, str] = {}
    for page, lines, labels, *lang in pages:
        code = lang[0] if lang else "en"
        for line, label in zip(lines, labels, strict=True):
            for token in set(TOKEN.findall(line.lower())):
                name = key(token, code)
                (article if label else chrome)[name] += 1
                seen_on[name].add(page)
                language[name] = code
    n_chrome: Counter[str] = Counter()
    n_article: Counter[str] = Counter()
    for name, count in chrome.items():
        n_chrome[language[name]] += count
    for name, count in article.items():
        n_article[language[name]] += count
    return {
        name: round(
            math.log((chrome[name] + 1) / (n_chrome[language[name]] + 1))
            - math.log((article[name] + 1) / (n_article[language[name]] + 1)),
            2,
        )
        for name, on in seen_on.items()
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
