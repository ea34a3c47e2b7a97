"""Turn a spin report into edits that put the likely original words back (opt-in).

>>> from textrepair.spin.detect import detect_spin
>>> text = "It was a long hebdomad for the newsperson."
>>> [(e.before, e.after) for e in restore_edits(text, detect_spin(text))]
[('hebdomad', 'week'), ('newsperson', 'reporter')]
"""

from __future__ import annotations

from textrepair.edits import Edit
from textrepair.spin.detect import SpinReport
from textrepair.spin.units import sentence_start

__all__ = ["restore_edits"]


def _match_case(text: str, start: int, suggestion: str) -> str:
    """Capitalise the suggestion where a sentence starts (not after "500-Lebanese pound")."""
    if text[start : start + 1].isupper() and sentence_start(text, start):
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def restore_edits(text: str, report: SpinReport) -> list[Edit]:
    """One edit per flagged span of a document judged spun: the top suggestion replaces it.

    Nothing is restored in a document below the threshold. The suggestion is
    a lemma, as spinners write them; restoring does not re-inflect.
    """
    if not report.spun:
        return []
    edits = []
    for span in report.spans:
        if not span.suggestions or text[span.start : span.end] != span.text:
            continue
        after = _match_case(text, span.start, span.suggestions[0])
        if after == span.text:
            continue
        edits.append(
            Edit(
                "spin",
                span.start,
                span.end,
                span.text,
                after,
                f"{span.reason}; restored the likely original",
                span.confidence,
            )
        )
    return edits
