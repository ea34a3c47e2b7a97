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

A story embedded in a page comes with its furniture: seed ``001``'s EU item sits
between a photo caption and a "Read more:" list. A block whose paragraphs lie
between two lines the chrome stage removes (``fences``) is flagged from
:data:`FENCED_CONFIDENCE` instead: on the English article pages of ``data/pages``
(each source's chrome model trained without it), 36 of the 44 such blocks flagged
from 0.75 hold no gold text (other stories' teasers, cookie notices, promotions,
author notes) and 7 are mostly article text.

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
import operator
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from textrepair._logistic import load_weights, logistic, probability
from textrepair.chrome.lines import document_lines
from textrepair.language.english import is_english
from textrepair.language.function_words import STOPWORDS
from textrepair.language.lexicon import zipf

__all__ = [
    "FENCED_CONFIDENCE",
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
FENCED_CONFIDENCE = 0.75
"""The confidence from which a block between two removed lines of chrome is flagged."""
MIN_BLOCK = 2
MAX_BLOCK = 6
# Longer documents are not judged: the model learned on articles of up to 36 paragraphs,
# and a long page has so many blocks that one of them always looks out of place.
MAX_PARAGRAPHS = 60
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_RARE_ZIPF = 6.5  # a word's weight is how far its Zipf frequency is below this
_AROUND = 4  # paragraphs before and after a block that its neighbourhood is judged by
_BEFORE_AFTER = SPLICE_FEATURES.index("before_after_similarity")
_BLOCK_AFTER = SPLICE_FEATURES.index("block_after_similarity")
_MARGIN = 1e-6  # on the log-odds, in SpliceModel.may_reach

Bag = Counter[str]


@lru_cache(maxsize=65536)
def _weight(word: str) -> float:
    return max(0.0, _RARE_ZIPF - zipf(word))


def _bags(paragraph: str) -> tuple[Bag, Bag]:
    """The content words and the names (capitalised words) of a paragraph, lower-cased."""
    tokens = _WORD.findall(paragraph)
    kept = [
        (token, lowered)
        for token, lowered in zip(tokens, map(str.lower, tokens), strict=True)
        if len(lowered) >= 3 and lowered not in STOPWORDS
    ]
    # Counter counts in first-seen order, as the sums over a bag are added in its order
    words: Bag = Counter(lowered for _, lowered in kept)
    names: Bag = Counter(lowered for token, lowered in kept if token[0].isupper())
    return words, names


def _norm(bag: Bag, squared: dict[str, float]) -> float:
    """Squared length of a bag with every word weighted by its rarity."""
    return sum(squared[w] * c for w, c in bag.items())


def _cosine(a: Bag, b: Bag, norm_a: float, norm_b: float, squared: dict[str, float]) -> float:
    if norm_a <= 0 or norm_b <= 0:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = 0.0
    for w, c in small.items():
        other = large.get(w, 0)
        if other:
            shared += squared[w] * (c if c < other else other)
    return shared / math.sqrt(norm_a * norm_b)


class _Document:
    """A text's paragraphs as rarity-weighted bags of words: what each block is compared with."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.bags = [_bags(p) for p in paragraphs]
        self.total: Bag = Counter()
        self.total_names: Bag = Counter()
        for words, capitalised in self.bags:
            self.total.update(words)
            self.total_names.update(capitalised)
        self.weight = {w: _weight(w) for w in self.total}
        self.squared = {w: v * v for w, v in self.weight.items()}
        self.norms = [_norm(words, self.squared) for words, _ in self.bags]
        # Each paragraph's words with what a block needs of them, looked up once.
        self.entries = [
            [(w, d, self.weight[w], self.squared[w], self.total[w]) for w, d in words.items()]
            for words, _ in self.bags
        ]
        self.total_weight = sum(self.weight.values())
        self.total_norm = sum(self.norms)

    def window(self, start: int, end: int) -> tuple[Bag, float]:
        """The words of the paragraphs in ``[start, end)`` and their squared length."""
        start, end = max(start, 0), min(end, len(self.bags))
        bag: Bag = Counter()
        for k in range(start, end):
            bag.update(self.bags[k][0])
        return bag, sum(self.norms[start:end])


class _Block:
    """Sums over a block's words, updated word by word as paragraphs join it."""

    def __init__(self, doc: _Document, before: Bag, before_norm: float) -> None:
        self.doc, self.before, self.before_norm = doc, before, before_norm
        self.words: Bag = Counter()
        self.names: Bag = Counter()
        self.paragraphs = 0
        self.norm = self.weight = self.outside = self.only_here = 0.0
        self.shared = self.with_before = self.name_weight = self.name_outside = 0.0

    def add(self, k: int) -> None:
        """Let paragraph ``k`` of the document join the block."""
        doc = self.doc
        capitalised = doc.bags[k][1]
        self.paragraphs += 1
        self.norm += doc.norms[k]
        counts, before = self.words, self.before
        # The sums are kept in locals in the loop (the hot path of the stage), min and
        # max written out as comparisons.
        block_weight, outside, only_here = self.weight, self.outside, self.only_here
        shared, with_before = self.shared, self.with_before
        for w, d, weight, squared, total in doc.entries[k]:
            if total == d:
                # The word is this paragraph's alone: not in the block yet, nowhere else (so
                # nor before the block), now held only here; the shared sums gain 0.0, which
                # leaves them as they are (they are never -0.0: they start at 0.0).
                counts[w] = d
                block_weight += weight
                only_here += weight
                continue
            c0 = counts.get(w, 0)
            c1 = counts[w] = c0 + d
            rest0, rest1 = total - c0, total - c1
            if not c0:
                block_weight += weight
                if rest1 > 0:
                    outside += weight
                else:
                    only_here += weight
            elif rest0 > 0 >= rest1:  # the block now holds every use of the word
                outside -= weight
                only_here += weight
            # the uses of the word both in the block and outside it: min(count, rest)
            rest1 = rest1 if rest1 > 0 else 0
            rest0 = rest0 if rest0 > 0 else 0
            shared += squared * ((c1 if c1 < rest1 else rest1) - (c0 if c0 < rest0 else rest0))
            seen = before.get(w, 0)
            with_before += squared * ((c1 if c1 < seen else seen) - (c0 if c0 < seen else seen))
        self.weight, self.outside, self.only_here = block_weight, outside, only_here
        self.shared, self.with_before = shared, with_before
        for w, d in capitalised.items():
            c0 = self.names[w]
            c1 = self.names[w] = c0 + d
            if not c0:
                self.name_weight += doc.weight[w]
                self.name_outside += doc.weight[w] if doc.total_names[w] > c1 else 0.0
            elif doc.total_names[w] > c0 and doc.total_names[w] <= c1:
                self.name_outside -= doc.weight[w]

    def features(self, after: Bag, after_norm: float) -> list[float]:
        """The block's features (:data:`SPLICE_FEATURES`) given the paragraphs after it."""
        features = self.running_features()
        features[_BEFORE_AFTER] = _cosine(
            self.before, after, self.before_norm, after_norm, self.doc.squared
        )
        features[_BLOCK_AFTER] = _cosine(self.words, after, self.norm, after_norm, self.doc.squared)
        return features

    def running_features(self) -> list[float]:
        """The features kept by :meth:`add`; the two similarities to what follows are 0."""
        doc = self.doc
        outside_weight = doc.total_weight - self.only_here
        outside_norm = doc.total_norm - self.norm
        return [
            self.outside / self.weight if self.weight else 0.5,
            self.name_outside / self.name_weight if self.name_weight else 0.5,
            self.outside / outside_weight if outside_weight else 0.5,
            0.0,
            _ratio(self.with_before, self.norm * self.before_norm),
            0.0,
            math.log(self.paragraphs),
            self.paragraphs / len(doc.bags),
            _ratio(self.shared, self.norm * outside_norm),
        ]


def _ratio(shared: float, norms: float) -> float:
    return shared / math.sqrt(norms) if norms > 0 else 0.0


def block_features(
    paragraphs: Sequence[str], may_flag: Callable[[int, int, list[float]], bool] | None = None
) -> list[tuple[int, int, list[float]]]:
    """``(i, j, features)`` for every candidate block ``paragraphs[i:j]``.

    ``may_flag``, when given, is asked first with the block's ``i``, ``j`` and its
    features whose similarities to the paragraphs after it are still 0 (see
    :meth:`SpliceModel.may_reach`); a block it rules out is left out, and
    those similarities (the most work) are not worked out for it.

    >>> [(i, j) for i, j, _ in block_features(["a b c"] * 5)]
    [(1, 3), (1, 4), (2, 4)]
    """
    n = len(paragraphs)
    doc = _Document(paragraphs)
    afters = [doc.window(j, j + _AROUND) for j in range(n + 1)]
    out: list[tuple[int, int, list[float]]] = []
    for i in range(1, n - 1):
        # the paragraphs before the block are those after paragraph i - _AROUND
        block = _Block(doc, *(afters[i - _AROUND] if i >= _AROUND else doc.window(0, i)))
        for j in range(i + 1, min(i + MAX_BLOCK, n - 1) + 1):
            block.add(j - 1)
            if j - i >= MIN_BLOCK and (
                may_flag is None or may_flag(i, j, block.running_features())
            ):
                out.append((i, j, block.features(*afters[j])))
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

    def least_flagged(self, min_confidence: float) -> float | None:
        """The score a block must exceed to reach ``min_confidence``; None when any block does.

        >>> model = SpliceModel((1.0,), 0.0, (0.1, 0.2, 0.3, 0.4), 0.99)
        >>> model.least_flagged(0.5), model.confidence(0.31), model.confidence(0.3)
        (0.2, 0.75, 0.5)
        >>> model.least_flagged(0.0) is None, model.least_flagged(1.5)
        (True, inf)
        """
        n = len(self.clean_scores)
        # confidence(s) >= min_confidence exactly when k clean scores lie below s, for the
        # least k with k / n >= min_confidence (worked out as confidence() works it out)
        k = next((k for k in range(n + 1) if k / n >= min_confidence), None)
        if k is None:
            return math.inf
        return self.clean_scores[k - 1] if k else None

    def may_reach(self, running: list[float], score: float) -> bool:
        """Whether a block with these :meth:`_Block.running_features` can score above ``score``.

        The two similarities to the paragraphs after the block lie in [0, 1]; the
        bound takes each at whichever end raises the score, and adds a margin far
        above rounding, so no block that would score above ``score`` is ruled out.
        """
        z: float = self.bias + sum(map(operator.mul, self.weights, running))
        for k in (_BEFORE_AFTER, _BLOCK_AFTER):
            z += max(self.weights[k], 0.0)
        return probability(z + _MARGIN) > score


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
    fenced: bool = False
    """Between two lines removed as chrome (flagged from :data:`FENCED_CONFIDENCE`)."""

    @property
    def reason(self) -> str:
        """The explanation an edit removing the block carries."""
        return (
            f"spliced story: {self.paragraphs} paragraphs whose words and names the article "
            f"around them does not use{self.between} (more out of place than in "
            f"{self.confidence:.0%} of clean articles)"
        )

    @property
    def between(self) -> str:
        """What the reason and the note add for a fenced block (nothing for another)."""
        return ", between two runs of page furniture" if self.fenced else ""


def is_paragraph(line: str) -> bool:
    """Whether a line is long enough to count as a paragraph (twelve words)."""
    return len(_WORD.findall(line)) >= MIN_WORDS


def paragraph_lines(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each paragraph line of ``text`` (its newline included)."""
    return [(line.start, line.end) for line in document_lines(text) if is_paragraph(line.text)]


def spliced_blocks(
    text: str,
    min_confidence: float | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
    fences: Sequence[tuple[bool, bool]] | None = None,
) -> tuple[SplicedBlock, ...]:
    """Blocks of ``text`` that read as a spliced story, most out of place first.

    ``spans`` are the paragraphs to consider (default: every line of twelve
    words or more). A text with more than 60 of them, or not in English, is
    not judged. A block is flagged when its confidence reaches
    ``min_confidence`` (default: the shipped ``flag_at``, 0.99). ``fences``
    (with ``spans``) say for each paragraph whether the line before it and the
    line after it were removed as chrome; by default a block whose first
    paragraph has chrome before it and whose last has chrome after it is
    flagged from :data:`FENCED_CONFIDENCE` (a ``min_confidence`` given applies
    to every block). Blocks do not overlap.
    """
    spans = paragraph_lines(text) if spans is None else spans
    if fences is not None and len(fences) != len(spans):
        raise ValueError(f"{len(fences)} fences for {len(spans)} paragraphs")
    if not MIN_BLOCK + 2 <= len(spans) <= MAX_PARAGRAPHS:
        return ()
    paragraphs = [text[a:b] for a, b in spans]
    if not is_english(" ".join(paragraphs)):
        return ()  # word weights and the model are English ones
    model = load_splice_model()
    limit = model.flag_at if min_confidence is None else min_confidence
    fenced_limit = limit
    if fences is not None and min_confidence is None:
        fenced_limit = min(limit, FENCED_CONFIDENCE)

    def is_fenced(i: int, j: int) -> bool:
        return fences is not None and fences[i][0] and fences[j - 1][1]

    floors = (model.least_flagged(limit), model.least_flagged(fenced_limit))
    if floors[1] == math.inf:  # the lower bar: no block reaches either
        return ()

    def may_flag(i: int, j: int, running: list[float]) -> bool:
        floor = floors[is_fenced(i, j)]
        return floor is None or model.may_reach(running, floor)

    scored = sorted(
        ((model.score(features), i, j) for i, j, features in block_features(paragraphs, may_flag)),
        reverse=True,
    )
    flagged: list[SplicedBlock] = []
    taken: set[int] = set()
    for score, i, j in scored:
        confidence = model.confidence(score)
        if confidence < fenced_limit:
            break  # the lowest bar: every block after this one scores lower
        fenced = is_fenced(i, j)
        if (confidence < limit and not fenced) or taken.intersection(range(i, j)):
            continue
        taken.update(range(i, j))
        flagged.append(
            SplicedBlock(spans[i][0], spans[j - 1][1], j - i, round(confidence, 3), fenced)
        )
    return tuple(flagged)
