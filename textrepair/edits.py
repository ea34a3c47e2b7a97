"""The edit model: every change textrepair makes is an :class:`Edit`.

An edit replaces ``text[start:end]`` (which must equal ``before``) by ``after``.
A list of edits is *applicable* to a text when its edits are sorted by position
and do not overlap (each starts at or after the end of the one before); several
insertions at one position are applied in list order. Three operations keep the model lossless:

* :func:`apply_edits` replays edits on the text they were made for;
* :func:`invert_edits` turns edits on an input into edits on the output that
  give the input back;
* :func:`compose_edits` merges two successive batches (a stage run on the output
  of the previous one) into one batch on the original input.

>>> text = "caf\\u00c3\\u00a9 au lait"
>>> edits = [Edit("encoding", 3, 5, "\\u00c3\\u00a9", "\\u00e9", "mojibake", 0.95)]
>>> fixed = apply_edits(text, edits)
>>> fixed
'café au lait'
>>> apply_edits(fixed, invert_edits(edits)) == text
True
"""

from __future__ import annotations

import bisect
import difflib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

__all__ = [
    "Edit",
    "EditError",
    "apply_edits",
    "compose_edits",
    "diff_edits",
    "invert_edits",
    "shift_edits",
]

# Diffs are aligned in linear time: the two texts are walked together and, where they
# differ, re-synchronised on the nearest run of six equal characters within 16 on each
# side (found by str.find, in C), or of three within 48 where damage is denser than that
# (a control character every four). Long anchors come first: short ones recur by chance
# in dense mojibake. Only a differing region of at most _DIFFLIB_CELLS (its two lengths
# multiplied) is refined by difflib, whose alignment is cubic on repetitive text
# ("a\x00b " * 400 took 12 s as one region).
_ANCHORS = ((6, 16), (3, 48))  # (anchor length, window)
_DIFFLIB_CELLS = 48 * 48
_STRIDE = 64  # equal stretches are skipped this many characters at a time


class EditError(ValueError):
    """Raised when edits do not fit the text they are applied to."""


@dataclass(frozen=True, slots=True)
class Edit:
    """One explained change: ``text[start:end] == before`` becomes ``after``.

    ``start`` and ``end`` are positions in the text the edit applies to (for the
    edits of a :class:`~textrepair.RepairResult`, the original input).

    >>> e = Edit("encoding", 0, 2, "Ã©", "é", "UTF-8 read as Windows-1252", 0.95)
    >>> e.to_dict()["after"]
    'é'
    >>> Edit.from_dict(e.to_dict()) == e
    True
    """

    stage: str
    start: int
    end: int
    before: str
    after: str
    reason: str
    confidence: float

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise EditError(f"bad span [{self.start}, {self.end}) in {self!r}")
        if self.end - self.start != len(self.before):
            raise EditError(f"span length does not match `before` in {self!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise EditError(f"confidence must be in [0, 1] in {self!r}")

    def to_dict(self) -> dict[str, str | int | float]:
        """Return a JSON-serialisable dict of this edit."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Edit:
        """Build an edit from :meth:`to_dict` output (for example, read from JSON)."""
        return cls(
            stage=str(data["stage"]),
            start=int(str(data["start"])),
            end=int(str(data["end"])),
            before=str(data["before"]),
            after=str(data["after"]),
            reason=str(data["reason"]),
            confidence=float(str(data["confidence"])),
        )

    def shifted(self, offset: int) -> Edit:
        """Return this edit moved by ``offset`` characters."""
        return Edit(
            self.stage,
            self.start + offset,
            self.end + offset,
            self.before,
            self.after,
            self.reason,
            self.confidence,
        )


def _check_order(edits: Sequence[Edit]) -> None:
    for prev, cur in itertools.pairwise(edits):
        if cur.start < prev.end:
            raise EditError(f"edits overlap or are out of order: {prev!r} then {cur!r}")


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Replay ``edits`` on ``text`` and return the result.

    Raises :class:`EditError` when an edit's ``before`` is not what the text
    holds at its span, or when the edits overlap.

    >>> apply_edits("a  b", [Edit("spacing", 1, 3, "  ", " ", "double space", 1.0)])
    'a b'
    """
    _check_order(edits)
    parts: list[str] = []
    pos = 0
    for edit in edits:
        if edit.end > len(text) or text[edit.start : edit.end] != edit.before:
            found = text[edit.start : edit.end]
            raise EditError(f"text holds {found!r} where {edit!r} expects {edit.before!r}")
        parts.append(text[pos : edit.start])
        parts.append(edit.after)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


def invert_edits(edits: Sequence[Edit]) -> list[Edit]:
    """Return edits that turn the output of ``edits`` back into their input.

    >>> edits = [Edit("encoding", 4, 6, "Â®", "®", "mojibake", 0.9)]
    >>> invert_edits(edits)[0].after
    'Â®'
    """
    _check_order(edits)
    out: list[Edit] = []
    delta = 0
    for edit in edits:
        start = edit.start + delta
        out.append(
            Edit(
                edit.stage,
                start,
                start + len(edit.after),
                edit.after,
                edit.before,
                edit.reason,
                edit.confidence,
            )
        )
        delta += len(edit.after) - len(edit.before)
    return out


def shift_edits(edits: Iterable[Edit], offset: int) -> list[Edit]:
    """Move every edit by ``offset`` characters (for edits found in a slice)."""
    return [edit.shifted(offset) for edit in edits]


def _common_prefix(first: str, second: str) -> int:
    """Length of the longest common prefix, compared ``_STRIDE`` characters at a time."""
    n = min(len(first), len(second))
    i = 0
    while i + _STRIDE <= n and first[i : i + _STRIDE] == second[i : i + _STRIDE]:
        i += _STRIDE
    while i < n and first[i] == second[i]:
        i += 1
    return i


def _resync(before: str, after: str, i: int, j: int) -> tuple[int, int] | None:
    """The nearest ``(i2, j2)`` past a difference at ``(i, j)`` where both texts agree again.

    Nearest means the fewest characters skipped on both sides together, among
    points where an anchor of :data:`_ANCHORS` characters agrees (the longer
    anchor where there is one near), within its window on each side;
    ``None`` when there is none.
    """
    n_after = len(after)
    for anchor, window in _ANCHORS:
        best: tuple[int, int] | None = None
        best_cost = 2 * window + 1
        for x in range(min(window, len(before) - i - anchor) + 1):
            if x >= best_cost:
                break
            reach = min(window, best_cost - x - 1)
            y = after.find(before[i + x : i + x + anchor], j, min(n_after, j + reach + anchor))
            if y >= 0 and x + y - j < best_cost:
                best, best_cost = (i + x, y), x + y - j
        if best is not None:
            return best
    return None


def _differing_regions(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """``(b0, b1, a0, a1)`` for each stretch where ``before`` and ``after`` differ; linear time."""
    regions: list[tuple[int, int, int, int]] = []
    i = j = 0
    n_before, n_after = len(before), len(after)
    while i < n_before and j < n_after:
        if before[i] == after[j]:
            step = _STRIDE if before[i : i + _STRIDE] == after[j : j + _STRIDE] else 1
            i, j = i + step, j + step
            continue
        found = _resync(before, after, i, j)
        if found is None:  # nothing agrees nearby: the rest is one region
            break
        regions.append((i, found[0], j, found[1]))
        i, j = found
    if i < n_before or j < n_after:
        regions.append((i, n_before, j, n_after))
    return regions


def _opcodes(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """The differing stretches, each small region refined by difflib."""
    out: list[tuple[int, int, int, int]] = []
    for b0, b1, a0, a1 in _differing_regions(before, after):
        if (b1 - b0) * (a1 - a0) > _DIFFLIB_CELLS or b0 == b1 or a0 == a1:
            out.append((b0, b1, a0, a1))
            continue
        matcher = difflib.SequenceMatcher(None, before[b0:b1], after[a0:a1], autojunk=False)
        out.extend(
            (b0 + p0, b0 + p1, a0 + q0, a0 + q1)
            for op, p0, p1, q0, q1 in matcher.get_opcodes()
            if op != "equal"
        )
    return out


def diff_edits(before: str, after: str, stage: str, reason: str, confidence: float) -> list[Edit]:
    """Describe the change from ``before`` to ``after`` as a list of small edits.

    Unchanged text is never part of an edit except where the alignment needs
    it. Time is linear in the texts' length: the texts are aligned by
    re-synchronising on short runs of equal characters, and only small regions
    are refined by difflib; a stretch where nothing agrees nearby becomes one edit.

    >>> [(e.before, e.after) for e in diff_edits("a Ã© b Ã¨", "a é b è", "s", "r", 1.0)]
    [('Ã©', 'é'), ('Ã¨', 'è')]
    >>> len(diff_edits("a\\x00b " * 5000, "ab " * 5000, "s", "r", 1.0))
    5000
    """
    if before == after:
        return []
    # Trim the common prefix and suffix first: cheap, and it keeps the alignment small.
    lo = _common_prefix(before, after)
    tail = _common_prefix(before[lo:][::-1], after[lo:][::-1])
    hi_b, hi_a = len(before) - tail, len(after) - tail
    mid_b, mid_a = before[lo:hi_b], after[lo:hi_a]
    if not mid_b or not mid_a:
        return [Edit(stage, lo, hi_b, mid_b, mid_a, reason, confidence)]
    edits: list[Edit] = []
    for b0, b1, a0, a1 in _opcodes(mid_b, mid_a):
        if edits and edits[-1].end == lo + b0:
            # a replace next to an insert is reported as two ops: keep one edit.
            last = edits.pop()
            edits.append(
                Edit(
                    stage,
                    last.start,
                    lo + b1,
                    last.before + mid_b[b0:b1],
                    last.after + mid_a[a0:a1],
                    reason,
                    confidence,
                )
            )
            continue
        edits.append(Edit(stage, lo + b0, lo + b1, mid_b[b0:b1], mid_a[a0:a1], reason, confidence))
    return edits


def _merge_reason(members: Sequence[Edit]) -> str:
    """Explain a merged edit: the last change, then what earlier stages did there."""
    last = members[-1]
    earlier: list[str] = []
    for edit in members[:-1]:
        note = f"{edit.stage}: {edit.reason}"
        if note not in earlier and edit.reason != last.reason:
            earlier.append(note)
    if not earlier:
        return last.reason
    return f"{last.reason} (after {'; '.join(earlier)})"


def compose_edits(text: str, first: Sequence[Edit], second: Sequence[Edit]) -> list[Edit]:
    """Merge two successive batches of edits into one batch on ``text``.

    ``first`` applies to ``text``; ``second`` applies to the result of ``first``.
    The returned edits apply to ``text`` and give the result of both. Where an
    edit of ``second`` touches an edit of ``first``, the two become one edit
    whose stage is the later one and whose reason mentions both.

    >>> first = [Edit("encoding", 0, 2, "Ã©", "é", "mojibake", 0.9)]
    >>> second = [Edit("chrome", 0, 3, "é x", "", "chrome line", 0.8)]
    >>> merged = compose_edits("Ã© x", first, second)
    >>> (merged[0].before, merged[0].after, merged[0].stage)
    ('Ã© x', '', 'chrome')
    """
    if not first:
        return list(second)
    if not second:
        return list(first)
    middle = apply_edits(text, first)
    _check_order(second)

    # Position of each first-edit's output in the middle text.
    spans: list[tuple[int, int]] = []
    delta = 0
    for edit in first:
        mid = edit.start + delta
        spans.append((mid, mid + len(edit.after)))
        delta += len(edit.after) - len(edit.before)
    span_starts = [s for s, _ in spans]
    to_input = _ToInput(first, spans)

    # A second edit joins every first edit whose output it touches (closed
    # intervals intersect); groups are the connected components of that relation.
    parent = list(range(len(first) + len(second)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for j, edit in enumerate(second):
        i = bisect.bisect_right(span_starts, edit.end) - 1
        while i >= 0 and spans[i][1] >= edit.start:
            parent[find(len(first) + j)] = find(i)
            i -= 1

    groups: dict[int, list[int]] = {}
    for node in range(len(parent)):
        groups.setdefault(find(node), []).append(node)

    out: list[tuple[int, Edit]] = []
    for nodes in groups.values():
        firsts = [n for n in nodes if n < len(first)]
        seconds = [n - len(first) for n in nodes if n >= len(first)]
        if not seconds:
            out.append((first[firsts[0]].start, first[firsts[0]]))
            continue
        if not firsts:
            edit = second[seconds[0]]
            start = to_input(edit.start)
            out.append((start, edit.shifted(start - edit.start)))
            continue
        f_lo, f_hi = spans[firsts[0]][0], spans[firsts[-1]][1]
        mid_start = min(f_lo, second[seconds[0]].start)
        mid_end = max(f_hi, second[seconds[-1]].end)
        in_start = first[firsts[0]].start if mid_start == f_lo else to_input(mid_start)
        in_end = first[firsts[-1]].end if mid_end == f_hi else to_input(mid_end)
        local = [second[j].shifted(-mid_start) for j in seconds]
        members = [first[i] for i in firsts] + [second[j] for j in seconds]
        out.append(
            (
                in_start,
                Edit(
                    members[-1].stage,
                    in_start,
                    in_end,
                    text[in_start:in_end],
                    apply_edits(middle[mid_start:mid_end], local),
                    _merge_reason(members),
                    min(m.confidence for m in members),
                ),
            )
        )
    out.sort(key=lambda pair: (pair[0], pair[1].end))
    return [edit for _, edit in out]


class _ToInput:
    """Maps a middle-text position outside every first edit's output to the input.

    Binary search over the first edits' output ends and their running length change, so
    composing stays O(n log n) however many edits there are (a scan per group was
    quadratic: 160,000 characters of dense mojibake took 9 s here alone).
    """

    def __init__(self, first: Sequence[Edit], spans: Sequence[tuple[int, int]]) -> None:
        self.ends = [end for _, end in spans]
        self.deltas = [0, *itertools.accumulate(len(e.after) - len(e.before) for e in first)]

    def __call__(self, mid_pos: int) -> int:
        return mid_pos - self.deltas[bisect.bisect_right(self.ends, mid_pos)]
