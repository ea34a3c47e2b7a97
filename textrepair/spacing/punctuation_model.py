"""A learned second opinion on spaces lost after punctuation that the rules leave.

The rules of :mod:`textrepair.spacing.punctuation_glue` restore a space only where
one pattern says so. Real pages lose spaces after punctuation in many more shapes
than rules name: a footnote chain before the next sentence (``.[354][355]Other``),
a citation's parts (``(PDF).Ministry of``, ``Outlook.International``), lists of
names (``Vudu,YouTube,Amazon,Netflix``), headings glued to their text
(``Warning #2:This piece``). Every mark glued to the next word that the rules
leave is a candidate here, and a small logistic regression (weights in
``punctuation_model.json``) scores it from the words and the token around it.

Hard vetoes come first, as in the rules: never inside an address, code line,
HTML entity, call (``models.Model(``, an unclosed bracket) or dotted name
(``Microsoft.Extensions.Logging``), never a mark that starts its token, and
never a colon before a lower-case word (``key:value``, ``about:config``).

>>> from textrepair.edits import apply_edits
>>> text = "Key Tourism Statistics (PDF).Ministry of Business, and Vudu,YouTube,Amazon,Netflix."
>>> apply_edits(text, punctuation_model_edits(text, TextIndex(text), frozenset()))
'Key Tourism Statistics (PDF). Ministry of Business, and Vudu, YouTube, Amazon, Netflix.'
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Iterator
from functools import cache

from textrepair.edits import Edit
from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import zipf
from textrepair.spacing.glue_document import DocumentWords
from textrepair.spacing.glue_model import GlueModel, read_model
from textrepair.spacing.glue_proposals import UNTOUCHABLE
from textrepair.spacing.punctuation_glue import prose_line
from textrepair.spacing.text_index import TextIndex

__all__ = ["FEATURES", "candidates", "load_model", "punctuation_model_edits"]

STAGE = "spacing"
FORMAT = "textrepair-punctuation-glue-model"

_GLUED_TO = frozenset(string.ascii_letters + string.digits + "“$")  # what a glued mark meets
_DIGITS = frozenset("0123456789")
_NUMBER_MARKS = frozenset(".,;:!?")
_AFTER_MARK = frozenset(".,;:!?)]")
_MARK_GROUPS = (".", ",", ";", ":", "!?", ")", "]", '”’"')
_LEFT_WORD = re.compile(r"([A-Za-z]+|\d+)[.,;:!?]?[)\]”’\"]*[.,;:!?]?$")  # it.”, (PDF).
_RIGHT_WORD = re.compile(r"“?([A-Za-z]+|\d+)")
_TRAILING = '.,;:!?)]”’"'
_TOKEN_MARKS = re.compile(r"[.,;:!?|]")
_CODE_CHARS = frozenset("=_{}<>\\@#")
# dotted names: Microsoft.Extensions.Logging, 17.HUS.08214
_CHAIN = re.compile(r"[A-Za-z\d]\.[A-Za-z\d]+\.[A-Za-z\d]")
_SEPARATORS = re.compile(r"[,;:]")
_THOUSANDS = re.compile(r"\d{3}(?!\d)")
_FOLLOWED = re.compile(r"[.,;:(]")
_NO_SPACE_WINDOW = 30
_WORD_WINDOW = 64  # letters looked at for the word before a mark
# Before a dot and a capital, a lower-case word less common than _COMMON is a name when it is
# shorter than _MEMBER_HEAD (src.Close, resp.Body) or rarer than _RARE (pathlib.Path).
_COMMON = 3.0
_MEMBER_HEAD = 5
_RARE = 2.0

FEATURES = (
    *(f"mark {group}" for group in _MARK_GROUPS),
    "opening quote after",
    "right zipf",
    "right lower",
    "right title",
    "right capitals",
    "right digits",
    "right length",
    "right function word",
    "left zipf",
    "left lower",
    "left title",
    "left capitals",
    "left digits",
    "left one letter",
    "left two letters",
    "left function word",
    "token marks",
    "token slash",
    "token code characters",
    "token length",
    "prose line",
    "token starts line",
    "after bracket",
    "after quote",
    "sentence stop then title",
    "colon then capital",
    "comma then lower",
    "period then capitals",
    "colon then digits",
    "document glue rate",
    "no space after",
    "right common",
    "left common",
    "dotted chain",
    "number either side",
    "thousands",
    "quoted token",
    "period between titles",
    "code document",
    "right word followed",
)
"""Feature names, in the order of the weights."""


def _shape(word: str) -> list[float]:
    """lower, Title, CAPITALS, digits."""
    return [
        float(word.islower()),
        float(word[0].isupper() and word[1:].islower()),
        float(len(word) > 1 and word.isupper()),
        float(word.isdigit()),
    ]


def _kept_as_the_rules_keep(
    facts: _Token, left_start: int, mark: str, left: str, right: str
) -> bool:
    """Shapes the rules leave on purpose, which the model must leave too.

    - a label in capitals before a colon (a log line's ``INFO:So``, ``NYSE:NOW``) and a
      short one before a comma or semicolon (``TL;DR``);
    - an index of one character after a name (``arr[1]here``);
    - a bracketed prefix (``(re)introduce``, ``(inter)connections``);
    - a word that is part of a mixed run (``v4.With``, ``mp3.The``);
    - a list of lower-case words written without spaces (``red,green,blue``);
    - a member after a name (``String.Index``, ``StyleCop.Analyzers``) or after a short or
      rare lower-case word (``src.Close``, ``resp.Body``, ``pathlib.Path``);
    - a word in capitals after a quoted title (``"yes".OECD``) or after a lower-case word
      and a dot (``request.POST``).
    """
    token = facts.text
    after = token[left_start + len(left) : left_start + len(left) + 1]
    if left.isupper() and len(left) > 1 and (mark == ":" or (mark in ",;" and len(left) < 3)):
        return True
    if after == "]" and left_start >= 2 and token[left_start - 2].isalnum() and len(left) == 1:
        return True  # an index after a name (arr[1]here), not a footnote (1970s[211])
    if mark == ")" and token.startswith("(") and after == ")":
        return True
    if mark == "," and right.islower() and facts.separators > 1:
        return True
    if left_start > 0 and token[left_start - 1].isalnum():
        return True
    if mark == "." and left_start == 0 and right[0].isupper():
        if left[0].isupper() and right.lower() not in FUNCTION_WORDS:
            return True  # a member: String.Index (not Store.The)
        rarity = zipf(left) if left.islower() else _COMMON
        if rarity < _COMMON and (len(left) < _MEMBER_HEAD or rarity < _RARE):
            return True  # src.Close, resp.Body, pathlib.Path (not telehealth.Data)
    if len(right) > 1 and right.isupper():
        return after in '"”' or (after == "." and left.islower())
    return False


def _glued_marks(text: str, index: TextIndex) -> list[int]:
    """Where a mark is glued to a word, digit, opening quote or ``$`` that follows, past the mark.

    Not a number's own mark (``3.5``, ``1,000``, ``10:30``), an apostrophe (``it’s``,
    ``’Tis``: a closing one follows a mark) or an opening straight quote (``said "Yes"``).
    """
    places = []
    for at in index.glued_marks():
        if text[at + 1] not in _GLUED_TO:
            continue
        mark, before = text[at], text[at - 1] if at else " "
        if mark in _NUMBER_MARKS:
            if before in _DIGITS and text[at + 1] in _DIGITS:
                continue
        elif mark == "’":
            if before not in _AFTER_MARK:
                continue
        elif mark == '"' and not (before in _AFTER_MARK or (before.isascii() and before.isalnum())):
            continue
        places.append(at + 1)
    return places


class _Token:
    """What the candidates of one token share, worked out once per token."""

    def __init__(self, token: str, start: int, text: str) -> None:
        self.text = token
        self.starts_line = start == 0 or text[start - 1] == "\n"
        self.vetoed = UNTOUCHABLE.search(token) is not None or "&" in token
        self.chain = _CHAIN.search(token) is not None
        core = token.rstrip(_TRAILING)
        self.shape = [
            min(len(_TOKEN_MARKS.findall(core)), 4) / 4,
            float("/" in token),
            float(any(c in _CODE_CHARS for c in token)),
            min(len(token), 40) / 40,
        ]
        self.quoted = token.count('"') >= 2
        self.separators = len(_SEPARATORS.findall(token))

    def unclosed(self, at: int) -> bool:
        """Whether a ``(`` before offset ``at`` is left open there (``f(a,b)``; not ``(PDF).``)."""
        return self.text.rfind("(", 0, at) > self.text.rfind(")", 0, at)


def candidates(
    text: str, index: TextIndex, taken: Collection[int], document: DocumentWords | None = None
) -> Iterator[tuple[int, list[float]]]:
    """Each position after a mark glued to a word that is not in ``taken``, with its features.

    The hard vetoes (addresses, code, entities, calls, members, dotted names, a mark that
    starts its token, a colon before a lower-case word, the shapes the rules keep on
    purpose) are applied here. Linear in the text: one scan, each token's shared facts once
    (:class:`_Token`), then a bounded look around each mark (a token is at most
    :data:`~textrepair.spacing.text_index.MAX_TOKEN` characters).

    >>> text = "It rose.The end, with 1,000 more:see and it’s fees,routinely."
    >>> [text[p - 1 : p + 1] for p, _ in candidates(text, TextIndex(text), ())]
    ['.T', ',r']
    """
    places = [pos for pos in _glued_marks(text, index) if pos not in taken]
    if not places:
        return
    rate = min(len(places) / max(1, text.count(" ")) * 100, 5) / 5
    code_document: float | None = None
    tokens: dict[int, _Token] = {}
    for pos in places:
        mark = text[pos - 1]
        found = index.token(pos - 1)
        if found is None:
            continue
        start, token = found
        facts = tokens.get(start)
        if facts is None:
            facts = tokens[start] = _Token(token, start, text)
        at = pos - start
        if facts.vetoed or index.is_code(pos - 1):
            continue
        if (mark == "." and facts.chain) or facts.unclosed(at):
            continue  # dotted names and calls: System.Net.Http, f(a,b)
        left_match = _LEFT_WORD.search(token, max(0, at - _WORD_WINDOW), at)
        right_match = _RIGHT_WORD.match(token, at)
        if left_match is None or right_match is None:
            continue  # a mark that starts its token: an interview's "?" before the answer
        left, right = left_match.group(1), right_match.group(1)
        right_end = right_match.end()
        if token[right_end : right_end + 1] == "(" or (mark == ":" and right[0].islower()):
            continue  # a call, key:value, about:config
        if right[0].islower() and not right.islower():
            continue  # a member: Symbol.toStringTag
        if _kept_as_the_rules_keep(facts, left_match.start(), mark, left, right):
            continue
        if code_document is None:
            code_document = float((document or DocumentWords(text)).code_marks)
        yield pos, _features(text, pos, facts, at, left, right, right_end, rate, code_document)


def _features(
    text: str,
    pos: int,
    token: _Token,
    at: int,
    left: str,
    right: str,
    right_end: int,
    rate: float,
    code_document: float,
) -> list[float]:
    mark = text[pos - 1]
    right_zipf = zipf(right) if right.isalpha() else 0.0
    left_zipf = zipf(left) if left.isalpha() else 0.0
    before = text[pos - 2 : pos - 1]
    return [
        *(float(mark in group) for group in _MARK_GROUPS),
        float(text[pos] in '“"'),
        right_zipf / 7,
        *_shape(right),
        min(len(right), 12) / 12,
        float(right.lower() in FUNCTION_WORDS),
        left_zipf / 7,
        *_shape(left),
        float(len(left) == 1),
        float(len(left) == 2),
        float(left.lower() in FUNCTION_WORDS),
        *token.shape,
        float(prose_line(text, pos)),
        float(token.starts_line),
        float(before in ")]"),
        float(before in '”"’'),
        float(mark in ".!?" and right[0].isupper() and right[1:].islower()),
        float(mark == ":" and right[0].isupper()),
        float(mark == "," and right.islower()),
        float(mark == "." and len(right) > 1 and right.isupper()),
        float(mark == ":" and right.isdigit()),
        rate,
        float(text.find(" ", pos, pos + _NO_SPACE_WINDOW) < 0),
        float(right_zipf >= 4),
        float(left_zipf >= 4),
        float(token.chain),
        float(left.isdigit() and right.isdigit()),
        float(mark == "," and _THOUSANDS.match(token.text, at) is not None),
        float(token.quoted),
        float(
            mark == "."
            and left[0].isupper()
            and right[0].isupper()
            and right.lower() not in FUNCTION_WORDS
        ),
        code_document,
        float(_FOLLOWED.match(token.text, right_end) is not None),
    ]


@cache
def load_model() -> GlueModel:
    """Load the shipped weights (checked against :data:`FEATURES`)."""
    return read_model(
        "punctuation_model.json", FORMAT, FEATURES, "punctuation glue", "train_punctuation"
    )


# A DOI's suffix has marks glued to digits the model would cut ((93)90004-9). DOIs stay
# among the training candidates: their negatives teach it how citations are punctuated.
_DOI = re.compile(r"(?<!\d)10\.\d{4,9}/")


def _in_doi(index: TextIndex, pos: int) -> bool:
    found = index.token(pos - 1)
    return found is not None and _DOI.search(found[1]) is not None


def punctuation_model_edits(
    text: str,
    index: TextIndex,
    taken: Collection[int],
    min_confidence: float | None = None,
    document: DocumentWords | None = None,
) -> list[Edit]:
    """Spaces the model puts back after punctuation, outside the positions ``taken``.

    ``document``: the text's :class:`DocumentWords` when the caller holds it already.

    A space is inserted where the model's probability reaches its calibrated threshold,
    or ``min_confidence`` when one is given; never inside a DOI.
    """
    model: GlueModel | None = None
    edits = []
    may_hold_doi = "10." in text
    for pos, x in candidates(text, index, taken, document):
        model = model or load_model()
        score = model.probability(x)
        if score >= (model.threshold if min_confidence is None else min_confidence):
            if may_hold_doi and _in_doi(index, pos):
                continue  # doi:10.1016/0169-5347(93)90004-9: learned from, never cut
            why = f"missing space after {text[pos - 1]!r}: model {score:.2f}"
            edits.append(Edit(STAGE, pos, pos, "", " ", why, round(score, 3)))
    return edits
