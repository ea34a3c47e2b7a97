from __future__ import annotations

import pytest

from textrepair._trees import Trees


def test_a_row_goes_left_when_its_feature_is_at_most_the_threshold() -> None:
    trees = Trees.from_data({"base": 0.5, "trees": [[1, 2.0, -1.0, 1.0], 0.25]}, 2)
    assert trees.log_odds([9.0, 2.0]) == pytest.approx(0.5 - 1.0 + 0.25)
    assert trees.log_odds([9.0, 2.0001]) == pytest.approx(0.5 + 1.0 + 0.25)
    assert trees.probability([0.0, 100.0]) > 0.8 > 0.5 > trees.probability([0.0, 0.0]) > 0.4


def test_a_split_on_a_feature_the_model_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="feature 3 of a model of 2"):
        Trees.from_data({"base": 0.0, "trees": [[3, 0.0, 1.0, 2.0]]}, 2)


def test_a_row_of_the_wrong_width_is_refused() -> None:
    trees = Trees.from_data({"base": 0.0, "trees": [[0, 0.0, 1.0, 2.0]]}, 2)
    with pytest.raises(ValueError, match="1 features for a model of 2"):
        trees.log_odds([1.0])


def test_without_a_feature_count_the_widest_split_sets_it() -> None:
    trees = Trees.from_data({"base": 0.0, "trees": [[0, 0.0, [4, 1.0, 0.0, 1.0], 2.0]]})
    assert trees.features == 5


def test_exported_trees_give_scikit_learns_log_odds() -> None:
    np = pytest.importorskip("numpy")
    pytest.importorskip("sklearn")
    from benchmarks.trees import export, fit_trees

    rng = np.random.default_rng(0)
    x = rng.normal(size=(3000, 5))
    y = (x[:, 0] + x[:, 1] * x[:, 2] > 0).astype(int)
    model = fit_trees(x, y, max_iter=20, max_leaf_nodes=7)
    trees = Trees.from_data(export(model), 5)
    ours = [trees.log_odds(row.tolist()) for row in x[:300]]
    # Leaves are rounded to six decimals in the export: twenty of them add at most 1e-5.
    assert ours == pytest.approx(model.decision_function(x[:300]).tolist(), abs=2e-5)
