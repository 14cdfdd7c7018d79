"""The package's layout stays true: each subpackage imports only from the layers below it.

knowledge is the bottom; the engine uses it; care (the companion's store and what it works
out) and the conversation (each chat's memory and flows) use both; the transports (terminal,
Telegram) use all of these; the maintainers' tools may measure anything below them; only the
entry points on top (cli, __main__) may use anything.
A transport never imports another transport. The test reads the source with `ast`, so an
import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bot"

MAY_IMPORT = {
    "knowledge": {"knowledge"},
    "engine": {"knowledge", "engine"},
    "care": {"knowledge", "engine", "care"},
    "conversation": {"knowledge", "engine", "conversation"},
    # bench_companion measures the running bot: the store, reminder jobs, the Application
    "maintainers": {"knowledge", "engine", "care", "telegram_bot", "maintainers"},
    "terminal": {"knowledge", "engine", "care", "conversation", "terminal"},
    "telegram_bot": {"knowledge", "engine", "care", "conversation", "telegram_bot"},
}
ENTRY_POINTS = {"__init__.py", "__main__.py", "cli.py"}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _layer(path: Path) -> str | None:
    """The subpackage a file belongs to, or None for the entry points on top."""
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else None


def _imported_layers(path: Path) -> set[tuple[str, int]]:
    """(subpackage, line) for every `bot.<sub>` this file imports, however it is written."""
    found: set[tuple[str, int]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "bot":  # `from bot import engine`
                names = [f"bot.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            raise AssertionError(f"{path}:{node.lineno}: use absolute imports (bot.<layer>...)")
        for name in names:
            parts = name.split(".")
            if parts[0] == "bot" and len(parts) > 1:
                found.add((parts[1], node.lineno))
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    layer = _layer(path)
    if layer is None:
        return
    assert layer in MAY_IMPORT, f"new subpackage {layer!r}: give it a place in MAY_IMPORT"
    wrong = sorted(
        (line, imported) for imported, line in _imported_layers(path)
        if imported not in MAY_IMPORT[layer]
    )
    assert wrong == [], f"{path.relative_to(PACKAGE)} imports upwards or sideways: {wrong}"


def test_only_entry_points_sit_on_top() -> None:
    top = {p.name for p in PACKAGE.glob("*.py")}
    assert top <= ENTRY_POINTS, f"move into a subpackage: {sorted(top - ENTRY_POINTS)}"


def test_every_subpackage_is_a_package() -> None:
    for folder in (p for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"):
        assert (folder / "__init__.py").is_file(), folder


def test_the_check_catches_an_upward_import(tmp_path: Path) -> None:
    """The rule is not vacuous: an engine module importing Telegram is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from bot.telegram_bot.send import send\nfrom bot import terminal\n")
    assert {layer for layer, _ in _imported_layers(bad)} == {"telegram_bot", "terminal"}
    assert not {"telegram_bot", "terminal"} & MAY_IMPORT["engine"]
