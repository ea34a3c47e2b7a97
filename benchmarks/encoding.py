"""Encoding stage: ftfy's own test cases, real clean articles, and speed against ftfy."""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from collections.abc import Callable

import ftfy
from ftfy import fixes

import textrepair
from benchmarks.data import mojibake_cases, seeds, wcxb_pages
from benchmarks.results import write_section
from benchmarks.timing import best_startup, best_time
from textrepair.config import RepairConfig
from textrepair.encoding import encoding_edits

COMMAND = "python -m benchmarks encoding"

# ftfy.fix_text limited to the repairs textrepair's default makes (same work, fair timing).
FTFY_REPAIRS_ONLY = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)


def cosmetic(text: str) -> str:
    """ftfy's normalisations, which textrepair's default leaves out on purpose."""
    text = fixes.fix_latin_ligatures(text)
    text = fixes.fix_character_width(text)
    text = fixes.uncurl_quotes(text)
    return unicodedata.normalize("NFC", text)


def case_table() -> tuple[str, int]:
    rows = [
        "| file | cases | expected | textrepair (default, modulo ftfy's normalisations) "
        "| textrepair preset `ftfy` (exact) | ftfy.fix_text (exact) |",
        "|---|---|---|---|---|---|",
    ]
    known_fixed = 0
    for name, cases in mojibake_cases().items():
        default = sum(
            cosmetic(textrepair.fix_encoding(c["original"])) == cosmetic(c["fixed"]) for c in cases
        )
        preset = sum(textrepair.fix_encoding(c["original"], "ftfy") == c["fixed"] for c in cases)
        peer = sum(ftfy.fix_text(c["original"]) == c["fixed"] for c in cases)
        expect = Counter(c["expect"] for c in cases)
        if name == "known-failures":
            known_fixed = preset
        rows.append(f"| {name} | {len(cases)} | {dict(expect)} | {default} | {preset} | {peer} |")
    return "\n".join(rows), known_fixed


def clean_corpus_report(pages: list[dict[str, str]]) -> str:
    cfg = RepairConfig()
    lines = [
        "| page | edits | what was repaired (reason × count; first example) |",
        "|---|---|---|",
    ]
    changed = 0
    for page in pages:
        edits = encoding_edits(page["gold"], cfg)
        if not edits:
            continue
        changed += 1
        reasons = Counter(e.reason for e in edits)
        first = edits[0]
        summary = "; ".join(f"{r} × {n}" for r, n in reasons.most_common())
        lines.append(
            f"| {page['id']} | {len(edits)} | {summary}; e.g. `{first.before!r}` → `{first.after!r}` |"
        )
    ftfy_changed = sum(ftfy.fix_text(p["gold"]) != p["gold"] for p in pages)
    ftfy_repairs_changed = sum(
        ftfy.fix_text(p["gold"], FTFY_REPAIRS_ONLY) != p["gold"] for p in pages
    )
    head = (
        f"Pages changed by textrepair: **{changed} of {len(pages)}** "
        f"(ftfy.fix_text default: {ftfy_changed}; ftfy repairs-only config: {ftfy_repairs_changed}).\n\n"
    )
    return head + "\n".join(lines)


def throughput_table(corpora: dict[str, list[str]], repeat: int) -> tuple[str, dict[str, float]]:
    peers: dict[str, Callable[[str], str]] = {
        "textrepair.fix_encoding": textrepair.fix_encoding,
        "ftfy.fix_text (default)": ftfy.fix_text,
        "ftfy.fix_text (repairs only)": lambda t: ftfy.fix_text(t, FTFY_REPAIRS_ONLY),
    }
    rows = [
        "| corpus | MB | "
        + " | ".join(f"{p} MB/s" for p in peers)
        + " | speed-up vs ftfy default |"
    ]
    rows.append("|---" * (len(peers) + 3) + "|")
    ratios: dict[str, float] = {}
    for name, texts in corpora.items():
        megabytes = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6
        speeds = {p: megabytes / best_time(f, texts, repeat) for p, f in peers.items()}
        ratio = speeds["textrepair.fix_encoding"] / speeds["ftfy.fix_text (default)"]
        ratios[name] = ratio
        rows.append(
            f"| {name} | {megabytes:.2f} | "
            + " | ".join(f"{speeds[p]:.1f}" for p in peers)
            + f" | {ratio:.1f}× |"
        )
    return "\n".join(rows), ratios


def startup_table(repeat: int) -> str:
    programs = {
        "textrepair": "import textrepair; textrepair.fix_encoding('caf\\u00c3\\u00a9')",
        "ftfy": "import ftfy; ftfy.fix_text('caf\\u00c3\\u00a9')",
    }
    rows = [f"| library | import + first call, s (best of {repeat}) |", "|---|---|"]
    for name, code in programs.items():
        rows.append(f"| {name} | {best_startup(code, repeat):.3f} |")
    return "\n".join(rows)


def seed_report() -> str:
    lines = []
    for name, text in seeds().items():
        edits = textrepair.repair_and_explain(text).stages[0].edits  # the encoding stage's own
        if not edits:
            lines.append(f"- `{name}`: no encoding edits")
        for e in edits:
            lines.append(
                f"- `{name}` [{e.start}:{e.end}] `{e.before!r}` → `{e.after!r}`: {e.reason}"
            )
    return "\n".join(lines)


def run(write: bool, repeat: int) -> None:
    pages = wcxb_pages()
    cases, known_fixed = case_table()
    clean = clean_corpus_report(pages)
    corpora = {
        "WCXB gold (clean articles)": [p["gold"] for p in pages],
        "WCXB input (whole pages)": [p["input"] for p in pages],
    }
    speed, ratios = throughput_table(corpora, repeat)
    body = "\n\n".join(
        [
            "### ftfy's test cases (`shared/data/mojibake`)\n\n"
            + cases
            + f"\n\nKnown failures of ftfy repaired by textrepair: **{known_fixed} of 10**"
            " (exact match with the `ftfy` preset).",
            "### Real clean articles: every page the stage changes\n\n" + clean,
            f"### Throughput, single core, same corpus in one run (best of {repeat})\n\n" + speed,
            "### Start-up\n\n" + startup_table(repeat),
            "### Seeds\n\n" + seed_report(),
        ]
    )
    print(body)
    if write:
        write_section("encoding", COMMAND, body)
    worst = min(ratios.values())
    print(f"\nminimum speed-up over ftfy.fix_text: {worst:.1f}×", file=sys.stderr)
