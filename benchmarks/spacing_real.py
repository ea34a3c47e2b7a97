"""Glued words from real HTML, measured on sources the glue model never trained on.

Every page of ``data/pages`` is rendered as a node-stripping scraper renders it
(:mod:`benchmarks.real_glue`); the English article pages' gold blocks are the
texts. For each of the four sources a glue model and a punctuation-glue model are
trained without it (:func:`benchmarks.train_glued.train`,
:func:`benchmarks.train_punctuation.train`) and measured on it: the headline. The
shipped model (trained on all four) is reported second, the peers on the same
texts (and, as a ceiling, what the stage and wordsegment restore together), where the
lost spaces the stage still misses were lost (:func:`miss_causes`), non-English pages
glued the same way, and each source's clean gold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any
from unittest import mock

from benchmarks import train_punctuation
from benchmarks.data import PAGE_SOURCES, html_pages
from benchmarks.gold_audit import VERDICTS, Faithful
from benchmarks.real_glue import (
    BOUNDARIES,
    LISTING,
    GluedDocument,
    Score,
    _space_before,
    document,
    insert_spaces,
)
from benchmarks.train_glued import proposal_cuts, real_documents, splits_right, train
from textrepair.config import RepairConfig
from textrepair.edits import apply_edits
from textrepair.spacing import spacing_edits
from textrepair.spacing.glue_model import GlueModel
from textrepair.spacing.glue_proposals import Proposal, proposals
from textrepair.spacing.glued import _likely_glue, split_score

CONFIG = RepairConfig()
Cuts = Callable[[str], set[int]]


def _textrepair(text: str) -> str:
    return apply_edits(text, spacing_edits(text, CONFIG))


def _score(docs: list[GluedDocument], repair: Callable[[str], str]) -> Score:
    score = Score()
    for doc in docs:
        score.add(doc, repair(doc.text))
    return score


GLUE_BOUNDARIES = ("word|word", "digit|word", "name|name")
"""The boundaries whose lost spaces the glued-word candidates restore (those beside
punctuation are the punctuation rules' and model's)."""
MISS_CAUSES = (
    "no candidate",
    "a candidate cut elsewhere",
    "a candidate the model turned down",
    "a candidate accepted, the space not made",
)


def miss_causes(doc: GluedDocument, output: str, model: GlueModel) -> tuple[Counter[str], int, int]:
    """Why ``output`` misses each lost space of :data:`GLUE_BOUNDARIES` in ``doc``.

    Counts by :data:`MISS_CAUSES`: no glued-word candidate covers the place; one does but
    cuts elsewhere; it cuts there but ``model`` (the glue model the output was made
    with) scores it below its threshold; or it was accepted and another edit took the
    place. Also how many candidates split their run exactly where spaces were lost, and
    how many of those the model accepts (rules' splits count as accepted).
    """
    causes: Counter[str] = Counter()
    truth = _space_before(doc.correct)
    got = _space_before(output)
    glued = _space_before(doc.text)
    found = proposals(doc.text)
    glue_total = sum(_likely_glue(p) for p in found)

    def accepted(p: Proposal) -> bool:
        score, bar = split_score(p, glue_total - _likely_glue(p), model)
        return score >= bar

    right = taken = 0
    for p in found:
        if splits_right(p, doc.lost):
            right += 1
            taken += accepted(p)
    if truth[0] != got[0]:
        return causes, right, taken
    for k, (want, have, had) in enumerate(zip(truth[1], got[1], glued[1], strict=True)):
        pos = glued[2][k]
        if not want or had or have or doc.kinds[pos] not in GLUE_BOUNDARIES:
            continue
        covering = [p for p in found if p.start < pos < p.start + len(p.run)]
        if not covering:
            causes[MISS_CAUSES[0]] += 1
        elif not any(pos in proposal_cuts(p) for p in covering):
            causes[MISS_CAUSES[1]] += 1
        elif not any(pos in proposal_cuts(p) and accepted(p) for p in covering):
            causes[MISS_CAUSES[2]] += 1
        else:
            causes[MISS_CAUSES[3]] += 1
    return causes, right, taken


_CONTEXT = 25  # characters shown on each side of a miss or a false split


def misses_and_false_splits(doc: GluedDocument, output: str) -> list[dict[str, str]]:
    """Each lost space ``output`` leaves lost and each space it makes where none was lost.

    A record per place: ``what`` ("missed" or "false split"), the boundary's ``kind`` for a
    miss, and the glued text around it with ``|`` at the place. Nothing when ``output``
    changed more than spaces (no place can be matched then).

    >>> doc = GluedDocument("x", "s", "en", "the catsat", "the cat sat", frozenset({7}),
    ...                     {7: "word|word"})
    >>> [(r["what"], r["context"]) for r in misses_and_false_splits(doc, "th e catsat")]
    [('false split', 'th|e catsat'), ('missed', 'the cat|sat')]
    """
    truth, got, glued = _space_before(doc.correct), _space_before(output), _space_before(doc.text)
    if truth[0] != got[0] or truth[0] != glued[0]:
        return []
    records = []
    for want, have, had, pos in zip(truth[1], got[1], glued[1], glued[2], strict=True):
        if want == have or (had and have):
            continue
        context = doc.text[max(0, pos - _CONTEXT) : pos] + "|" + doc.text[pos : pos + _CONTEXT]
        if want and not had:
            records.append({"what": "missed", "kind": doc.kinds.get(pos, ""), "context": context})
        elif have and not want:
            records.append({"what": "false split", "kind": "", "context": context})
    return records


def left_out_outputs(
    pages: dict[str, list[dict[str, Any]]], docs: dict[str, list[GluedDocument]]
) -> dict[str, tuple[GlueModel, list[str]]]:
    """Each source's documents repaired with both spacing models trained without it.

    Also the glue model each source's texts were repaired with.
    """
    out: dict[str, tuple[GlueModel, list[str]]] = {}
    for source in PAGE_SOURCES:
        others = tuple(s for s in PAGE_SOURCES if s != source)
        model = GlueModel.from_data(train(others, real=docs))
        marks = GlueModel.from_data(train_punctuation.train(others, real=docs, pages=pages))
        with (
            mock.patch("textrepair.spacing.glued.load_model", return_value=model),
            mock.patch("textrepair.spacing.punctuation_model.load_model", return_value=marks),
        ):
            out[source] = (model, [_textrepair(doc.text) for doc in docs[source]])
    return out


def _row(name: str, score: Score) -> str:
    total = sum(score.lost.get(k, 0) for k in BOUNDARIES)
    kinds = " | ".join(f"{score.share(k):.1%} ({score.lost.get(k, 0):,})" for k in BOUNDARIES)
    return (
        f"| {name} | {total:,} | **{score.share():.1%}** | {kinds} | "
        f"{score.share(LISTING):.1%} ({score.lost.get(LISTING, 0):,}) | "
        f"{score.share(*BOUNDARIES, LISTING):.1%} | "
        f"{score.per_1000(score.false_splits):.2f} | {score.per_1000(score.false_joins):.2f} |"
    )


_HEADER = (
    "| {first} | lost spaces in prose | restored | "
    + " | ".join(k.replace("|", "\\|") for k in BOUNDARIES)
    + " | in `<pre>` listings | all, listings included"
    + " | false splits per 1,000 tokens | real spaces removed per 1,000 tokens |\n"
    + "|---" * 11
    + "|"
)


def real_glue_tables(peers: dict[str, Cuts]) -> str:
    """The section's tables; ``peers`` maps a tool's name to where it puts spaces."""
    pages = {source: html_pages(source) for source in PAGE_SOURCES}  # read once
    docs = {source: real_documents(source, pages[source]) for source in PAGE_SOURCES}
    left_out: dict[str, Score] = {}
    repaired = left_out_outputs(pages, docs)
    # each source's texts repaired with it left out
    outputs = {source: texts for source, (_, texts) in repaired.items()}
    causes: dict[str, tuple[Counter[str], int, int]] = {}
    for source in PAGE_SOURCES:
        model = repaired[source][0]
        left_out[source] = Score()
        missed: Counter[str] = Counter()
        right = taken = 0
        for doc, output in zip(docs[source], outputs[source], strict=True):
            left_out[source].add(doc, output)
            found, doc_right, doc_taken = miss_causes(doc, output, model)
            missed += found
            right += doc_right
            taken += doc_taken
        causes[source] = (missed, right, taken)
    shipped = {source: _score(docs[source], _textrepair) for source in PAGE_SOURCES}
    pooled = [d for source in PAGE_SOURCES for d in docs[source]]
    tokens = sum(s.tokens for s in shipped.values())

    parts = [
        f"Every English article page of `data/pages` ({len(pooled):,} pages, {tokens:,} tokens of "
        "gold article blocks) rendered as a scraper that strips each text node and joins them "
        "(`benchmarks/real_glue.py`): the spaces beside links, bold text, spans and footnote "
        "markers are lost where the pages put them. Each lost space is classed by what it "
        "separates; the spacing stage runs on each page's article blocks as one text.",
        "**Each source measured by a glue model and a punctuation-glue model trained without it** (generated glue on WCXB "
        "pages is left out with WCXB):\n\n"
        + _HEADER.format(first="left-out source")
        + "\n"
        + "\n".join(_row(s, left_out[s]) for s in PAGE_SOURCES),
        "The shipped model (trained on all four sources) on the same text, for comparison "
        "only:\n\n"
        + _HEADER.format(first="source (trained on)")
        + "\n"
        + "\n".join(_row(s, shipped[s]) for s in PAGE_SOURCES),
    ]
    peer_rows = [_row("textrepair (each source left out)", _pooled(left_out))]
    peer_outputs: dict[str, list[str]] = {}  # each peer's output of every pooled text, once
    for name, cuts in peers.items():
        peer_outputs[name] = [insert_spaces(d.text, cuts(d.text)) for d in pooled]
        score = Score()
        for doc, output in zip(pooled, peer_outputs[name], strict=True):
            score.add(doc, output)
        peer_rows.append(_row(name, score))
    ceiling = next((name for name in peers if name.startswith("wordsegment")), None)
    if ceiling is not None:
        either = Score()
        ours = [output for source in PAGE_SOURCES for output in outputs[source]]
        for doc, output, other in zip(pooled, ours, peer_outputs[ceiling], strict=True):
            either.add(doc, output, other)
        peer_rows.append(_row(f"either textrepair or {ceiling.split()[0]} (a ceiling)", either))
    parts.append(
        "All four sources together, next to the word segmenters run on every token; the "
        "last row counts a space wherever either textrepair (each source left out) or "
        "wordsegment puts one, with both one's wrong splits: what splitting more would "
        "reach before any care for names and rare words:\n\n"
        + _HEADER.format(first="tool")
        + "\n"
        + "\n".join(peer_rows)
    )
    parts.append(_causes_table(causes))
    parts.append(_other_languages(pages) + "\n\n" + _clean_gold(pages))
    return "\n\n".join(parts)


def _causes_table(causes: dict[str, tuple[Counter[str], int, int]]) -> str:
    """Where the lost spaces beside words, digits and names that the stage misses were lost."""
    rows = [
        "Where the lost spaces of word\\|word, digit\\|word and name\\|name boundaries that the "
        "stage misses (each source left out) were lost, and how many of the glued-word "
        "candidates that split their run exactly where the spaces were lost the left-out "
        "model accepts (`miss_causes` in `benchmarks/spacing_real.py`):",
        "",
        "| left-out source | missed | "
        + " | ".join(MISS_CAUSES)
        + " | candidates with the right split | of them accepted |",
        "|---" * (len(MISS_CAUSES) + 4) + "|",
    ]
    pooled: Counter[str] = Counter()
    right = taken = 0
    for source, (found, source_right, source_taken) in causes.items():
        pooled += found
        right += source_right
        taken += source_taken
        rows.append(_causes_row(source, found, source_right, source_taken))
    rows.append(_causes_row("all four", pooled, right, taken))
    return "\n".join(rows)


def _causes_row(name: str, found: Counter[str], right: int, taken: int) -> str:
    missed = sum(found.values())
    shares = " | ".join(f"{found[c] / max(missed, 1):.1%} ({found[c]:,})" for c in MISS_CAUSES)
    return f"| {name} | {missed:,} | {shares} | {right:,} | {taken / max(right, 1):.1%} |"


def _pooled(scores: dict[str, Score]) -> Score:
    total = Score()
    for score in scores.values():
        for kind, n in score.lost.items():
            total.lost[kind] = total.lost.get(kind, 0) + n
            total.restored[kind] = total.restored.get(kind, 0) + score.restored.get(kind, 0)
        total.false_splits += score.false_splits
        total.false_joins += score.false_joins
        total.tokens += score.tokens
        total.documents += score.documents
    return total


def _other_languages(pages_by_source: dict[str, list[dict[str, Any]]]) -> str:
    edits = tokens = pages = 0
    for source in PAGE_SOURCES:
        for page in pages_by_source[source]:
            if page["lang"] == "en":
                continue
            doc = document(page)
            pages += 1
            tokens += len(doc.text.split())
            edits += len(spacing_edits(doc.text, CONFIG))
    return (
        f"Non-English pages glued the same way ({pages} pages of every source and type, "
        f"{tokens:,} tokens): **{edits} spacing edits = {1000 * edits / max(tokens, 1):.2f} "
        "per 1,000 tokens**."
    )


def _clean_gold(pages_by_source: dict[str, list[dict[str, Any]]]) -> str:
    lines = [
        "Clean text: each source's gold text (every page, language and page type), untouched. "
        "Each edit is also checked against the page's own HTML (`benchmarks/gold_audit.py`): "
        "*confirmed* where the HTML spaces the text as the edit does, so the gold carried the "
        "damage (WCXB's golds write `The Forms API , Form fields , and` where the HTML has "
        "`The Forms API</a>, <a>Form fields</a>, and`); *joined* where the HTML spaces it as "
        "the gold does and two elements meet there with nothing between them (`always "
        "dressed</a>in`: the page glues the words itself, as a link that lost its spaces does, "
        "though a drop capital meets its word so too); *contradicted* where the HTML spaces it "
        "as the gold does inside one text node; *unclear* where the neighbourhood is not found. "
        "A contradicted edit is not always wrong (pages glue words themselves, or separate "
        "elements only by CSS), so the edits not confirmed bound the false positives from above.",
        "",
        "| source | pages | tokens | spacing edits | per 1,000 tokens | "
        "of them glued-word and punctuation edits, per 1,000 | "
        "confirmed by the HTML | joined in the HTML | contradicted | unclear | "
        "not confirmed, per 1,000 |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for source in PAGE_SOURCES:
        pages = pages_by_source[source]
        tokens = edits = glue = 0
        verdicts = dict.fromkeys(VERDICTS, 0)
        for page in pages:
            found = spacing_edits(page["gold"], CONFIG)
            tokens += len(page["gold"].split())
            edits += len(found)
            glue += sum(not e.reason.startswith("tokenizer") for e in found)
            if found:
                faithful = Faithful.from_html(page["html"])
                for edit in found:
                    verdicts[faithful.verdict(page["gold"], edit)] += 1
        doubtful = edits - verdicts["confirmed"]
        lines.append(
            f"| {source} | {len(pages):,} | {tokens:,} | {edits} | "
            f"{1000 * edits / max(tokens, 1):.2f} | {1000 * glue / max(tokens, 1):.2f} | "
            + " | ".join(str(verdicts[v]) for v in VERDICTS)
            + f" | {1000 * doubtful / max(tokens, 1):.2f} |"
        )
    return "\n".join(lines)
