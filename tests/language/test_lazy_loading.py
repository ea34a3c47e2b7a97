"""The word lists and the language identifier load on first use, once per process."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
import textrepair
from textrepair.language import identifier, lexicon
assert lexicon._english.cache_info().currsize == 0
assert lexicon._bigrams.cache_info().currsize == 0
assert lexicon._spelling_words.cache_info().currsize == 0
assert identifier._cld2.cache_info().currsize == 0
assert "pycld2" not in sys.modules
textrepair.fix_spacing("a voterregistration crusade")
textrepair.fix_spacing("a voterregistration crusade")
assert lexicon._english.cache_info().currsize == 1
assert lexicon._bigrams.cache_info().misses == 1
assert identifier._cld2.cache_info().misses == 1
print("ok")
"""


def test_import_loads_no_word_list() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
