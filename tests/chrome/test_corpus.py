"""Corpus mode: a site's repeated lines are learned and removed; common English never is."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import textrepair
from textrepair.chrome import chrome_report, learn_repeated_lines, load_repeated_lines

STORIES = [
    f"Story {i}: the harbour authority said on Tuesday that {n} ships were delayed by the storm, "
    "and that repairs to the northern pier would take most of the winter to finish."
    for i, n in enumerate(["four", "six", "nine", "two", "five", "eight"])
]
SITE_A = "Harbour Times\nPort news\nTides\n{story}\nThank you.\nShare your tips with our desk"
SITE_B = "Market Daily\nPrices\n{story}\nThank you.\nWeather desk"


def corpus() -> list[tuple[str, str]]:
    docs = [("a.example", SITE_A.format(story=s)) for s in STORIES]
    docs += [("b.example", SITE_B.format(story=s)) for s in STORIES]
    return docs


def test_site_lines_are_learned_and_common_english_is_not() -> None:
    learned = learn_repeated_lines(corpus())
    a = learned.lines_for("a.example")
    assert {"harbour times", "port news", "share your tips with our desk"} <= a
    assert "thank you." not in a  # on every site: common, not this site's chrome
    assert learned.lines_for("unknown.example") == frozenset()


def test_single_group_never_learns_prose() -> None:
    prose = "He said the results would be published next week after a final review by the board."
    docs = [("only", f"Menu\n{prose}\n{s}") for s in STORIES]
    learned = learn_repeated_lines(docs).lines_for("only")
    assert "menu" in learned and prose.lower() not in learned


def test_learned_lines_are_removed_and_recoverable(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    learn_repeated_lines(corpus()).save(path)
    text = SITE_A.format(story=STORIES[0])
    result = textrepair.repair_and_explain(
        text, chrome=True, chrome_corpus=str(path), chrome_group="a.example"
    )
    assert "Harbour Times" not in result.text and "Port news" not in result.text
    assert STORIES[0] in result.text
    assert result.restore() == text
    corpus_edits = [e for e in result.edits if e.reason.endswith("repeats on many pages")]
    assert corpus_edits and not any("Thank you." in e.before for e in corpus_edits)
    # Without the group, corpus mode does nothing extra.
    plain = chrome_report(text)
    assert len(plain.edits) <= len(result.edits)


def test_a_wrapped_repeated_paragraph_is_learned_as_the_stage_reads_it() -> None:
    notice = (
        "This site uses cookies to give you the best experience; by going on\n"
        "reading you agree to our use of cookies and to our privacy policy,\n"
        "which you can read in full at any time from the link at the bottom\n"
        "of every page."
    )
    story = (
        "The harbour authority said on Tuesday that six ships were delayed by\n"
        "the storm, and that repairs to the northern pier would take most of\n"
        "the winter to finish, according to the engineers who inspected it."
    )
    docs = [("a", f"{notice}\n\n{story} ({i})") for i in range(4)]
    docs += [("b", f"Other site {i}\n\n{story}") for i in range(4)]
    page = f"{notice}\n\n{story}"
    learned = learn_repeated_lines(docs).lines_for("a")
    edits = chrome_report(page, repeated=learned).edits
    assert any("uses cookies" in e.before and "of every page." in e.before for e in edits)


def test_a_file_that_is_not_learned_lines_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"hello": 1}')
    with pytest.raises(ValueError, match="learn-chrome"):
        load_repeated_lines(str(path))
    with pytest.raises(ValueError, match="cannot read"):
        load_repeated_lines(str(tmp_path / "missing.json"))


def test_cli_learns_then_cleans_with_group_key(tmp_path: Path) -> None:
    data = tmp_path / "corpus.jsonl"
    with data.open("w", encoding="utf-8") as f:
        for i, (host, text) in enumerate(corpus()):
            f.write(json.dumps({"id": i, "host": host, "text": text}) + "\n")
    lines = tmp_path / "lines.json"
    run = [sys.executable, "-m", "textrepair"]
    proc = subprocess.run(
        [*run, "learn-chrome", str(data), "-o", str(lines), "--group-key", "host"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "learned" in proc.stderr
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [
            *run,
            *("clean", str(data), "-o", str(out), "--group-key", "host", "--workers", "1"),
            *("--option", "chrome=true", "--option", f"chrome_corpus={lines}"),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 12
    assert all("Port news" not in r["text"] and "Prices" not in r["text"] for r in records)
    assert all(r["text"].count("harbour authority") == 1 for r in records)
