"""The line-based extractors the chrome suites compare the stage with, on the same text.

>>> c4_rules("Home\\nThe council approved the budget on Monday.\\nPrivacy policy applies here.")
'The council approved the budget on Monday.'
"""

from __future__ import annotations

import html
import re

__all__ = ["c4_rules", "justext_lines", "keep_all"]

_TERMINAL = re.compile(r"[.!?\"”']\s*$")
_C4_BAD = ("javascript", "terms of use", "privacy policy", "cookie policy", "uses cookies")
_JUSTEXT_LANGUAGES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "no": "Norwegian_Bokmal",
    "da": "Danish",
    "sv": "Swedish",
    "fi": "Finnish",
    "cs": "Czech",
    "pl": "Polish",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "hu": "Hungarian",
    "ro": "Romanian",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "el": "Greek",
}


def keep_all(text: str) -> str:
    return text


def c4_rules(text: str) -> str:
    """C4's line rules: terminal punctuation, three words or more, no policy or script lines."""
    kept = []
    for line in text.splitlines():
        lowered = line.lower()
        if (
            _TERMINAL.search(line)
            and len(line.split()) >= 3
            and not any(bad in lowered for bad in _C4_BAD)
        ):
            kept.append(line)
    return "\n".join(kept)


def justext_lines(text: str, lang: str = "en") -> str:
    """jusText with each line as a paragraph and the stop list of ``lang`` (ISO 639-1).

    A language jusText has no list for is read with English's.
    """
    import justext  # type: ignore[import-untyped]

    name = _JUSTEXT_LANGUAGES.get(lang, "English")
    stoplist = justext.get_stoplist(name) if name in justext.get_stoplists() else frozenset()
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    page = (
        "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    )
    paragraphs = justext.justext(page.encode("utf-8"), stoplist)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
