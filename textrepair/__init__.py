"""textrepair: repair corrupted article text and explain every change.

>>> import textrepair
>>> textrepair.repair("It was the partyâ€™s â€œwar roomâ€ in ParliamentÂ")
'It was the party’s “war room” in Parliament'
>>> result = textrepair.repair_and_explain("donâ€™t")
>>> [(e.before, e.after) for e in result.edits]
[('â€™', '’')]
"""

from __future__ import annotations

import logging

from textrepair._inputs import ensure_text
from textrepair.chrome import strip_chrome
from textrepair.config import PRESETS, RepairConfig, resolve_config
from textrepair.edits import Edit, EditError, apply_edits, invert_edits
from textrepair.encoding import fix_encoding
from textrepair.language import Language, LanguageBlock, identify_blocks
from textrepair.language import identify as _identify
from textrepair.pipeline import RepairResult, StageResult, repair_text, run_pipeline
from textrepair.spacing import fix_spacing
from textrepair.spin import SpinReport, SpinSpan, detect_spin

__version__ = "0.1.0"

__all__ = [
    "PRESETS",
    "Edit",
    "EditError",
    "Language",
    "LanguageBlock",
    "RepairConfig",
    "RepairResult",
    "SpinReport",
    "SpinSpan",
    "StageResult",
    "__version__",
    "apply_edits",
    "detect_spin",
    "fix_encoding",
    "fix_spacing",
    "identify_blocks",
    "identify_language",
    "invert_edits",
    "repair",
    "repair_and_explain",
    "strip_chrome",
]


def repair(text: str, config: RepairConfig | str | None = None, **options: object) -> str:
    """Repair ``text`` with every enabled stage and return the repaired text.

    ``config`` is a :class:`RepairConfig`, a preset name (see :data:`PRESETS`)
    or ``None`` for the conservative default; keyword options override it.

    >>> repair("Read more:Â")
    'Read more:'
    >>> repair("&quot;quoted&quot;", unescape_html=False)
    '&quot;quoted&quot;'
    """
    return repair_text(ensure_text(text), resolve_config(config, **options))


def repair_and_explain(
    text: str, config: RepairConfig | str | None = None, **options: object
) -> RepairResult:
    """Repair ``text`` and return a :class:`RepairResult` with every edit.

    The edits are on the input: replaying them gives ``result.text`` and
    ``result.restore()`` gives the input back.

    >>> r = repair_and_explain("WireGuardÂ® support")
    >>> r.text, r.edits[0].reason
    ('WireGuard® support', 'mojibake: UTF-8 read as Latin-1/Windows-1252')
    >>> apply_edits("WireGuardÂ® support", r.edits) == r.text
    True
    """
    return run_pipeline(ensure_text(text), resolve_config(config, **options))


def identify_language(text: str) -> Language:
    """The language ``text`` is written in, with the identifier's confidence.

    ``identify_blocks(text)`` gives each paragraph's language instead.

    >>> lang = identify_language("Die Bundesregierung hat am Donnerstag die Steuer gesenkt.")
    >>> lang.code, lang.reliable
    ('de', True)
    """
    return _identify(ensure_text(text))


logging.getLogger("textrepair").addHandler(logging.NullHandler())
