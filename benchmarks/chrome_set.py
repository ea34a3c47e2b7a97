"""Line labels and scores for the chrome benchmark and training, from the WCXB pages.

A line of a page's ``input`` is content when it is a line of the ``gold`` text,
or (four tokens or more) a run of the gold's tokens; token-level scores follow
the dataset's own definition: bag-of-words precision, recall and F1 of the
``\\w+`` tokens, lower-cased, with multiplicity, per page.
"""

from __future__ import annotations

import re
from collections import Counter

from textrepair.chrome.lines import Line

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens."""
    return _TOKEN.findall(text.lower())


def line_labels(lines: list[Line], gold: str) -> list[int]:
    """1 for each line that belongs to the gold text, 0 for chrome."""
    gold_lines = {" ".join(tokens(line)) for line in gold.splitlines() if line.strip()}
    gold_seq = " " + " ".join(tokens(gold)) + " "
    out = []
    for line in lines:
        norm = " ".join(tokens(line.text))
        inside = bool(norm) and (
            norm in gold_lines or (norm.count(" ") >= 3 and f" {norm} " in gold_seq)
        )
        out.append(int(inside))
    return out


def token_f1(output: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``output`` against ``gold``."""
    out, ref = Counter(tokens(output)), Counter(tokens(gold))
    common = sum((out & ref).values())
    if not out and not ref:
        return 1.0, 1.0, 1.0
    precision = common / max(sum(out.values()), 1)
    recall = common / max(sum(ref.values()), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    return precision, recall, f1


def snippets_kept(output: str, snippets: list[str]) -> tuple[int, int]:
    """How many of ``snippets`` are still in ``output`` (compared as token runs)."""
    seq = " " + " ".join(tokens(output)) + " "
    kept = sum(f" {' '.join(tokens(s))} " in seq for s in snippets if tokens(s))
    return kept, sum(1 for s in snippets if tokens(s))
