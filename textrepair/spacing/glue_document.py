"""Split runs that the plain segmenter cannot: mixed case, acronyms and the document's own words.

Link text glued to its neighbours keeps its own capitals and rare names:
``earlierTesla``, ``theNIH``, ``cleanUXand``, ``TaxSlayeris``,
``Jobbertorun``. English word lists cannot split these, but the document
usually can: the name (``Tesla``, ``TaxSlayer``, ``Jobber``) stands on its own
somewhere else in the same text. :func:`document_parts` finds the best split
of a run into pieces that are each an English word, an acronym at a case
boundary, or a token the document writes on its own elsewhere (same case).

It only proposes; the glued-word model decides, and the hard vetoes of
:mod:`textrepair.spacing.glue_proposals` (names, brands, codes, addresses)
apply before it is asked.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from textrepair.spacing.lexicon import bigram_count, zipf
from textrepair.spacing.words import FUNCTION_WORDS, REPORTING_VERBS, SHORT_WORDS

__all__ = ["DocumentWords", "document_parts", "merge_known"]

_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
_WORD_SHAPE = re.compile(r"[A-Z]?[a-z]+")
_NAME = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*")
# A capitalised token written after a lower-case word: a name, not a sentence start.
_MID_SENTENCE_NAME = re.compile(r"(?:(?<=[a-z] )|(?<=[a-z][,;] ))[A-Z][A-Za-z]+")
_RUN = re.compile(r"[A-Za-z0-9]+")
_MAX_PIECES = 5
_MAX_PIECE = 24
# Two capitalised words meet inside a run ("NewYork") only when English writes them
# together this often (symspellpy's bigram counts); brands ("WeWork", "AirPods") do not.
_PASCAL_BIGRAM = 50_000_000
_NAME_ZIPF = 4.0  # a name the document writes on its own scores like a common word
_ACRONYM_ZIPF = 3.5


@dataclass(frozen=True)
class DocumentWords:
    """What a document itself says about its words.

    ``names``: capitalised tokens it writes on their own; ``mid_sentence``:
    those it writes after a lower-case word (names, not sentence starts);
    ``pairs``: pairs of words it writes apart, one space between them, in the
    same case (``Tutoring System`` vouches for splitting ``TutoringSystem``);
    ``words``: every token, lower-cased (``markdown`` keeps ``markdownfilesin`` from
    becoming ``mark down files in``).
    """

    names: frozenset[str]
    mid_sentence: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    words: frozenset[str]

    @classmethod
    def of(cls, text: str) -> DocumentWords:
        """Collect them from ``text``.

        >>> words = DocumentWords.of("Tesla sold cars. We met Jobber and TaxSlayer today.")
        >>> sorted(words.names), sorted(words.mid_sentence)  # doctest: +NORMALIZE_WHITESPACE
        (['Jobber', 'TaxSlayer', 'Tesla', 'We'], ['Jobber', 'TaxSlayer'])
        """
        tokens = list(_RUN.finditer(text))
        names = frozenset(m.group() for m in tokens if _NAME.fullmatch(m.group()))
        pairs = frozenset(
            (a.group(), b.group())
            for a, b in itertools.pairwise(tokens)
            if b.start() == a.end() + 1 and text[a.end()] == " "
        )
        words = frozenset(m.group().lower() for m in tokens)
        return cls(names, frozenset(_MID_SENTENCE_NAME.findall(text)), pairs, words)

    def apart(self, parts: tuple[str, ...]) -> bool:
        """Whether the document writes two neighbouring ``parts`` apart somewhere else.

        >>> DocumentWords.of("An Intelligent Tutoring System helps.").apart(("Tutoring", "System"))
        True
        """
        return any(pair in self.pairs for pair in itertools.pairwise(parts))


def _piece_score(piece: str, document: DocumentWords) -> float | None:
    """Log-probability-like score of ``piece``; None when it cannot be a piece."""
    if len(piece) >= 2 and piece in document.names:
        return max(zipf(piece), _NAME_ZIPF) - 9.0
    if _WORD_SHAPE.fullmatch(piece):
        lowered = piece.lower()
        if (len(lowered) < 3 and lowered not in SHORT_WORDS) or piece == "i":
            return None
        z = zipf(lowered)
        return z - 9.0 if z >= (2.5 if len(lowered) >= 6 else 3.0) else None
    if _ACRONYM.fullmatch(piece):
        return _ACRONYM_ZIPF - 9.0
    return None


def _function(word: str) -> bool:
    return word.lower() in FUNCTION_WORDS and (len(word) > 1 or word in {"a", "I"})


def _cut_ok(left: str, right: str, rest: tuple[str, ...], document: DocumentWords) -> bool:
    """Whether glue between ``left`` and ``right`` is believable (``rest``: parts after left).

    * a function word before a capital (``the|NIH``, ``in|Insurance``) or a name
      the document writes mid-sentence (``earlier|Tesla``), but not a code
      identifier (``table|Component``);
    * an acronym then a function word (``UX|and``), never an acronym against a
      capital (``Swift|UI``, ``SQL|Alchemy``);
    * a name then lower-case words with a function word among them (``TaxSlayer|is``);
    * two capitalised words only when English writes them together very often
      (``New|York``, not ``We|Work``);
    * any two words the document itself writes apart elsewhere (``Tutoring|System``).
    """
    acronym_left = left.isupper() and len(left) > 1
    if (left, right) in document.pairs:
        return True
    if acronym_left or _ACRONYM.fullmatch(right):
        if right[:1].isupper() and (acronym_left or left[-1:].isupper() or left[:1].isupper()):
            return False
        acronym, other = (left, right) if acronym_left else (right, left)
        if acronym in document.names and other.islower():
            return True  # an acronym the document writes on its own: CPU|performance
        return _function(other)
    if left[-1].islower() and right[0].isupper():
        if left[0].isupper():
            return bigram_count(left, right) >= _PASCAL_BIGRAM
        return _function(left) or left.lower() in REPORTING_VERBS or right in document.mid_sentence
    if right[0].islower() and not left.islower():
        return any(_function(p) for p in rest if p.islower() or p == "I")
    return True


def merge_known(parts: tuple[str, ...], document: DocumentWords) -> tuple[str, ...]:
    """Rejoin neighbouring parts that the document writes as one word elsewhere.

    >>> merge_known(("mark", "down", "files", "in"), DocumentWords.of("Write markdown."))
    ('markdown', 'files', 'in')
    """
    out = list(parts)
    i = 0
    while i < len(out) - 1:
        joined = out[i] + out[i + 1]
        whole = len(out) == 2  # the run itself, which the document of course contains
        if not whole and len(joined) >= 5 and joined.lower() in document.words:
            out[i : i + 2] = [joined]
        else:
            i += 1
    return tuple(out)


def document_parts(run: str, document: DocumentWords) -> tuple[str, ...] | None:
    """Best split of ``run`` using English words, acronyms and the document's own names.

    Returns None when no believable split into two to five pieces exists.

    >>> words = DocumentWords.of("We met Tesla and TaxSlayer. Intelligent Tutoring System.")
    >>> document_parts("earlierTesla", words), document_parts("TaxSlayeris", words)
    (('earlier', 'Tesla'), ('TaxSlayer', 'is'))
    >>> [document_parts(run, words) for run in ("theNIH", "AirPods", "SwiftUI", "TutoringSystem")]
    [('the', 'NIH'), None, None, ('Tutoring', 'System')]
    """
    n = len(run)
    best: list[tuple[float, tuple[int, ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_PIECE), end):
            prev = best[start]
            if prev is None or len(prev[1]) >= _MAX_PIECES or end - start == n:
                continue
            score = _piece_score(run[start:end], document)
            if score is None:
                continue
            current = best[end]
            if current is None or prev[0] + score > current[0]:
                best[end] = (prev[0] + score, (*prev[1], end))
    final = best[n]
    if final is None or len(final[1]) < 2:
        return None
    parts = tuple(run[a:b] for a, b in itertools.pairwise((0, *final[1])))
    for i in range(len(parts) - 1):
        if not _cut_ok(parts[i], parts[i + 1], parts[i + 1 :], document):
            return None
    return parts
