"""Run the enabled stages in order and compose their edits.

Stage order is fixed: encoding → chrome → spacing → spin. A stage is a pure
function ``(text, config) -> list[Edit]`` registered in :data:`STAGES`; only
stages that exist are registered. The spin stage also leaves its report on
:attr:`RepairResult.spin`. Each stage declares the languages it repairs
(:data:`STAGE_LANGUAGES`); the result carries the repaired text's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textrepair import chrome, encoding, spacing, spin
from textrepair.chrome import chrome_edits, chrome_stage
from textrepair.config import RepairConfig
from textrepair.edits import Edit, apply_edits, compose_edits, invert_edits
from textrepair.encoding import encoding_edits
from textrepair.language import Language, LanguageSupport, identify
from textrepair.spacing import spacing_edits
from textrepair.spin.detect import SpinReport, detect_spin
from textrepair.spin.restore import restore_edits

if TYPE_CHECKING:
    from textrepair.review.render import HtmlPage

__all__ = [
    "STAGES",
    "STAGE_LANGUAGES",
    "STAGE_ORDER",
    "RepairResult",
    "StageResult",
    "run_pipeline",
]

StageFunction = Callable[[str, RepairConfig], list[Edit]]

STAGE_ORDER: tuple[str, ...] = ("encoding", "chrome", "spacing", "spin")
"""The order stages run in."""


def spin_edits(text: str, config: RepairConfig) -> list[Edit]:
    """The spin stage as a plain stage: restoration edits when ``restore_spin`` is on."""
    if not config.restore_spin:
        return []
    return restore_edits(text, detect_spin(text, config.spin_threshold))


STAGES: dict[str, StageFunction] = {
    "encoding": encoding_edits,
    "chrome": chrome_edits,
    "spacing": spacing_edits,
    "spin": spin_edits,
}
"""Available stages by name."""

STAGE_LANGUAGES: dict[str, LanguageSupport] = {
    "encoding": encoding.LANGUAGES,
    "chrome": chrome.LANGUAGES,
    "spacing": spacing.LANGUAGES,
    "spin": spin.LANGUAGES,
}
"""What each stage does in which language, as each stage declares it."""


@dataclass(frozen=True)
class StageResult:
    """What one stage did, on the text it was given (the previous stage's output)."""

    name: str
    edits: tuple[Edit, ...]
    note: str = ""
    """What the stage left for a reader to judge: why it changed nothing when it might
    have (the chrome stage keeping a page that has no article body), or what it
    flagged and kept (a possible spliced story)."""


@dataclass(frozen=True)
class RepairResult:
    """Repaired text plus every edit that produced it.

    ``edits`` are on the original input: ``apply_edits(input, edits) == text``
    and :meth:`restore` gives the input back. ``stages`` keeps each stage's own
    edits, on that stage's input, for finer explanations.

    >>> r = run_pipeline("caf\\u00c3\\u00a9", RepairConfig())
    >>> r.text, r.restore()
    ('café', 'cafÃ©')
    >>> run_pipeline("Le gouvernement a décidé jeudi que la réforme sera votée.",
    ...              RepairConfig()).language.code
    'fr'

    """

    text: str
    edits: tuple[Edit, ...]
    stages: tuple[StageResult, ...] = field(default=())
    spin: SpinReport | None = None
    """The spin stage's report on the text it was given (``None`` when it did not run)."""
    language: Language | None = None
    """The language of the repaired text, with the identifier's confidence."""

    def restore(self) -> str:
        """Return the original input, rebuilt from the output and the edits."""
        return apply_edits(self.text, invert_edits(self.edits))

    def stages_not_covering(self) -> dict[str, str]:
        """The stages that ran but do not repair this document's language, and what they did.

        >>> r = run_pipeline("Die Regierung hat am Montag beschlossen, die Steuer zu senken.",
        ...                  RepairConfig())
        >>> r.language.code, list(r.stages_not_covering())
        ('de', ['spacing'])
        """
        if self.language is None:
            return {}
        return {
            stage.name: STAGE_LANGUAGES[stage.name].otherwise
            for stage in self.stages
            if stage.name in STAGE_LANGUAGES
            and not STAGE_LANGUAGES[stage.name].covers(self.language.code)
        }

    def to_html(self, title: str = "document") -> HtmlPage:
        """The result as a self-contained HTML review page (:mod:`textrepair.review`).

        The page shows the input with every edit in place, spun spans with their
        likely originals, the spin verdict and the language, with an input / output /
        both toggle. In Jupyter a result displays itself this way.

        >>> page = run_pipeline("donâ€™t", RepairConfig()).to_html("note.txt")
        >>> page.startswith("<!DOCTYPE html>") and 'data-stage="encoding"' in page
        True
        """
        from textrepair.review import document_html  # the review module imports this one

        return document_html(self, title)

    def _repr_html_(self) -> str:
        return self.to_html()._repr_html_()

    def counts(self) -> dict[str, int]:
        """Number of edits per stage, for stage counters in batch runs."""
        out: dict[str, int] = {}
        for stage in self.stages:
            out[stage.name] = len(stage.edits)
        return out


def _enabled(config: RepairConfig) -> list[str]:
    return [name for name in STAGE_ORDER if name in STAGES and getattr(config, name, False)]


def run_pipeline(text: str, config: RepairConfig) -> RepairResult:
    """Run every enabled stage on ``text`` and return the explained result."""
    composed: list[Edit] = []
    stages: list[StageResult] = []
    current = text
    report: SpinReport | None = None
    for name in _enabled(config):
        note = ""
        if name == "spin":
            report = detect_spin(current, config.spin_threshold)
            edits = restore_edits(current, report) if config.restore_spin else []
        elif name == "chrome":
            chrome = chrome_stage(current, config)
            edits, note = list(chrome.edits), chrome.note
        else:
            edits = STAGES[name](current, config)
        stages.append(StageResult(name, tuple(edits), note))
        if edits:
            composed = compose_edits(text, composed, edits)
            current = apply_edits(current, edits)
    return RepairResult(current, tuple(composed), tuple(stages), report, identify(current))


def repair_text(text: str, config: RepairConfig) -> str:
    """Run every enabled stage and return only the text (no composition work)."""
    for name in _enabled(config):
        edits = STAGES[name](text, config)
        if edits:
            text = apply_edits(text, edits)
    return text
