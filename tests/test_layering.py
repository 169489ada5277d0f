# SPDX-License-Identifier: GPL-3.0-or-later
"""The import rule of style.md §1: dependencies point downward only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "talagov"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_only_gui_imports_pyside6() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in PACKAGE.rglob("*.py")
        if "gui" not in p.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] == "PySide6" for name in _imports(p))
    ]
    assert offenders == []


def test_core_imports_neither_qt_nor_sqlalchemy_nor_upper_layers() -> None:
    forbidden = ("PySide6", "sqlalchemy", "alembic", "talagov.storage", "talagov.services",
                 "talagov.gui", "talagov.cli", "talagov.reports", "talagov.messages")
    offenders = {
        str(p.relative_to(ROOT)): sorted(n for n in _imports(p) if n.startswith(forbidden))
        for p in _modules("core")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_gui_never_talks_to_the_database_directly() -> None:
    # app.py opens the file (storage.database); everything else goes through services.
    allowed = {"talagov.storage.database"}
    offenders = {}
    for p in _modules("gui"):
        bad = sorted(
            n for n in _imports(p)
            if (n.startswith(("sqlalchemy", "talagov.storage")) and n not in allowed)
        )
        if bad:
            offenders[str(p.relative_to(ROOT))] = bad
    assert offenders == {}


def test_lower_layers_do_not_import_upper_ones() -> None:
    rules = {
        "storage": ("talagov.services", "talagov.gui", "talagov.cli", "talagov.reports"),
        "services": ("talagov.gui", "talagov.cli"),
        "reports": ("talagov.gui", "talagov.cli", "talagov.storage", "talagov.services"),
    }
    offenders = {}
    for layer, forbidden in rules.items():
        for p in _modules(layer):
            bad = sorted(n for n in _imports(p) if n.startswith(forbidden))
            if bad:
                offenders[str(p.relative_to(ROOT))] = bad
    assert offenders == {}


def test_importing_every_non_gui_module_does_not_load_qt() -> None:
    modules = [
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for layer in ("core", "storage", "services", "reports", "cli", "messages")
        for p in _modules(layer)
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import talagov.cli.main as cm; cm.build_parser()\n"
        "assert 'PySide6' not in sys.modules, 'PySide6 loaded'\n"
        "core_only = [m for m in sys.modules if m.startswith('talagov.core')]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_core_alone_does_not_load_sqlalchemy() -> None:
    modules = [
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in _modules("core") if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in ('sqlalchemy', 'PySide6', 'alembic') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_the_verifier_imports_only_the_core_the_messages_and_the_standard_library() -> None:
    forbidden = ("PySide6", "sqlalchemy", "alembic", "talagov.storage", "talagov.services",
                 "talagov.gui", "talagov.cli", "talagov.reports")
    offenders = {
        str(p.relative_to(ROOT)): sorted(n for n in _imports(p) if n.startswith(forbidden))
        for p in _modules("verifier")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_talagov_verify_loads_neither_sqlalchemy_nor_qt(tmp_path: Path) -> None:
    # The whole command path: the CLI's dispatch, the verifier and the messages.
    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts)
               for p in _modules("verifier") if p.name != "__init__.py"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "from talagov.cli.main import main\n"
        f"rc = main(['verify', {str(tmp_path / 'none.zip')!r}])\n"
        "assert rc == 2, rc\n"
        "bad = [m for m in ('sqlalchemy', 'PySide6', 'alembic') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
