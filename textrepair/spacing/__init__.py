"""The spacing stage: undo tokenizer spacing and split glued words (English only).

>>> fix_spacing("Facebook said it ’s Googleoften , and hisdigital director agreed .")
'Facebook said it’s Google often, and his digital director agreed.'
>>> fix_spacing("Die Bundesregierung hat es so beschlossen , sagte er .")
'Die Bundesregierung hat es so beschlossen , sagte er .'
"""

from __future__ import annotations

from textrepair._inputs import ensure_text
from textrepair.config import RepairConfig, resolve_config
from textrepair.edits import Edit, apply_edits
from textrepair.language.code import looks_like_code
from textrepair.language.english import is_english, no_language
from textrepair.language.support import LanguageSupport
from textrepair.spacing.detect import tokenized_lines
from textrepair.spacing.detokenize import detokenize_edits
from textrepair.spacing.glued import glued_edits

__all__ = ["LANGUAGES", "fix_spacing", "spacing_edits"]

LANGUAGES = LanguageSupport(
    ("en",),
    "left unchanged, except tokenizer spacing in text that shows no language at all "
    "(a list of names: 'Kristen Quinn , Sarah Mulholland')",
    "glued words and tokenizer spacing: English (its word lists, bigrams and "
    "tokenizer conventions are English ones)",
)
"""The spacing stage repairs English text (and detokenizes text of no language)."""


def spacing_edits(text: str, config: RepairConfig) -> list[Edit]:
    """Return the spacing stage's edits on ``text`` (none for non-English text).

    Tokenizer spacing is also undone in text that shows no language at all
    (a list of names: ``Kristen Quinn , Sarah Mulholland``); glued words are
    split in English only.
    """
    if not config.spacing or not text.strip():
        return []
    english = is_english(text)
    if not english and not no_language(text):
        return []
    edits: list[Edit] = []
    if config.detokenize:
        flags = tokenized_lines(text)
        if any(flags):
            edits.extend(
                detokenize_edits(
                    text,
                    line_filter=lambda i, line: (
                        flags[i] and not looks_like_code(line, tokenized=True)
                    ),
                )
            )
    if config.split_glued_words and english:
        edits.extend(glued_edits(text, config.spacing_min_confidence))
    if config.spacing_min_confidence is not None:
        edits = [e for e in edits if e.confidence >= config.spacing_min_confidence]
    edits.sort(key=lambda e: (e.start, e.end))
    return edits


def fix_spacing(text: str, config: RepairConfig | str | None = None, **options: object) -> str:
    """Undo tokenizer spacing and split glued words in English ``text``.

    Options are the fields of :class:`~textrepair.RepairConfig`
    (``detokenize``, ``split_glued_words``, ``spacing_min_confidence``).

    >>> fix_spacing("told60 Minutesthat Trump used all of the platforms")
    'told 60 Minutes that Trump used all of the platforms'
    >>> fix_spacing("Paris - Roubaix and Parscale stay as they are.")
    'Paris - Roubaix and Parscale stay as they are.'
    """
    text = ensure_text(text)
    edits = spacing_edits(text, resolve_config(config, **options))
    return apply_edits(text, edits) if edits else text
