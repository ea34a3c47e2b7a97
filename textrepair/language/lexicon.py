"""Word knowledge for every stage: frequencies, the spelling dictionary, bigrams.

Everything loads lazily, once per process, on first use:

* English unigram frequencies come from wordfreq's table (one dict, ~0.3 s).
* Other languages' frequencies are asked of wordfreq word by word (each
  language's table loads on its first lookup, ~0.1 s) and cached; whether a
  word is common in one of six large European languages is read from the head
  of each table (its words of Zipf 2.5 or more, ~0.03 s a language).
* symspellpy's English spelling dictionary (82,834 real words, no typo-glue
  such as "ofthe") is read as a plain set (~0.04 s).
* Bigram counts come from the bigram dictionary that symspellpy ships
  (``frequency_bigramdictionary_en_243_342.txt``, ~0.2 s): a direct read of
  the file, without building symspellpy's 1.5–3 s spelling index.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources

__all__ = [
    "LATIN_LANGUAGES",
    "bigram_count",
    "bigram_neighbours",
    "bigram_table",
    "common_words",
    "english_frequencies",
    "frequency_in",
    "in_spelling_dictionary",
    "is_known",
    "is_unknown",
    "is_word",
    "known_elsewhere",
    "more_common_elsewhere",
    "zipf",
    "zipf_in",
    "zipf_of",
]

_OTHER_LANGUAGES = ("de", "fr", "es", "pt", "it", "nl")

LATIN_LANGUAGES = (
    "en", "es", "fr", "pt", "de", "it", "nl", "ca", "ro",
    "pl", "cs", "sk", "hu", "sv", "tr", "vi", "is",
)  # fmt: skip
"""Latin-script languages whose words the encoding heuristics check, most likely first."""


@cache
def _english() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return dict(get_frequency_dict("en"))


def english_frequencies() -> Mapping[str, float]:
    """Wordfreq's English words (lower case) and their frequencies, loaded once.

    >>> english_frequencies()["the"] > 0.01
    True
    """
    return _english()


def zipf_of(frequency: float) -> float:
    """The Zipf value of a word frequency (log10 of it per billion words); 0 for 0.

    >>> zipf_of(1e-6), zipf_of(0.0)
    (3.0, 0.0)
    """
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def zipf(word: str) -> float:
    """English Zipf frequency of ``word`` (lower-cased); 0 when unknown.

    >>> zipf("the") > 7, zipf("qzxv")
    (True, 0.0)
    """
    return zipf_of(_english().get(word.lower(), 0.0))


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


@lru_cache(maxsize=16384)
def zipf_in(word: str, lang: str) -> float:
    """Wordfreq's Zipf frequency of ``word`` (as given) in language ``lang``.

    A word of plain lower-case ASCII letters that the language's table lacks
    scores 0.0 without wordfreq's tokenizer: most lookups are such words
    (glued candidates asked of other languages), and for them wordfreq's
    normalisation and tokenizer change nothing (see :func:`_plain_table`).

    >>> zipf_in("bundesregierung", "de") > 4, zipf_in("bundesregierung", "en") < 2
    (True, True)
    >>> zipf_in("leaderinthe", "de")
    0.0
    """
    if word.isascii() and word.isalpha() and word.islower():
        table = _plain_table(lang)
        if table is not None and word not in table:
            return 0.0  # what wordfreq gives a word it lacks (tests compare the two)
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


@cache
def _plain_table(lang: str) -> dict[str, float] | None:
    """Wordfreq's table for ``lang`` when a word of lower-case ASCII letters is its own key.

    That holds for the languages wordfreq splits with its regular-expression
    tokenizer and does not transliterate nor strip marks of (every Latin-script
    language): their Unicode normalisation and case folding leave such a word
    as it is, and the tokenizer keeps it whole. Other languages: None.
    """
    if not _keys_plain_words(lang):
        return None
    from wordfreq import get_frequency_dict

    table: dict[str, float] = get_frequency_dict(lang, "best")
    return table


@cache
def _keys_plain_words(lang: str) -> bool:
    """Whether ``lang``'s table keys a word of lower-case ASCII letters as itself."""
    from wordfreq.language_info import get_language_info

    info = get_language_info(lang)
    return not (info["tokenizer"] != "regex" or info["transliteration"] or info["remove_marks"])


def frequency_in(text: str, lang: str) -> float:
    """Wordfreq's frequency of ``text`` (a word, or words combined as independent) in ``lang``.

    Words of plain lower-case ASCII letters joined by single spaces (most of
    what is asked) are read from the language's table and combined as wordfreq
    combines them, without its tokenizer (see :func:`_plain_table`), which
    costs more than the rest of a lookup; the tests compare the two.

    >>> 0.001 < frequency_in("the", "en") < 0.1, frequency_in("qzxv", "en")
    (True, 0.0)
    >>> frequency_in("per centum", "en") < frequency_in("percent", "en")
    True
    """
    table = _plain_table(lang) if text.isascii() else None
    if table is not None:
        parts = text.split(" ")
        if all(part.isalpha() and part.islower() for part in parts):
            return _combined(parts, table)
    from wordfreq import word_frequency

    return float(word_frequency(text, lang))


def _combined(words: list[str], table: Mapping[str, float]) -> float:
    """Wordfreq's ``word_frequency`` for tokens it would keep whole, step by step as it works.

    1/f = 1/f1 + 1/f2 + ..., 0.0 when a word is missing, rounded to three
    significant digits.
    """
    one_over = 0.0
    for word in words:
        freq = table.get(word)
        if freq is None:
            return 0.0
        one_over += 1.0 / freq
    combined = max(1.0 / one_over, 0.0)
    if combined == 0.0:
        return 0.0
    return round(combined, math.floor(-math.log(combined, 10)) + 3)


@lru_cache(maxsize=16384)
def _whole_word_zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` as a single word (0 when wordfreq would split it)."""
    from wordfreq.tokens import tokenize

    if tokenize(word, lang) != [word]:
        return 0.0
    return zipf_in(word, lang)


def is_word(word: str, min_zipf: float) -> bool:
    """True when ``word`` is one word with at least ``min_zipf`` in one of :data:`LATIN_LANGUAGES`.

    Lookups stop at the first language that answers, most likely languages first.

    >>> is_word("turístico", 2.5), is_word("tur’stico", 0.1)
    (True, False)
    """
    lowered = word.lower()
    return any(_whole_word_zipf(lowered, lang) >= min_zipf for lang in LATIN_LANGUAGES)


def is_unknown(word: str) -> bool:
    """True when no language of :data:`LATIN_LANGUAGES` knows ``word`` at all.

    >>> is_unknown("tur’stico"), is_unknown("turístico")
    (True, False)
    """
    return not is_word(word, 1e-9)


_ELSEWHERE_ZIPF = 2.5


@lru_cache(maxsize=4096)
def known_elsewhere(word: str) -> bool:
    """True when a large European language other than English knows ``word`` well.

    Other languages' tables also list English glue ("leaderin" 1.x), so only
    a Zipf frequency of 2.5 or more counts ("Bundesregierung" is 4.6). A word of
    ASCII letters is looked up in the head of each table (:func:`_head_table`), and
    one of ASCII letters and digits first there (:func:`_numbered_common`); others
    are asked of wordfreq (:func:`zipf_in`).

    >>> known_elsewhere("Bundesregierung"), known_elsewhere("leaderin")
    (True, False)
    """
    lowered = word.lower()
    if lowered.isascii() and lowered.isalpha():
        return any(_head_zipf(lowered, lang) >= _ELSEWHERE_ZIPF for lang in _OTHER_LANGUAGES)
    if lowered.isascii() and lowered.isalnum():
        return any(_numbered_common(lowered, lang) for lang in _OTHER_LANGUAGES)
    return any(zipf_in(lowered, lang) >= _ELSEWHERE_ZIPF for lang in _OTHER_LANGUAGES)


def _numbered_common(word: str, lang: str) -> bool:
    """Whether ``word`` (lower-case ASCII letters and digits: ``told60``) has Zipf 2.5 in ``lang``.

    wordfreq looks such a token up with each run of two digits or more written as zeros
    (``told00``) and scales the frequency it finds down (a digit string's share, at most
    1), so a token whose zeroed form is not in the head of the table (:func:`_head_table`)
    is below Zipf 2.5; any other is asked of wordfreq.
    """
    table = _head_table(lang)
    if table is None:
        return zipf_in(word, lang) >= _ELSEWHERE_ZIPF
    from wordfreq.numbers import smash_numbers
    from wordfreq.tokens import lossy_tokenize

    if lossy_tokenize(word, lang) == [word] and smash_numbers(word) not in table:
        return False
    return zipf_in(word, lang) >= _ELSEWHERE_ZIPF


def _head_zipf(word: str, lang: str) -> float:
    """:func:`zipf_in` of a lower-case ASCII ``word`` where it is 2.5 or more; below, 0.0.

    Read from the head of the language's table, rounded as wordfreq rounds: the
    frequency to three significant digits (:func:`_combined`), then its Zipf to two
    decimals.
    """
    table = _head_table(lang)
    if table is None:
        found = zipf_in(word, lang)
        return found if found >= _ELSEWHERE_ZIPF else 0.0
    freq = _combined([word], table)
    return round(math.log(freq, 10) + 9, 2) if freq > 0 else 0.0


@cache
def _head_table(lang: str) -> dict[str, float] | None:
    """The words of ``lang``'s wordfreq table that reach a Zipf of 2.5, with their frequencies.

    wordfreq stores a table as one gzipped msgpack list of buckets of words, most
    frequent first, bucket ``i`` holding the words of frequency ``10 ** (-i / 100)``
    (Zipf ``9 - i / 100``). Only the buckets down to Zipf 2.5 are read (about a
    fifth of the words, a third of the time of the whole table: the six languages
    :func:`known_elsewhere` asks load in about 0.2 s instead of 0.7 s). None where
    :func:`_plain_table` is None (a word is not its own key there).
    """
    if not _keys_plain_words(lang):
        return None
    import gzip

    import msgpack  # wordfreq's own dependency, which reads these files
    from wordfreq import available_languages

    buckets = round((9 - _ELSEWHERE_ZIPF) * 100) + 1  # 0..650: Zipf 9.00 down to 2.50
    table: dict[str, float] = {}
    with gzip.open(available_languages("best")[lang], "rb") as packed:
        unpacker = msgpack.Unpacker(packed, raw=False)
        size = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB":
            raise ValueError(f"unexpected wordfreq table header for {lang!r}: {header!r}")
        for index in range(min(buckets, size - 1)):
            frequency = 10 ** (-index / 100)  # wordfreq's cB_to_freq
            for word in unpacker.unpack():
                table[word] = frequency
    return table


def more_common_elsewhere(word: str) -> bool:
    """True when another large European language uses ``word`` far more than English does.

    A Zipf frequency at least one higher: ``Gracias``, ``Merci`` (English text
    quotes them too), but not names that every language writes (``Quinn``).

    >>> more_common_elsewhere("Gracias"), more_common_elsewhere("Quinn")
    (True, False)
    """
    lowered = word.lower()
    english = zipf_in(lowered, "en")
    return any(zipf_in(lowered, lang) >= english + 1.0 for lang in _OTHER_LANGUAGES)


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


@cache
def bigram_neighbours() -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """The bigram counts by word: what follows it, and what precedes it (for hot loops).

    >>> after, before = bigram_neighbours()
    >>> after["voter"]["registration"] == before["registration"]["voter"] > 0
    True
    """
    after: dict[str, dict[str, int]] = {}
    before: dict[str, dict[str, int]] = {}
    intern = sys.intern  # hot loops look these up with interned words: equal by identity
    for (first, second), count in _bigrams().items():
        first, second = intern(first), intern(second)
        after.setdefault(first, {})[second] = count
        before.setdefault(second, {})[first] = count
    return after, before


def bigram_count(first: str, second: str) -> int:
    """How often ``first second`` occurs in symspellpy's English bigram list (0 if absent).

    >>> bigram_count("voter", "registration") > 0, bigram_count("news", "person")
    (True, 0)
    """
    return _bigrams().get((first.lower(), second.lower()), 0)
