"""What each stage does in which language, declared where the stage is defined.

Each stage package sets ``LANGUAGES = LanguageSupport(...)``; the pipeline
collects them (:data:`textrepair.pipeline.STAGE_LANGUAGES`), ``textrepair
explain`` prints the ones that do not cover a document's language, and
docs/stages.md lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EVERY_LANGUAGE", "LanguageSupport"]

EVERY_LANGUAGE = "*"
"""The language code a stage lists when it repairs text of every language."""


@dataclass(frozen=True)
class LanguageSupport:
    """The languages a stage repairs and what it does with text in any other.

    >>> s = LanguageSupport(("en",), "left unchanged", "glued words: English only")
    >>> s.covers("en"), s.covers("de"), s.covers("und")
    (True, False, False)
    >>> LanguageSupport((EVERY_LANGUAGE,), "").covers("ja")
    True
    """

    languages: tuple[str, ...]
    """ISO 639-1 codes of the languages repaired, or ``("*",)`` for every language."""
    otherwise: str
    """What the stage does with text in a language it does not list."""
    details: str = ""
    """Which parts of the stage work in which languages, where they differ."""

    def covers(self, code: str) -> bool:
        """True when the stage repairs text in language ``code``."""
        return EVERY_LANGUAGE in self.languages or code in self.languages

    def describe(self) -> str:
        """One line for people: the languages, then the details.

        >>> LanguageSupport(("en",), "left unchanged", "spin: English only").describe()
        'en; spin: English only; other languages: left unchanged'
        """
        langs = "every language" if EVERY_LANGUAGE in self.languages else ", ".join(self.languages)
        parts = [langs, self.details] if self.details else [langs]
        if self.otherwise:
            parts.append(f"other languages: {self.otherwise}")
        return "; ".join(parts)
