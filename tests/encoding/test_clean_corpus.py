"""On real clean articles the stage changes only genuine damage."""

from __future__ import annotations

import regex

from textrepair import RepairConfig
from textrepair.encoding import encoding_edits

# What genuine damage is made of: mojibake lead characters, entities, BOMs, controls.
DAMAGE = regex.compile(r"[ÂÃâ\x80-\x9f\ufeff\x00-\x08\x0b\x0e-\x1f\x7f]|&#?\w+;")


def test_only_damage_is_edited(wcxb_pages: list[dict[str, str]]) -> None:
    config = RepairConfig()
    changed = 0
    for page in wcxb_pages:
        edits = encoding_edits(page["gold"], config)
        changed += bool(edits)
        for edit in edits:
            assert DAMAGE.search(edit.before), (page["id"], edit)
        if not DAMAGE.search(page["gold"]):
            assert edits == [], page["id"]
    # A handful of real pages carry real damage; most carry none.
    assert 0 < changed <= 0.02 * len(wcxb_pages)
