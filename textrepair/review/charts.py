"""Small charts as inline SVG, drawn here: no plotting library, no script.

Two shapes are all a report needs (horizontal bars and a histogram), and writing
them as SVG keeps review pages self-contained and the package free of a plotting
dependency (docs/dependencies.md). Every bar carries a ``<title>`` (its exact
value on hover) and ``data-value`` (for tests and scrapers).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

__all__ = ["bar_chart", "histogram"]

_WIDTH = 420


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def bar_chart(items: Sequence[tuple[str, float]], label: str) -> str:
    """Horizontal bars, one per ``(name, value)``, longest first as given.

    >>> svg = bar_chart([("encoding", 12), ("spacing", 3)], "edits per stage")
    >>> svg.count('class="bar"'), 'data-value="12"' in svg
    (2, True)
    """
    row, left, right = 22, 110, 60
    height = max(row * len(items), row) + 8
    top = max((value for _, value in items), default=0) or 1
    span = _WIDTH - left - right
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_esc(label)}" '
        f'viewBox="0 0 {_WIDTH} {height}" width="100%">'
    ]
    for i, (name, value) in enumerate(items):
        y = 4 + i * row
        width = max(span * value / top, 0.5 if value else 0)
        shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3g}"
        parts.append(
            f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{_esc(name[:18])}</text>'
            f'<rect class="bar" x="{left}" y="{y + 2}" width="{width:.1f}" height="{row - 6}" '
            f'data-name="{_esc(name)}" data-value="{shown.replace(",", "")}">'
            f"<title>{_esc(name)}: {shown}</title></rect>"
            f'<text x="{left + width + 4:.1f}" y="{y + 14}">{shown}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def histogram(
    counts: Sequence[int],
    low: float,
    high: float,
    label: str,
    x_label: str,
    marker: float | None = None,
    marker_label: str = "",
) -> str:
    """Bars for ``counts`` of equal bins from ``low`` to ``high``; ``marker`` draws a line.

    >>> svg = histogram([1, 0, 3], 0.0, 1.0, "spin scores", "score", marker=0.5)
    >>> svg.count('class="bar"'), 'class="threshold"' in svg
    (3, True)
    """
    height, left, bottom, top_pad = 170, 44, 34, 10
    plot_w, plot_h = _WIDTH - left - 10, height - bottom - top_pad
    top = max(counts, default=0) or 1
    n = max(len(counts), 1)
    bin_w = plot_w / n
    step = (high - low) / n
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_esc(label)}" '
        f'viewBox="0 0 {_WIDTH} {height}" width="100%">',
        f'<line class="axis" x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" '
        f'y2="{top_pad + plot_h}"/>',
        f'<text x="{left - 4}" y="{top_pad + 8}" text-anchor="end">{top:,}</text>',
        f'<text x="{left - 4}" y="{top_pad + plot_h}" text-anchor="end">0</text>',
    ]
    for i, count in enumerate(counts):
        h = plot_h * count / top
        x = left + i * bin_w
        lo, hi = low + i * step, low + (i + 1) * step
        parts.append(
            f'<rect class="bar" x="{x + 0.5:.1f}" y="{top_pad + plot_h - h:.1f}" '
            f'width="{max(bin_w - 1, 0.5):.1f}" height="{h:.1f}" data-value="{count}" '
            f'data-low="{lo:.4g}" data-high="{hi:.4g}"><title>{lo:.3g} to {hi:.3g}: '
            f"{count:,}</title></rect>"
        )
    for tick in range(0, n + 1, max(n // 5, 1)):
        x = left + tick * bin_w
        parts.append(
            f'<text x="{x:.1f}" y="{top_pad + plot_h + 14}" text-anchor="middle">'
            f"{low + tick * step:.2g}</text>"
        )
    parts.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle">'
        f"{_esc(x_label)}</text>"
    )
    if marker is not None and high > low:
        x = left + plot_w * (marker - low) / (high - low)
        parts.append(
            f'<line class="threshold" x1="{x:.1f}" y1="{top_pad}" x2="{x:.1f}" '
            f'y2="{top_pad + plot_h}"><title>{_esc(marker_label)}</title></line>'
            + (
                f'<text x="{x - 3:.1f}" y="{top_pad + 10}" text-anchor="end">'
                if x > left + plot_w * 0.6
                else f'<text x="{x + 3:.1f}" y="{top_pad + 10}">'
            )
            + f"{_esc(marker_label)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
