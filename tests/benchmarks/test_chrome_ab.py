"""The page-by-page comparison of two chrome runs reports what changed, and only that."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.chrome_ab import changed_pages, clean_table, compare, main, snippets_line
from benchmarks.renderings import RENDERINGS


def _row(
    page: str, lang: str, f1: float, removed: int = 0, kept: int = 0, kind: str = "article"
) -> dict[str, Any]:
    scores = {f"{how}/textrepair": (0.9, f1, f1, kept, 4) for how in RENDERINGS}
    return {
        "id": page,
        "lang": lang,
        "type": kind,
        "scores": scores,
        "gold_tokens": 100,
        "gold_removed": removed,
    }


BASE = {
    "wcxb_dev": [_row("w1", "en", 0.8, kept=1), _row("w2", "en", 0.9, kind="forum")],
    "fundus": [_row("f1", "de", 0.7, removed=2), _row("f2", "la", 0.1)],
}
NEW = {
    "wcxb_dev": [_row("w1", "en", 0.8), _row("w2", "en", 0.9, kind="forum")],
    "fundus": [_row("f1", "de", 0.75), _row("f2", "la", 0.9)],
}


def test_only_the_pages_that_changed_are_listed_with_their_change() -> None:
    lines = changed_pages(BASE, NEW)
    # f1 changed on every rendering; the lorem-ipsum page f2 too (it is no cell's, but a
    # page that changed); w1 and w2 did not
    assert lines[0].startswith(f"{2 * len(RENDERINGS)} page renderings changed")
    assert all(("f1" in line) or ("f2" in line) for line in lines[1:])
    assert any(line.strip().startswith("+0.0500 f1 blocks") for line in lines)


def test_the_clean_loss_is_per_source_and_language_group() -> None:
    table = clean_table(BASE, NEW)
    assert "| fundus | German | 100 | 2.00% | 0.00% |" in table
    assert "| wcxb_dev | English | 100 | 0.00% | 0.00% |" in table  # the forum page is no article
    assert not any("| other |" in line for line in table)  # lorem ipsum is left out


def test_snippets_kept_are_counted_per_rendering_over_every_wcxb_page() -> None:
    # w1 keeps one of its four snippets before and none after; the forum page w2 counts too
    line = snippets_line(BASE, NEW)
    assert line.startswith("WCXB's `without` snippets kept: blocks 12.5% -> 0.0%, html2text")
    assert line.count("12.5% -> 0.0%") == len(RENDERINGS)


def test_a_cell_leaves_out_lorem_ipsum_and_reports_page_types_apart() -> None:
    text = compare(BASE, NEW)
    assert "| fundus | German | blocks | 1 | 0.7000 | 0.7500 | +0.0500 |" in text
    assert "| wcxb_dev | forum | blocks | 1 | 0.9000 | 0.9000 | +0.0000 |" in text
    assert "| fundus | other |" not in text  # the lorem-ipsum page is in no cell


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["compare", "missing-base.json.gz", "missing-new.json.gz"], "no such run"),
        (["run", "no-such-folder/out.json.gz"], "no folder for the output"),
        (["run", "out.json.gz", "--tree", "."], "is not a checkout of textrepair"),
    ],
)
def test_bad_arguments_are_refused_with_a_message_before_any_work(
    argv: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)  # an empty folder: no runs, no checkout
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err
    assert not any(tmp_path.iterdir())  # nothing written
