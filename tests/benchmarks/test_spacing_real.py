"""Where the stage misses a lost space is told apart: no candidate, a wrong cut, the model's no."""

from __future__ import annotations

from collections import Counter

from benchmarks.real_glue import GluedDocument, document
from benchmarks.spacing_real import MISS_CAUSES, _textrepair, miss_causes, misses_and_false_splits
from textrepair.spacing.glue_model import GlueModel, load_model

HTML = (
    "<body><p>The <a href='/a'>committee</a> met in the town hall on a cold morning, and "
    "<a href='/p'>Pnina</a> spoke first about the long winter and the new roads; then the "
    "<b>mayor</b> answered each of the questions in turn.</p></body>"
)
GOLD = (
    "The committee met in the town hall on a cold morning, and Pnina spoke first about the "
    "long winter and the new roads; then the mayor answered each of the questions in turn."
)


def _doc() -> GluedDocument:
    return document({"id": "x", "source": "s", "lang": "en", "html": HTML, "gold": GOLD})


def test_a_miss_is_put_down_to_a_wrong_cut_the_model_or_the_edits() -> None:
    doc = _doc()
    # Thecommitteemet, andPninaspoke, themayoranswered: six spaces lost; the candidates are
    # The|committee|met and the|mayor|answered (right) and and|Pninaspoke (the camel
    # rule's, which leaves Pnina|spoke glued)
    assert len(doc.lost) == 6
    model = load_model()
    repaired = _textrepair(doc.text)
    assert miss_causes(doc, repaired, model) == (Counter({MISS_CAUSES[1]: 1}), 2, 2)
    # the same candidates, but an output that made none of their spaces
    untouched = miss_causes(doc, doc.text, model)
    assert untouched == (Counter({MISS_CAUSES[3]: 5, MISS_CAUSES[1]: 1}), 2, 2)
    # a model that accepts nothing turns down the right candidates; the rule's split stands
    never = GlueModel((0.0,) * len(model.weights), -50.0, 0.5, model.pairwise)
    turned_down = Counter({MISS_CAUSES[2]: 4, MISS_CAUSES[3]: 1, MISS_CAUSES[1]: 1})
    assert miss_causes(doc, doc.text, never) == (turned_down, 2, 0)
    # a repair that restores every space misses none
    assert miss_causes(doc, doc.correct, model) == (Counter(), 2, 2)


def test_the_places_listed_are_the_misses_and_false_splits_the_score_counts() -> None:
    doc = _doc()
    assert misses_and_false_splits(doc, doc.correct) == []
    # nothing repaired: every lost space is listed, with its boundary and its place
    untouched = misses_and_false_splits(doc, doc.text)
    assert len(untouched) == len(doc.lost) == 6
    assert {r["what"] for r in untouched} == {"missed"}
    assert untouched[0] == {
        "what": "missed",
        "kind": "word|word",
        "context": "The|committeemet in the town ",
    }
    # a space made inside a word is a false split
    split = doc.text.replace("town", "to wn")
    assert [r["what"] for r in misses_and_false_splits(doc, split)].count("false split") == 1
    # an output that changed more than spaces cannot be matched place by place
    assert misses_and_false_splits(doc, doc.text.replace("town", "city")) == []
