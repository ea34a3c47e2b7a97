"""The unit priors: a learned table of how likely a unit is a spinner's word on its own."""

from __future__ import annotations

from textrepair.spin.detect import featurize
from textrepair.spin.features import WORD_FEATURES
from textrepair.spin.priors import unit_priors


def test_lemmas_nobody_writes_score_above_their_common_synonyms() -> None:
    priors = unit_priors()
    for spun, original in [
        ("hebdomad", "week"),
        ("severalize", "told"),
        ("newsperson", "reporters"),
        ("hepatic portal vein", "portal"),
        ("per centum", "percent"),
    ]:
        assert priors[spun] > 0 > priors[original], (spun, original)


def test_the_table_covers_inflected_words_and_multi_word_lemmas() -> None:
    priors = unit_priors()
    assert {"told", "reporters", "kick the bucket", "on-line"} <= priors.keys()
    assert "the" not in priors  # closed-class words are never units


def test_featurize_reads_the_prior_of_each_unit() -> None:
    column = WORD_FEATURES.index("unit_prior")
    shipped = featurize("The newsperson wrote a report.")
    assert [u.key for u in shipped.units] == ["newsperson", "wrote", "report"]
    assert shipped.features[0][column] == unit_priors()["newsperson"] / 5
    custom = featurize("The newsperson wrote a report.", priors={"wrote": 2.5})
    assert [f[column] for f in custom.features] == [0.0, 0.5, 0.0]
