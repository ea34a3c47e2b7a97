"""Draw each suite's headline comparison as an SVG in docs/images, from RESULTS.md itself.

The figures are read from the tables the suites wrote, never from a second measurement,
so a figure's numbers are RESULTS.md's numbers: every bar and point is labelled with the
cell it came from, as it is written there. Each suite redraws its figure after writing its
section; ``python -m benchmarks figures`` redraws them all. Plotting needs matplotlib (the
``bench`` extra); the library never imports this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.results import RESULTS

IMAGES = Path(__file__).resolve().parents[1] / "docs" / "images"
Table = list[dict[str, str]]


def section(text: str, suite: str) -> str:
    """The body of ``suite``'s section of RESULTS.md."""
    match = re.search(rf"<!-- {suite}:start -->(.*?)<!-- {suite}:end -->", text, re.S)
    if match is None:
        raise KeyError(f"RESULTS.md has no {suite} section")
    return match.group(1)


def table(body: str, heading: str | None = None) -> Table:
    """The first markdown table after ``### heading`` (or in ``body``), as rows of cells.

    >>> table("### A\\n\\n| x | y |\\n|---|---|\\n| a | **1.5** |\\n", "A")
    [{'x': 'a', 'y': '**1.5**'}]
    """
    if heading is not None:
        start = body.find(f"### {heading}")
        if start < 0:
            raise KeyError(f"no heading {heading!r}")
        body = body[start:]
    lines = body.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[first:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    header, body_rows = rows[0], rows[2:]
    return [dict(zip(header, row, strict=False)) for row in body_rows]


def shown(cell: str) -> str:
    """A cell as printed, without markdown emphasis: ``**0.905**`` -> ``0.905``."""
    return cell.replace("**", "").strip()


def number(cell: str) -> float:
    """The number in a cell: ``**0.998**`` -> 0.998, ``99.3%`` -> 99.3, ``8.8×`` -> 8.8."""
    match = re.search(r"-?\d[\d,]*\.?\d*", cell)
    if match is None:
        raise ValueError(f"no number in {cell!r}")
    return float(match.group().replace(",", ""))


@dataclass(frozen=True)
class Series:
    name: str
    labels: list[str]  # the category (bar) or x label of each point
    cells: list[str]  # the values as RESULTS.md prints them

    @property
    def values(self) -> list[float]:
        return [number(c) for c in self.cells]


@dataclass(frozen=True)
class Figure:
    suite: str
    file: str
    title: str
    axis: str
    series: list[Series]
    kind: str = "bars"  # bars | scatter
    limit: float | None = None  # a target line
    x_axis: str = ""


def _encoding(body: str) -> Figure:
    rows = table(body, "Throughput")
    peers = [k for k in rows[0] if k.endswith("MB/s")]
    return Figure(
        "encoding",
        "bench-encoding.svg",
        "Mojibake repair throughput, single core (MB/s; higher is better)",
        "MB/s",
        [
            Series(p.removesuffix(" MB/s"), [r["corpus"] for r in rows], [r[p] for r in rows])
            for p in peers
        ],
    )


def _spacing(body: str) -> Figure:
    rows = table(body, "Glued words (generated)")
    return Figure(
        "spacing",
        "bench-spacing.svg",
        "Glued words: runs repaired against false splits (held-out WCXB pages)",
        "glued runs repaired (%)",
        [
            Series(
                r["tool"], [r["false splits per 1,000 correct tokens"]], [r["glued runs repaired"]]
            )
            for r in rows
        ],
        kind="scatter",
        x_axis="false splits per 1,000 correct tokens (log scale)",
    )


def _chrome(body: str) -> Figure:
    rows = [
        r
        for r in table(body, "English article pages")
        if r["rendering"] in ("blocks", "html2text", "markdownify")
    ]
    labels = [f"{r['source (left out)']} {r['rendering']}" for r in rows]
    names = [k for k in rows[0] if k not in ("source (left out)", "pages", "rendering")]
    return Figure(
        "chrome",
        "bench-chrome.svg",
        "Chrome removal on English articles, each source left out of training (token F1)",
        "token F1",
        [Series(shown(name), labels, [r[name] for r in rows]) for name in names],
    )


def _spin(body: str) -> Figure:
    rows = [r for r in table(body, "Headline") if r["genre left out"]]
    labels = [f"{r['fold: spinner left out']} / {r['genre left out']}" for r in rows]
    names = ["AUC 5 %", "AUC 10 %", "short AUC 10 %"]
    return Figure(
        "spin",
        "bench-spin.svg",
        "Spin detection on a spinner and a genre left out of training (ROC-AUC)",
        "ROC-AUC (clean vs spun)",
        [Series(n, labels, [r[n] for r in rows]) for n in names],
        limit=0.98,
    )


def _batch(body: str) -> Figure:
    rows = table(body)
    return Figure(
        "batch",
        "bench-batch.svg",
        "textrepair clean on a 100,000-document corpus (documents/s; higher is better)",
        "documents/s",
        [
            Series(
                "documents/s",
                [r["run"].replace("`", "") for r in rows],
                [r["documents/s"] for r in rows],
            )
        ],
    )


def _language(body: str) -> Figure:
    rows = table(body, "Identifiers")
    columns = ["fundus documents", "fundus short lines", "EWT short sentences (en)"]
    names = [shown(r["identifier"]) for r in rows]
    return Figure(
        "language",
        "bench-language.svg",
        "Language identification accuracy",
        "accuracy",
        [Series(c, names, [r[c] for r in rows]) for c in columns],
    )


def _adversarial(body: str) -> Figure:
    rows = table(body)
    return Figure(
        "adversarial",
        "bench-adversarial.svg",
        "Adversarial inputs: time growth when the input grows 4× (target ≤ 5)",
        "time at 4× input / time at 1×",
        [Series("growth at 4x", [r["shape"] for r in rows], [r["growth at 4x"] for r in rows])],
        limit=5.0,
    )


def _throughput(text: str) -> Figure:
    """Every stage's MB/s on one corpus (the chrome suite's run) beside ftfy's."""
    stages = table(section(text, "chrome"), "Throughput")
    encoding = table(section(text, "encoding"), "Throughput")
    pages = next(r for r in encoding if "whole pages" in r["corpus"])
    column = next(k for k in stages[0] if "MB/s" in k)
    labels = [r["stage"] for r in stages] + ["ftfy.fix_text (default; encoding suite)"]
    cells = [r[column] for r in stages] + [pages["ftfy.fix_text (default) MB/s"]]
    return Figure(
        "throughput",
        "bench-throughput.svg",
        "Throughput per stage on whole WCXB pages, single core (MB/s)",
        "MB/s",
        [Series("MB/s", labels, cells)],
    )


FIGURES: dict[str, Callable[[str], Figure]] = {
    "encoding": _encoding,
    "spacing": _spacing,
    "chrome": _chrome,
    "spin": _spin,
    "batch": _batch,
    "language": _language,
    "adversarial": _adversarial,
}
# Figures that read more than one suite's section, redrawn when any of them is rewritten.
COMBINED: dict[str, tuple[tuple[str, ...], Callable[[str], Figure]]] = {
    "throughput": (("encoding", "chrome"), _throughput),
}


def figures_of(suite: str, text: str) -> list[Figure]:
    """The figures that depend on ``suite``'s section of RESULTS.md ``text``."""
    out = [FIGURES[suite](section(text, suite))] if suite in FIGURES else []
    return out + [make(text) for suites, make in COMBINED.values() if suite in suites]


def all_figures(text: str) -> list[Figure]:
    return [make(section(text, s)) for s, make in FIGURES.items()] + [
        make(text) for _, make in COMBINED.values()
    ]


def render(figure: Figure) -> str:
    """The figure as SVG text (deterministic: fixed hash salt, no date, text kept as text)."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.hashsalt": "textrepair", "svg.fonttype": "none", "font.size": 9})
    fig = _bars(plt, figure) if figure.kind == "bars" else _scatter(plt, figure)
    fig.suptitle(figure.title, fontsize=10)
    out = io.StringIO()
    fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    return out.getvalue()


def _bars(plt: Any, figure: Figure) -> Any:
    labels = figure.series[0].labels
    n = len(figure.series)
    fig, ax = plt.subplots(figsize=(8, 0.5 + 0.28 * len(labels) * max(n, 1.5)))
    height = 0.8 / n
    top = max(max(s.values) for s in figure.series)
    for k, series in enumerate(figure.series):
        ys = [i + (k - (n - 1) / 2) * height for i in range(len(labels))]
        bars = ax.barh(ys, series.values, height=height * 0.95, label=series.name)
        for bar, cell in zip(bars, series.cells, strict=True):
            ax.text(bar.get_width() + top * 0.01, bar.get_y() + bar.get_height() / 2,
                    shown(cell), va="center", fontsize=7)  # fmt: skip
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_xlabel(figure.axis)
    ax.set_xlim(0, top * 1.15)
    if figure.limit is not None:
        ax.axvline(figure.limit, color="firebrick", linestyle="--", linewidth=1)
    if n > 1:
        ax.legend(loc="lower right", fontsize=7)
    return fig


def _scatter(plt: Any, figure: Figure) -> Any:
    fig, ax = plt.subplots(figsize=(7, 4))
    for i, series in enumerate(sorted(figure.series, key=lambda s: -s.values[0])):
        x, y = number(series.labels[0]), series.values[0]
        ax.scatter([x], [y], s=40)
        ax.annotate(f"{series.name}: {shown(series.cells[0])}, {series.labels[0]}", (x, y),
                    textcoords="offset points", xytext=(-8, 8 if i % 2 else -12),
                    ha="right", fontsize=7)  # fmt: skip
    ax.set_xscale("log")
    ax.set_xlabel(figure.x_axis)
    ax.set_ylabel(figure.axis)
    ax.margins(x=0.6, y=0.15)
    return fig


def draw(figures: list[Figure], folder: Path = IMAGES) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for figure in figures:
        path = folder / figure.file
        path.write_text(render(figure), encoding="utf-8")
        paths.append(path)
    return paths


def draw_suite(suite: str) -> list[Path]:
    """Redraw the figures that read ``suite``'s section (called after the suite writes)."""
    return draw(figures_of(suite, RESULTS.read_text(encoding="utf-8")))


def draw_all() -> list[Path]:
    """Redraw every figure from RESULTS.md: ``python -m benchmarks figures``."""
    return draw(all_figures(RESULTS.read_text(encoding="utf-8")))
