"""Split words glued together where a link's surrounding spaces were lost.

``Googleoften offerimportant client``, ``hisdigital director saysFacebook``,
``told60 Minutesthat``, ``page.The``, ``thelaughable“war room”``.

The danger is false splits. Candidates and their proposed splits come from
:mod:`textrepair.spacing.glue_proposals` (only runs nothing vouches for, with
hard vetoes for names, brands, codes and identifiers); a small learned model
(:mod:`textrepair.spacing.glue_model`) decides which splits to make. Missing
spaces after sentence punctuation and at curly quotes are fixed by rules here.
"""

from __future__ import annotations

import re

from textrepair.edits import Edit
from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import zipf
from textrepair.spacing.glue_model import features, has_function_word, load_model
from textrepair.spacing.glue_proposals import UNTOUCHABLE, Proposal, proposals
from textrepair.spacing.text_index import TextIndex

__all__ = ["glued_edits"]

STAGE = "spacing"

# Sentence punctuation glued to the next sentence: "page.The", "said:“We". Each pattern
# starts with a plain character and looks behind from there: several times faster to scan
# than a pattern that starts with a look-behind.
_PUNCT_GLUE = re.compile(r"[.!?;:,](?<=[a-z]{2}.)(?:(?<=[.!?])”)?(?=[A-Z][a-z]|[“‘][A-Za-z])")
# Curly quotes glued to a word: "laughable“war", "room”it"; the space goes at the match's end.
_QUOTE_GLUE = re.compile(r"[A-Za-z](?=“[A-Za-z])|(?<=[A-Za-z])”(?=[A-Za-z])")


def _glued_sentence(token: str, m: re.Match[str]) -> bool:
    """``page.The``: a known word, sentence punctuation, then a known capitalised word."""
    left = re.findall(r"[A-Za-z]+$", token[: m.start()])
    right = re.findall(r"^[“‘]?([A-Za-z]+)", token[m.end() :])
    if not left or not right or token.count(".") > 1 + m.group().count("."):
        return False
    if m.group() == "." and left[0][0].isupper() and token.startswith(left[0]):
        return False  # member access in prose about code: String.Index, Cursor.Directory
    return zipf(left[0]) >= 3.0 and zipf(right[0]) >= 3.0


def _punctuation_edits(text: str, index: TextIndex, confidence: float) -> list[Edit]:
    """Missing spaces after sentence punctuation and at curly quotes (one scan of the text).

    Tokens over :data:`~textrepair.spacing.text_index.MAX_TOKEN` characters are left alone.
    """
    edits: list[Edit] = []
    for m in _PUNCT_GLUE.finditer(text):
        found = index.token(m.start())
        if found is None:
            continue
        start, token = found
        local = _PUNCT_GLUE.match(token, m.start() - start)
        if (
            local is None
            or UNTOUCHABLE.search(token)
            or "(" in token
            or not _glued_sentence(token, local)
            or index.is_code(m.start())
        ):
            continue
        edits.append(
            Edit(STAGE, m.end(), m.end(), "", " ", f"missing space after {m.group()!r}", confidence)
        )
    for m in _QUOTE_GLUE.finditer(text):
        found = index.token(m.end())
        if found is None or UNTOUCHABLE.search(found[1]) or index.is_code(m.end()):
            continue
        edits.append(Edit(STAGE, m.end(), m.end(), "", " ", "missing space at a quote", confidence))
    return edits


# camelCase and digit proposals survive only with a function word or reporting verb as
# their head (saysFacebook, toReuters, told60): a rule, not the model's call.
_RULE_CONFIDENCE = 0.9


def _likely_glue(p: Proposal) -> bool:
    return p.kind in {"camel", "digit"} or has_function_word(p.parts)


def _evidence(p: Proposal, doc_glue: int) -> str:
    notes = []
    function = [w for w in p.parts if len(w) > 1 and w.lower() in FUNCTION_WORDS]
    if function:
        notes.append(f"function word {function[0]!r}")
    if p.kind in {"camel", "digit", "pascal"}:
        notes.append(f"{p.kind} boundary")
    if doc_glue:
        notes.append(f"{doc_glue} other glued word(s) in the document")
    return ", ".join(notes) or "frequent words"


def glued_edits(text: str, min_confidence: float | None = None) -> list[Edit]:
    """Return edits inserting the spaces lost between glued words.

    A split is made when the model's probability reaches its calibrated
    threshold, or ``min_confidence`` when one is given.

    >>> from textrepair.edits import apply_edits
    >>> text = "hisdigital director saysFacebook told60 Minutesthat. Parscale agreed."
    >>> apply_edits(text, glued_edits(text))
    'his digital director says Facebook told 60 Minutes that. Parscale agreed.'
    """
    index = TextIndex(text)
    edits = _punctuation_edits(text, index, 0.85)
    found = proposals(text, index)
    if found:
        model = load_model()
        glue_total = sum(_likely_glue(p) for p in found)
        for p in found:
            doc_glue = glue_total - _likely_glue(p)
            if p.kind in {"camel", "digit"}:
                score = _RULE_CONFIDENCE  # a function word or reporting verb glued to a name
            else:
                score = model.probability(features(p, doc_glue))
            if score < (model.threshold if min_confidence is None else min_confidence):
                continue
            why = f"glued words {' + '.join(p.parts)}: model {score:.2f} ({_evidence(p, doc_glue)})"
            offset = p.start
            for part in p.parts[:-1]:
                offset += len(part)
                edits.append(Edit(STAGE, offset, offset, "", " ", why, round(score, 3)))
    edits.sort(key=lambda e: (e.start, e.end))
    return edits
