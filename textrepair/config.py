"""One frozen, typed configuration for every stage, with named presets.

Keyword options are sugar for :func:`dataclasses.replace`; an unknown option is
an error that names the closest valid one, and a value of the wrong type or out
of range is an error that says what the option takes.

>>> cfg = resolve_config(None, uncurl_quotes=True)
>>> cfg.uncurl_quotes, cfg.encoding
(True, True)
>>> resolve_config("ftfy").normalization
'NFC'
>>> resolve_config(None, chrome_threshold="high")
Traceback (most recent call last):
...
ValueError: textrepair option 'chrome_threshold' must be a number from 0 to 1 or None, not 'high'
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass
from typing import Literal

__all__ = ["PRESETS", "RepairConfig", "resolve_config"]

Normalization = Literal["NFC", "NFKC", "NFD", "NFKD"]


_NORMALIZATIONS = ("NFC", "NFKC", "NFD", "NFKD")


def _checked(name: str, kind: str, value: object) -> object:
    """``value`` if it fits the field's type (an int where a float goes becomes a float).

    Every float option is a probability, confidence or share, from 0 to 1.
    """
    optional = kind.endswith("| None")
    if value is None and optional:
        return value
    base = kind.removesuffix(" | None")
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if base == "float" and is_number and 0 <= float(value) <= 1:  # type: ignore[arg-type]
        return float(value)  # type: ignore[arg-type]
    if base == "int" and is_number and isinstance(value, int) and value > 0:
        return value
    if base == "bool" and isinstance(value, bool):
        return value
    if base == "bool | Literal['auto']" and (isinstance(value, bool) or value == "auto"):
        return value
    if base == "str" and isinstance(value, str):
        return value
    if base == "Normalization" and value in _NORMALIZATIONS:
        return value
    wanted = {
        "float": "a number from 0 to 1",
        "int": "a positive whole number",
        "bool": "true or false",
        "bool | Literal['auto']": "true, false or 'auto'",
        "str": "a string",
        "Normalization": "one of " + ", ".join(_NORMALIZATIONS),
    }.get(base, base)
    raise ValueError(
        f"textrepair option {name!r} must be {wanted}{' or None' if optional else ''}, "
        f"not {value!r}"
    )


@dataclass(frozen=True)
class RepairConfig:
    """Which repairs run and how cautious they are.

    The defaults are the ``"conservative"`` preset: repairs only, nothing that
    merely normalises. Each field says why it has its default.
    """

    # --- stages -------------------------------------------------------------
    encoding: bool = True
    """Run the encoding stage (mojibake, HTML entities, control characters)."""

    spacing: bool = True
    """Run the spacing stage (tokenizer spacing, glued words; English text only)."""

    chrome: bool = False
    """Run the chrome stage: remove page furniture (menus, "Read more" lists,
    newsletter prompts, photo credits) from article text. Off by default until
    it removes chrome as well as extractors that see the HTML do (see
    benchmarks/RESULTS.md); every removed line stays in the edits."""

    spin: bool = False
    """Run the spin stage: score the text for synonym spinning and mark the spun
    words (``RepairResult.spin``; English only). Off by default because it is the
    slowest stage by far (see benchmarks/RESULTS.md); ``detect_spin`` and
    ``textrepair spin`` run it on demand."""

    # --- encoding stage: repairs (on by default) -----------------------------
    unescape_html: bool | Literal["auto"] = "auto"
    """Decode HTML entities (``&#39;``, ``&amp;``). ``"auto"`` skips any line that
    contains ``<``, because such a line may be markup that means the entity."""
    remove_control_chars: bool = True
    """Delete control characters and byte-order marks that have no place in text
    (kept in the edits, so nothing is lost)."""
    remove_terminal_escapes: bool = True
    """Delete ANSI terminal escape sequences (``\\x1b[31m``)."""
    fix_surrogates: bool = True
    """Join UTF-16 surrogate pairs; replace lone surrogates, which cannot be
    encoded as UTF-8, by U+FFFD."""
    restore_dropped_bytes: bool = True
    """Repair mojibake whose source lost bytes that Windows-1252 leaves
    undefined (``â€`` for ``”``) before ftfy decodes it (ftfy would read a dagger)."""
    rescue_code_page_words: bool = True
    """Re-decode single words damaged by a MacRoman, code page 437 or Windows-1251
    mixup that ftfy leaves alone (``pi√π`` → ``più``), only when the word is unknown
    as written and known once re-decoded (wordfreq)."""
    strip_stray_nbsp_marks: bool = True
    """Repair a lone ``Â``/``Ã`` left at the end of a line after ``strip()``
    removed the non-breaking space that followed it (``ParliamentÂ``)."""

    # --- encoding stage: normalisations (off by default: not repairs) --------
    uncurl_quotes: bool = False
    """Turn curly quotes into straight ones. Off: curly quotes are correct text."""
    fix_latin_ligatures: bool = False
    """Expand ligatures such as ``ﬁ``. Off: changes text that is not broken."""
    fix_character_width: bool = False
    """Fold full-width and half-width forms. Off: correct in CJK text."""
    normalization: Normalization | None = None
    """Unicode normalisation form. Off: NFC alone folds the Kelvin sign into
    ``K`` and CJK compatibility ideographs into others, which is not a repair."""

    # --- spacing stage ----------------------------------------------------------
    detokenize: bool = True
    """Undo tokenizer spacing (``it ’s``, ``word , word``) on lines that show it."""
    split_glued_words: bool = True
    """Split words glued where a link lost its spaces (``saysFacebook``)."""
    spacing_min_confidence: float | None = None
    """Spacing edits below this confidence are not made: raise it for fewer
    false splits, lower it for more repairs. ``None`` uses each rule's and the
    glued-word model's own calibrated threshold."""

    # --- chrome stage -------------------------------------------------------------
    chrome_threshold: float | None = None
    """Lines whose P(article) is below this are removed. ``None`` uses the shipped
    threshold (best token F1 on the training pages)."""
    chrome_corpus: str | None = None
    """Path of the repeated lines learned by ``textrepair learn-chrome`` (corpus mode):
    a document's lines that its group repeats are removed too."""
    chrome_group: str | None = None
    """The group (site) of the document, for corpus mode (set per record by
    ``--group-key`` in a batch)."""
    chrome_max_share: float = 0.95
    """Never remove more than this share of a document's text as a reader sees it
    (markdown link targets and URLs not counted). When the line model would, only the
    rules' sure signs go (the page is more often a listing, a collection or a forum the
    model misreads than an article); when they too would, the stage keeps the text."""
    chrome_remove_spliced: bool = False
    """Also remove the blocks flagged as a spliced story (another article's
    paragraphs inside this one). Off: on held-out articles the flag catches about
    half of the stories spliced from a random other article and a quarter of those
    from a close neighbour, and 1.2 % of clean articles are flagged too, so flagged
    blocks are reported in the chrome stage's note and kept."""
    chrome_spliced_confidence: float | None = None
    """Flag a block as a spliced story from this confidence (the share of clean
    articles it is more out of place than). ``None`` uses the shipped 0.99, and
    0.75 for a block between two lines removed as chrome (a story embedded with
    its furniture, as seed 001's)."""

    # --- spin stage -------------------------------------------------------------
    restore_spin: bool = False
    """Replace the spans of a document judged spun by their most likely originals.
    Off: the suggestions are lemmas and right about half the time, so restoring
    is for readers of spun text, not for archives (``RepairResult.spin`` always
    has the report when the stage runs)."""
    spin_threshold: float | None = None
    """Document score at or above which text counts as spun. ``None`` uses the
    shipped threshold, chosen to keep false positives at 0.25 % of clean articles."""

    # --- bounds ---------------------------------------------------------------
    max_segment_length: int = 100_000
    """Longest piece of a line the encoding stage decodes at once; bounds the
    worst-case cost of very long lines."""

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            checked = _checked(f.name, str(f.type), value)
            if checked is not value:
                object.__setattr__(self, f.name, checked)

    def replace(self, **options: object) -> RepairConfig:
        """Return a copy with ``options`` changed (unknown names are an error)."""
        _check_option_names(options)
        return dataclasses.replace(self, **options)  # type: ignore[arg-type]


PRESETS: dict[str, RepairConfig] = {
    "conservative": RepairConfig(),
    # ftfy.fix_text's own defaults, for users who want its normalisations too.
    "ftfy": RepairConfig(
        uncurl_quotes=True,
        fix_latin_ligatures=True,
        fix_character_width=True,
        normalization="NFC",
    ),
    # Every stage: also remove site chrome and score the text for spinning.
    "all": RepairConfig(chrome=True, spin=True),
}
"""Named configurations: ``"conservative"`` (the default), ``"ftfy"`` and ``"all"``."""


def _check_option_names(options: dict[str, object]) -> None:
    valid = {f.name for f in dataclasses.fields(RepairConfig)}
    for name in options:
        if name not in valid:
            close = difflib.get_close_matches(name, sorted(valid), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise TypeError(f"unknown textrepair option {name!r}{hint}")


def resolve_config(config: RepairConfig | str | None, **options: object) -> RepairConfig:
    """Turn ``config`` (an object, a preset name or ``None``) plus options into a config.

    >>> resolve_config("conservative", encoding=False).encoding
    False
    >>> resolve_config(None, encodnig=False)
    Traceback (most recent call last):
    ...
    TypeError: unknown textrepair option 'encodnig'; did you mean 'encoding'?
    """
    if config is None:
        base = PRESETS["conservative"]
    elif isinstance(config, str):
        try:
            base = PRESETS[config]
        except KeyError:
            raise ValueError(
                f"unknown preset {config!r}; choose one of {', '.join(sorted(PRESETS))}"
            ) from None
    elif isinstance(config, RepairConfig):
        base = config
    else:
        raise TypeError(
            f"config must be a RepairConfig, a preset name or None, not {type(config).__name__}"
        )
    return base.replace(**options) if options else base
