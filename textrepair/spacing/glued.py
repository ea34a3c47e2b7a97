"""Split words glued together where a link's surrounding spaces were lost.

``Googleoften offerimportant client``, ``hisdigital director saysFacebook``,
``told60 Minutesthat``, ``page.The``, ``thelaughable“war room”``.

The danger is false splits. Candidates and their proposed splits come from
:mod:`textrepair.spacing.glue_proposals` (only runs nothing vouches for, with
hard vetoes for names, brands, codes and identifiers); a small learned model
(:mod:`textrepair.spacing.glue_model`) decides which splits to make. Missing
spaces next to punctuation are fixed by the rules of
:mod:`textrepair.spacing.punctuation_glue`, and after punctuation also where a
second small model (:mod:`textrepair.spacing.punctuation_model`) is sure of what the
rules leave.
"""

from __future__ import annotations

from textrepair.edits import Edit
from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import known_elsewhere
from textrepair.spacing.backlinks import backlink_edits
from textrepair.spacing.glue_document import DocumentWords
from textrepair.spacing.glue_model import GlueModel, features, load_model
from textrepair.spacing.glue_proposals import Proposal, function_word_pair, proposals
from textrepair.spacing.punctuation_glue import punctuation_edits
from textrepair.spacing.punctuation_model import punctuation_model_edits
from textrepair.spacing.text_index import TextIndex
from textrepair.spacing.words import has_function_word

__all__ = ["glued_edits", "split_score"]

STAGE = "spacing"

# camelCase and digit proposals survive only with a function word or another word that heads
# link text before them (saysFacebook, toReuters, told60, likeBaldur), a word after a clitic
# only where the run is no word (world’slargest), and a run of distinct function words only
# (ofthe) is no word: rules, not the model's call.
_RULE_CONFIDENCE = 0.9
_SPLIT_BY_RULE = frozenset({"camel", "digit", "clitic"})


def _likely_glue(p: Proposal) -> bool:
    return p.kind in _SPLIT_BY_RULE or has_function_word(p.parts)


def _function_words_only(p: Proposal) -> bool:
    """``ofthe``, ``canbe``, ``forthe``: two distinct function words, five letters or more.

    Nothing vouches for such a run (it is no word), so it is glue. Shorter runs and
    longer chains are the model's call (``heme``, ``allantoin`` are words); ``hehe``
    repeats one, and a word of another language (``tous``) stays.
    """
    return (
        p.kind == "segment"
        and p.run.islower()
        and function_word_pair(p.parts)
        and not known_elsewhere(p.run)
    )


def _evidence(p: Proposal, doc_glue: int) -> str:
    notes = []
    function = [w for w in p.parts if len(w) > 1 and w.lower() in FUNCTION_WORDS]
    if function:
        notes.append(f"function word {function[0]!r}")
    if p.kind == "clitic":
        notes.append(f"a word glued after the clitic {p.parts[0]!r}")
    elif p.kind in {"camel", "digit", "pascal", "number"}:
        notes.append(f"{p.kind} boundary")
    if doc_glue:
        notes.append(f"{doc_glue} other glued word(s) in the document")
    return ", ".join(notes) or "frequent words"


def split_score(
    p: Proposal, doc_glue: int, model: GlueModel, min_confidence: float | None = None
) -> tuple[float, float]:
    """The confidence of splitting ``p`` and the bar it must reach (``doc_glue``: other glue).

    A rule's split (a glue head before a name or number, or ``ofthe``) scores 0.9 whatever
    the model's threshold; the model scores the rest against its threshold, or against
    ``min_confidence`` when one is given.

    >>> from textrepair.spacing.glue_proposals import Proposal
    >>> split_score(Proposal(0, "told60", ("told", "60"), "digit"), 0, load_model())
    (0.9, 0.0)
    """
    if p.kind in _SPLIT_BY_RULE or _function_words_only(p):
        return _RULE_CONFIDENCE, min_confidence or 0.0
    bar = model.threshold if min_confidence is None else min_confidence
    return model.probability(features(p, doc_glue)), bar


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
    document = DocumentWords(text)  # computed on first use, shared by both models
    edits = punctuation_edits(text, index, 0.85, document)
    taken = {e.start for e in edits}
    edits += [e for e in backlink_edits(text, index, 0.85) if e.start not in taken]
    taken = {e.start for e in edits}
    edits += punctuation_model_edits(text, index, taken, min_confidence, document)
    taken = {e.start for e in edits}  # one space per place: that81% is glue to both rules
    found = proposals(text, index, document)
    if found:
        model = load_model()
        glue_total = sum(_likely_glue(p) for p in found)
        for p in found:
            doc_glue = glue_total - _likely_glue(p)
            score, bar = split_score(p, doc_glue, model, min_confidence)
            if score < bar:
                continue
            why = f"glued words {' + '.join(p.parts)}: model {score:.2f} ({_evidence(p, doc_glue)})"
            offset = p.start
            for part in p.parts[:-1]:
                offset += len(part)
                if offset not in taken:
                    edits.append(Edit(STAGE, offset, offset, "", " ", why, round(score, 3)))
    edits.sort(key=lambda e: (e.start, e.end))
    return edits
