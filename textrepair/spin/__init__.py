"""Spin stage: detect synonym-spun text, mark the spun words, suggest the originals."""

from __future__ import annotations

from textrepair.language.support import LanguageSupport
from textrepair.spin.detect import SpinReport, SpinSpan, detect_spin

__all__ = ["LANGUAGES", "SpinReport", "SpinSpan", "detect_spin"]

LANGUAGES = LanguageSupport(
    ("en",),
    "not scored: the report gives score 0 and says the text is not English",
    "its synonyms (WordNet), frequencies and models are English ones",
)
"""The spin detector scores English text only."""
