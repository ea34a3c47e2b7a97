"""Chrome removal measured across sources and renderings: the chrome suite's headline.

Every page of ``data/pages`` is rendered the ways real tools render pages
(:mod:`benchmarks.renderings`) and each rendering is cleaned by:

- textrepair's chrome stage with a model **trained without the page's source**
  (:func:`benchmarks.train_chrome.train` with that source excluded);
- C4's line rules, jusText (with the page language's stop list) and keeping
  everything, on the same text;
- trafilatura on the page's HTML, as the upper reference (it sees the DOM).

Scores are WCXB's: bag-of-words token precision, recall and F1 against the gold,
averaged over pages, with markdown read as a reader sees it (link text, no
URLs; :func:`benchmarks.chrome_set.visible`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from benchmarks.chrome_peers import c4_rules, justext_lines
from benchmarks.chrome_set import snippets_kept, token_f1, tokens, visible_tokens
from benchmarks.data import PAGE_SOURCES
from benchmarks.renderings import RENDERINGS
from benchmarks.train_chrome import LOREM_IPSUM
from textrepair.chrome.detect import ChromeModel, chrome_report
from textrepair.edits import apply_edits

SOURCE_NAMES = {
    "wcxb_dev": "WCXB",
    "fundus": "fundus",
    "readability": "Readability",
    "article_extraction_dataset": "AED",
}
Cleaner = Callable[[str, dict[str, Any]], str]


def language_group(lang: str) -> str:
    """English, German or every other language (the groups the tables report)."""
    return {"en": "English", "de": "German"}.get(lang, "other")


def textrepair_with(model: ChromeModel | None) -> Cleaner:
    """The chrome stage with ``model`` (None: the shipped one)."""

    def clean(text: str, page: dict[str, Any] | None = None) -> str:
        return apply_edits(text, list(chrome_report(text, model=model).edits))

    return clean


def trafilatura_html(page: dict[str, Any]) -> str:
    import trafilatura

    return trafilatura.extract(page["html"]) or ""


PageScores = dict[str, Any]


def scored_pages(pages: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pages with a gold text to score against."""
    return [p for p in pages if tokens(p["gold"])]


_MODEL: ChromeModel | None = None


def _init(model: ChromeModel) -> None:
    global _MODEL
    _MODEL = model


def page_scores(page: dict[str, Any]) -> PageScores:
    """Every cleaner's token scores on every rendering of ``page``, and the clean-gold loss.

    Runs in a worker whose model was set by :func:`_init`.
    """
    cleaners: dict[str, Cleaner] = {
        "textrepair": textrepair_with(_MODEL),
        "C4 rules": lambda text, page: c4_rules(text),
        "jusText": lambda text, page: justext_lines(text, page["lang"]),
        "keep everything": lambda text, page: text,
    }
    scores: dict[str, Any] = {}
    without = page.get("without") or []
    for how in RENDERINGS:
        for name, clean in cleaners.items():
            output = clean(page[how], page)
            kept, n = snippets_kept(" ".join(visible_tokens(output)), without)
            scores[f"{how}/{name}"] = (*token_f1(output, page["gold"], markdown=True), kept, n)
    scores["trafilatura"] = token_f1(trafilatura_html(page), page["gold"])
    gold = tokens(page["gold"])
    left = tokens(cleaners["textrepair"](page["gold"], page))
    return {
        "id": page["id"],
        "lang": page["lang"],
        "type": page["page_type"],
        "scores": scores,
        "gold_tokens": len(gold),
        "gold_removed": max(len(gold) - len(left), 0),
    }


def source_scores(
    pages: list[dict[str, Any]], model: ChromeModel, workers: int | None = None
) -> list[PageScores]:
    """:func:`page_scores` of every page, with ``model``, on ``workers`` processes."""
    with ProcessPoolExecutor(
        workers or os.cpu_count() or 1, initializer=_init, initargs=(model,)
    ) as pool:
        return list(pool.map(page_scores, pages, chunksize=2))


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def _f1(rows: list[PageScores], key: str, field: int = 2) -> float:
    return _mean(r["scores"][key][field] for r in rows)


def _articles(rows: list[PageScores], group: str | None = None) -> list[PageScores]:
    return [
        r
        for r in rows
        if r["type"] == "article"
        and r["lang"] != LOREM_IPSUM
        and (group is None or language_group(r["lang"]) == group)
    ]


CLEANERS = ("textrepair", "C4 rules", "jusText", "keep everything")


def _holding(rows: list[PageScores], how: str) -> list[PageScores]:
    """The pages whose ``how`` rendering holds some of the gold: no cleaner can score on the rest."""
    return [r for r in rows if not _no_gold(r, how)]


def english_table(results: dict[str, list[PageScores]]) -> str:
    """Token F1 on English article pages, each source left out, by rendering."""
    lines = [
        "| source (left out) | pages | rendering | **textrepair** | C4 rules | jusText | "
        "keep everything | (reference) trafilatura on the HTML |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for source, rows in results.items():
        english = _articles(rows, "English")
        if not english:
            continue
        for how in RENDERINGS:
            scored = _holding(english, how)
            cells = [_f1(scored, f"{how}/{name}") for name in CLEANERS]
            best = max(cells[1:])
            mark = "**" if cells[0] >= best else ""
            lines.append(
                f"| {SOURCE_NAMES[source]} | {len(scored)} | {how} | {mark}{cells[0]:.3f}{mark} | "
                + " | ".join(f"{c:.3f}" for c in cells[1:])
                + f" | {_f1(scored, 'trafilatura'):.3f} |"
            )
    return "\n".join(lines)


def language_table(results: dict[str, list[PageScores]]) -> str:
    """Article-token recall and F1 on non-English article pages, each source left out."""
    lines = [
        "| source (left out) | languages | pages | rendering | textrepair recall | "
        "**textrepair F1** | C4 recall | C4 F1 | keep everything F1 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for source, rows in results.items():
        for group in ("German", "other"):
            chosen = _articles(rows, group)
            if not chosen:
                continue
            for how in ("blocks", "html2text", "markdownify", "inscriptis"):
                scored = _holding(chosen, how)
                lines.append(
                    f"| {SOURCE_NAMES[source]} | {group} | {len(scored)} | {how} | "
                    f"{_f1(scored, f'{how}/textrepair', 1):.3f} | "
                    f"{_f1(scored, f'{how}/textrepair'):.3f} | "
                    f"{_f1(scored, f'{how}/C4 rules', 1):.3f} | {_f1(scored, f'{how}/C4 rules'):.3f} | "
                    f"{_f1(scored, f'{how}/keep everything'):.3f} |"
                )
    return "\n".join(lines)


def page_type_table(results: dict[str, list[PageScores]]) -> str:
    """Non-article page types: what share of their gold goes, and whether any page is emptied."""
    lines = [
        "| page type | pages | textrepair F1 (blocks) | gold tokens removed (blocks) | "
        "pages emptied (any rendering) | renderings without the gold | keep everything F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    rows = [r for source_rows in results.values() for r in source_rows]
    for kind in sorted({r["type"] for r in rows}):
        chosen = [r for r in rows if r["type"] == kind and r["lang"] != LOREM_IPSUM]
        emptied = sum(any(_emptied(r, how) for how in RENDERINGS) for r in chosen)
        missing = sum(_no_gold(r, how) for r in chosen for how in RENDERINGS)
        lines.append(
            f"| {kind} | {len(chosen)} | {_f1(chosen, 'blocks/textrepair'):.3f} | "
            f"{1 - _f1(chosen, 'blocks/textrepair', 1):.1%} | {emptied} | {missing} | "
            f"{_f1(chosen, 'blocks/keep everything'):.3f} |"
        )
    return "\n".join(lines)


def _no_gold(row: PageScores, how: str) -> bool:
    """The rendering holds none of the gold (a page whose text its scripts write)."""
    return bool(row["scores"][f"{how}/keep everything"][1] == 0)


def _emptied(row: PageScores, how: str) -> bool:
    """The stage removed every gold token of a rendering that had some."""
    return not _no_gold(row, how) and row["scores"][f"{how}/textrepair"][1] == 0


def clean_table(results: dict[str, list[PageScores]]) -> str:
    """The stage on each gold text itself: the share of its tokens removed, by source and language.

    Articles and the other page types apart: the gold of a forum, listing or
    product page keeps what an article page calls chrome (link lists, replies).
    """
    lines = [
        "| source (left out) | languages | article pages | gold tokens | **removed** | "
        "other pages | gold tokens | removed |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def loss(chosen: list[PageScores]) -> tuple[int, str]:
        total = sum(r["gold_tokens"] for r in chosen)
        removed = sum(r["gold_removed"] for r in chosen)
        return total, f"{removed / total:.2%}" if total else "—"

    for source, rows in results.items():
        for group in ("English", "German", "other"):
            chosen = [
                r for r in rows if r["lang"] != LOREM_IPSUM and language_group(r["lang"]) == group
            ]
            if not chosen:
                continue
            articles = [r for r in chosen if r["type"] == "article"]
            others = [r for r in chosen if r["type"] != "article"]
            (a_total, a_loss), (o_total, o_loss) = loss(articles), loss(others)
            lines.append(
                f"| {SOURCE_NAMES[source]} | {group} | {len(articles)} | {a_total:,} | {a_loss} | "
                f"{len(others)} | {o_total:,} | {o_loss} |"
            )
    return "\n".join(lines)


def snippets_table(rows: list[PageScores]) -> str:
    """WCXB's ``without`` snippets still present, by rendering and cleaner."""
    lines = ["| rendering | " + " | ".join(CLEANERS) + " |", "|---|" + "---|" * len(CLEANERS)]
    for how in RENDERINGS:
        cells = []
        for name in CLEANERS:
            kept = sum(r["scores"][f"{how}/{name}"][3] for r in rows)
            total = sum(r["scores"][f"{how}/{name}"][4] for r in rows)
            cells.append(f"{kept / max(total, 1):.1%}")
        lines.append(f"| {how} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _train(source: str) -> ChromeModel:
    from benchmarks.train_chrome import as_model, train

    return as_model(*train(exclude=(source,)))


def left_out_models(sources: tuple[str, ...] = PAGE_SOURCES) -> dict[str, ChromeModel]:
    """For each source, the chrome model trained on every other source (two at a time)."""
    with ProcessPoolExecutor(2) as pool:
        return dict(zip(sources, pool.map(_train, sources), strict=True))


def cross_source_section() -> str:
    """The chrome suite's headline tables (see the module's docstring)."""
    from benchmarks.renderings import rendered_pages

    models = left_out_models()
    results = {
        source: source_scores(scored_pages(rendered_pages(source)), models[source])
        for source in PAGE_SOURCES
    }
    lorem = [r for rows in results.values() for r in rows if r["lang"] == LOREM_IPSUM]
    articles = [r for rows in results.values() for r in _articles(rows)]
    without = [(r, how) for r in articles for how in RENDERINGS if _no_gold(r, how)]
    pages = len({r["id"] for r, _ in without})
    parts = [
        "Every page of `data/pages` (four sources) rendered six ways (`benchmarks/renderings.py`: "
        "block-per-line text, html2text and markdownify markdown, inscriptis layout text, text "
        "hard-wrapped at 78 characters, and block text whose inline elements lost their spaces), "
        "each cleaned by a chrome model **trained without the page's source** "
        "(`benchmarks/train_chrome.py` with that source excluded) and by C4's line rules, jusText "
        "(the page language's stop list) and keeping everything on the same text; trafilatura on "
        "the page's HTML is the upper reference. Token F1 against the gold (`\\w+` tokens, "
        "lower-cased, with multiplicity; a Chinese or Japanese character is a token; markdown "
        "read as link text, URLs not counted), averaged over pages. Readability's "
        f"{len(lorem)} lorem-ipsum fixtures are left out of every table but the last, and "
        "an article page whose rendering holds none of its gold (text its scripts write: "
        f"{len(without)} renderings of {pages} page{'' if pages == 1 else 's'}) is left out "
        "of that rendering's rows, where every cleaner scores 0.",
        "#### English article pages\n\n" + english_table(results),
        "#### Articles in other languages\n\n" + language_table(results),
        "#### Other page types (forum, product, service, listing, collection, documentation)\n\n"
        + page_type_table(results),
        "#### Clean text: the stage run on each gold text\n\n" + clean_table(results),
        "#### WCXB's `without` snippets still present (WCXB left out)\n\n"
        + snippets_table(results["wcxb_dev"]),
        f"#### Lorem-ipsum fixtures ({len(lorem)} pages, blocks)\n\n"
        f"textrepair F1 {_f1(lorem, 'blocks/textrepair'):.3f}, keep everything "
        f"{_f1(lorem, 'blocks/keep everything'):.3f}.",
    ]
    return "\n\n".join(parts)
