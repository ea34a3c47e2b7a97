"""The encoding stage: mojibake, HTML entities, control characters.

Built on ftfy with repairs only (see :class:`~textrepair.RepairConfig` for each
default), plus two repairs ftfy does not make (:mod:`.dropped_bytes`), and a
fast path: text that no fix could change is returned after a few regex scans,
with output identical to running every fix.

>>> fix_encoding("sparks row in ParliamentÂ")
'sparks row in Parliament'
>>> fix_encoding("a â€œwar roomâ€ to focus")
'a “war room” to focus'
>>> fix_encoding("SÃO PAULO")
'SÃO PAULO'
"""

from __future__ import annotations

from textrepair._inputs import ensure_text
from textrepair.config import RepairConfig, resolve_config
from textrepair.edits import Edit, apply_edits
from textrepair.encoding.segments import encoding_edits, is_clean
from textrepair.language.support import EVERY_LANGUAGE, LanguageSupport

__all__ = ["LANGUAGES", "encoding_edits", "fix_encoding", "is_clean"]

LANGUAGES = LanguageSupport(
    (EVERY_LANGUAGE,),
    "",
    "decoding is language-neutral; the word checks that confirm a repair of a lost "
    "or mis-decoded byte know 17 Latin-script languages (wordfreq)",
)
"""The encoding stage repairs text of every language."""


def fix_encoding(text: str, config: RepairConfig | str | None = None, **options: object) -> str:
    """Repair mojibake, HTML entities and stray control characters in ``text``.

    Options are the fields of :class:`~textrepair.RepairConfig`.

    >>> fix_encoding("The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.")
    'The Mona Lisa doesn’t have eyebrows.'
    >>> fix_encoding("It&#39;s fine", unescape_html=False)
    'It&#39;s fine'
    """
    text = ensure_text(text)
    cfg = resolve_config(config, **options)
    edits: list[Edit] = encoding_edits(text, cfg)
    return apply_edits(text, edits) if edits else text
