# SPDX-License-Identifier: GPL-3.0-or-later
"""Open a TalaGov database: engine, start-up migration, session factory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from talagov.storage.db import make_engine
from talagov.storage.migrate import MigrationReport, upgrade


@dataclass
class Database:
    """A migrated database and its session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationReport

    def close(self) -> None:
        """Release every pooled connection (checkpoints the WAL)."""
        self.engine.dispose()


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises:
        DatabaseTooNewError: written by a newer TalaGov.
    """
    existed = path.exists() and path.stat().st_size > 0
    engine = make_engine(path)
    try:
        report = upgrade(engine, path if existed else None)
    except Exception:
        engine.dispose()
        raise
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), report)
