"""Corpus mode: lines that repeat across many documents of one site are chrome.

The cc_net idea (drop lines seen on many pages), made safer. A line counts as
a site's chrome only when

* it is on at least ``min_docs`` documents of the group and on ``min_share`` of them, and
* it is much more frequent in this group than in the others (``specificity``),
  so a line that is merely common English ("Thank you.", "He declined to
  comment.") is never learned: it is common everywhere, not on one site;
* and, with a single group to learn from (nothing to compare with), it is not a
  line of prose.

Learn once over a corpus (``learn_repeated_lines``, or ``textrepair learn-chrome``),
save it as JSON, and pass it to the chrome stage with each document's group
(``RepairConfig(chrome_corpus=PATH, chrome_group=...)``, or ``--group-key``).

>>> docs = [("a.com", f"Menu\\nSubscribe today\\nStory {i} of the port.\\n") for i in range(4)]
>>> docs += [("b.com", f"Home\\nStory {i} about the market.\\n") for i in range(4)]
>>> sorted(learn_repeated_lines(docs).lines_for("a.com"))
['menu', 'subscribe today']
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from textrepair.chrome.lines import document_lines
from textrepair.chrome.rules import is_prose

__all__ = ["RepeatedLines", "learn_repeated_lines", "load_repeated_lines", "normalize_line"]

FORMAT = "textrepair-repeated-lines"
_SPACE = re.compile(r"\s+")


def normalize_line(line: str) -> str:
    """The form lines are compared in: lower-cased, spaces collapsed."""
    return _SPACE.sub(" ", line.strip()).lower()


@dataclass(frozen=True)
class RepeatedLines:
    """The chrome lines learned for each group, with how many documents each group had."""

    groups: dict[str, frozenset[str]]
    documents: dict[str, int]

    def lines_for(self, group: str | None) -> frozenset[str]:
        """The learned chrome lines of ``group`` (empty for an unknown group)."""
        return self.groups.get(group or "", frozenset())

    def save(self, path: str | Path) -> None:
        """Write the learned lines as JSON."""
        data = {
            "format": FORMAT,
            "version": 1,
            "documents": self.documents,
            "groups": {g: sorted(lines) for g, lines in sorted(self.groups.items())},
        }
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")


def learn_repeated_lines(
    docs: Iterable[tuple[str, str]],
    *,
    min_docs: int = 3,
    min_share: float = 0.05,
    specificity: float = 5.0,
) -> RepeatedLines:
    """Learn each group's repeated lines from ``(group, text)`` pairs.

    Lines are the units the chrome stage scores and matches
    (:func:`textrepair.chrome.lines.document_lines`: a hard-wrapped paragraph
    is one line).
    """
    per_group: dict[str, Counter[str]] = {}
    documents: Counter[str] = Counter()
    overall: Counter[str] = Counter()
    for group, text in docs:
        lines = {normalize_line(line.text) for line in document_lines(text)}
        lines = {line for line in lines if any(c.isalpha() for c in line)}
        per_group.setdefault(group, Counter()).update(lines)
        overall.update(lines)
        documents[group] += 1
    total = sum(documents.values())
    learned: dict[str, frozenset[str]] = {}
    for group, counts in per_group.items():
        n = documents[group]
        others = total - n
        keep = set()
        for line, count in counts.items():
            if count < min_docs or count < min_share * n:
                continue
            if others:
                elsewhere = (overall[line] - count) / others
                if count / n < specificity * elsewhere:
                    continue  # common everywhere: not this site's chrome
            elif is_prose(line):
                continue  # one group only: prose may just be common English
            keep.add(line)
        if keep:
            learned[group] = frozenset(keep)
    return RepeatedLines(learned, dict(documents))


@lru_cache(maxsize=8)
def load_repeated_lines(path: str) -> RepeatedLines:
    """Read lines learned by :func:`learn_repeated_lines` (cached per process)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read learned chrome lines from {path}: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path} is not a file written by `textrepair learn-chrome`")
    groups = {g: frozenset(lines) for g, lines in data["groups"].items()}
    return RepeatedLines(groups, dict(data.get("documents", {})))
