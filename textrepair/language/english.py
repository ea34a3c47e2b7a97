"""Is this text English, and does it show any language at all.

The stages whose knowledge is English (glued words, spin, spliced stories)
ask :func:`is_english`. Where the identifier is sure of a text's language
(enough letters; :func:`~textrepair.language.identifier.identify`), its answer
stands. Short or ambiguous text (``Thanks ,``, a headline, a list of names) is
judged by function words, as it always was: each language scores how many of
the text's words are among its most common function words, and English must
win clearly; with no function word either way, the English spelling dictionary
decides.
"""

from __future__ import annotations

import re

from textrepair.language.function_words import WORD as _WORD
from textrepair.language.function_words import function_word_votes, languages_of
from textrepair.language.identifier import identify
from textrepair.language.lexicon import in_spelling_dictionary, more_common_elsewhere

__all__ = ["is_english", "no_language", "takes_an"]


def _mostly_english_words(words: list[str], minimum: int) -> bool:
    """Most words (at least ``minimum``) are in symspellpy's English spelling dictionary."""
    longer = [w for w in words if len(w) > 1]
    known = sum(in_spelling_dictionary(w) for w in longer)
    return len(longer) >= minimum and known >= 0.8 * len(longer)


# The identifier's verdict stands when it gives this share of the text to one language;
# an English page with a French menu ("fr" 0.54) is judged by its function words.
_SURE = 0.7
# Addresses are not words of any language ("com" is Portuguese for "with").
_ADDRESS = re.compile(r"[^\s@]+@\S+|[^\s:]*://\S+|www\.\S+")
# Negative contractions are English whichever way they are spaced: "won't", "wo n’t".
_CONTRACTION = re.compile(r"n['’]t\b")


def is_english(text: str) -> bool:
    """True when ``text`` reads as English.

    The identifier decides where it is sure; short or ambiguous text is
    English when its function words are mostly English ones.

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
    language = identify(text)
    if language.reliable and language.identifier == "cld2" and language.confidence >= _SURE:
        return language.code == "en"
    return _english_by_function_words(text)


def _english_by_function_words(text: str) -> bool:
    sample = text[:20_000]
    if "@" in sample or "://" in sample or "www." in sample:
        sample = _ADDRESS.sub(" ", sample)
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return False
    scores = function_word_votes(words)
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
    words = _WORD.findall(_ADDRESS.sub(" ", text[:2_000]))
    if not words or any(languages_of(w) for w in words):
        return False
    # Only now the other languages' word lists (they load on first use).
    return not any(more_common_elsewhere(w) for w in words)


# Vowel letters that start a consonant's sound, "you" or "w": "a university", "a one-off".
_VOWEL_AS_CONSONANT = (
    "use",
    "usu",
    "usa",
    "uti",
    "uto",
    "uku",
    "ura",
    "uri",
    "uro",
    "ure",
    "unanim",
    "unary",
    "uvul",
    "ubi",
    "ufo",
    "ute",
    "eu",
    "ewe",
    "one",
    "once",
    "oui",
)
_SOUNDED_ONE = ("oner",)  # onerous: "one" spelled, not said as "won"
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_EITHER = ("homage", "herb", "historic", "hotel")  # writers use either article


def takes_an(word: str) -> bool | None:
    """Whether English writes ``an`` (True) or ``a`` (False) before ``word``; None when unsure.

    By the sound the word starts with, from its spelling: a vowel letter says ``an``
    except where it sounds as "you" or "w" (``a university``, ``a one-off``), a
    silent ``h`` too (``an hour``); ``uni`` is ``a`` but for the prefix ``un``
    before ``i`` (``an unintended``). Not a word of letters, a single letter, or a
    word whose writers differ (``an homage``, ``a homage``): None.

    >>> takes_an("apple"), takes_an("university"), takes_an("hour"), takes_an("natural")
    (True, False, True, False)
    >>> takes_an("unintended"), takes_an("unanimous"), takes_an("one"), takes_an("onerous")
    (True, False, False, True)
    >>> takes_an("x"), takes_an("homage")
    (None, None)
    """
    w = word.lower()
    if len(w) < 2 or not w.isascii() or not w.isalpha() or w.startswith(_EITHER):
        return None
    if w.startswith("uni"):
        return w[3:4] in ("n", "m", "d")  # unintended, unimportant, unidentified
    if w.startswith(_SOUNDED_ONE):
        return True
    if w.startswith(_VOWEL_AS_CONSONANT):
        return False
    if w[0] in "aeiou":
        return True
    return w.startswith(_SILENT_H)
