"""The review page of a whole batch run: counts, charts, the hardest-hit documents, rejects.

:class:`BatchReport` takes the run's records one at a time (the repaired text
and its ``textrepair`` report, with the edits) and keeps only what the page
shows: fixed-size histograms, the documents with the most edits and the highest
spin scores (``top`` of each), and the first rejects. Memory does not grow with
the corpus. Totals come from the run's counters, so they cover every record,
including outputs a resumed run did not redo.

>>> report = BatchReport(top=2)
>>> report.add("doc-1", "don’t", {"edits": {"encoding": 1}, "chars_removed": 3,
...            "chars_added": 1, "explain": [{"stage": "encoding", "start": 3, "end": 6,
...            "before": "â€™", "after": "’", "reason": "mojibake", "confidence": 0.9}]})
>>> page = report.html({"records_in": 1, "records_out": 1, "edits_encoding": 1})
>>> "doc-1" in page and "don<span" in page and "<del>â€™</del><ins>’</ins>" in page
True
"""

from __future__ import annotations

import heapq
import html
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from textrepair.review.charts import bar_chart, histogram
from textrepair.review.render import HtmlPage, article_html, escape_text, page_html
from textrepair.review.view import DocumentView

__all__ = ["BatchReport", "report_html"]

_NUMBER = regex.compile(r"\d[\d,.]*")


@dataclass(frozen=True)
class _Kept:
    title: str
    text: str
    report: dict[str, Any]
    edits: int  # edits on the input (each stage's own, summed, when they were not kept)


class BatchReport:
    """Collects what a batch report shows, one record at a time, in bounded memory."""

    def __init__(self, top: int = 20, rejects_shown: int = 200, bins: int = 20) -> None:
        self.top = top
        self.rejects_shown = rejects_shown
        self.bins = bins
        self.chrome_share = [0] * bins
        self.spin_scores = [0] * bins
        self.thresholds: Counter[float] = Counter()
        self.documents = 0
        self._seq = itertools.count()
        self._most_edits: list[tuple[float, int, _Kept]] = []
        self._most_spun: list[tuple[float, int, _Kept]] = []
        self.rejects: list[dict[str, Any]] = []
        self.reject_kinds: Counter[str] = Counter()

    def _bin(self, value: float) -> int:
        return min(max(int(value * self.bins), 0), self.bins - 1)

    def _keep(self, heap: list[tuple[float, int, _Kept]], key: float, kept: _Kept) -> None:
        item = (key, -next(self._seq), kept)  # ties: the earlier document stays
        if len(heap) < self.top:
            heapq.heappush(heap, item)
        elif item[:2] > heap[0][:2]:
            heapq.heapreplace(heap, item)

    def add(self, title: str, text: str, report: dict[str, Any]) -> None:
        """Count one repaired record: its repaired ``text`` and ``textrepair`` report."""
        self.documents += 1
        edits = len(report["explain"]) if "explain" in report else sum(report["edits"].values())
        chars_in = len(text) + report.get("chars_removed", 0) - report.get("chars_added", 0)
        chrome = report.get("chrome")
        if chrome is not None and chars_in > 0:
            self.chrome_share[self._bin(chrome.get("chars_removed", 0) / chars_in)] += 1
        kept = _Kept(title, text, report, edits)
        if edits:
            self._keep(self._most_edits, edits, kept)
        spin = report.get("spin")
        if spin is not None and spin.get("language") is not None:
            self.spin_scores[self._bin(float(spin["score"]))] += 1
            if "threshold" in spin:
                self.thresholds[float(spin["threshold"])] += 1
            self._keep(self._most_spun, float(spin["score"]), kept)

    def add_reject(self, source: str, line: int, reason: str) -> None:
        """Count one rejected record and keep the first ones to list."""
        self.reject_kinds[_NUMBER.sub("N", reason)] += 1
        if len(self.rejects) < self.rejects_shown:
            self.rejects.append({"source": source, "line": line, "reason": reason})

    def add_rejects(self, rejects: Iterable[Mapping[str, Any]]) -> None:
        """Count rejects as a rejects file holds them (``source``, ``line``, ``reason``)."""
        for reject in rejects:
            self.add_reject(
                str(reject.get("source", "")),
                int(reject.get("line", 0)),
                str(reject.get("reason", "")),
            )

    def html(self, counters: Mapping[str, Any], title: str = "textrepair batch report") -> HtmlPage:
        """The report as one self-contained HTML page."""
        return page_html(title, self._body(counters, title))

    # ------------------------------------------------------------------ parts

    def _cards(self, c: Mapping[str, Any]) -> str:
        edits = sum(v for k, v in c.items() if k.startswith("edits_") and isinstance(v, int))
        cards = [
            ("records in", c.get("records_in", 0)),
            ("records out", c.get("records_out", 0)),
            ("rejected", c.get("rejected", 0)),
            ("documents changed", c.get("documents_changed", 0)),
            ("MB in (UTF-8)", round(c.get("bytes_in", 0) / 1e6, 2)),
            ("MB out (UTF-8)", round(c.get("bytes_out", 0) / 1e6, 2)),
            ("characters in", c.get("chars_in", 0)),
            ("characters out", c.get("chars_out", 0)),
            ("edits", edits),
        ]
        if "documents_spun" in c:
            cards.append(("documents spun", c["documents_spun"]))
        return (
            '<div class="cards">'
            + "".join(
                f'<div class="card" data-count="{html.escape(name)}"><b>{value:,}</b>'
                f"<span>{html.escape(name)}</span></div>"
                for name, value in cards
            )
            + "</div>"
        )

    def _charts(self, c: Mapping[str, Any]) -> str:
        figures: list[str] = []
        stages = [
            (k.removeprefix("edits_"), v)
            for k, v in c.items()
            if k.startswith("edits_") and isinstance(v, int)
        ]
        if stages:
            figures.append(
                _figure(
                    "Edits per stage (each on the text it was given)",
                    bar_chart(stages, "edits per stage"),
                    "edits-per-stage",
                )
            )
        languages = _languages(c)
        if languages:
            top = sorted(languages.items(), key=lambda kv: -kv[1][0])[:12]
            figures.append(
                _figure(
                    "Documents per language (top 12)",
                    bar_chart([(k, v[0]) for k, v in top], "documents per language"),
                    "documents-per-language",
                )
            )
        if sum(self.chrome_share):
            figures.append(
                _figure(
                    "Share of each document removed as chrome",
                    histogram(self.chrome_share, 0.0, 1.0, "chrome share", "share of characters"),
                    "chrome-share",
                )
            )
        if sum(self.spin_scores):
            threshold = self.thresholds.most_common(1)[0][0] if self.thresholds else None
            figures.append(
                _figure(
                    "Spin scores (the line is the threshold)",
                    histogram(
                        self.spin_scores,
                        0.0,
                        1.0,
                        "spin scores",
                        "spin score",
                        marker=threshold,
                        marker_label=f"threshold {threshold:.3f}" if threshold is not None else "",
                    ),
                    "spin-scores",
                )
            )
        if not figures:
            return ""
        return f'<h2>Charts</h2><div class="charts">{"".join(figures)}</div>'

    def _language_table(self, c: Mapping[str, Any]) -> str:
        languages = _languages(c)
        if not languages:
            return ""
        rows = "".join(
            f'<tr data-language="{html.escape(code)}"><td>{html.escape(code)}</td>'
            f"<td class='num'>{docs:,}</td><td class='num'>{edits:,}</td>"
            f"<td class='num'>{edits / max(docs, 1):.2f}</td></tr>"
            for code, (docs, edits) in sorted(languages.items(), key=lambda kv: -kv[1][0])
        )
        return (
            "<h2>Languages</h2><table class='languages'><thead><tr><th>language</th>"
            "<th class='num'>documents</th><th class='num'>edits</th>"
            f"<th class='num'>edits per document</th></tr></thead><tbody>{rows}</tbody></table>"
        )

    def _ranked(self) -> tuple[str, str]:
        """The tables of the documents kept, and their review sections (each shown once)."""
        anchors: dict[int, str] = {}
        sections: list[str] = []

        def anchor(kept: _Kept) -> str:
            if id(kept) not in anchors:
                key = f"d{len(anchors)}-"
                anchors[id(kept)] = key
                view = DocumentView.from_record(kept.text, kept.report, kept.title)
                sections.append(
                    f'<details class="doc-review" id="{key}"><summary>{escape_text(kept.title)}'
                    f"</summary>{article_html(view, key, 'h3')}</details>"
                )
            return anchors[id(kept)]

        tables: list[str] = []
        for caption, heap, cls in (
            ("Documents with the most edits", self._most_edits, "most-edits"),
            ("Documents with the highest spin scores", self._most_spun, "most-spun"),
        ):
            if not heap:
                continue
            rows = []
            for rank, (_, _, kept) in enumerate(sorted(heap, key=lambda t: (-t[0], -t[1])), 1):
                key = anchor(kept)
                report = kept.report
                spin = report.get("spin") or {}
                score = f"{float(spin['score']):.3f}" if spin.get("language") else "–"
                rows.append(
                    f'<tr><td class="num">{rank}</td><td><a href="#{key}">'
                    f"{escape_text(kept.title)}</a></td><td class='num'>{kept.edits:,}</td>"
                    f"<td class='num'>{report.get('chars_removed', 0):,}</td>"
                    f"<td class='num'>{score}</td></tr>"
                )
            tables.append(
                f"<h2>{caption}</h2><table class='{cls}'><thead><tr><th class='num'>#</th>"
                "<th>document</th><th class='num'>edits</th>"
                "<th class='num'>characters removed</th><th class='num'>spin score</th></tr>"
                f"</thead><tbody>{''.join(rows)}</tbody></table>"
            )
        reviews = ""
        if sections:
            reviews = (
                "<h2>Review of those documents</h2><p class='muted'>Open one to see it with "
                "every edit in place.</p>" + "".join(sections)
            )
        return "".join(tables), reviews

    def _rejects(self, c: Mapping[str, Any]) -> str:
        total = c.get("rejected", 0)
        if not total and not self.rejects:
            return "<h2>Rejects</h2><p class='muted'>No record was rejected.</p>"
        kinds = "".join(
            f"<tr><td>{escape_text(kind)}</td><td class='num'>{n:,}</td></tr>"
            for kind, n in self.reject_kinds.most_common()
        )
        listed = "".join(
            f"<tr><td>{escape_text(str(r['source']))}</td><td class='num'>{r['line']}</td>"
            f"<td>{escape_text(str(r['reason']))}</td></tr>"
            for r in self.rejects
        )
        shown = f"the first {len(self.rejects):,} of {total:,}" if total > len(self.rejects) else ""
        return (
            f"<h2>Rejects ({total:,})</h2><table class='reject-kinds'><thead><tr><th>reason</th>"
            f"<th class='num'>records</th></tr></thead><tbody>{kinds}</tbody></table>"
            f"<h3>Rejected records{(': ' + shown) if shown else ''}</h3><table class='rejects'>"
            "<thead><tr><th>source</th><th class='num'>line</th><th>reason</th></tr></thead>"
            f"<tbody>{listed}</tbody></table>"
        )

    def _body(self, c: Mapping[str, Any], title: str) -> str:
        tables, reviews = self._ranked()
        resumed = c.get("targets_resumed", 0)
        scope = (
            f"Totals cover every record of the run; charts and lists cover the "
            f"{self.documents:,} records this run repaired"
            + (
                f" ({resumed} output(s) finished by an earlier run are counted, not drawn)."
                if resumed
                else "."
            )
        )
        return (
            f"<h1>{escape_text(title)}</h1><p class='muted'>{scope}</p>{self._cards(c)}"
            f"{self._charts(c)}{self._language_table(c)}{tables}{reviews}{self._rejects(c)}"
        )


def _figure(caption: str, svg: str, name: str) -> str:
    return f'<figure data-chart="{name}"><figcaption>{caption}</figcaption>{svg}</figure>'


def _languages(c: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    """``{code: (documents, edits)}`` from the ``language_<code>_…`` counters."""
    out: dict[str, tuple[int, int]] = {}
    for key, value in c.items():
        if key.startswith("language_") and key.endswith("_documents"):
            code = key[len("language_") : -len("_documents")]
            out[code] = (int(value), int(c.get(f"language_{code}_edits", 0)))
    return out


def report_html(
    counters: Mapping[str, Any],
    records: list[tuple[str, str, dict[str, Any]]] | None = None,
    rejects: list[dict[str, Any]] | None = None,
    title: str = "textrepair batch report",
) -> HtmlPage:
    """A batch report from a run's counters (its ``--stats`` file) and its records.

    ``records`` are ``(title, repaired text, textrepair report)`` as ``textrepair
    clean --explain`` writes them; ``rejects`` as in its rejects file.

    >>> page = report_html({"records_in": 2, "records_out": 1, "rejected": 1},
    ...                    rejects=[{"source": "a.jsonl", "line": 2, "reason": "not JSON"}])
    >>> "not JSON" in page
    True
    """
    report = BatchReport()
    for name, text, data in records or ():
        report.add(name, text, data)
    report.add_rejects(rejects or ())
    return report.html(counters, title)
