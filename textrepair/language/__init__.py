"""Language knowledge shared by every stage: which language a text is in, and its words.

Stages never import each other; what they know of languages and words lives
here, loaded lazily once per process.

* :func:`identify` (and :func:`identify_blocks` for each paragraph): the
  language of a text with a confidence, from CLD2 (``pycld2``), bounded work.
* :func:`is_english` and :func:`no_language`: the gate of the stages whose
  knowledge is English.
* :mod:`~textrepair.language.function_words`: function words of seven
  languages and the English closed class.
* :mod:`~textrepair.language.lexicon`: word frequencies (English and 17
  Latin-script languages), the English spelling dictionary and bigram counts.
* :func:`~textrepair.language.code.looks_like_code`: a line of source code or
  typeset mathematics.
* :class:`LanguageSupport`: how a stage declares what it does in which language
  (collected in :data:`textrepair.pipeline.STAGE_LANGUAGES`).

>>> identify("Le gouvernement a décidé jeudi que la réforme sera votée.").code
'fr'
>>> is_english("The minister said the talks failed."), no_language("Kristen Quinn , Sarah")
(True, True)
"""

from __future__ import annotations

from textrepair.language.english import is_english, no_language
from textrepair.language.identifier import (
    UNDETERMINED,
    Language,
    LanguageBlock,
    has_identifier,
    identify,
    identify_blocks,
)
from textrepair.language.support import EVERY_LANGUAGE, LanguageSupport

__all__ = [
    "EVERY_LANGUAGE",
    "UNDETERMINED",
    "Language",
    "LanguageBlock",
    "LanguageSupport",
    "has_identifier",
    "identify",
    "identify_blocks",
    "is_english",
    "no_language",
]
