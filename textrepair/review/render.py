"""HTML for one reviewed document: the text with every edit in place.

Everything that comes from a document is escaped; characters HTML cannot hold
or would silently change (controls, lone surrogates, a carriage return, which
HTML reads as a line feed) are shown as a small labelled box that keeps the code
point (``data-code``). Pages carry a Content-Security-Policy that lets only
textrepair's own script run, so even a mistake in escaping could not run a
script from an article.

Work is linear in the document: one pass over the edits and the spun spans.
"""

from __future__ import annotations

import base64
import bisect
import functools
import hashlib
import html
import importlib.resources
import os
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import regex

from textrepair.edits import Edit
from textrepair.review.view import DocumentView, ReviewSpan

__all__ = ["STAGE_NAMES", "HtmlPage", "article_html", "document_page", "escape_text", "page_html"]


class HtmlPage(str):
    """A whole HTML page (a ``str``) that Jupyter shows in a sandboxed frame.

    >>> page = HtmlPage("<!DOCTYPE html><p>hi</p>")
    >>> page._repr_html_().startswith("<iframe")
    True
    """

    def _repr_html_(self) -> str:
        # A frame keeps the page's style and script away from the notebook's own.
        return (
            f'<iframe srcdoc="{html.escape(self, quote=True)}" sandbox="allow-scripts" '
            'style="width: 100%; height: 36rem; border: 1px solid #ddd"></iframe>'
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the page to ``path`` (UTF-8) and return the path."""
        target = Path(path)
        target.write_text(self, encoding="utf-8")
        return target


STAGE_NAMES = {
    "encoding": "encoding fixed",
    "chrome": "chrome removed",
    "spacing": "spacing fixed",
    "spin": "spun word restored",
}

# Characters HTML cannot carry as they are: C0 and C1 controls but tab and line feed,
# DEL, a carriage return (read as a line feed), lone surrogates (not encodable in
# UTF-8) and noncharacters.
_UNSHOWABLE = regex.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\p{Cs}\p{Noncharacter_Code_Point}]", regex.V1
)
# Inside an edit, characters that would not be seen at all are shown too.
_INVISIBLE = regex.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\p{Cs}\p{Noncharacter_Code_Point}"
    r"\u00a0\u00ad\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]",
    regex.V1,
)


def _char_box(match: regex.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    name = unicodedata.name(char, "")
    if 0xD800 <= code <= 0xDFFF:
        name = "LONE SURROGATE"
    label = f"U+{code:04X}" + (f" {name}" if name else "")
    if code < 0x20:
        symbol = chr(0x2400 + code)  # the Control Pictures block: ␀ ␉ ␍ …
    elif code == 0x7F:
        symbol = "\u2421"
    elif code == 0xA0:
        symbol = "\u237d"  # ⍽ for a non-breaking space
    else:
        symbol = f"{code:X}"
    return f'<span class="ch" data-code="{code:04X}" title="{html.escape(label)}">{symbol}</span>'


def escape_text(text: str, show_invisible: bool = False) -> str:
    """``text`` as HTML: escaped, with controls and surrogates shown as labelled boxes.

    >>> escape_text("<b>\\x00</b>")
    '&lt;b&gt;<span class="ch" data-code="0000" title="U+0000">␀</span>&lt;/b&gt;'
    """
    pattern = _INVISIBLE if show_invisible else _UNSHOWABLE
    if pattern.search(text) is None:
        return html.escape(text, quote=False)
    parts: list[str] = []
    pos = 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[pos : match.start()], quote=False))
        parts.append(_char_box(match))
        pos = match.end()
    parts.append(html.escape(text[pos:], quote=False))
    return "".join(parts)


def _attr(text: str) -> str:
    """``text`` for an attribute value: escaped, unshowable characters as ``\\uXXXX``."""
    shown = _UNSHOWABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return html.escape(shown, quote=True)


def _edit_title(edit: Edit, spun: ReviewSpan | None) -> str:
    title = f"{edit.stage}: {edit.reason} (confidence {edit.confidence:.2f})"
    if spun is not None:
        title += "\n" + _span_title(spun)
    return _attr(title)


def _span_title(span: ReviewSpan) -> str:
    likely = ", ".join(span.suggestions[:5]) or "no suggestion"
    return f"looks spun ({span.confidence:.2f}): {span.reason}\nlikely original: {likely}"


def _document_body(text: str, edits: Sequence[Edit], spans: Sequence[ReviewSpan], key: str) -> str:
    """The input with its edits and spun spans marked up, in one linear pass.

    Each edit becomes ``<span class=e><del>before</del><ins>after</ins></span>`` and each
    spun stretch of unchanged text ``<mark class=spun>``.
    """
    out: list[str] = []
    si = 0  # the first span that may still reach the current position

    def plain(a: int, b: int) -> None:
        nonlocal si
        while si < len(spans) and spans[si].end <= a:
            si += 1
        pos = a
        k = si
        while k < len(spans) and spans[k].start < b:
            span = spans[k]
            lo, hi = max(pos, span.start), min(b, span.end)
            if lo < hi:
                out.append(escape_text(text[pos:lo]))
                out.append(
                    f'<mark class="spun" data-span="{k}" title="{_attr(_span_title(span))}">'
                    f"{escape_text(text[lo:hi])}</mark>"
                )
                pos = hi
            if span.end > b:
                break
            k += 1
        out.append(escape_text(text[pos:b]))

    pos = 0
    for i, edit in enumerate(edits):
        if edit.start > pos:
            plain(pos, edit.start)
        while si < len(spans) and spans[si].end <= edit.start:
            si += 1
        spun = None  # a spun span that overlaps the edit (or holds its insertion point)
        if si < len(spans) and spans[si].start < max(edit.end, edit.start + 1):
            spun = spans[si]
        classes = f"e s-{html.escape(edit.stage)}" + (" spun" if spun is not None else "")
        out.append(
            f'<span class="{classes}" id="{key}e{i}" data-edit="{i}" '
            f'data-stage="{_attr(edit.stage)}" title="{_edit_title(edit, spun)}">'
            + (f"<del>{escape_text(edit.before, True)}</del>" if edit.before else "")
            + (f"<ins>{escape_text(edit.after, True)}</ins>" if edit.after else "")
            + "</span>"
        )
        pos = edit.end
    if pos < len(text):
        plain(pos, len(text))
    return "".join(out)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def _fact(term: str, value: str, cls: str = "") -> str:
    extra = f' class="{cls}"' if cls else ""
    return f"<div><dt>{term}</dt><dd{extra}>{value}</dd></div>"


def _facts(view: DocumentView) -> str:
    facts: list[str] = []
    lang = view.language
    if lang is not None:
        reliable = "reliable" if lang.get("reliable", True) else "unreliable"
        facts.append(
            _fact(
                "language",
                f"{_attr(str(lang['code']))} "
                f'<span class="muted">({float(lang["confidence"]):.2f}, {reliable})</span>',
            )
        )
    spin = view.spin
    if spin is not None:
        if spin.get("language") is None:
            facts.append(_fact("spin", "not scored", "muted"))
        else:
            verdict = "spun" if spin["spun"] else "not spun"
            facts.append(
                _fact(
                    "spin score",
                    f"{float(spin['score']):.3f} ({verdict}; threshold "
                    f"{float(spin['threshold']):.3f})",
                    "verdict-spun" if spin["spun"] else "verdict-clean",
                )
            )
            facts.append(_fact("spun spans", f"{len(view.spans):,}"))
    else:
        facts.append(_fact("spin", "stage not run", "muted"))
    facts.append(_fact("edits on the input", f"{len(view.edits):,}"))
    if view.stage_edits:
        by_stage = " · ".join(f"{_attr(stage)} {n:,}" for stage, n in view.stage_edits.items())
        facts.append(_fact("each stage's own edits", by_stage))
    removed = sum(len(e.before) for e in view.edits)
    added = sum(len(e.after) for e in view.edits)
    facts.append(
        _fact("characters", f"{len(view.input_text):,} in, {removed:,} removed, {added:,} added")
    )
    return f'<dl class="facts">{"".join(facts)}</dl>'


def _edit_table(view: DocumentView, key: str) -> str:
    if not view.edits:
        return '<p class="muted">No edits: the document was left as it was.</p>'
    starts = _line_starts(view.input_text)
    rows: list[str] = []
    for i, edit in enumerate(view.edits):
        line = bisect.bisect_right(starts, edit.start)
        col = edit.start - starts[line - 1] + 1
        rows.append(
            f'<tr id="{key}row{i}" data-edit="{i}"><td class="num"><a href="#{key}e{i}">{i + 1}</a>'
            f"</td><td>{_attr(edit.stage)}</td><td class='num'>{line}:{col}</td>"
            f"<td><code>{escape_text(edit.before, True)}</code></td>"
            f"<td><code>{escape_text(edit.after, True)}</code></td>"
            f"<td>{escape_text(edit.reason)}</td><td class='num'>{edit.confidence:.2f}</td></tr>"
        )
    return (
        f'<details class="edit-list"><summary>All {len(view.edits):,} edits</summary>'
        '<table><thead><tr><th class="num">#</th><th>stage</th><th class="num">line:col</th>'
        "<th>before</th><th>after</th><th>reason</th><th class='num'>confidence</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></details>"
    )


def _span_table(view: DocumentView) -> str:
    if not view.spans:
        return ""
    rows = "".join(
        f'<tr data-span="{k}"><td><code>{escape_text(view.input_text[s.start : s.end])}</code>'
        f"</td><td>{escape_text(', '.join(s.suggestions[:5]))}</td>"
        f"<td class='num'>{s.confidence:.2f}</td><td>{escape_text(s.reason)}</td></tr>"
        for k, s in enumerate(view.spans)
    )
    return (
        f'<details class="span-list"><summary>All {len(view.spans):,} spun spans</summary>'
        "<table><thead><tr><th>span</th><th>likely original</th><th class='num'>confidence</th>"
        f"<th>reason</th></tr></thead><tbody>{rows}</tbody></table></details>"
    )


def article_html(view: DocumentView, key: str = "", heading: str = "h1") -> str:
    """One reviewed document as an ``<article class="review">`` element.

    ``key`` prefixes every id in it, so several documents fit on one page.

    >>> from textrepair.review.view import DocumentView
    >>> from textrepair.edits import Edit
    >>> view = DocumentView("t", "a<b>Â", (Edit("encoding", 4, 5, "Â", "", "stray", 0.9),))
    >>> "a&lt;b&gt;" in article_html(view) and 'data-stage="encoding"' in article_html(view)
    True
    """
    notes = "".join(
        f"<li><b>{_attr(stage)}</b>: {escape_text(note)}</li>" for stage, note in view.notes.items()
    )
    legend = "".join(
        f'<span class="s-{stage}">{name}</span>'
        for stage, name in STAGE_NAMES.items()
        if stage in view.stage_edits
    )
    if view.spans:
        legend += '<span class="s-spin">spun (marked)</span>'
    buttons = "".join(
        f'<button type="button" data-view="{name}" aria-pressed="{str(name == "both").lower()}">'
        f"{label}</button>"
        for name, label in (("input", "Input"), ("output", "Output"), ("both", "Both"))
    )
    return (
        f'<article class="review view-both" id="{key}review">'
        f"<{heading}>{escape_text(view.title)}</{heading}>{_facts(view)}"
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
        + f'<div class="toolbar"><div class="toggle" role="group" aria-label="show">{buttons}'
        f'</div><div class="legend">{legend}</div></div>'
        f'<div class="doc" lang="{_attr(str((view.language or {}).get("code", "")))}">'
        f"{_document_body(view.input_text, view.edits, view.spans, key)}</div>"
        f"{_edit_table(view, key)}{_span_table(view)}</article>"
    )


@functools.cache
def _asset(name: str) -> str:
    return importlib.resources.files("textrepair.review").joinpath(name).read_text("utf-8")


def page_html(title: str, body: str) -> HtmlPage:
    """A whole self-contained page: inline style and script, nothing fetched.

    Its Content-Security-Policy allows no network at all and only the page's own
    script (by its hash), so nothing from a document can run.

    >>> page = page_html("a <title>", "<p>body</p>")
    >>> "<title>a &lt;title&gt;</title>" in page and "default-src 'none'" in page
    True
    """
    script = _asset("review.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return HtmlPage(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="textrepair"><title>{_attr(title)}</title>'
        f"<style>{_asset('review.css')}</style></head>"
        f"<body><main>{body}</main><script>{script}</script></body></html>\n"
    )


def document_page(view: DocumentView) -> HtmlPage:
    """The review page of one document.

    >>> view = DocumentView("notes.txt", "plain text", ())
    >>> "No edits" in document_page(view)
    True
    """
    return page_html(f"textrepair review: {view.title}", article_html(view))
