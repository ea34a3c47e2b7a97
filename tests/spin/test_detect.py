"""detect_spin on the seeds, clean text, other languages, fingerprints and odd input."""

from __future__ import annotations

import pytest

import textrepair
from benchmarks.spin import SEED_002_TRUTH
from tests.conftest import example
from textrepair.spin import detect_spin
from textrepair.spin.detect import STRICT_WORD_THRESHOLD, Featurized, featurize, load_model


def test_seed_002_is_spun_with_many_spans_and_right_suggestions() -> None:
    report = detect_spin(example("002"))
    assert report.spun and report.score >= report.threshold
    assert len(report.spans) >= 15
    by_text = {s.text: s for s in report.spans}
    right = [
        spun
        for spun, original in SEED_002_TRUTH.items()
        if spun in by_text and original in by_text[spun].suggestions[:3]
    ]
    assert len(right) >= 7, right
    for span in report.spans:
        assert span.reason.startswith("spin:")
        assert 0 < span.confidence <= 1


@pytest.mark.parametrize("seed", ["000", "001"])
def test_unspun_seeds_are_not_flagged(seed: str) -> None:
    report = detect_spin(example(seed))
    assert not report.spun
    assert all(s.confidence >= STRICT_WORD_THRESHOLD for s in report.spans)


def test_clean_news_prose_is_not_flagged() -> None:
    text = (
        "The central bank raised interest rates by a quarter of a percentage point on "
        "Wednesday, its third increase this year, and signalled that more could follow if "
        "inflation does not slow. Officials said the labour market remained strong, with "
        "unemployment near a record low, but warned that higher borrowing costs would weigh "
        "on housing and business investment in the months ahead. Markets had expected the "
        "move, and stocks closed slightly higher after the announcement."
    )
    report = detect_spin(text)
    assert not report.spun
    assert report.language == "en"


def test_the_verdict_follows_the_threshold() -> None:
    text = example("000")
    score = detect_spin(text).score
    assert 0 < score < 0.5
    assert detect_spin(text, threshold=score).spun
    assert not detect_spin(text, threshold=score + 0.01).spun
    assert detect_spin(text, threshold=0.0).spun


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung hat am Donnerstag beschlossen, dass die Reform kommt.",
        "Le gouvernement a décidé jeudi que la réforme sera votée la semaine prochaine.",
        "",
        "12345 67890 !!!",
    ],
)
def test_non_english_or_empty_text_says_so(text: str) -> None:
    report = detect_spin(text)
    assert report.language is None
    assert report.score == 0 and not report.spun and report.spans == ()
    assert "English" in report.note


def test_tortured_phrase_is_marked_with_its_expected_phrase() -> None:
    text = "Our model uses counterfeit consciousness and profound learning on the data set."
    spans = {s.text: s for s in detect_spin(text).spans}
    assert spans["counterfeit consciousness"].suggestions == ("artificial intelligence",)
    assert "tortured phrase" in spans["profound learning"].reason


def test_tortured_phrases_raise_the_document_score() -> None:
    clean = (
        "Researchers at the university said on Tuesday that artificial intelligence and deep "
        "learning had helped them sort the data faster than before. The team, which studies "
        "weather patterns, trained a model on ten years of satellite images and found that it "
        "predicted heavy rain a day earlier than the methods forecasters use today. They plan "
        "to share the code with other groups next year."
    )
    tortured = clean.replace("artificial intelligence", "counterfeit consciousness").replace(
        "deep learning", "profound learning"
    )
    assert detect_spin(tortured).score > detect_spin(clean).score + 0.5


def test_names_and_rare_real_words_are_not_marked() -> None:
    text = (
        "Brad Parscale met Vera Jourova in Brussels. Carbonatix sponsors the audio, and "
        "the stablecoin market fell. " * 3
    )
    marked = {s.text for s in detect_spin(text).spans}
    assert not marked & {"Parscale", "Jourova", "Carbonatix", "stablecoin", "Brad", "Vera"}


def test_a_word_after_an_article_that_does_not_fit_it_reads_as_swapped() -> None:
    # seed 002's spinner swapped "action" for "natural process" and left the "an"
    context = "The campaign asked people on the site to take {} natural process, like donating."
    wrong, right = (featurize(context.format(article)) for article in ("an", "a"))
    model = load_model()

    def natural(found: Featurized) -> float:
        (unit,) = [k for k, u in enumerate(found.units) if u.text.startswith("natural")]
        return model.word_probability(found.features[unit])

    assert natural(wrong) > natural(right)


def test_model_thresholds_are_probabilities() -> None:
    model = load_model()
    assert 0 < model.word_threshold < 1
    assert 0 < model.threshold < 1


def test_public_api_exports_the_report() -> None:
    report = textrepair.detect_spin("The hebdomad was long and the newsperson was tired.")
    assert isinstance(report, textrepair.SpinReport)
    assert all(isinstance(s, textrepair.SpinSpan) for s in report.spans)


def test_bad_input_gets_a_clear_error() -> None:
    with pytest.raises(TypeError, match="decode first"):
        detect_spin(b"raw bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="between 0 and 1"):
        detect_spin("The hebdomad was long.", threshold=2)


def test_a_model_and_priors_passed_in_replace_the_shipped_ones() -> None:
    import dataclasses

    text = example("002")
    shipped = detect_spin(text)
    lenient = dataclasses.replace(load_model(), doc_bias=-100.0)  # every document scores 0
    assert shipped.spun and not detect_spin(text, model=lenient).spun
    # without priors every unit loses its learned prior: the scores change, the spans too
    bare = detect_spin(text, priors={})
    assert bare.score != shipped.score or len(bare.spans) != len(shipped.spans)
