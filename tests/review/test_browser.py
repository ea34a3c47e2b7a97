"""Review pages in a real headless browser: no script error, toggles work, articles run nothing.

Needs Playwright (the ``dev`` extra) driving a Chromium already on the machine
(Debian's ``chromium`` package, which ``.ci/run`` installs; or set
``TEXTREPAIR_CHROMIUM``). Elsewhere these tests are skipped, saying why; with
``TEXTREPAIR_REQUIRE_BROWSER=1`` (set by ``.ci/run``) they fail instead.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import textrepair
from benchmarks.review import CHROMIUM_ARGS, find_chromium
from tests.conftest import example
from textrepair.batch import BatchOptions, run_batch
from textrepair.config import PRESETS

ATTACK = (
    '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
    '<svg onload="window.pwned = 3"></svg> Click <a href="javascript:window.pwned=4">here'
    "</a>. The partyâ€™s â€œwar roomâ€ in ParliamentÂ\n\nRead more:\n"
)


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("TEXTREPAIR_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("playwright is not installed (pip install -e '.[dev]')")
    executable = find_chromium()
    if executable is None:
        _skip_or_fail("no Chromium found (apt-get install chromium, or set TEXTREPAIR_CHROMIUM)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _open(browser: Any, path: Path) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.on("console", lambda msg: errors.append(f"console {msg.type}: {msg.text}")
            if msg.type in ("error", "warning") else None)  # fmt: skip
    page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors


def _shown(page: Any, review: str, selector: str) -> bool:
    return bool(page.eval_on_selector(
        f"{review} {selector}", "el => getComputedStyle(el).display !== 'none'"))  # fmt: skip


def test_document_page_toggles_and_runs_nothing_from_the_article(
    browser: Any, tmp_path: Path
) -> None:
    result = textrepair.repair_and_explain(ATTACK + example("001"), "all")
    path = tmp_path / "review.html"
    result.to_html("attack").save(path)
    page, errors = _open(browser, path)
    review = "#review"
    assert page.evaluate("window.pwned") is None
    page.click(f"{review} button[data-view=input]")
    assert _shown(page, review, ".e del") and not _shown(page, review, ".e ins")
    assert page.get_attribute(f"{review} button[data-view=input]", "aria-pressed") == "true"
    page.click(f"{review} button[data-view=output]")
    assert not _shown(page, review, ".e del") and _shown(page, review, ".e ins")
    output_view = page.inner_text(f"{review} .doc")
    assert "Read more:" not in output_view and "The party’s “war room”" in output_view
    page.click(f"{review} button[data-view=both]")
    assert _shown(page, review, ".e del") and _shown(page, review, ".e ins")
    page.keyboard.press("i")  # keyboard shortcut: input view
    assert not _shown(page, review, ".e ins")
    assert page.evaluate("window.pwned") is None
    assert errors == []
    page.close()


def test_batch_report_opens_reviews_and_runs_nothing(browser: Any, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    texts = [ATTACK, example("000"), example("002"), "donâ€™t", "clean text"]
    source.write_text("".join(json.dumps({"id": i, "text": t}) + "\n"
                              for i, t in enumerate(texts)) + "{bad\n")  # fmt: skip
    report = tmp_path / "report.html"
    run_batch(BatchOptions(inputs=[str(source)], output=str(tmp_path / "out.jsonl"),
                           config=PRESETS["all"], report_path=str(report)))  # fmt: skip
    page, errors = _open(browser, report)
    assert page.locator("svg").count() >= 3
    first = page.locator("details.doc-review").first
    first.locator(":scope > summary").click()
    review = f"#{first.get_attribute('id')}review"
    page.click(f"{review} button[data-view=output]")
    assert not _shown(page, review, ".e del") or page.locator(f"{review} .e del").count() == 0
    page.click(f"{review} button[data-view=input]")
    assert page.get_attribute(f"{review} button[data-view=input]", "aria-pressed") == "true"
    assert page.evaluate("window.pwned") is None
    assert errors == []
    page.close()
