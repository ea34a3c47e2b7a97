"""A cheap check that text is English, from stop-word coverage.

Spacing repairs use English word lists and English tokenizer conventions, so
other languages are left alone. Each language is scored by how many of the
text's words are among its most common function words; English must win
clearly. No data is loaded: the lists are a few dozen words each.
"""

from __future__ import annotations

import re

__all__ = ["STOPWORDS", "is_english", "no_language"]

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
_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
STOPWORDS = frozenset().union(*_SETS.values())
"""The function words of every language above (for language-neutral prose checks)."""
# word -> languages it is a stop word of (one lookup per word of the text)
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _SETS.items():
    for _word in _words:
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _lang)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _mostly_english_words(words: list[str], minimum: int) -> bool:
    """Most words (at least ``minimum``) are in symspellpy's English spelling dictionary."""
    from textrepair.spacing.lexicon import in_spelling_dictionary

    longer = [w for w in words if len(w) > 1]
    known = sum(in_spelling_dictionary(w) for w in longer)
    return len(longer) >= minimum and known >= 0.8 * len(longer)


# Addresses are not words of any language ("com" is Portuguese for "with").
_ADDRESS = re.compile(r"[^\s@]+@\S+|[^\s:]*://\S+|www\.\S+")
# Negative contractions are English whichever way they are spaced: "won't", "wo n’t".
_CONTRACTION = re.compile(r"n['’]t\b")


def is_english(text: str) -> bool:
    """True when ``text`` reads as English: its function words are mostly English ones.

    >>> is_english("The company said on Thursday that it would stop.")
    True
    >>> is_english("Die Bundesregierung hat am Donnerstag beschlossen, dass es so bleibt.")
    False
    >>> is_english("Le gouvernement a décidé jeudi que la réforme sera votée.")
    False
    >>> is_english("Trump campaign spent millions"), is_english("Thanks ,")
    (True, True)
    >>> is_english("Bundesregierung"), is_english("Sooooo .")
    (False, False)
    """
    sample = text[:20_000]
    if "@" in sample or "://" in sample or "www." in sample:
        sample = _ADDRESS.sub(" ", sample)
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return False
    scores = dict.fromkeys(_SETS, 0)
    for word in words:
        langs = _LANGS_OF.get(word, ())
        if "en" in langs:
            scores["en"] += 1  # words English shares ("in", "a") count for English only
            continue
        for lang in langs:
            scores[lang] += 1
    english = scores.pop("en") + len(_CONTRACTION.findall(sample))
    other = max(scores.values())
    if english >= 2 and english > 1.5 * other:
        return True
    if other >= 2 and other >= english:
        return False
    if english >= 1 and other == 0:
        return True
    # Weak evidence either way ("war" is also German): let English word coverage decide;
    # with no function word of any language, one known word will do ("Thanks ,").
    return _mostly_english_words(words, 1 if other == 0 else 2)


def no_language(text: str) -> bool:
    """True when ``text`` shows no language at all: names, numbers and symbols.

    No function word of any language and no word another language uses far
    more than English (``Kristen Quinn , Sarah Mulholland``, ``Vladi .``).
    Tokenizer spacing in such text can be undone whatever its language.

    >>> no_language("Kristen Quinn , Sarah Mulholland"), no_language("Gracias .")
    (True, False)
    >>> no_language("Die Bundesregierung ,"), no_language("")
    (False, False)
    """
    from textrepair.spacing.lexicon import more_common_elsewhere

    words = _WORD.findall(_ADDRESS.sub(" ", text[:2_000]))
    if not words or any(w.lower() in _LANGS_OF for w in words):
        return False
    # Only now the other languages' word lists (they load on first use).
    return not any(more_common_elsewhere(w) for w in words)
