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
