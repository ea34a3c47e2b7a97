"""The pages of ``data/pages`` rendered as text the ways real tools render them.

A chrome remover meets text from many tools, not one. Each page's HTML is
rendered six ways:

``blocks``
    all visible text, one block element per line (the shape of WCXB's input;
    :func:`benchmarks.real_glue.glue_html` with its lost spaces put back);
``html2text``
    markdown from html2text with its defaults (links ``[text](url)``, list items
    ``  * ``, headings ``#``, paragraphs wrapped at 78 characters);
``markdownify``
    markdown from markdownify with its defaults (setext headings, ``|`` tables,
    the ``<title>`` on the first line, nothing wrapped);
``inscriptis``
    inscriptis' layout text (lists indented, tables laid out in columns);
``wrapped``
    ``blocks`` hard-wrapped at 78 characters with a blank line between blocks;
``glued``
    ``blocks`` as a node-stripping scraper writes it: the spaces at the edges of
    links, bold text and spans lost (:mod:`benchmarks.real_glue`).

The renderers are benchmark extras (``pip install -e .[bench]``), never needed
by the package. Rendering every page takes minutes, so the texts are cached
(``$TEXTREPAIR_DATA``/renderings, one file per source, keyed by the renderers'
versions and the elements the block renderer lays out inline or skips);
:func:`rendered_pages` renders what is missing on every core.

>>> render("<p>Fees rose in <a href='/x'>2015</a>, <b>routinely</b>.</p>", "glued")
'Fees rose in2015,routinely.'
>>> render("<ul><li><a href='/w'>World</a></li></ul><p>A story.</p>", "html2text")
'  * [World](/w)\\n\\nA story.'
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import textwrap
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks.data import html_pages
from benchmarks.real_glue import INLINE, SKIP, glue_html

RENDERINGS = ("blocks", "html2text", "markdownify", "inscriptis", "wrapped", "glued")
WRAP_WIDTH = 78
_RENDERERS = ("html2text", "markdownify", "inscriptis", "lxml")


def hard_wrap(text: str, width: int = WRAP_WIDTH, blank_lines: bool = True) -> str:
    """``text`` with every line wrapped at ``width`` as e-mail and html2text do.

    With ``blank_lines``, blocks are separated by an empty line (html2text's
    paragraphs); otherwise by a newline only.

    >>> hard_wrap("one two three four", 9, False)
    'one two\\nthree\\nfour'
    """
    blocks = [
        "\n".join(textwrap.wrap(line, width, break_long_words=False)) or line
        for line in text.splitlines()
        if line.strip()
    ]
    return ("\n\n" if blank_lines else "\n").join(blocks)


def _html2text(html: str) -> str:
    import html2text

    return html2text.HTML2Text().handle(html)


def _markdownify(html: str) -> str:
    import markdownify

    return str(markdownify.markdownify(html))


def _inscriptis(html: str) -> str:
    import inscriptis

    return str(inscriptis.get_text(html))


def _blocks(html: str) -> str:
    return "\n".join(block.correct for block in glue_html(html).blocks)


def _glued(html: str) -> str:
    return "\n".join(block.text for block in glue_html(html).blocks)


def _wrapped(html: str) -> str:
    return hard_wrap(_blocks(html))


_RENDER: dict[str, Callable[[str], str]] = {
    "blocks": _blocks,
    "html2text": _html2text,
    "markdownify": _markdownify,
    "inscriptis": _inscriptis,
    "wrapped": _wrapped,
    "glued": _glued,
}


def render(html: str, how: str) -> str:
    """``html`` rendered by ``how`` (one of :data:`RENDERINGS`), blank ends stripped.

    A page a renderer cannot read renders as the empty string.
    """
    try:
        return _RENDER[how](html).rstrip().lstrip("\n")
    except (ValueError, RecursionError, AssertionError):
        return ""


def _versions() -> str:
    """The renderers' versions, and what :func:`benchmarks.real_glue.glue_html` reads as inline or skips."""
    kinds = " ".join(sorted(INLINE)) + " | " + " ".join(sorted(SKIP))  # a tag moved counts too
    inline = hashlib.sha256(kinds.encode()).hexdigest()[:12]
    return ",".join(f"{name}={metadata.version(name)}" for name in _RENDERERS) + f",blocks={inline}"


def _cache_file(source: str) -> Path:
    from benchmarks.fetch import default_cache

    return default_cache() / "renderings" / f"{source}.jsonl.gz"


def _render_page(job: tuple[str, str, tuple[str, ...]]) -> tuple[str, dict[str, str]]:
    page_id, html, hows = job
    return page_id, {how: render(html, how) for how in hows}


def _read_cache(path: Path) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = json.loads(f.readline())
        if header.get("versions") != _versions() or header.get("renderings") != list(RENDERINGS):
            return {}
        return {row["id"]: row for row in map(json.loads, f)}


def _write_cache(path: Path, rows: dict[str, dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")  # one per writing process
    with gzip.open(partial, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"versions": _versions(), "renderings": list(RENDERINGS)}) + "\n")
        for row in rows.values():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(partial, path)


def rendered_pages(
    source: str,
    renderings: tuple[str, ...] = RENDERINGS,
    choose: Callable[[int, dict[str, Any]], tuple[str, ...]] | None = None,
    workers: int | None = None,
) -> list[dict[str, Any]]:
    """Every page of ``source`` with its renderings as extra keys (see :data:`RENDERINGS`).

    ``choose(k, page)``, when given, names the renderings the ``k``-th page
    needs (the chrome training renders each page one way); else every page
    gets ``renderings``. Rendered texts are read from the cache; missing ones
    are rendered on ``workers`` processes (default: every core) and cached.
    """
    pages = html_pages(source)
    path = _cache_file(source)
    cached = _read_cache(path)
    wanted = [choose(k, page) if choose else renderings for k, page in enumerate(pages)]
    jobs = [
        (page["id"], page["html"], missing)
        for page, hows in zip(pages, wanted, strict=True)
        if (missing := tuple(h for h in hows if h not in cached.get(page["id"], {})))
    ]
    if jobs:
        with ProcessPoolExecutor(workers or os.cpu_count() or 1) as pool:
            for page_id, texts in pool.map(_render_page, jobs, chunksize=4):
                cached.setdefault(page_id, {"id": page_id}).update(texts)
        _write_cache(path, cached)
    return [
        {**page, **{h: cached[page["id"]][h] for h in hows}}
        for page, hows in zip(pages, wanted, strict=True)
    ]
