"""Chrome stage: remove site chrome (menus, link lists, prompts, credits) from plain-text articles.

>>> story = (
...     "The city council approved the budget on Monday after a debate that lasted well into "
...     "the night, with members split over how much to spend on schools and roads.\\n"
... )
>>> strip_chrome("Daily Newsletter\\n" + story + "You May Also Like\\n![]()\\n") == story
True
"""

from __future__ import annotations

from textrepair._inputs import ensure_text
from textrepair.chrome.corpus import RepeatedLines, learn_repeated_lines, load_repeated_lines
from textrepair.chrome.detect import ChromeReport, chrome_report
from textrepair.chrome.spliced import SplicedBlock, spliced_blocks
from textrepair.config import RepairConfig
from textrepair.edits import Edit, apply_edits
from textrepair.language.support import EVERY_LANGUAGE, LanguageSupport

__all__ = [
    "LANGUAGES",
    "ChromeReport",
    "RepeatedLines",
    "SplicedBlock",
    "chrome_edits",
    "chrome_report",
    "chrome_stage",
    "learn_repeated_lines",
    "load_repeated_lines",
    "spliced_blocks",
    "strip_chrome",
]

LANGUAGES = LanguageSupport(
    (EVERY_LANGUAGE,),
    "",
    "the line model reads the page language's function words and chrome-word odds "
    "learned per language from pages in 25 languages; the phrase lexicon covers 17 languages; "
    "spliced stories are flagged in English text only",
)
"""The chrome stage removes chrome in every language."""


def chrome_stage(text: str, config: RepairConfig | None = None) -> ChromeReport:
    """The chrome stage with the options of ``config`` (corpus mode included)."""
    config = config or RepairConfig()
    repeated: frozenset[str] = frozenset()
    if config.chrome_corpus and config.chrome_group is not None:
        repeated = load_repeated_lines(config.chrome_corpus).lines_for(config.chrome_group)
    return chrome_report(
        text,
        config.chrome_threshold,
        config.chrome_max_share,
        repeated,
        config.chrome_remove_spliced,
        config.chrome_spliced_confidence,
    )


def chrome_edits(text: str, config: RepairConfig | None = None) -> list[Edit]:
    """The chrome stage's edits: one deletion per run of chrome lines (nothing is lost)."""
    return list(chrome_stage(text, config).edits)


def strip_chrome(text: str, config: RepairConfig | None = None) -> str:
    """Remove the chrome lines of ``text`` and return the article.

    Only this stage runs (use ``repair(text, chrome=True)`` for every stage).
    A document the stage would nearly empty is returned unchanged.

    >>> strip_chrome("Daily Newsletter\\nSubscribe\\n")  # nothing would be left: kept
    'Daily Newsletter\\nSubscribe\\n'
    """
    text = ensure_text(text)
    return apply_edits(text, chrome_edits(text, config))
