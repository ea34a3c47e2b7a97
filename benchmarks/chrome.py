"""Chrome benchmark: ``python -m benchmarks chrome``.

The headline is cross-source (:mod:`benchmarks.chrome_cross`): every page of
``data/pages`` rendered six ways and cleaned by a model trained without its
source. Second come the WCXB dev pages of the held-out half (the shipped
model trains on the other half and on the other sources): token F1 against
the gold article (``\\w+``, lower-cased, with multiplicity, averaged per page)
and the share of ``without`` snippets still present; the anchors run on the
same pages, on plain text only.
"""

from __future__ import annotations

import contextlib
import random
import statistics
from collections import Counter
from collections.abc import Callable
from typing import Any
from unittest import mock
from urllib.parse import urlsplit

from benchmarks.chrome_cross import cross_source_section
from benchmarks.chrome_peers import c4_rules, justext_lines, keep_all
from benchmarks.chrome_set import line_labels, snippets_kept, token_f1, tokens
from benchmarks.data import wcxb_pages
from benchmarks.glued_set import heldout
from benchmarks.renderings import hard_wrap
from benchmarks.results import write_section
from benchmarks.timing import throughput_rows
from textrepair.chrome import chrome_report, learn_repeated_lines, strip_chrome
from textrepair.chrome import lines as chrome_lines
from textrepair.chrome.lines import document_lines
from textrepair.config import RepairConfig
from textrepair.edits import apply_edits
from textrepair.encoding import encoding_edits
from textrepair.spacing import spacing_edits

COMMAND = "python -m benchmarks chrome"
Extractor = Callable[[str], str]


def boilerpipe_rule(text: str) -> str:
    """boilerpipe's NumWordsRulesClassifier on lines (no link density in plain text)."""
    lines = [line for line in text.splitlines() if line.strip()]
    words = [len(line.split()) for line in lines]
    kept = []
    for i, line in enumerate(lines):
        prev = words[i - 1] if i > 0 else 0
        nxt = words[i + 1] if i + 1 < len(lines) else 0
        if words[i] > 16 or nxt > 15 or prev > 4:
            kept.append(line)
    return "\n".join(kept)


def repeated_lines_filter(pages: list[dict[str, Any]], min_pages: int = 3) -> Extractor:
    """C4 rules, then drop lines found on ``min_pages`` pages or more of the whole dev set."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({line.strip() for line in page["input"].splitlines() if line.strip()})

    def extract(text: str) -> str:
        kept = [line for line in text.splitlines() if seen[line.strip()] < min_pages]
        return c4_rules("\n".join(kept))

    return extract


def _oracle_lines(pages: list[dict[str, Any]]) -> Extractor:
    """The page's lines that the labels call article: the ceiling of a line classifier."""
    kept = {}
    for page in pages:
        lines = document_lines(page["input"])
        labels = line_labels(lines, page["gold"])
        kept[page["input"]] = "\n".join(ln.text for ln, y in zip(lines, labels, strict=True) if y)
    return kept.__getitem__


def score_table(pages: list[dict[str, Any]], all_pages: list[dict[str, Any]]) -> str:
    extractors: dict[str, Extractor] = {
        "keep everything": keep_all,
        "C4 line rules": c4_rules,
        "C4 + repeated lines (≥3 pages)": repeated_lines_filter(all_pages),
        "boilerpipe word-count rule": boilerpipe_rule,
    }
    try:
        import justext  # noqa: F401

        extractors["jusText (lines as paragraphs)"] = justext_lines
    except ImportError:
        pass
    extractors["**textrepair strip_chrome**"] = strip_chrome
    # References, not extractors: what a perfect line classifier and the gold itself score.
    extractors["(reference) every line labelled right"] = _oracle_lines(pages)
    extractors["(reference) the gold article"] = {p["input"]: p["gold"] for p in pages}.__getitem__
    lines = [
        f"{len(pages)} held-out WCXB dev pages (plain text; the model never saw them):",
        "",
        "| extractor | token F1 | precision | recall | `without` snippets kept | `with` snippets kept |",
        "|---|---|---|---|---|---|",
    ]
    for name, extract in extractors.items():
        p_, r_, f_ = [], [], []
        without = [0, 0]
        with_ = [0, 0]
        for page in pages:
            out = extract(page["input"])
            p, r, f = token_f1(out, page["gold"])
            p_.append(p)
            r_.append(r)
            f_.append(f)
            for acc, key in ((without, "without"), (with_, "with")):
                kept, total = snippets_kept(out, page[key])
                acc[0] += kept
                acc[1] += total
        lines.append(
            f"| {name} | {statistics.mean(f_):.3f} | {statistics.mean(p_):.3f} | "
            f"{statistics.mean(r_):.3f} | {without[0] / max(without[1], 1):.1%} | "
            f"{with_[0] / max(with_[1], 1):.1%} |"
        )
    return "\n".join(lines)


def tokens_removed(texts: list[str]) -> tuple[int, int, int]:
    """Tokens the stage removes from ``texts``, their tokens, and how many texts lose some."""
    removed = total = touched = 0
    for text in texts:
        before = len(tokens(text))
        after = len(tokens(strip_chrome(text)))
        total += before
        removed += before - after
        touched += after < before
    return removed, total, touched


def clean_table(pages: list[dict[str, Any]]) -> str:
    removed, total, touched = tokens_removed([page["gold"] for page in pages])
    return (
        f"The stage run on the {len(pages)} gold articles themselves (already clean): "
        f"**{removed / max(total, 1):.2%}** of tokens removed ({removed:,} of {total:,}); "
        f"{touched} of {len(pages)} articles lose something."
    )


def wrapped_table(pages: list[dict[str, Any]]) -> str:
    """The stage on the same pages hard-wrapped, with wrapped lines joined and without."""
    rows = [
        "Each held-out page's input and gold hard-wrapped (Python's `textwrap`, words never "
        "broken); the score is against the gold as it is. *Lines as they are* is the stage "
        "reading every wrapped line as a block of its own, as it did before "
        "`textrepair.chrome.lines` joined them:",
        "",
        "| input | token F1 | `without` snippets kept | tokens of the wrapped gold removed |",
        "|---|---|---|---|",
    ]
    cases = [
        ("one block per line (as given)", None, False, False),
        ("wrapped at 72, blocks on their own lines", 72, False, False),
        ("wrapped at 72, lines as they are", 72, False, True),
        ("wrapped at 78, blank lines between blocks (html2text)", 78, True, False),
        ("wrapped at 78, blank lines between blocks, lines as they are", 78, True, True),
    ]
    for name, width, blank, as_they_are in cases:

        def shape(text: str, width: int | None = width, blank: bool = blank) -> str:
            return text if width is None else hard_wrap(text, width, blank)

        with contextlib.ExitStack() as stack:
            if as_they_are:
                stack.enter_context(mock.patch.object(chrome_lines, "wrap_width", lambda _: None))
            f1s, without = [], [0, 0]
            for page in pages:
                out = strip_chrome(shape(page["input"]))
                f1s.append(token_f1(out, page["gold"])[2])
                kept, n = snippets_kept(out, page["without"])
                without[0] += kept
                without[1] += n
            lost, total, _ = tokens_removed([shape(page["gold"]) for page in pages])
        rows.append(
            f"| {name} | {statistics.mean(f1s):.3f} | {without[0] / max(without[1], 1):.1%} | "
            f"{lost / max(total, 1):.2%} |"
        )
    return "\n".join(rows)


SEED_CHROME = {
    "000": ["Audio By Carbonatix", "Latest Stories", "32 seconds -"],
    # the AP photo caption is a long line, but furniture: a caption with its credit
    "001": [
        "Beta V.1.0 - Powered by automated translation",
        "Read more:",
        "(AP Photo/Paul Sakuma, File)",
    ],
    "002": ["Daily Newsletter", "You May Also Like", "![]()"],
}


def seed_table() -> str:
    from benchmarks.data import seeds

    rows = [
        "| seed | chrome examples removed | lines removed | article lines kept |",
        "|---|---|---|---|",
    ]
    for name, text in seeds().items():
        out = strip_chrome(text)
        examples = SEED_CHROME[name[:3]]
        gone = [e for e in examples if e in text and e not in out]
        body = [
            line
            for line in text.splitlines()
            if len(line.split()) >= 25 and not any(e in line for e in examples)
        ]
        kept = sum(line in out for line in body)
        removed = len([line for line in text.splitlines() if line.strip()]) - len(
            [line for line in out.splitlines() if line.strip()]
        )
        rows.append(
            f"| `{name}` | {len(gone)} of {len([e for e in examples if e in text])} | {removed} | "
            f"{kept} of {len(body)} long lines |"
        )
    return "\n".join(rows)


SPLICE_SEED = 20261125


def _clean_articles_flagged() -> list[str]:
    """Clean gold articles of the sources the splice model never saw, and how many are flagged.

    Every English gold article of ``data/pages`` with five or more paragraphs, whole (up
    to the stage's own limit of 60 paragraphs), one paragraph per line.
    """
    from benchmarks.data import PAGE_SOURCES, html_pages
    from benchmarks.train_spliced import MIN_PARAGRAPHS
    from textrepair.chrome.spliced import is_paragraph, spliced_blocks

    rows = [
        "Clean gold articles of every source (English articles of `data/pages` with five or "
        "more paragraphs, whole; only WCXB's training half was trained on), flagged at the "
        "shipped confidence:",
        "",
        "| source | articles | flagged | flagged by the chrome stage, gold text as it is |",
        "|---|---|---|---|",
    ]
    for source in PAGE_SOURCES:
        flagged = total = in_stage = 0
        for page in html_pages(source):
            if page["lang"] != "en" or page["page_type"] != "article":
                continue
            if source == "wcxb_dev" and not heldout(page["id"]):
                continue
            paragraphs = [line for line in page["gold"].splitlines() if is_paragraph(line)]
            if len(paragraphs) < MIN_PARAGRAPHS:
                continue
            total += 1
            flagged += bool(spliced_blocks("\n".join(paragraphs) + "\n"))
            in_stage += bool(chrome_report(page["gold"]).spliced)
        label = "wcxb_dev (held-out half)" if source == "wcxb_dev" else source
        rows.append(
            f"| {label} | {total} | {flagged} ({flagged / max(total, 1):.1%}) | "
            f"{in_stage} ({in_stage / max(total, 1):.1%}) |"
        )
    return rows


def spliced_table(pages: list[dict[str, Any]]) -> str:
    """Spliced-story flags: held-out articles with another article's paragraphs put in."""
    from benchmarks.data import seeds
    from benchmarks.logistic import roc_auc
    from benchmarks.train_spliced import articles, documents
    from textrepair.chrome.spliced import block_features, load_splice_model, spliced_blocks

    model = load_splice_model()
    docs = documents(articles(train=False), random.Random(SPLICE_SEED))
    best: dict[str, list[float]] = {"clean": [], "random": [], "neighbour": []}
    exact: Counter[str] = Counter()
    for kind, paragraphs, span in docs:
        score, i, j = max((model.score(f), i, j) for i, j, f in block_features(paragraphs))
        best[kind].append(score)
        exact[kind] += model.confidence(score) >= model.flag_at and (i, j) == span
    n = len(best["clean"])
    flagged = {k: sum(model.confidence(v) >= model.flag_at for v in vs) for k, vs in best.items()}
    rows = [
        f"{n} held-out English gold articles with five or more paragraphs (their first 30), each "
        "also with two to "
        "six paragraphs of another held-out article put in between two of its own "
        "(`benchmarks/train_spliced.py`, seed "
        f"{SPLICE_SEED}): a random other article, or its nearest neighbour among 30 (the one "
        "sharing most long words, the hard case). ROC-AUC of the best block's score, spliced "
        f"against clean; flagged at the shipped confidence {model.flag_at}:",
        "",
        "| documents | ROC-AUC | flagged | flagged block is exactly the spliced one |",
        "|---|---|---|---|",
        f"| clean | — | {flagged['clean'] / n:.1%} | — |",
    ]
    for kind, label in (("random", "random donor"), ("neighbour", "neighbour donor")):
        rows.append(
            f"| {label} | {roc_auc(best['clean'], best[kind]):.3f} | {flagged[kind] / n:.1%} | "
            f"{exact[kind] / n:.1%} |"
        )
    rows += ["", *_clean_articles_flagged(), "", *_page_flags(pages)]
    raw = next(t for name, t in seeds().items() if name.startswith("001"))
    seed = strip_chrome(raw)
    top = spliced_blocks(seed, min_confidence=0.0)[0]
    in_stage = chrome_report(raw).spliced
    flagged_raw = [raw[b.start : b.start + 38] for b in in_stage]
    rows += [
        "",
        f"Seed 001: its most out-of-place block is the EU item, starting "
        f"{seed[top.start : top.start + 38]!r} ({top.paragraphs} paragraphs), with confidence "
        f"{top.confidence:.2f} (more out of place than in that share of clean articles): "
        + ("flagged" if top.confidence >= model.flag_at else f"below {model.flag_at}")
        + " on its own; the chrome stage on the seed as it is "
        + (
            f"flags {', '.join(map(repr, flagged_raw))}"
            + (" between two runs of page furniture." if any(b.fenced for b in in_stage) else ".")
            if in_stage
            else "flags nothing."
        ),
    ]
    return "\n".join(rows)


def _page_flags(pages: list[dict[str, Any]]) -> list[str]:
    """What the chrome stage flags on real page inputs: fenced blocks or not, gold or not."""
    from textrepair.chrome.spliced import FENCED_CONFIDENCE

    counts: Counter[str] = Counter()
    for page in pages:
        text, gold = page["input"], set(page["gold"].splitlines())
        for block in chrome_report(text).spliced:
            kind = "between chrome" if block.fenced else "elsewhere"
            lines = [line for line in text[block.start : block.end].splitlines() if line.strip()]
            in_gold = sum(len(line) for line in lines if line in gold)
            counts[kind] += 1
            counts[kind + ", mostly gold"] += in_gold * 2 > sum(map(len, lines))
    return [
        f"On the {len(pages)} held-out page inputs the chrome stage flags "
        f"{counts['elsewhere']} blocks from the shipped confidence and "
        f"{counts['between chrome']} more between two lines it removes as chrome (from "
        f"{FENCED_CONFIDENCE}: a story embedded in a page comes with its furniture, as seed "
        f"001's does); of these, {counts['elsewhere, mostly gold']} and "
        f"{counts['between chrome, mostly gold']} are mostly gold article text (the rest is "
        "text the gold leaves out: other stories, notices, promotions).",
    ]


def site_documents(
    pages: list[dict[str, Any]], per_site: int, rng: random.Random
) -> list[tuple[str, str, str]]:
    """Many documents from one site: each page's chrome, in place, around other pages' articles.

    Returns ``(site, text, gold)``: the site is the page whose chrome is used, the
    article lines are replaced by the gold lines of ``per_site`` other pages.
    """
    out = []
    for page in pages:
        lines = document_lines(page["input"])
        labels = line_labels(lines, page["gold"])
        if sum(1 for v in labels if v == 0) < 10 or sum(labels) < 3:
            continue
        others = rng.sample([p for p in pages if p is not page], per_site)
        for other in others:
            body = [line for line in other["gold"].splitlines() if line.strip()]
            text_lines: list[str] = []
            placed = False
            for line, label in zip(lines, labels, strict=True):
                if label == 0:
                    text_lines.append(line.text)
                elif not placed:
                    text_lines.extend(body)
                    placed = True
            out.append((page["id"], "\n".join(text_lines), other["gold"]))
    return out


def _with_corpus(text: str, repeated: frozenset[str]) -> str:
    return apply_edits(text, list(chrome_report(text, repeated=repeated).edits))


def _mean(values: list[float]) -> str:
    """The mean to three places, or a dash when there is nothing to average (a quick sample)."""
    return f"{statistics.mean(values):.3f}" if values else "–"


def corpus_table(pages: list[dict[str, Any]], all_pages: list[dict[str, Any]]) -> str:
    rng = random.Random(7)
    sites = site_documents(pages[:80], 10, rng)
    corpus = learn_repeated_lines((site, text) for site, text, _ in sites)
    plain = [token_f1(strip_chrome(text), gold)[2] for _, text, gold in sites]
    mode = [
        token_f1(_with_corpus(text, corpus.lines_for(site)), gold)[2] for site, text, gold in sites
    ]
    by_host: dict[str, list[dict[str, Any]]] = {}
    for page in all_pages:
        by_host.setdefault(urlsplit(page["url"]).hostname or "", []).append(page)
    hosts = {h: ps for h, ps in by_host.items() if len(ps) >= 3}
    real = learn_repeated_lines((urlsplit(p["url"]).hostname or "", p["input"]) for p in all_pages)
    real_plain, real_mode = [], []
    for host, host_pages in hosts.items():
        for page in host_pages:
            real_plain.append(token_f1(strip_chrome(page["input"]), page["gold"])[2])
            out = _with_corpus(page["input"], real.lines_for(host))
            real_mode.append(token_f1(out, page["gold"])[2])
    return (
        "Corpus mode learns each site's repeated lines (`learn_repeated_lines`, defaults: on "
        "≥ 3 documents and ≥ 5 % of the site's, and ≥ 5× more frequent there than on other "
        "sites) and removes them as well.\n\n"
        "| documents | without corpus mode | with corpus mode |\n|---|---|---|\n"
        f"| {len(sites)} documents of {len({s for s, _, _ in sites})} synthetic sites (a held-out "
        f"page's chrome, in place, around 10 other pages' articles each) | "
        f"{_mean(plain)} | **{_mean(mode)}** |\n"
        f"| {len(real_plain)} real dev pages of the {len(hosts)} hosts with 3 pages or more "
        f"(learned over all {len(all_pages)} pages grouped by host) | {_mean(real_plain)} | "
        f"**{_mean(real_mode)}** |"
    )


def speed_table(pages: list[dict[str, Any]], repeat: int) -> str:
    config = RepairConfig()
    texts = [p["input"] for p in pages]
    strip_chrome(texts[0])
    stages = {
        "encoding stage": lambda t: encoding_edits(t, config),
        "chrome stage (strip_chrome)": strip_chrome,
        "spacing stage": lambda t: spacing_edits(t, config),
    }
    return "\n".join(throughput_rows(stages, texts, repeat, "held-out page inputs"))


def run(write: bool, repeat: int) -> None:
    all_pages = wcxb_pages()
    pages = [p for p in all_pages if heldout(p["id"])]
    parts = []
    for title, make in (
        (
            "Across sources and renderings (each source measured by a model trained without it)",
            cross_source_section,
        ),
        (
            "WCXB's held-out half (a source the model trained on, pages it did not)",
            lambda: score_table(pages, all_pages),
        ),
        ("Clean text (the gold articles)", lambda: clean_table(pages)),
        ("Hard-wrapped text", lambda: wrapped_table(pages)),
        ("Corpus mode (many pages of one site)", lambda: corpus_table(pages, all_pages)),
        ("Seeds", seed_table),
        ("Spliced stories", lambda: spliced_table(pages)),
        ("Throughput", lambda: speed_table(pages, repeat)),
    ):
        parts.append(f"### {title}\n\n{make()}")
        print(parts[-1] + "\n", flush=True)
    if write:
        write_section("chrome", COMMAND, "\n\n".join(parts))
