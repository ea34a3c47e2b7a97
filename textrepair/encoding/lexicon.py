"""Is this a word people write? wordfreq lookups for the encoding heuristics.

wordfreq loads one table per language on first use (about 0.1 s each), so
lookups stop at the first language that answers, most likely languages first.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["LANGUAGES", "is_unknown", "is_word"]

LANGUAGES = (
    "en", "es", "fr", "pt", "de", "it", "nl", "ca", "ro",
    "pl", "cs", "sk", "hu", "sv", "tr", "vi", "is",
)  # fmt: skip
"""Latin-script languages whose words the encoding heuristics check."""


@lru_cache(maxsize=16384)
def _zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` as a single word (0 when wordfreq would split it)."""
    from wordfreq import zipf_frequency
    from wordfreq.tokens import tokenize

    if tokenize(word, lang) != [word]:
        return 0.0
    return float(zipf_frequency(word, lang))


def is_word(word: str, min_zipf: float) -> bool:
    """True when ``word`` has at least ``min_zipf`` in one of :data:`LANGUAGES`.

    >>> is_word("turístico", 2.5), is_word("tur’stico", 0.1)
    (True, False)
    """
    lowered = word.lower()
    return any(_zipf(lowered, lang) >= min_zipf for lang in LANGUAGES)


def is_unknown(word: str) -> bool:
    """True when no language of :data:`LANGUAGES` knows ``word`` at all."""
    return not is_word(word, 1e-9)
