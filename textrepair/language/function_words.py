"""Function words: the most common closed-class words of several languages.

Two uses, one home. The per-language lists (:data:`STOPWORDS_BY_LANGUAGE`)
vote for a language when the identifier has too little text to go on
(``Thanks ,``) and let every stage tell prose from lists in any of these
languages (:data:`STOPWORDS`). :data:`FUNCTION_WORDS` is the English closed
class that the glued-word and spin models read: a glued part from it is
evidence of glue, and a spinner never swaps one.

Nothing is loaded: the lists are a few dozen words each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

__all__ = [
    "FUNCTION_WORDS",
    "STOPWORDS",
    "STOPWORDS_BY_LANGUAGE",
    "WORD",
    "frequent_words",
    "function_word_votes",
    "languages_of",
]

_STOPWORDS = {
    "en": (
        "a why how where here yes very all one some any only could should them these those "
        "then now get like up down us him your because being does did "
        "the of and to in is that for it was on with as he be at by this had not are but "
        "from or have an they which you were her she there been his their we would will what "
        "when who more said its has than can about i my me so if out no do just also after "
        "into our over"
    ),
    "de": (
        "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
        "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem "
        "über einen so zum war haben nur oder aber vor zur bis mehr durch man"
    ),
    "fr": (
        "le de la les et des en du un une est que pour qui dans a par au sur pas plus ne se "
        "ce il sont avec son aux ou mais nous vous leur été elle comme cette ses même bien "
        "aussi fait sans entre deux"
    ),
    "es": (
        "de la que el en y los del se las por un para con no una su al lo como más pero sus "
        "le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde "
        "quien desde todo nos durante todos uno les ni contra otros ese eso"
    ),
    "pt": (
        "de a o que e do da em um para é com não uma os no se na por mais as dos como mas "
        "foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo "
        "pela até isso ela entre"
    ),
    "it": (
        "di e il la che in a per un del non è sono le si con da una dei al gli alla come più "
        "ma della lo nel anche questo ha se delle suo sua ci nella essere tra io quando"
    ),
    "nl": (
        "de en van het een in is dat op te zijn met voor niet aan er om ook als dan maar bij "
        "of uit nog wel naar door over ze zich hij we tot kan"
    ),
}
STOPWORDS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()
}
"""The most common function words of English, German, French, Spanish, Portuguese,
Italian and Dutch (lower-cased)."""

STOPWORDS = frozenset().union(*STOPWORDS_BY_LANGUAGE.values())
"""The function words of every language above (for language-neutral prose checks)."""

# word -> languages it is a stop word of (one lookup per word of the text)
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS_BY_LANGUAGE.items():
    for _word in _words:
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _lang)

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
"""A word as the function-word checks read it: letters, with one inner apostrophe."""

FUNCTION_WORDS = frozenset(
    """a an the this that these those of in on at by for with from to into onto about as and or
    but nor so if than then when while because since until his her its their our my your he she
    it we they him them us me i you who whom which what where why how is are was were be been
    am do does did has have had will would shall should can could may might must not no all any
    each every some such very also only just often""".split()
)
"""English closed-class words (plus a few adverbs): a glued part from this list is evidence
of glue, and a spinner never swaps one."""


def languages_of(word: str) -> tuple[str, ...]:
    """The languages whose function-word list has ``word`` (lower-cased).

    >>> languages_of("de"), languages_of("the"), languages_of("Quinn")
    (('fr', 'es', 'pt', 'nl'), ('en',), ())
    """
    return _LANGS_OF.get(word.lower(), ())


def function_word_votes(words: Iterable[str]) -> dict[str, int]:
    """Each language's count of function words among lower-cased ``words``.

    A word English shares with other languages (``in``, ``a``) counts for
    English only, so that English text is never outvoted by its own words.

    >>> function_word_votes("die regierung hat in der tat".split())["de"]  # "in" is English's
    3
    >>> function_word_votes(["in", "a"])
    {'en': 2, 'de': 0, 'fr': 0, 'es': 0, 'pt': 0, 'it': 0, 'nl': 0}
    """
    scores = dict.fromkeys(STOPWORDS_BY_LANGUAGE, 0)
    for word in words:
        langs = _LANGS_OF.get(word, ())
        if "en" in langs:
            scores["en"] += 1
            continue
        for lang in langs:
            scores[lang] += 1
    return scores


FREQUENT_WORDS = 40
"""How many of a language's most frequent words :func:`frequent_words` gives at least."""
FREQUENT_COVERAGE = 0.4
"""...and the share of running text they cover, where forty cover less (English's list: 0.44)."""
MOST_FREQUENT_WORDS = 400
"""...and at most how many it reads of wordfreq's ranks."""
_COUNTED_BY_CHARACTER = frozenset({"zh", "ja"})  # their lines' characters are matched one by one
WORDFREQ_CODES = {"no": "nb", "nn": "nb", "hr": "sh", "sr": "sh", "bs": "sh", "tl": "fil"}
"""The language identifier's codes that wordfreq files under another: Norwegian is
``nb`` (Bokmål, Nynorsk's nearest), Croatian, Serbian and Bosnian are ``sh``, Tagalog is
``fil``."""


@cache
def frequent_words(lang: str) -> frozenset[str]:
    """The most frequent words of ``lang`` (ISO 639-1): its function words, in any language.

    The lists above for the languages they cover, else wordfreq's most frequent
    words of the language, down its ranks until they cover :data:`FREQUENT_COVERAGE`
    of running text (at least :data:`FREQUENT_WORDS`, at most
    :data:`MOST_FREQUENT_WORDS` ranks read; Chinese and Japanese, whose lines are
    matched character by character, get their forty, mostly particles of one
    character), looked up under wordfreq's own code (:data:`WORDFREQ_CODES`).
    Empty for a language wordfreq does not know.

    >>> {"ve", "bir"} <= frequent_words("tr"), {"og", "ikke"} <= frequent_words("no")
    (True, True)
    >>> frequent_words("und")
    frozenset()
    """
    if lang in STOPWORDS_BY_LANGUAGE:
        return STOPWORDS_BY_LANGUAGE[lang]
    import wordfreq

    lang = WORDFREQ_CODES.get(lang, lang)
    if lang not in wordfreq.available_languages():
        return frozenset()
    if lang in _COUNTED_BY_CHARACTER:
        return frozenset(w for w in wordfreq.top_n_list(lang, FREQUENT_WORDS) if w.isalpha())
    # The commonest words up to the share of running text English's list covers: in a
    # language of many word forms (Turkish, Finnish) or of syllables (Vietnamese) forty
    # words cover far less of a line, and a line of prose would read as a list.
    # Read from wordfreq's list of frequency bins, which top_n_list reads too: its
    # frequency dictionary would be another table of every word, kept per language.
    out: list[str] = []
    covered = 0.0
    seen = 0
    for index, bucket in enumerate(wordfreq.get_frequency_list(lang)):
        share = wordfreq.cB_to_freq(-index)
        for word in bucket:
            if seen >= MOST_FREQUENT_WORDS or (
                len(out) >= FREQUENT_WORDS and covered >= FREQUENT_COVERAGE
            ):
                return frozenset(out)
            seen += 1
            covered += share
            if word.isalpha():
                out.append(word)
    return frozenset(out)
