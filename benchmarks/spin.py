"""Spin benchmark: ``python -m benchmarks spin``.

The headline comes first: leave-one-spinner-and-genre-out folds
(:mod:`benchmarks.spin_cross`). Then the in-house tables: held-out WCXB pages
(the half the models never saw), cut into documents by
:mod:`benchmarks.spin_set` and spun by the random-sense spinner of
:mod:`benchmarks.spinner` with a seed of its own — a genre and a spinner the
shipped model trained on. Anchors run on the same documents: the
tortured-phrase fingerprint lookup alone, and a word-rarity baseline (share of
words below Zipf 3).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from functools import partial

from benchmarks.data import seeds
from benchmarks.logistic import roc_auc
from benchmarks.results import write_section
from benchmarks.spin_cross import cross_section, swap_counts
from benchmarks.spin_set import english_pages, long_documents, short_documents
from benchmarks.spinner import spin
from benchmarks.timing import startup_rows, throughput_rows
from textrepair.config import RepairConfig
from textrepair.encoding import encoding_edits
from textrepair.language.lexicon import zipf
from textrepair.spacing import spacing_edits
from textrepair.spin import detect_spin
from textrepair.spin.fingerprints import find_fingerprints

COMMAND = "python -m benchmarks spin"
SEED = 2026
RATES = (0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4)
OTHER_WORD_DRAWS = (101, 202)  # the word-level numbers on other spins of the same documents
_WORD = re.compile(r"[A-Za-z]+")
Scorer = Callable[[str], float]
CONTEXT = (
    "Published results, for context only (other data, other spinners): Foltýnek et al. and "
    "Wahle et al. report F1 of about 80–90 for word-embedding classifiers of spun text, and up "
    "to 99.7 (SpinBot) / 71.6 (SpinnerChief) for a fine-tuned Longformer."
)


def rarity(text: str) -> float:
    """Share of words below Zipf 3 (the plain word-rarity baseline)."""
    words = _WORD.findall(text)
    return sum(zipf(w) < 3 for w in words) / max(len(words), 1)


def fingerprint_score(text: str) -> float:
    """Tortured phrases per word (the fingerprint-lookup baseline)."""
    return len(find_fingerprints(text)) / max(len(_WORD.findall(text)), 1)


def textrepair_score(text: str) -> float:
    return detect_spin(text).score


SCORERS: dict[str, Scorer] = {
    "textrepair": textrepair_score,
    "fingerprints": fingerprint_score,
    "rarity": rarity,
}


def documents() -> tuple[list[str], list[str]]:
    rng = random.Random(SEED)
    pages = english_pages(held_out=True)
    longs = [d for p in pages for d in long_documents(p["gold"], rng)]
    shorts = [d for p in pages for d in short_documents(p["gold"], rng)]
    return longs, shorts


def curve_table(longs: list[str]) -> str:
    rng = random.Random(SEED + 1)
    clean = {name: [f(t) for t in longs] for name, f in SCORERS.items()}
    threshold = detect_spin("").threshold
    fp = sum(s >= threshold for s in clean["textrepair"]) / len(longs)
    lines = [
        f"{len(longs)} held-out documents of 150–600 words, clean and spun at each rate "
        "(share of ALL words swapped); AUC = clean vs spun. Detection at the default "
        f"threshold ({threshold}); false positives on the clean ones: "
        f"**{fp:.2%}** ({sum(s >= threshold for s in clean['textrepair'])} of {len(longs)}).",
        "",
        "| swapped | textrepair AUC | detected at default threshold | fingerprints AUC | rarity AUC |",
        "|---|---|---|---|---|",
    ]
    for rate in RATES:
        spun = [spin(t, rate, rng).text for t in longs]
        scores = {name: [f(t) for t in spun] for name, f in SCORERS.items()}
        detected = sum(s >= threshold for s in scores["textrepair"]) / len(spun)
        lines.append(
            f"| {rate:.0%} | **{roc_auc(clean['textrepair'], scores['textrepair']):.3f}** | "
            f"{detected:.1%} | {roc_auc(clean['fingerprints'], scores['fingerprints']):.3f} | "
            f"{roc_auc(clean['rarity'], scores['rarity']):.3f} |"
        )
    tokenized = [spin(t, 0.1, rng, tokenize=True).text for t in longs]
    tok_scores = [textrepair_score(t) for t in tokenized]
    lines.append(
        f"| 10%, tokenizer-spaced | {roc_auc(clean['textrepair'], tok_scores):.3f} | "
        f"{sum(s >= threshold for s in tok_scores) / len(tok_scores):.1%} | | |"
    )
    lines += ["", CONTEXT]
    return "\n".join(lines)


def short_table(shorts: list[str]) -> str:
    rng = random.Random(SEED + 2)
    threshold = detect_spin("").threshold
    clean = [textrepair_score(t) for t in shorts]
    spun = [textrepair_score(spin(t, 0.2, rng).text) for t in shorts]
    base_clean = [rarity(t) for t in shorts]
    base_spun = [
        rarity(spin(t, 0.2, random.Random(SEED + 2 + i)).text) for i, t in enumerate(shorts)
    ]
    return (
        f"{len(shorts)} held-out short texts (20–60 words, the start of a paragraph), "
        "clean and with 20 % of words swapped:\n\n"
        "| | textrepair | rarity baseline |\n|---|---|---|\n"
        f"| ROC-AUC | **{roc_auc(clean, spun):.3f}** | {roc_auc(base_clean, base_spun):.3f} |\n"
        f"| false positives at the default threshold | {sum(s >= threshold for s in clean) / len(clean):.1%} | |\n"
        f"| detected at the default threshold | {sum(s >= threshold for s in spun) / len(spun):.1%} | |"
    )


def _word_counts(longs: list[str], rng: random.Random) -> Counter[str]:
    """Flagged, right flags, swaps, found swaps, top-1 and top-3 hits at 15 % swapped."""
    c: Counter[str] = Counter()
    for text in longs:
        spun = spin(text, 0.15, rng)
        swaps = [(w.start, w.end, w.original) for w in spun.swaps]
        c.update(swap_counts(detect_spin(spun.text).spans, swaps))
    return c


def word_table(longs: list[str]) -> str:
    c = _word_counts(longs, random.Random(SEED + 3))
    precision = c["right"] / max(c["flagged"], 1)
    recall = c["found"] / max(c["swaps"], 1)
    others = []
    for seed in OTHER_WORD_DRAWS:
        o = _word_counts(longs, random.Random(seed))
        others.append(
            f"{o['right'] / max(o['flagged'], 1):.3f} / {o['found'] / max(o['swaps'], 1):.3f}"
        )
    return (
        f"Held-out documents with 15 % of words swapped ({c['swaps']:,} swaps):\n\n"
        "| | value |\n|---|---|\n"
        f"| precision of flagged spans | **{precision:.3f}** |\n"
        f"| recall of swapped words | **{recall:.3f}** |\n"
        f"| original is the top suggestion (of the found swaps) | **{c['top1'] / max(c['found'], 1):.1%}** |\n"
        f"| original in the top 3 | **{c['top3'] / max(c['found'], 1):.1%}** |\n"
        f"| precision / recall when the same documents are spun with seeds "
        f"{', '.join(map(str, OTHER_WORD_DRAWS))} | {'; '.join(others)} |\n\n"
        "A suggestion counts as right when it is the original word or one of its WordNet base "
        "forms (`tell` for `told`): the spinner does not re-inflect, and neither do the suggestions."
    )


# What seed 002's spinner wrote, and the original words (from the issue).
SEED_002_TRUTH = {
    "severalize": "tell",
    "newsperson": "reporter",
    "chopine": "platform",
    "billet": "optics",
    "hepatic portal vein": "portal",
    "Lebanese pound": "pound",
    "hebdomad": "week",
    "per centum": "percent",
    "outlay": "spending",
    "kick the bucket": "go",
}


def seed_table() -> str:
    lines = ["| seed | score | verdict | spans |", "|---|---|---|---|"]
    detail = ""
    for name, text in seeds().items():
        report = detect_spin(text)
        lines.append(
            f"| `{name}` | {report.score:.3f} | {'spun' if report.spun else 'not spun'} | {len(report.spans)} |"
        )
        if name.startswith("002"):
            rows = []
            for spun_text, original in SEED_002_TRUTH.items():
                span = next((s for s in report.spans if s.text == spun_text), None)
                sugg = ", ".join(span.suggestions) if span else "(not flagged)"
                mark = "✓" if span and original in span.suggestions else "✗"
                rows.append(f"| {spun_text} | {original} | {sugg} | {mark} |")
            detail = (
                "\n\nSeed 002, the swaps the issue lists:\n\n"
                "| spun | original | suggestions | original suggested |\n|---|---|---|---|\n"
                + "\n".join(rows)
                + "\n\nAll flagged spans: "
                + ", ".join(
                    f"`{s.text}`→{s.suggestions[0] if s.suggestions else '?'}" for s in report.spans
                )
            )
    return "\n".join(lines) + detail


def speed_table(longs: list[str], repeat: int) -> str:
    config = RepairConfig()
    detect_spin(longs[0])  # load the lexicon first: this times the steady state
    stages: dict[str, Callable[[str], object]] = {  # picklable, for the fresh processes
        "encoding stage": partial(encoding_edits, config=config),
        "spacing stage": partial(spacing_edits, config=config),
        "spin stage (detect_spin)": detect_spin,
    }
    warm = list(seeds().values())  # the three seed articles load every table
    cold = {
        "import textrepair": "import textrepair",
        "load the WordNet lexicon": "from textrepair.spin.wordnet import wordnet; wordnet()",
        "import + first detect_spin (all data)": "import textrepair; textrepair.detect_spin('The hebdomad was long.')",
    }
    lines = [
        *throughput_rows(stages, longs, repeat, "held-out documents", warm=warm),
        "",
        "Best of the passes: the second and later passes find the per-process memory of "
        "each unit (its likely originals, frequencies and senses) full of these documents' "
        "units; the first pass in a fresh process (its tables loaded on the seed articles "
        "first) meets each unit new, as a corpus does until its vocabulary has been seen.",
        "",
    ]
    return "\n".join(lines + startup_rows(cold))


def run(write: bool, repeat: int) -> None:
    longs, shorts = documents()
    parts = []
    for title, make in (
        (
            "Across genres and spinners (each measured by a model trained without them)",
            cross_section,
        ),
        (
            "In-house: WCXB held-out news, random-sense spinner (both trained on), the curve",
            lambda: curve_table(longs),
        ),
        ("Short texts", lambda: short_table(shorts)),
        ("Words: which are spun, and the originals", lambda: word_table(longs)),
        ("Seeds", seed_table),
        ("Throughput and start-up", lambda: speed_table(longs[:100], repeat)),
    ):
        parts.append(f"### {title}\n\n{make()}")
        print(parts[-1] + "\n", flush=True)
    body = "\n\n".join(parts)
    if write:
        write_section("spin", COMMAND, body)
