"""Two versions of the chrome stage compared page by page, each source left out.

The chrome suite (``python -m benchmarks chrome``) writes one version's tables. To
judge a change, the same left-out measurement is wanted for the code before and after
it, page by page, so that a difference can be traced to the pages that make it:

1. For each version, a tree of it (the working tree, or a worktree of a commit made with
   ``git worktree add --detach DIR COMMIT``)::

       python -m benchmarks.chrome_ab run OUT.json.gz [--tree DIR]

   trains the four left-out chrome models with that tree's code (as the chrome suite
   does: :func:`benchmarks.chrome_cross.left_out_models`) and writes every page's
   textrepair scores on every rendering, its ``without`` snippets kept and its gold
   tokens the stage removes. ``--tree`` measures another tree's code (its ``textrepair``
   and its training script) without changing it: this runner is run there from a
   temporary directory, so a commit older than this file can be measured. No peers run
   (about five minutes on two cores, the renderings cached).

2. Anywhere::

       python -m benchmarks.chrome_ab compare BASE.json.gz NEW.json.gz

   prints, for each cell (source, language group or page type, rendering), the mean
   token F1 and recall of both and their difference; the clean-gold loss of each source
   and language group; WCXB's ``without`` snippets kept on each rendering; and the pages
   whose F1 changed most.

The numbers are the chrome suite's (same models, pages, renderings and scoring), so a
difference measured here is the one the suite will show, page for page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

# Only what every commit since the chrome suite's leave-one-source-out tables has, so
# that ``--tree`` can run this file against an older tree's benchmarks.
from benchmarks.chrome_cross import (
    language_group,
    left_out_models,
    scored_pages,
    textrepair_with,
)
from benchmarks.chrome_set import snippets_kept, token_f1, tokens, visible_tokens
from benchmarks.data import PAGE_SOURCES
from benchmarks.renderings import RENDERINGS
from benchmarks.train_chrome import LOREM_IPSUM
from textrepair.chrome.detect import ChromeModel

PageScores = dict[str, Any]
Results = dict[str, list[PageScores]]
"""Each source's :func:`page_scores` rows."""
SHOWN_PAGES = 12  # page renderings listed for each direction of change


_MODEL: ChromeModel | None = None


def _init(model: ChromeModel) -> None:
    global _MODEL
    _MODEL = model


def page_scores(page: dict[str, Any]) -> PageScores:
    """textrepair's scores on every rendering of ``page`` and its clean-gold loss.

    As :func:`benchmarks.chrome_cross.page_scores` scores textrepair, with the model of
    the worker (:func:`_init`).
    """
    clean = textrepair_with(_MODEL)
    scores = {}
    for how in RENDERINGS:
        output = clean(page[how], page)
        kept, n = snippets_kept(" ".join(visible_tokens(output)), page.get("without") or [])
        scores[f"{how}/textrepair"] = (*token_f1(output, page["gold"], markdown=True), kept, n)
    gold = tokens(page["gold"])
    left = tokens(clean(page["gold"], page))
    return {
        "id": page["id"],
        "lang": page["lang"],
        "type": page["page_type"],
        "scores": scores,
        "gold_tokens": len(gold),
        "gold_removed": max(len(gold) - len(left), 0),
    }


def run(out: Path) -> Results:
    """Score every page with this tree's left-out models and write the rows to ``out``."""
    from benchmarks.renderings import rendered_pages

    models = left_out_models()
    results: Results = {}
    for source in PAGE_SOURCES:
        pages = scored_pages(rendered_pages(source))
        with ProcessPoolExecutor(
            os.cpu_count() or 1, initializer=_init, initargs=(models[source],)
        ) as pool:
            results[source] = list(pool.map(page_scores, pages, chunksize=2))
    with gzip.open(out, "wt", encoding="utf-8") as f:
        json.dump(results, f)
    return results


def run_in(tree: Path, out: Path) -> None:
    """:func:`run` with the code of ``tree`` (a checkout of this repository), left as it is."""
    tree = tree.resolve()
    with tempfile.TemporaryDirectory() as runner:
        shutil.copy(__file__, Path(runner) / "chrome_ab_runner.py")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tree), runner]))
        command = [sys.executable, "-P", "-m", "chrome_ab_runner", "run", str(out.resolve())]
        subprocess.run(command, cwd=tree, env=env, check=True)


def load(path: Path) -> Results:
    """The rows :func:`run` wrote."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        results: Results = json.load(f)
    return results


def _cell(row: PageScores) -> str:
    """The group a page is reported in: its language group for an article, else its type."""
    return language_group(row["lang"]) if row["type"] == "article" else row["type"]


def _paired(base: Results, new: Results) -> Iterator[tuple[str, PageScores, PageScores]]:
    """Each page both runs scored: its source, its row before and its row after."""
    for source in [s for s in PAGE_SOURCES if s in base and s in new]:
        after = {r["id"]: r for r in new[source]}
        for r in base[source]:
            if r["id"] in after:
                yield source, r, after[r["id"]]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def cell_table(base: Results, new: Results) -> list[str]:
    """Mean F1 and recall per (source, group, rendering), before and after.

    Only pages both runs scored count (a page whose rendering changed between them is
    still compared as one page); lorem-ipsum fixtures are left out.

    >>> row = {"id": "p", "lang": "de", "type": "article", "gold_tokens": 10,
    ...        "gold_removed": 0, "scores": {f"{h}/textrepair": (1.0, 0.5, 0.6, 0, 0)
    ...        for h in RENDERINGS}}
    >>> better = dict(row, scores={k: (1.0, 0.75, 0.8, 0, 0) for k in row["scores"]})
    >>> cell_table({"fundus": [row]}, {"fundus": [better]})[2]
    '| fundus | German | blocks | 1 | 0.6000 | 0.8000 | +0.2000 | 0.500 | 0.750 |'
    """
    lines = [
        "| source | group | rendering | pages | F1 before | F1 after | change "
        "| recall before | recall after |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    cells: dict[str, dict[str, list[tuple[PageScores, PageScores]]]] = {}
    for source, a, b in _paired(base, new):
        if a["lang"] != LOREM_IPSUM:
            cells.setdefault(source, defaultdict(list))[_cell(a)].append((a, b))
    for source, groups in cells.items():
        for group in sorted(groups, key=lambda g: (g not in ("English", "German", "other"), g)):
            for how in RENDERINGS:
                key = f"{how}/textrepair"
                f1 = [(a["scores"][key][2], b["scores"][key][2]) for a, b in groups[group]]
                recall = [(a["scores"][key][1], b["scores"][key][1]) for a, b in groups[group]]
                before, now = _mean([x for x, _ in f1]), _mean([y for _, y in f1])
                lines.append(
                    f"| {source} | {group} | {how} | {len(f1)} | {before:.4f} | {now:.4f} "
                    f"| {now - before:+.4f} | {_mean([x for x, _ in recall]):.3f} "
                    f"| {_mean([y for _, y in recall]):.3f} |"
                )
    return lines


def clean_table(base: Results, new: Results) -> list[str]:
    """The share of the gold articles' tokens the stage removes, per source and group."""
    lines = [
        "| source | group | gold tokens | removed before | removed after |",
        "|---|---|---|---|---|",
    ]
    totals: dict[str, dict[str, list[int]]] = {}
    for source, r, r_after in _paired(base, new):
        if r["type"] != "article" or r["lang"] == LOREM_IPSUM:
            continue
        by_group = totals.setdefault(source, defaultdict(lambda: [0, 0, 0]))
        t = by_group[language_group(r["lang"])]
        t[0] += r["gold_tokens"]
        t[1] += r["gold_removed"]
        t[2] += r_after["gold_removed"]
    for source, by_group in totals.items():
        for group, (n, a, b) in sorted(by_group.items()):
            lines.append(
                f"| {source} | {group} | {n:,} | {a / max(n, 1):.2%} | {b / max(n, 1):.2%} |"
            )
    return lines


def snippets_line(base: Results, new: Results) -> str:
    """WCXB's ``without`` snippets kept on each rendering (every page type, as the suite counts)."""

    def share(results: Results, how: str) -> float:
        rows = results.get("wcxb_dev", [])
        kept = sum(r["scores"][f"{how}/textrepair"][3] for r in rows)
        return kept / max(sum(r["scores"][f"{how}/textrepair"][4] for r in rows), 1)

    cells = [f"{how} {share(base, how):.1%} -> {share(new, how):.1%}" for how in RENDERINGS]
    return "WCXB's `without` snippets kept: " + ", ".join(cells)


def changed_pages(base: Results, new: Results, shown: int = SHOWN_PAGES) -> list[str]:
    """The page renderings whose F1 fell most and rose most."""
    changes = []
    for _, r, r_after in _paired(base, new):
        for how in RENDERINGS:
            key = f"{how}/textrepair"
            a, b = r["scores"][key], r_after["scores"][key]
            if a[2] != b[2]:
                changes.append((b[2] - a[2], r["id"], how, a, b))
    changes.sort()
    picked = changes[:shown] + [
        c for c in changes[-shown:] if c[0] > 0 and c not in changes[:shown]
    ]
    lines = [f"{len(changes):,} page renderings changed; the largest falls and rises:"]
    lines += [
        f"  {d:+.4f} {pid} {how}: recall {a[1]:.3f} -> {b[1]:.3f}, F1 {a[2]:.3f} -> {b[2]:.3f}"
        for d, pid, how, a, b in picked
    ]
    return lines


def compare(base: Results, new: Results) -> str:
    """Every table of the comparison, as text."""
    return "\n".join(
        [
            *cell_table(base, new),
            "",
            *clean_table(base, new),
            "",
            snippets_line(base, new),
            "",
            *changed_pages(base, new),
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.chrome_ab", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="score every page with this tree's code")
    run_parser.add_argument("out", type=Path)
    run_parser.add_argument("--tree", type=Path, help="measure this checkout's code instead")
    compare_parser = commands.add_parser("compare", help="compare two runs")
    compare_parser.add_argument("base", type=Path)
    compare_parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    # Checked before the minutes of training a run takes, or a compare's traceback.
    if args.command == "run" and not args.out.resolve().parent.is_dir():
        parser.error(f"no folder for the output: {args.out.resolve().parent}")
    if args.command == "run" and args.tree and not (args.tree / "textrepair" / "chrome").is_dir():
        parser.error(f"{args.tree} is not a checkout of textrepair (no textrepair/chrome in it)")
    if args.command == "compare":
        for path in (args.base, args.new):
            if not path.is_file():
                parser.error(f"no such run: {path} (write one with 'run')")
    if args.command == "run" and args.tree:
        run_in(args.tree, args.out)
    elif args.command == "run":
        run(args.out)
        print(f"wrote {args.out}")
    else:
        print(compare(load(args.base), load(args.new)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
