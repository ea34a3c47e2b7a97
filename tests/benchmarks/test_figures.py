"""The figures in docs/images show RESULTS.md's numbers, as RESULTS.md prints them."""

from __future__ import annotations

import html
import re

import pytest

from benchmarks.figures import IMAGES, all_figures, number, render, section, shown, table
from benchmarks.results import RESULTS


def _svg_texts(svg: str) -> str:
    """The text of every ``<text>`` element, joined (matplotlib writes one per line)."""
    return "\n".join(html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S))


def test_every_committed_figure_shows_the_numbers_in_results_md() -> None:
    figures = all_figures(RESULTS.read_text(encoding="utf-8"))
    assert len({f.file for f in figures}) == len(figures) >= 7
    for figure in figures:
        texts = _svg_texts((IMAGES / figure.file).read_text(encoding="utf-8"))
        assert figure.title in texts, figure.file
        for series in figure.series:
            for cell in series.cells:
                assert shown(cell) in texts, f"{figure.file} lacks {cell} ({series.name})"


def test_figures_are_redrawn_from_the_tables() -> None:
    pytest.importorskip("matplotlib")
    text = RESULTS.read_text(encoding="utf-8")
    chrome = next(f for f in all_figures(text) if f.suite == "chrome")
    rows = table(section(text, "chrome"), "English article pages")
    assert chrome.series[0].name == "textrepair"
    ours = next(r for r in rows if r["rendering"] == "markdownify")["**textrepair**"]
    svg = render(chrome)
    assert svg.startswith("<?xml") and shown(ours) in _svg_texts(svg)
    assert render(chrome) == svg  # deterministic: no date, fixed ids


def test_table_and_number_read_markdown_cells() -> None:
    rows = table("### A\n\n| x | y |\n|---|---|\n| a | **99.3%** |\n| b | 8.8× |\n\nafter", "A")
    assert [number(r["y"]) for r in rows] == [99.3, 8.8]
    with pytest.raises(KeyError):
        table("nothing here", "A")
