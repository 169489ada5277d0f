# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures. Qt must run offscreen: set before anything imports PySide6."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TALAGOV_NO_SETTINGS", "1")

from collections.abc import Iterator
from pathlib import Path

import pytest

from talagov.storage.database import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh database migrated to head, in a temporary directory."""
    database = open_database(tmp_path / "test.sqlite")
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default demo, built once per test session (about 4 s)."""
    from talagov.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    build_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_path(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the default demo database (its library folder included)."""
    import shutil

    target = tmp_path / "demo.sqlite"
    shutil.copy(_demo_template, target)
    library = _demo_template.with_name("demo-library")
    if library.exists():
        shutil.copytree(library, tmp_path / "demo-library")
    return target
