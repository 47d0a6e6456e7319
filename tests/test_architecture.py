"""The dependency rule: core imports only the standard library and itself; nothing imports bot.

A small `ast` walk instead of import-linter: it needs no extra dependency and reports the
file and line of each offending import.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STDLIB = frozenset(sys.stdlib_module_names)


def module_name(path: Path, root: Path) -> str:
    """`core/services/turn.py` -> "core.services.turn"; a package's `__init__` is the package."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def resolve(node: ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The absolute names a `from ... import ...` can bring in, relative ones resolved."""
    if node.level == 0:
        base = node.module or ""
    else:
        package = module.split(".") if is_package else module.split(".")[:-1]
        kept = package[: len(package) - node.level + 1]
        base = ".".join([*kept, *([node.module] if node.module else [])])
    # The top-level package is what the rules look at; only when a relative import climbs to
    # the root (`from .. import storage` in a top-level module) do the imported names give it.
    return [base] if base else [alias.name for alias in node.names]


def dynamic_import(node: ast.Call) -> str | None:
    """The module of `importlib.import_module("x")` or `__import__("x")` with a literal name."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name not in ("import_module", "__import__") or not node.args:
        return None
    first = node.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def imports(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in a module's source, in line order."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found += [(node.lineno, name) for name in resolve(node, module, is_package)]
        elif isinstance(node, ast.Call) and (name := dynamic_import(node)):
            found.append((node.lineno, name))
    return sorted(found)


Allowed = Callable[[str], bool]


def violations(package: str, allowed: Allowed, root: Path = ROOT) -> list[str]:
    """ "path:line imports name" for each import under `package` that `allowed` refuses."""
    files = sorted((root / package).rglob("*.py"))
    assert files, f"no Python files under {root / package}"
    found = []
    for path in files:
        module = module_name(path, root)
        is_package = path.name == "__init__.py"
        for line, name in imports(path.read_text(encoding="utf-8"), module, is_package):
            if not allowed(name.split(".")[0]):
                found.append(f"{path.relative_to(root)}:{line} imports {name}")
    return found


def stdlib_or_core(top: str) -> bool:
    return top in STDLIB or top == "core"


def not_storage(top: str) -> bool:
    return top != "storage"


def not_bot(top: str) -> bool:
    return top != "bot"


def assert_clean(found: list[str]) -> None:
    assert not found, "imports that break the dependency rule:\n" + "\n".join(found)


def test_core_imports_only_the_standard_library_and_itself() -> None:
    assert_clean(violations("core", stdlib_or_core))


def test_adapters_talk_to_core_not_to_storage() -> None:
    assert_clean(violations("adapters", not_storage))


@pytest.mark.parametrize("package", ["core", "storage", "adapters"])
def test_nothing_imports_the_composition_root(package: str) -> None:
    assert_clean(violations(package, not_bot))


# --- the checker itself finds what it should ----------------------------------------------

BAD_CORE = """\
from __future__ import annotations
import json, telegram.ext
from typing import TYPE_CHECKING
from core.domain import Address
from . import sibling
if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession
from ...storage import tables
import importlib
engine = importlib.import_module("storage.engine")
"""


def test_the_checker_reports_file_and_line_of_each_offending_import(tmp_path: Path) -> None:
    module = tmp_path / "core" / "services" / "turn.py"
    module.parent.mkdir(parents=True)
    (tmp_path / "core" / "__init__.py").write_text("import bot\n")
    module.write_text(BAD_CORE)
    turn = str(Path("core", "services", "turn.py"))
    assert violations("core", stdlib_or_core, tmp_path) == [
        f"{Path('core', '__init__.py')}:1 imports bot",
        f"{turn}:2 imports telegram.ext",
        f"{turn}:7 imports sqlalchemy.ext.asyncio",
        f"{turn}:8 imports storage",
        f"{turn}:10 imports storage.engine",
    ]


@pytest.mark.parametrize(
    "forbidden",
    [
        "telegram",
        "discord",
        "sqlalchemy",
        "pydantic",
        "pydantic_settings",
        "apscheduler",
        "aiosqlite",
        "asyncpg",
        "alembic",
        "adapters",
        "storage",
        "bot",
    ],
)
def test_platform_orm_and_outer_layers_are_not_standard_library(forbidden: str) -> None:
    assert not stdlib_or_core(forbidden)


def test_relative_imports_resolve_against_the_package() -> None:
    found = imports("from ..storage import x\nfrom . import y\n", "adapters.tg.bot", False)
    assert found == [(1, "adapters.storage"), (2, "adapters.tg")]
    found = imports("from .. import storage\n", "adapters.tg", True)
    assert found == [(1, "adapters")]
