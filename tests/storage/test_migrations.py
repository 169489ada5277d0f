# SPDX-License-Identifier: GPL-3.0-or-later
"""The schema comes from Alembic only, and upgrades keep every row."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from talagov.core.errors import DatabaseTooNewError
from talagov.storage.database import open_database
from talagov.storage.db import make_engine
from talagov.storage.migrate import current_revision, head_revision, upgrade
from talagov.storage.models import Base


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite")
    try:
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
        assert diff == []
    finally:
        db.close()


def _seed_first_revision(path: Path) -> None:
    engine = make_engine(path)
    upgrade(engine, None, target="0001")
    engine.dispose()
    con = sqlite3.connect(path)
    now = datetime(2026, 1, 1).isoformat(sep=" ")
    con.execute(
        "INSERT INTO member (id, number, kind, name, first_name, email, phone, address, "
        "category_key, college_key, admission_date, admission_decision, consent_address, notes, "
        "search, updated_at) VALUES (1, 'S-0001', 'natural', 'Dupré', 'Hélène', '', '', '', "
        "'salarie', '', '2020-01-15', 'AG 2020', '', '', 'dupre helene', ?)",
        (now,),
    )
    con.execute(
        "INSERT INTO share_movement (kind, \"on\", count, nominal_cents, to_member_id, reference, "
        "note, created_at) VALUES ('subscription', '2020-01-15', 4, 2500, 1, 'BS-1', '', ?)",
        (now,),
    )
    con.commit()
    con.close()


def test_upgrade_from_first_migration_keeps_rows_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _seed_first_revision(path)
    db = open_database(path)
    try:
        assert db.migration.from_revision == "0001"
        assert db.migration.to_revision == head_revision()
        assert db.migration.backup is not None and db.migration.backup.exists()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM member").scalar() == "Dupré"
            assert conn.exec_driver_sql("SELECT count(*) FROM share_movement").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            # the tables of the second migration exist
            conn.exec_driver_sql("SELECT count(*) FROM mandate").scalar()
        backup = sqlite3.connect(db.migration.backup)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        backup.close()
    finally:
        db.close()


def test_database_at_head_is_not_backed_up_again(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    open_database(path).close()
    again = open_database(path)
    try:
        assert again.migration.backup is None
        assert list(tmp_path.glob("*.backup-*")) == []
    finally:
        again.close()


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        open_database(path)
    assert path.read_bytes() == before
    engine = make_engine(path)
    assert current_revision(engine) == "9999_future"
    engine.dispose()


def test_fresh_database_reaches_head(tmp_path: Path) -> None:
    db = open_database(tmp_path / "f.sqlite")
    try:
        assert current_revision(db.engine) == head_revision()
        assert db.migration.backup is None
        assert date.today()  # the file exists and is usable
    finally:
        db.close()
