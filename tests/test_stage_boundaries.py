"""Stages never import each other; shared knowledge lives in shared modules.

Every import in every module of a stage package (``textrepair/<stage>/``) is read
with :mod:`ast` (function-level imports included); one that reaches another
stage's package fails. The shared modules (language knowledge, the edit model,
the config) import no stage at all.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from textrepair.pipeline import STAGE_ORDER

PACKAGE = Path(__file__).resolve().parents[1] / "textrepair"
SHARED = ("language", "edits.py", "config.py", "_inputs.py", "_logistic.py", "_tables.py")


def _imported_modules(source: str, package: str) -> list[tuple[int, str]]:
    """``(line, absolute module name)`` of every import in ``source``, a module of ``package``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            # "from textrepair import spacing" imports a stage too
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def _stages_reached(source: str, package: str) -> list[tuple[int, str]]:
    out = []
    for line, module in _imported_modules(source, package):
        parts = module.split(".")
        if len(parts) > 1 and parts[0] == "textrepair" and parts[1] in STAGE_ORDER:
            out.append((line, parts[1]))
    return out


def _package_of(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])


@pytest.mark.parametrize("stage", STAGE_ORDER)
def test_no_stage_imports_another(stage: str) -> None:
    files = sorted((PACKAGE / stage).rglob("*.py"))
    assert files, f"stage package {stage} has no modules"
    crossings = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports textrepair.{other}"
        for path in files
        for line, other in _stages_reached(path.read_text(encoding="utf-8"), _package_of(path))
        if other != stage
    ]
    assert crossings == []


@pytest.mark.parametrize("name", SHARED)
def test_shared_modules_import_no_stage(name: str) -> None:
    target = PACKAGE / name
    files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
    crossings = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports textrepair.{stage}"
        for path in files
        for line, stage in _stages_reached(path.read_text(encoding="utf-8"), _package_of(path))
    ]
    assert crossings == []


def test_the_check_sees_a_crossing() -> None:
    """The walker finds relative, aliased and function-level stage imports, not look-alikes."""
    source = (
        "from ..spacing import words\n"
        "from . import units\n"
        "import textrepair.spacingx\n"
        "def f():\n"
        "    import textrepair.chrome.lines as l\n"
        "    from textrepair import encoding\n"
    )
    reached = _stages_reached(source, "textrepair.spin")
    assert reached == [
        (1, "spacing"),
        (1, "spacing"),
        (2, "spin"),
        (2, "spin"),
        (5, "chrome"),
        (6, "encoding"),
    ]
