# SPDX-License-Identifier: GPL-3.0-or-later
"""Engine creation: SQLite file, WAL, foreign keys on, busy timeout."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event

APP_NAME = "TalaGov"


def default_db_path() -> Path:
    """The database in the user's data directory (``~/.local/share/TalaGov/talagov.sqlite``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "talagov.sqlite"


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # journal_mode is persistent but cheap to re-assert; foreign_keys is per connection.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with TalaGov's pragmas (the file is created if missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine
