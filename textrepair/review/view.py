"""What a review page shows about one document, as plain data.

A :class:`DocumentView` holds the input text, the edits on it, the spun spans
moved onto the input's positions, the spin verdict, the language and the
stages' notes. It is built from a :class:`~textrepair.RepairResult`
(:meth:`DocumentView.from_result`) or from a record that ``textrepair clean
--explain`` wrote (:meth:`DocumentView.from_record`), and it round-trips
through JSON, so a batch report can show any document of a run.

>>> import textrepair
>>> view = DocumentView.from_result(textrepair.repair_and_explain("donâ€™t"), "x.txt")
>>> view.input_text, view.output_text, [e.stage for e in view.edits]
('donâ€™t', 'don’t', ['encoding'])
>>> DocumentView.from_dict(view.to_dict()) == view
True
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from textrepair.edits import Edit, apply_edits, invert_edits
from textrepair.pipeline import RepairResult

__all__ = ["DocumentView", "ReviewSpan", "spin_spans_on_input"]


@dataclass(frozen=True)
class ReviewSpan:
    """A spun span on the input's positions, with the words it probably replaced."""

    start: int
    end: int
    confidence: float
    reason: str
    suggestions: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (what ``--explain`` records carry as ``explain_spin``)."""
        return {
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
            "reason": self.reason,
            "suggestions": list(self.suggestions),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewSpan:
        """The span :meth:`to_dict` describes."""
        return cls(
            int(data["start"]),
            int(data["end"]),
            float(data["confidence"]),
            str(data["reason"]),
            tuple(str(s) for s in data.get("suggestions", ())),
        )


class _Back:
    """Maps positions in one stage's output back to its input, by that stage's edits."""

    def __init__(self, edits: Sequence[Edit]) -> None:
        self.edits = edits
        self.out_starts: list[int] = []
        self.out_ends: list[int] = []
        delta = 0
        for edit in edits:
            self.out_starts.append(edit.start + delta)
            self.out_ends.append(edit.start + delta + len(edit.after))
            delta += len(edit.after) - len(edit.before)

    def __call__(self, pos: int, is_end: bool) -> int:
        """The input position of output position ``pos``; inside an edit's output, its edge.

        A span starting or ending inside what an edit wrote widens to the whole edit;
        one that only touches an edit's output from outside does not take it in.
        """
        if is_end:  # the last edit whose output starts before the span's end
            i = bisect.bisect_left(self.out_starts, pos) - 1
            inside = i >= 0 and pos <= self.out_ends[i]
        else:  # the last edit whose output starts at or before the span's start
            i = bisect.bisect_right(self.out_starts, pos) - 1
            inside = i >= 0 and pos < self.out_ends[i]
        if i < 0:
            return pos
        edit = self.edits[i]
        if inside:
            return edit.end if is_end else edit.start
        return edit.end + (pos - self.out_ends[i])


def spin_spans_on_input(result: RepairResult) -> list[ReviewSpan]:
    """The spin report's spans, moved from the spin stage's input onto the document's input.

    A span inside text an earlier stage changed widens to that change.

    >>> from textrepair import RepairConfig
    >>> from textrepair.pipeline import run_pipeline
    >>> r = run_pipeline("The hepatic portal vein was open.", RepairConfig(spin=True))
    >>> all(0 <= s.start < s.end <= len(r.restore()) for s in spin_spans_on_input(r))
    True
    """
    if result.spin is None or not result.spin.spans:
        return []
    maps = [_Back(stage.edits) for stage in result.stages if stage.name != "spin"]
    out: list[ReviewSpan] = []
    for span in result.spin.spans:
        start, end = span.start, span.end
        for back in reversed(maps):
            start, end = back(start, False), back(end, True)
        out.append(ReviewSpan(start, end, span.confidence, span.reason, span.suggestions))
    return out


@dataclass(frozen=True)
class DocumentView:
    """Everything a review page shows about one document."""

    title: str
    input_text: str
    edits: tuple[Edit, ...]
    spans: tuple[ReviewSpan, ...] = ()
    spin: dict[str, Any] | None = None
    """``score``, ``spun``, ``threshold``, ``words``, ``language`` and ``note`` of the spin
    report, or ``None`` when the spin stage did not run."""
    language: dict[str, Any] | None = None
    """``code``, ``confidence``, ``reliable`` and ``identifier`` of the output's language."""
    stage_edits: dict[str, int] = field(default_factory=dict)
    """Each stage's own edits (on the text it was given), by stage, for the stages that ran."""
    notes: dict[str, str] = field(default_factory=dict)
    """What a stage left for a reader to judge, by stage."""

    @property
    def output_text(self) -> str:
        """The repaired text (the edits replayed on the input)."""
        return apply_edits(self.input_text, self.edits)

    @classmethod
    def from_result(cls, result: RepairResult, title: str = "document") -> DocumentView:
        """The view of a :func:`textrepair.repair_and_explain` result."""
        spin = None
        if result.spin is not None:
            report = result.spin
            spin = {
                "score": report.score,
                "spun": report.spun,
                "threshold": report.threshold,
                "words": report.words,
                "language": report.language,
                "note": report.note,
            }
        language = None
        if result.language is not None:
            lang = result.language
            language = {
                "code": lang.code,
                "confidence": lang.confidence,
                "reliable": lang.reliable,
                "identifier": lang.identifier,
            }
        notes = {stage.name: stage.note for stage in result.stages if stage.note}
        notes.update(result.stages_not_covering())
        return cls(
            title,
            result.restore(),
            result.edits,
            tuple(spin_spans_on_input(result)),
            spin,
            language,
            result.counts(),
            notes,
        )

    @classmethod
    def from_record(cls, text: str, report: dict[str, Any], title: str) -> DocumentView:
        """The view of a record written by ``textrepair clean --explain``.

        ``text`` is the record's repaired text and ``report`` its ``textrepair``
        field; the input is rebuilt from them by inverting the edits.
        """
        edits = tuple(Edit.from_dict(e) for e in report.get("explain", ()))
        spin = report.get("spin")
        if spin is not None:
            spin = {k: v for k, v in spin.items() if k != "spans"}
        return cls(
            title,
            apply_edits(text, invert_edits(edits)),
            edits,
            tuple(ReviewSpan.from_dict(s) for s in report.get("explain_spin", ())),
            spin,
            report.get("language"),
            dict(report.get("edits", {})),
            {"chrome": report["chrome"]["note"]} if report.get("chrome", {}).get("note") else {},
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` gives the view back."""
        return {
            "title": self.title,
            "input_text": self.input_text,
            "edits": [e.to_dict() for e in self.edits],
            "spans": [s.to_dict() for s in self.spans],
            "spin": self.spin,
            "language": self.language,
            "stage_edits": self.stage_edits,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentView:
        """The view :meth:`to_dict` describes."""
        return cls(
            str(data["title"]),
            str(data["input_text"]),
            tuple(Edit.from_dict(e) for e in data["edits"]),
            tuple(ReviewSpan.from_dict(s) for s in data["spans"]),
            data.get("spin"),
            data.get("language"),
            dict(data.get("stage_edits", {})),
            dict(data.get("notes", {})),
        )
