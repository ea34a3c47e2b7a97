"""Flag a block of paragraphs whose topic breaks from the article around it (a spliced story).

Scraped pages sometimes carry a second, unrelated story inside the first: an
inline "related" item whose paragraphs the extractor kept (seed ``001``: an EU
item about Vera Jourova between two halves of a story about Facebook and
election campaigns). Plain text still shows it: the block's words, and above
all its names, are not used by the rest of the article, while the text before
it and the text after it share theirs.

Every run of two to six consecutive paragraphs (lines of at least twelve
words) with a paragraph before and after it is scored by a small logistic
regression on nine overlap features (how much of the block's vocabulary and
names the rest of the text uses; how alike the four paragraphs before and the
four after are, and how alike each is to the block), with words weighted by
rarity (a shared "Jourova" says more than a shared "year"). Its ``confidence`` is the share of
clean training articles whose best block scores lower, so 0.99 means "more
out of place than any block in 99 % of clean articles". Trained by
``python -m benchmarks.train_spliced`` on articles with paragraphs of another
article spliced in.

>>> story = [
...     "Facebook said on Thursday it would stop sending staff to political campaigns "
...     "ahead of the elections, a change from the help it gave candidates in 2016.",
...     "The company said campaigns could still get help with Facebook ads through an "
...     "online portal, and that the change applied to every candidate equally.",
... ]
>>> spliced_blocks("\\n".join(story))  # too short to have a block in the middle
()
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from textrepair._logistic import load_weights, logistic
from textrepair.spacing.language import STOPWORDS
from textrepair.spacing.lexicon import zipf

__all__ = [
    "SPLICE_FEATURES",
    "SpliceModel",
    "SplicedBlock",
    "block_features",
    "is_paragraph",
    "load_splice_model",
    "paragraph_lines",
    "spliced_blocks",
]

FORMAT = "textrepair-splice-model"
SPLICE_FEATURES = (
    "block_words_outside",
    "block_names_outside",
    "outside_words_in_block",
    "before_after_similarity",
    "block_before_similarity",
    "block_after_similarity",
    "log_paragraphs",
    "paragraph_share",
    "block_outside_similarity",
)
MIN_WORDS = 12  # a paragraph: a line of at least this many words
MIN_BLOCK = 2
MAX_BLOCK = 6
# Longer documents are not judged: the model learned on articles of up to 36 paragraphs,
# and a long page has so many blocks that one of them always looks out of place.
MAX_PARAGRAPHS = 60
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_RARE_ZIPF = 6.5  # a word's weight is how far its Zipf frequency is below this
_AROUND = 4  # paragraphs before and after a block that its neighbourhood is judged by

Bag = Counter[str]


@lru_cache(maxsize=65536)
def _weight(word: str) -> float:
    return max(0.0, _RARE_ZIPF - zipf(word))


def _bags(paragraph: str) -> tuple[Bag, Bag]:
    """The content words and the names (capitalised words) of a paragraph, lower-cased."""
    words: Bag = Counter()
    names: Bag = Counter()
    for token in _WORD.findall(paragraph):
        lowered = token.lower()
        if len(lowered) < 3 or lowered in STOPWORDS:
            continue
        words[lowered] += 1
        if token[0].isupper():
            names[lowered] += 1
    return words, names


def _norm(bag: Bag, squared: dict[str, float]) -> float:
    """Squared length of a bag with every word weighted by its rarity."""
    return sum(squared[w] * c for w, c in bag.items())


def _cosine(a: Bag, b: Bag, norm_a: float, norm_b: float, squared: dict[str, float]) -> float:
    if norm_a <= 0 or norm_b <= 0:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = sum(squared[w] * min(c, large[w]) for w, c in small.items() if w in large)
    return shared / math.sqrt(norm_a * norm_b)


def block_features(paragraphs: Sequence[str]) -> list[tuple[int, int, list[float]]]:
    """``(i, j, features)`` for every candidate block ``paragraphs[i:j]``.

    >>> [(i, j) for i, j, _ in block_features(["a b c"] * 5)]
    [(1, 3), (1, 4), (2, 4)]
    """
    n = len(paragraphs)
    bags = [_bags(p) for p in paragraphs]
    total: Bag = Counter()
    total_names: Bag = Counter()
    for words, capitalised in bags:
        total.update(words)
        total_names.update(capitalised)
    weight_of = {w: _weight(w) for w in total}
    squared = {w: v * v for w, v in weight_of.items()}
    norms = [_norm(words, squared) for words, _ in bags]
    total_weight = sum(weight_of.values())
    total_norm = sum(norms)

    def window(start: int, end: int) -> tuple[Bag, float]:
        """The words of the paragraphs in ``[start, end)`` and their squared length."""
        bag: Bag = Counter()
        for k in range(max(start, 0), min(end, n)):
            bag.update(bags[k][0])
        return bag, sum(norms[max(start, 0) : min(end, n)])

    afters = [window(j, j + _AROUND) for j in range(n + 1)]
    out: list[tuple[int, int, list[float]]] = []
    for i in range(1, n - 1):
        before, before_norm = window(i - _AROUND, i)
        block: Bag = Counter()
        names: Bag = Counter()
        block_norm = weight = outside = only_block = shared = with_before = 0.0
        name_weight = name_outside = 0.0
        # Sums over the block's words, updated word by word as the block grows.
        for j in range(i + 1, min(i + MAX_BLOCK, n - 1) + 1):
            words, capitalised = bags[j - 1]
            block_norm += norms[j - 1]
            for w, d in words.items():
                ww, c0 = weight_of[w], block[w]
                c1 = c0 + d
                block[w] = c1
                rest0, rest1 = total[w] - c0, total[w] - c1
                if not c0:
                    weight += ww
                    outside += ww if rest1 > 0 else 0.0
                    only_block += 0.0 if rest1 > 0 else ww
                elif rest0 > 0 and rest1 <= 0:  # the block now holds every use of the word
                    outside -= ww
                    only_block += ww
                shared += squared[w] * (min(c1, max(rest1, 0)) - min(c0, max(rest0, 0)))
                seen = before.get(w, 0)
                with_before += squared[w] * (min(c1, seen) - min(c0, seen))
            for w, d in capitalised.items():
                c0 = names[w]
                names[w] = c0 + d
                if not c0:
                    name_weight += weight_of[w]
                    name_outside += weight_of[w] if total_names[w] > c0 + d else 0.0
                elif total_names[w] > c0 and total_names[w] <= c0 + d:
                    name_outside -= weight_of[w]
            if j - i < MIN_BLOCK:
                continue
            after, after_norm = afters[j]
            outside_weight = total_weight - only_block
            outside_norm = total_norm - block_norm
            out.append(
                (
                    i,
                    j,
                    [
                        outside / weight if weight else 0.5,
                        name_outside / name_weight if name_weight else 0.5,
                        outside / outside_weight if outside_weight else 0.5,
                        _cosine(before, after, before_norm, after_norm, squared),
                        with_before / math.sqrt(block_norm * before_norm)
                        if block_norm > 0 and before_norm > 0
                        else 0.0,
                        _cosine(block, after, block_norm, after_norm, squared),
                        math.log(j - i),
                        (j - i) / n,
                        shared / math.sqrt(block_norm * outside_norm)
                        if block_norm > 0 and outside_norm > 0
                        else 0.0,
                    ],
                )
            )
    return out


@dataclass(frozen=True)
class SpliceModel:
    """Weights, and the best-block scores of clean training articles (for the confidence)."""

    weights: tuple[float, ...]
    bias: float
    clean_scores: tuple[float, ...]  # each clean training article's best block, sorted
    flag_at: float

    def score(self, features: list[float]) -> float:
        """The regression's P(spliced) of a block."""
        return logistic(self.weights, self.bias, features)

    def confidence(self, score: float) -> float:
        """Share of clean training articles whose best block scores below ``score``."""
        return bisect.bisect_left(self.clean_scores, score) / len(self.clean_scores)


@cache
def load_splice_model() -> SpliceModel:
    """The shipped model (``textrepair/chrome/splice_model.json``), read once."""
    data = load_weights(
        "textrepair.chrome",
        "splice_model.json",
        FORMAT,
        {"features": SPLICE_FEATURES},
        "spliced-story",
        "train_spliced",
    )
    return SpliceModel(
        tuple(float(v) for v in data["weights"]),
        float(data["bias"]),
        tuple(sorted(float(v) for v in data["clean_scores"])),
        float(data["flag_at"]),
    )


@dataclass(frozen=True)
class SplicedBlock:
    """A run of paragraphs that reads as another story, at ``[start, end)`` of the text."""

    start: int
    end: int
    paragraphs: int
    confidence: float

    @property
    def reason(self) -> str:
        """The explanation an edit removing the block carries."""
        return (
            f"spliced story: {self.paragraphs} paragraphs whose words and names the article "
            f"around them does not use (more out of place than in {self.confidence:.0%} "
            "of clean articles)"
        )


def is_paragraph(line: str) -> bool:
    """Whether a line is long enough to count as a paragraph (twelve words)."""
    return len(_WORD.findall(line)) >= MIN_WORDS


def paragraph_lines(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each paragraph line of ``text`` (its newline included)."""
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        if is_paragraph(raw):
            out.append((pos, pos + len(raw)))
        pos += len(raw)
    return out


def spliced_blocks(
    text: str,
    min_confidence: float | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
) -> tuple[SplicedBlock, ...]:
    """Blocks of ``text`` that read as a spliced story, most out of place first.

    ``spans`` are the paragraphs to consider (default: every line of twelve
    words or more; a text with more than 60 is not judged); a block is flagged
    when its confidence reaches ``min_confidence`` (default: the shipped
    ``flag_at``, 0.99). Blocks do not overlap.
    """
    spans = paragraph_lines(text) if spans is None else spans
    if not MIN_BLOCK + 2 <= len(spans) <= MAX_PARAGRAPHS:
        return ()
    model = load_splice_model()
    limit = model.flag_at if min_confidence is None else min_confidence
    scored = sorted(
        (
            (model.score(features), i, j)
            for i, j, features in block_features([text[a:b] for a, b in spans])
        ),
        reverse=True,
    )
    flagged: list[SplicedBlock] = []
    taken: set[int] = set()
    for score, i, j in scored:
        confidence = model.confidence(score)
        if confidence < limit:
            break
        if taken.intersection(range(i, j)):
            continue
        taken.update(range(i, j))
        flagged.append(SplicedBlock(spans[i][0], spans[j - 1][1], j - i, round(confidence, 3)))
    return tuple(flagged)
