"""A WordNet synonym spinner that reproduces what seed 002 shows, for training and benchmarks.

It swaps a chosen share of ALL words for a random lemma of a random synset of
the word, of any sense ("told" → "severalize", "portal" → "hepatic portal vein",
"going" → "kick the bucket"), writes the lemma as WordNet has it (no
re-inflection: "reporters" → "newsperson"), and can tokenizer-space the result
("it ’s", "do n’t"). Closed-class words are never swapped; capitalised words only
at the start of a sentence. Deterministic for a given ``random.Random``.

This is not part of the package: it only makes data to train and measure on.
"""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import zipf
from textrepair.spin.wordnet import WordNet, wordnet

_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"’”)]?\s+)$")
# Positions where a treebank tokenizer puts a space.
_TOKENIZE = re.compile(
    r"(?<=\w)(?=[.,;:!?)\]\"”%])|(?<=[)\]\"”])(?=[.,;:!?])"  # before closing punctuation
    r"|(?<=[(\[\"“$])(?=\w)"  # after opening punctuation
    r"|(?<=\w)(?=n['’]t\b)"  # do|n't
    r"|(?<=[^n\W])(?=['’](?:s|re|ve|ll|d|m)\b)"  # it|'s
    r"|(?<=\w)(?=-\w)|(?<=\w-)(?=\w)"  # one - on - one
)
SKIP = FUNCTION_WORDS | frozenset(
    "be being been get got say says said make made go goes went not there here s t".split()
)


@dataclass(frozen=True)
class Swap:
    """One swapped word: its span in the spun text, the original and the replacement."""

    start: int
    end: int
    original: str
    replacement: str


@dataclass(frozen=True)
class SpunText:
    """Spun text and the truth about every swap in it."""

    text: str
    swaps: tuple[Swap, ...]
    words: int  # number of words in the original


#: How a spinner picks the synonym, as real spinners differ.
STYLES = ("random", "frequent", "first", "multiword")


def _options(wn: WordNet, word: str) -> list[tuple[str, str, int, list[str]]]:
    """(lemma, pos, sense number, other members) for every sense of every base form."""
    options = []
    for lemma, pos in wn.morphy(word):
        for sense in wn.senses(lemma, pos):
            others = [m for m in wn.members(sense.synset) if m.lower() != lemma]
            if others:
                options.append((lemma, pos, sense.number, others))
    return options


def _replacement(
    wn: WordNet, word: str, rng: random.Random, style: str = "random"
) -> tuple[str, str, str] | None:
    """(replacement, lemma, pos) for ``word`` in the spinner's ``style``, or None.

    ``random``: a random member of a random sense (seed 002's spinner);
    ``frequent``: the most common word (wordfreq) among all senses' members;
    ``first``: the first other member of the most frequent sense;
    ``multiword``: a multiword member when any sense has one, else as ``random``.
    """
    options = _options(wn, word)
    if not options:
        return None
    if style == "frequent":
        lemma, pos, _, others = max(options, key=lambda o: max(zipf(m) for m in o[3]))
        return max(others, key=zipf), lemma, pos
    if style == "first":
        lemma, pos, _, others = min(options, key=lambda o: o[2])
        return others[0], lemma, pos
    if style == "multiword":
        multi = [(o, m) for o in options for m in o[3] if " " in m or "-" in m]
        if multi:
            (lemma, pos, _, _), member = rng.choice(multi)
            return member, lemma, pos
    lemma, pos, _, others = rng.choice(options)
    return rng.choice(others), lemma, pos


def _suffixed(word: str, suffix: str) -> str:
    """``word`` with an inflection added: s, ed or ing."""
    if suffix == "s":
        if word.endswith("man"):
            return word[:-3] + "men"
        if re.search(r"(?:s|x|z|ch|sh)$", word):
            return word + "es"
        return word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"
    if word.endswith("e") and not word.endswith("ee"):
        word = word[:-1]
    if suffix == "ed" and re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ied"
    return word + suffix


def inflect(replacement: str, original: str, lemma: str, pos: str) -> str:
    """Give ``replacement`` the inflection ``original`` has over ``lemma``.

    >>> inflect("newsperson", "reporters", "reporter", "n")
    'newspersons'
    >>> inflect("kick the bucket", "going", "go", "v")
    'kicking the bucket'
    >>> inflect("severalise", "told", "tell", "v")
    'severalised'
    """
    word = original.lower()
    if word == lemma or pos not in ("n", "v"):
        return replacement
    if pos == "n":
        suffix = "s"
    elif word.endswith("ing"):
        suffix = "ing"
    elif word.endswith("s") and not word.endswith("ss"):
        suffix = "s"
    else:
        suffix = "ed"
    parts = replacement.split(" ")
    at = len(parts) - 1 if pos == "n" else 0  # "per centums", "kicking the bucket"
    irregular = _irregular_past().get(parts[at].lower()) if suffix == "ed" else None
    parts[at] = irregular or _suffixed(parts[at], suffix)
    return " ".join(parts)


@cache
def _irregular_past() -> dict[str, str]:
    """WordNet's verb exceptions reversed: ``tell`` -> ``told`` (the first past form listed)."""
    past: dict[str, str] = {}
    for form, bases in sorted(wordnet().exceptions["v"].items()):
        for base in bases:
            if not form.endswith(("ing", "s")):
                past.setdefault(base, form)
    return past


def spin(
    text: str,
    rate: float,
    rng: random.Random,
    *,
    tokenize: bool = False,
    wn: WordNet | None = None,
    style: str = "random",
    inflected: bool = False,
) -> SpunText:
    """Swap ``rate`` of all words in ``text`` for WordNet synonyms.

    ``style`` says how the synonym is picked (:data:`STYLES`); ``inflected``
    gives it the original's inflection ("told" → "severalised" not
    "severalize").

    >>> s = spin("The reporters said the new portal was open.", 0.3, random.Random(1))
    >>> len(s.swaps), s.words
    (2, 8)
    >>> spin("The reporters said it.", 0.3, random.Random(1), style="frequent", inflected=True).text
    'The newsmen said it.'
    """
    if style not in STYLES:
        raise ValueError(f"unknown spinner style {style!r}; known: {', '.join(STYLES)}")
    wn = wn or wordnet()
    words = list(_WORD.finditer(text))
    eligible = []
    for m in words:
        word = m.group()
        if word.lower() in SKIP or len(word) < 3 or text[m.end() : m.end() + 2] in ("'t", "’t"):
            continue  # closed-class words, and "don" in "don't"
        if word[0].isupper() and not (
            word[1:].islower() and _SENTENCE_START.search(text, 0, m.start())
        ):
            continue
        eligible.append(m)
    rng.shuffle(eligible)
    target = round(rate * len(words))
    chosen: list[tuple[re.Match[str], str]] = []
    for m in eligible:
        if len(chosen) >= target:
            break
        found = _replacement(wn, m.group(), rng, style)
        if found is None:
            continue
        new, lemma, pos = found
        if inflected:
            new = inflect(new, m.group(), lemma, pos)
        if m.group()[0].isupper():
            new = new[0].upper() + new[1:]
        chosen.append((m, new))
    return _apply(text, chosen, len(words), tokenize)


def _apply(
    text: str, chosen: list[tuple[re.Match[str], str]], words: int, tokenize: bool
) -> SpunText:
    """Write the chosen replacements into ``text`` and record each swap's new span."""
    chosen.sort(key=lambda c: c[0].start())
    out: list[str] = []
    swaps: list[Swap] = []
    pos = length = 0
    for m, new in chosen:
        out.append(text[pos : m.start()])
        length += m.start() - pos
        swaps.append(Swap(length, length + len(new), m.group(), new))
        out.append(new)
        length += len(new)
        pos = m.end()
    out.append(text[pos:])
    spun = "".join(out)
    if tokenize:
        spun, swaps = _tokenize(spun, swaps)
    return SpunText(spun, tuple(swaps), words)


@cache
def _tortured_index() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """The shipped tortured-phrase list reversed: expected phrase -> tortured phrases."""
    by_expected: dict[str, list[str]] = {}
    path = resources.files("textrepair.spin").joinpath("tortured_phrases.tsv")
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        tortured, expected, _ = line.split("\t")
        if re.fullmatch(r"[a-z]+(?:[ -][a-z]+)+", expected):  # phrases, not "and"
            by_expected.setdefault(expected, []).append(tortured)
    phrases = sorted(by_expected, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)
    return pattern, by_expected


def torture(text: str, rate: float, rng: random.Random, *, tokenize: bool = False) -> SpunText:
    """Replace known phrases by tortured ones (the paper mills' spinners), up to ``rate``.

    Only text that contains a phrase of the list changes; ``rate`` bounds the
    words replaced.

    >>> torture("We used artificial intelligence here.", 0.5, random.Random(1)).swaps[0].original
    'artificial intelligence'
    """
    pattern, by_expected = _tortured_index()
    words = len(_WORD.findall(text))
    found = list(pattern.finditer(text))
    rng.shuffle(found)
    chosen: list[tuple[re.Match[str], str]] = []
    budget = round(rate * words)
    for m in found:
        size = len(m.group().split())
        if size > budget:
            continue
        budget -= size
        chosen.append((m, rng.choice(by_expected[m.group().lower()])))
    return _apply(text, chosen, words, tokenize)


def tokenized(spun: SpunText) -> SpunText:
    """``spun`` tokenizer-spaced ("it ’s", "do n’t"), its swaps moved with the text.

    >>> tokenized(spin("It's the reporters' day.", 0.0, random.Random(1))).text
    "It 's the reporters' day ."
    """
    text, swaps = _tokenize(spun.text, list(spun.swaps))
    return SpunText(text, tuple(swaps), spun.words)


def _tokenize(text: str, swaps: list[Swap]) -> tuple[str, list[Swap]]:
    points = [m.start() for m in _TOKENIZE.finditer(text)]
    # A space inserted at a swap's start moves the swap; one at its end does not.
    pieces = []
    prev = 0
    for p in points:
        pieces.append(text[prev:p])
        prev = p
    pieces.append(text[prev:])
    moved = [
        Swap(
            s.start + bisect.bisect_right(points, s.start),
            s.end + bisect.bisect_left(points, s.end),
            s.original,
            s.replacement,
        )
        for s in swaps
    ]
    return " ".join(pieces), moved


Spinner = Callable[[str, float, random.Random], SpunText]
#: The spinners the benchmarks and the training draw from, by name.
SPINNERS: dict[str, Spinner] = {
    "random sense": lambda t, r, g: spin(t, r, g),
    "random, inflected": lambda t, r, g: spin(t, r, g, inflected=True),
    "most frequent": lambda t, r, g: spin(t, r, g, style="frequent", inflected=True),
    "first listed": lambda t, r, g: spin(t, r, g, style="first"),
    "multiword": lambda t, r, g: spin(t, r, g, style="multiword", inflected=True),
}
