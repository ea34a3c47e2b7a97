from __future__ import annotations

from typing import Any

from benchmarks.chrome_cross import CLEANERS, english_table, language_table
from benchmarks.renderings import RENDERINGS


def _page(lang: str, recall: float, held: bool) -> dict[str, Any]:
    """A scored article page; ``held``: whether its renderings hold any of its gold."""
    scores: dict[str, tuple[float, float, float]] = {"trafilatura": (1.0, 1.0, 1.0)}
    for how in RENDERINGS:
        for name in CLEANERS:
            kept = recall if name == "textrepair" else 1.0
            scores[f"{how}/{name}"] = (1.0, kept, kept) if held else (0.0, 0.0, 0.0)
    return {"id": f"{lang}-{recall}-{held}", "lang": lang, "type": "article", "scores": scores}


def test_a_page_whose_rendering_holds_none_of_its_gold_is_not_averaged_in() -> None:
    rows = {"fundus": [_page("ko", 0.0, held=False), _page("fr", 0.9, held=True)]}
    blocks = next(line for line in language_table(rows).splitlines() if "| blocks |" in line)
    assert blocks.startswith("| fundus | other | 1 | blocks | 0.900 | 0.900 |")


def test_english_rows_count_only_the_pages_that_can_be_scored() -> None:
    rows = {"fundus": [_page("en", 0.5, held=True), _page("en", 0.7, held=True)]}
    rows["fundus"].append(_page("en", 0.0, held=False))
    blocks = next(line for line in english_table(rows).splitlines() if "| blocks |" in line)
    assert blocks.startswith("| fundus | 2 | blocks | 0.600 |")
