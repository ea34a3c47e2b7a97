"""Random text built from the damage textrepair repairs, for fuzzing.

Every generator takes a :class:`random.Random`, so a seed gives the same text
again: the fuzz benchmark draws millions of them, and the property tests draw
them through hypothesis (``st.randoms()``) so that a failure shrinks and replays.
"""

from __future__ import annotations

import random
from collections.abc import Callable

WORDS = (
    "the council approved budget on Monday after debate night members split schools roads "
    "Parliament party war room Google often says Facebook told reporters Minutes Trump "
    "Parscale Jourova Carbonatix café naïve Zürich São Paulo it’s don’t party’s (yes) "
    "first-of-its-kind well-known"
).split()
SPUN = ["hepatic portal vein", "severalize newsperson", "500-Lebanese pound gorilla", "per centum"]
CHROME = [
    "Audio By Carbonatix",
    "Latest Stories",
    "32 seconds -",
    "Read more:",
    "Subscribe to our Daily Newsletter",
    "You May Also Like",
    "![]()",
    "  * [World](https://example.com/world)",
    "Photo: Getty Images",
    "Beta V.1.0 - Powered by automated translation",
]
ODD = (
    "\x00\x07\x1b\x7f\x80\x85\x8d\x9d\xa0\xad\ufeff\ufffd\u200b\u200d\ud800\udc00\udbff\udfff"
    "ÂÃâ€œ™ðŸ˜&#;\r\n\t"
)


def _prose(rng: random.Random, words: int) -> str:
    picked = [rng.choice(WORDS) + ("," if rng.random() < 0.1 else "") for _ in range(words)]
    return " ".join(picked) + "."


def _mojibake(text: str, rng: random.Random) -> str:
    """One or two layers of UTF-8 read as Windows-1252 or Latin-1."""
    for _ in range(rng.choice((1, 1, 2))):
        raw = text.encode("utf-8", "surrogatepass")
        codec = rng.choice(("cp1252", "latin-1"))
        text = raw.decode(codec, errors=rng.choice(("replace", "ignore")))
    return text


def _tokenize(text: str, rng: random.Random) -> str:
    for mark in (",", ".", "’s", "n’t", "(", ")", "-"):
        if rng.random() < 0.5:
            text = text.replace(mark, f" {mark} ")
    return text


def _glue(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    out = [words[0]] if words else []
    for word in words[1:]:
        out.append(word if rng.random() < 0.3 else " " + word)
    return "".join(out)


def _controls(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 8)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(ODD))
    return "".join(chars)


def _arbitrary(rng: random.Random) -> str:
    """Any code points: astral, combining, right-to-left, unassigned, surrogates."""
    size = rng.randint(0, 40)
    ranges = [(0, 0x7F), (0x80, 0x2FF), (0x300, 0x36F), (0x590, 0x6FF), (0x2000, 0x206F),
              (0x3040, 0x30FF), (0x4E00, 0x4E80), (0xD800, 0xDFFF), (0xFFF0, 0xFFFF),
              (0x1F300, 0x1F6FF), (0xE0000, 0xE007F)]  # fmt: skip
    out = []
    for _ in range(size):
        lo, hi = rng.choice(ranges)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


DAMAGE: dict[str, Callable[[str, random.Random], str]] = {
    "mojibake": _mojibake,
    "tokenizer spacing": _tokenize,
    "glue": _glue,
    "controls": _controls,
}


def damaged_text(rng: random.Random) -> str:
    """A short document: prose, chrome lines, spun phrases and arbitrary text, then damage."""
    parts: list[str] = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        if kind < 0.45:
            parts.append(_prose(rng, rng.randint(1, 25)))
        elif kind < 0.65:
            parts.append(rng.choice(CHROME))
        elif kind < 0.75:
            parts.append(_prose(rng, 4) + " " + rng.choice(SPUN) + " " + _prose(rng, 4))
        else:
            parts.append(_arbitrary(rng))
    text = rng.choice(("\n", "\n\n", " ", "\r\n")).join(parts)
    for damage in DAMAGE.values():
        if rng.random() < 0.35:
            text = damage(text, rng)
    return text
