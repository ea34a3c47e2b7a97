from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from textrepair import _trees
from textrepair._trees import BoostedTrees, load_trees
from textrepair.spacing.glue_model import FEATURES, FORMAT

# x0 <= 0.5 ? (x1 <= 2.0 ? -1 : 1) : 3
TREE = (
    (0, 0.5, 1, 4, 0.0),
    (1, 2.0, 2, 3, 0.0),
    (-1, 0.0, -1, -1, -1.0),
    (-1, 0.0, -1, -1, 1.0),
    (-1, 0.0, -1, -1, 3.0),
)


@pytest.mark.parametrize(
    ("x", "log_odds"), [((0.1, 1.0), -0.75), ((0.1, 2.5), 1.25), ((0.9, 9.0), 3.25)]
)
def test_each_tree_adds_the_leaf_its_features_reach(
    x: tuple[float, float], log_odds: float
) -> None:
    model = BoostedTrees(0.25, (TREE,), 0.5)
    assert model.log_odds(x) == log_odds


def test_trees_add_up_and_a_leaf_at_the_root_is_a_constant() -> None:
    root_leaf = ((-1, 0.0, -1, -1, 0.5),)
    model = BoostedTrees(0.0, (TREE, root_leaf, TREE), 0.5)
    assert model.log_odds((0.9, 0.0)) == 6.5


def test_features_are_compared_as_32_bit_floats() -> None:
    # 0.1 as a 32-bit float is 0.10000000149...: above the 64-bit threshold 0.1
    stump = ((0, 0.1, 1, 2, 0.0), (-1, 0.0, -1, -1, -1.0), (-1, 0.0, -1, -1, 1.0))
    assert BoostedTrees(0.0, (stump,), 0.5).log_odds((0.1,)) == 1.0


def test_the_shipped_glue_trees_load_and_a_tree_beyond_the_features_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = load_trees("textrepair.spacing", "glue_model.json", FORMAT, FEATURES, "glue", "t")
    assert len(model.trees) == 100
    data = {"format": FORMAT, "features": list(FEATURES), "init": 0.0, "threshold": 0.5}
    data["trees"] = [[[len(FEATURES), 0.5, 1, 2, 0.0], [-1, 0, -1, -1, 1], [-1, 0, -1, -1, 2]]]
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(_trees, "load_weights", _reader(tmp_path / "bad.json"))
    with pytest.raises(RuntimeError, match="beyond the 36"):
        load_trees("textrepair.spacing", "bad.json", FORMAT, FEATURES, "glue", "t")


def _reader(path: Path) -> Callable[..., Any]:
    def read(*args: object) -> Any:
        return json.loads(path.read_text(encoding="utf-8"))

    return read
