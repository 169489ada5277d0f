# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema upgrades at start-up, through Alembic only.

The sequence (see the tech notes' cascade trap): compare the database's revision with
the scripts' head; refuse a database newer than this TalaGov; back the file up with
SQLite's online backup API to a dated copy beside it; run the upgrade with
``foreign_keys=OFF`` (set outside any transaction), then ``PRAGMA foreign_key_check``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, text

from talagov.core.errors import DatabaseTooNewError, UserError


def migrations_dir() -> Path:
    """The Alembic scripts: inside the installed package, or the source tree's top level."""
    package_root = Path(__file__).resolve().parent.parent
    shipped = package_root / "_migrations"
    if shipped.is_dir():
        return shipped
    return package_root.parent / "migrations"


def alembic_config() -> Config:
    """An Alembic config built in code (no alembic.ini needed at run time)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


@dataclass(frozen=True)
class MigrationReport:
    """What :func:`upgrade` did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def head_revision() -> str:
    """The newest revision the scripts know."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's revision (``None`` for a new, empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _backup(path: Path, revision: str | None, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}-{revision or 'empty'}{path.suffix}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, path: Path | None, *, target: str = "head") -> MigrationReport:
    """Bring the database to ``target``, backing it up first when it has data.

    Raises:
        DatabaseTooNewError: the database carries a revision these scripts do not know.
        UserError: ``migration.foreign_keys`` if the upgrade left dangling references.
    """
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    wanted = script.get_current_head() if target == "head" else target
    assert wanted is not None
    if current is not None and not _known(script, current):
        raise DatabaseTooNewError("db.too_new", {"revision": current})
    if current == wanted:
        return MigrationReport(current, wanted, None)
    backup = None
    if current is not None and path is not None and path.exists():
        backup = _backup(path, current, datetime.now())
    with engine.connect() as conn:
        # Must be outside a transaction to take effect, hence the explicit commit first.
        conn.commit()
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
        dangling = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    if dangling:
        raise UserError("migration.foreign_keys", {"count": len(dangling)})
    return MigrationReport(current, wanted, backup)
