"""Line labels and scores for the chrome benchmark and training.

A line of a page's text is content when it is a line of the ``gold`` text,
or (four tokens or more) a run of the gold's tokens; token-level scores follow
WCXB's own definition: bag-of-words precision, recall and F1 of the ``\\w+``
tokens, lower-cased, with multiplicity, per page. Chinese and Japanese
characters are a token each (those scripts write no spaces, so ``\\w+`` would
make a clause one token). Markdown is compared by what a reader sees
(:func:`visible`): link text without its target, and no URLs.
"""

from __future__ import annotations

import re
from collections import Counter

from textrepair.chrome.lines import Line

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"(?:https?://|www\.)\S+|\]\([^)\s]*\)?|\((?:/|#)[^)\s]*\)")


def tokens(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens (a Chinese or Japanese character is one).

    >>> tokens("Read more: 東京 2024")
    ['read', 'more', '東', '京', '2024']
    """
    return _TOKEN.findall(text.lower())


def visible(text: str) -> str:
    """``text`` as a reader of its markdown sees it: link and image text, no URLs.

    >>> visible("* [World](https://example.org/world) ![Photo](/i.png) see www.x.org")
    '* World Photo see '
    """
    return _URL.sub("", _LINK.sub(r"\1", _IMAGE.sub(r"\1", text)))


def visible_tokens(text: str) -> list[str]:
    """The tokens of :func:`visible` text: what the markdown scores count."""
    return tokens(visible(text))


def line_labels(lines: list[Line], gold: str, markdown: bool = False) -> list[int]:
    """1 for each line that belongs to the gold text, 0 for chrome.

    A line belongs when its tokens are a line of the gold, or (four tokens or
    more) a run of the gold's tokens. Spaces do not count: a line whose
    spaces were lost (``said.Alweendo``) still matches when, written without
    spaces, it is a gold line or (20 characters or more) a part of the gold
    written without spaces. With ``markdown``, lines are compared by their
    :func:`visible` text.
    """
    gold_tokens = [tokens(line) for line in gold.splitlines() if line.strip()]
    gold_lines = {" ".join(t) for t in gold_tokens}
    bare_lines = {"".join(t) for t in gold_tokens}
    gold_seq = " " + " ".join(tokens(gold)) + " "
    bare_seq = "".join(tokens(gold))
    read = visible_tokens if markdown else tokens
    out = []
    for line in lines:
        words = read(line.text)
        norm, bare = " ".join(words), "".join(words)
        inside = bool(norm) and (
            norm in gold_lines
            or (len(words) >= 4 and f" {norm} " in gold_seq)
            or bare in bare_lines
            or (len(bare) >= 20 and bare in bare_seq)
        )
        out.append(int(inside))
    return out


def token_f1(output: str, gold: str, markdown: bool = False) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``output`` against ``gold``.

    With ``markdown``, ``output`` is read as :func:`visible` text (URLs are not tokens).
    """
    out = Counter(visible_tokens(output) if markdown else tokens(output))
    ref = Counter(tokens(gold))
    common = sum((out & ref).values())
    if not out and not ref:
        return 1.0, 1.0, 1.0
    precision = common / max(sum(out.values()), 1)
    recall = common / max(sum(ref.values()), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    return precision, recall, f1


def snippets_kept(output: str, snippets: list[str]) -> tuple[int, int]:
    """How many of ``snippets`` are still in ``output`` (compared as token runs)."""
    seq = " " + " ".join(tokens(output)) + " "
    kept = sum(f" {' '.join(tokens(s))} " in seq for s in snippets if tokens(s))
    return kept, sum(1 for s in snippets if tokens(s))
