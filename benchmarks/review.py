"""Review pages: how big a 10,000-document report is and how fast a browser shows it.

``python -m benchmarks review`` builds a corpus of 10,000 documents (WCXB page
texts with their chrome, 1,000 characters each, every fifth one damaged by
``benchmarks.damage``, one with a script in it), cleans it with every stage
(``textrepair clean --preset all --report``), and opens the report in headless
Chromium (Debian's, driven by Playwright) to time it: navigation start to the
``load`` event and to the first contentful paint, best of three. It also saves
the screenshots shown in docs/review.md (``docs/images/review-*.png``): seed
001's review page and the report.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.damage import damaged_text
from benchmarks.data import seeds, shared
from benchmarks.results import write_section

COMMAND = "python -m benchmarks review"
DOCS = Path(__file__).resolve().parent.parent / "docs"
# Without the background-networking flags Chromium keeps trying to reach Google's hosts,
# which a closed network refuses; --no-sandbox because CI runs as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def corpus(path: Path, n_docs: int, chars: int = 1_000) -> int:
    """Write ``n_docs`` JSONL records to ``path``; return the bytes of text written."""
    source = shared("data", "chrome", "wcxb_dev_article.jsonl.gz")
    with gzip.open(source, "rt", encoding="utf-8") as f:
        pages = [json.loads(line)["input"] for line in f]
    rng = random.Random(0)
    size = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_docs):
            page = pages[i % len(pages)]
            start = rng.randrange(max(len(page) - chars, 1))
            text = page[start : start + chars]
            if i % 5 == 0:
                text = damaged_text(random.Random(i)) + "\n" + text
            if i == 7:
                text = "<script>window.pwned = 1</script> " + text
            size += len(text.encode("utf-8", "surrogatepass"))
            out.write(json.dumps({"id": f"doc{i}", "text": text}) + "\n")
    return size


def find_chromium() -> str | None:
    """The Chromium to drive: ``$TEXTREPAIR_CHROMIUM``, or the first on PATH; ``None`` if none."""
    configured = os.environ.get("TEXTREPAIR_CHROMIUM")
    if configured:
        return shutil.which(configured) or (configured if Path(configured).exists() else None)
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def browser_timings(browser: Any, url: str, repeat: int = 3) -> dict[str, float]:
    """Best of ``repeat`` page loads: milliseconds to ``load`` and to first contentful paint."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc, seen=errors: seen.append(str(exc)))
        page.goto(url)
        page.wait_for_load_state("load")
        timing = page.evaluate(
            """() => {
                const nav = performance.getEntriesByType('navigation')[0];
                const paint = performance.getEntriesByName('first-contentful-paint')[0];
                return {load: nav.loadEventEnd, paint: paint ? paint.startTime : -1,
                        pwned: window.pwned === undefined ? 0 : 1};
            }"""
        )
        page.close()
        if errors or timing["pwned"]:
            raise SystemExit(f"the page misbehaved: {errors or 'a script from a document ran'}")
        for key in ("load", "paint"):  # a load with no paint entry recorded (-1) is skipped
            if float(timing[key]) >= 0:
                best[key] = min(best.get(key, float("inf")), float(timing[key]))
    return best


def _ms(timing: dict[str, float], key: str) -> str:
    return f"{timing[key]:.0f} ms" if key in timing else "not recorded"


def screenshots(browser: Any, report: Path, work: Path) -> list[Path]:
    """Seed 001's review page and the top of the report, as PNGs in docs/images."""
    import textrepair

    seed = next(text for name, text in seeds().items() if name.startswith("001"))
    page_path = work / "seed001.html"
    textrepair.repair_and_explain(seed, "all").to_html("seed 001 (--preset all)").save(page_path)
    images = DOCS / "images"
    images.mkdir(parents=True, exist_ok=True)
    shots = []
    for source, name, height in ((page_path, "review-document.png", 1300),
                                 (report, "review-report.png", 1500)):  # fmt: skip
        page = browser.new_page(viewport={"width": 1200, "height": height})
        page.goto(source.as_uri())
        page.wait_for_load_state("load")
        target = images / name
        page.screenshot(path=str(target))
        page.close()
        shots.append(target)
    return shots


def run(write: bool, repeat: int = 3, n_docs: int = 10_000, workers: int = 2) -> None:
    from playwright.sync_api import sync_playwright

    from textrepair.batch import BatchOptions, run_batch
    from textrepair.config import PRESETS

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "corpus.jsonl"
        size = corpus(source, n_docs)
        report = work / "report.html"
        start = time.perf_counter()
        summary = run_batch(
            BatchOptions(
                inputs=[str(source)],
                output=str(work / "out.jsonl"),
                config=PRESETS["all"],
                report_path=str(report),
                workers=workers,
            )
        )
        run_seconds = time.perf_counter() - start
        report_bytes = report.stat().st_size
        with sync_playwright() as playwright:
            executable = find_chromium()
            if executable is None:
                raise SystemExit(
                    "no Chromium found: apt-get install chromium (Debian), or set "
                    "TEXTREPAIR_CHROMIUM"
                )
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            timing = browser_timings(browser, report.as_uri(), repeat)
            version = browser.version
            shots = screenshots(browser, report, work) if write else []
            browser.close()
    c = summary.counters
    body = "\n".join(
        [
            f"A {n_docs:,}-document corpus ({size / 1e6:.1f} MB: WCXB page texts with their "
            f"chrome, 1,000 characters each, every fifth damaged by `benchmarks/damage.py`) "
            f"cleaned with `--preset all --report` by {workers} workers in {run_seconds:.0f} s; "
            f"the report opened in headless Chromium {version} (Playwright), best of {repeat}.",
            "",
            "| documents | rejected | report size | reviews inline | to first paint | to `load` |",
            "|---|---|---|---|---|---|",
            f"| {c['records_out']:,} | {c['rejected']:,} | {report_bytes / 1e3:,.0f} kB | "
            f"up to 40 (top 20 by edits, top 20 by spin score) | {_ms(timing, 'paint')} | "
            f"{_ms(timing, 'load')} |",
            "",
            "The report's size does not grow with the corpus: histograms have fixed bins and "
            "only the listed documents are kept (memory is bounded the same way).",
        ]
        + (
            [f"Screenshots: {', '.join(f'`docs/images/{s.name}`' for s in shots)}."]
            if shots
            else []
        )
    )
    print(body)
    if write:
        write_section("review", COMMAND, body)
