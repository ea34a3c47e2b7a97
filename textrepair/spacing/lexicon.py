"""Word and bigram frequencies for the spacing stage, loaded lazily once per process.

* English unigram frequencies come from wordfreq's table (one dict, ~0.3 s).
* symspellpy's English spelling dictionary (82,834 real words, no typo-glue
  such as "ofthe") is read as a plain set (~0.04 s).
* Bigram counts come from the bigram dictionary that symspellpy ships
  (``frequency_bigramdictionary_en_243_342.txt``, ~0.2 s): a direct read of
  the file, without building symspellpy's 1.5–3 s spelling index.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache
from importlib import resources

__all__ = [
    "bigram_count",
    "bigram_table",
    "common_words",
    "in_spelling_dictionary",
    "is_known",
    "known_elsewhere",
    "zipf",
]

_OTHER_LANGUAGES = ("de", "fr", "es", "pt", "it", "nl")


@cache
def _english() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return dict(get_frequency_dict("en"))


def zipf(word: str) -> float:
    """English Zipf frequency of ``word`` (lower-cased); 0 when unknown.

    >>> zipf("the") > 7, zipf("qzxv")
    (True, 0.0)
    """
    freq = _english().get(word.lower(), 0.0)
    return math.log10(freq) + 9 if freq > 0 else 0.0


@cache
def common_words(min_zipf: float) -> frozenset[str]:
    """The English words (lower-cased) with a Zipf frequency of at least ``min_zipf``.

    >>> "always" in common_words(4.5), "aways" in common_words(4.5)
    (True, False)
    """
    floor = 10 ** (min_zipf - 9)
    return frozenset(w for w, f in _english().items() if f >= floor)


def is_known(word: str) -> bool:
    """True when wordfreq's English list has ``word`` (lower-cased) at all."""
    return word.lower() in _english()


@lru_cache(maxsize=4096)
def known_elsewhere(word: str) -> bool:
    """True when a large European language other than English knows ``word`` well.

    Other languages' tables also list English glue ("leaderin" 1.x), so only
    a Zipf frequency of 2.5 or more counts ("Bundesregierung" is 4.6).
    """
    from wordfreq import zipf_frequency

    lowered = word.lower()
    return any(zipf_frequency(lowered, lang) >= 2.5 for lang in _OTHER_LANGUAGES)


def more_common_elsewhere(word: str) -> bool:
    """True when another large European language uses ``word`` far more than English does.

    A Zipf frequency at least one higher: ``Gracias``, ``Merci`` (English text
    quotes them too), but not names that every language writes (``Quinn``).

    >>> more_common_elsewhere("Gracias"), more_common_elsewhere("Quinn")
    (True, False)
    """
    from wordfreq import zipf_frequency

    lowered = word.lower()
    english = zipf_frequency(lowered, "en")
    return any(zipf_frequency(lowered, lang) >= english + 1.0 for lang in _OTHER_LANGUAGES)


@cache
def _spelling_words() -> frozenset[str]:
    path = resources.files("symspellpy").joinpath("frequency_dictionary_en_82_765.txt")
    with path.open(encoding="utf-8") as f:
        return frozenset(line.split(" ", 1)[0] for line in f if line.strip())


def in_spelling_dictionary(word: str) -> bool:
    """True when symspellpy's English spelling dictionary lists ``word``.

    >>> in_spelling_dictionary("washer"), in_spelling_dictionary("ofthe")
    (True, False)
    """
    return word.lower() in _spelling_words()


@cache
def _bigrams() -> dict[tuple[str, str], int]:
    table: dict[tuple[str, str], int] = {}
    path = resources.files("symspellpy").joinpath("frequency_bigramdictionary_en_243_342.txt")
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                table[(parts[0], parts[1])] = int(parts[2])
    return table


def bigram_table() -> dict[tuple[str, str], int]:
    """The bigram counts themselves, keyed by lower-cased pairs (for hot loops)."""
    return _bigrams()


def bigram_count(first: str, second: str) -> int:
    """How often ``first second`` occurs in symspellpy's English bigram list (0 if absent).

    >>> bigram_count("voter", "registration") > 0, bigram_count("news", "person")
    (True, 0)
    """
    return _bigrams().get((first.lower(), second.lower()), 0)
