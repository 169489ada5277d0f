# SPDX-License-Identifier: GPL-3.0-or-later
"""The tables of the shared-folder import: files seen, certificate requests, savepoints."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from talagov.services.uow import UnitOfWork
from talagov.storage import sync_repo
from talagov.storage.database import Database, open_database
from talagov.storage.db import make_engine
from talagov.storage.migrate import upgrade
from talagov.storage.sync_models import SyncFileRow
from talagov.storage.sync_repo import FileRecord

T1 = datetime(2026, 6, 1, 9, 0)
T2 = datetime(2026, 6, 2, 9, 0)


def record(path: str, *, row_id: int = 0, size: int = 10, outcome: str = "imported",
           code: str = "", params: dict[str, object] | None = None,
           at: datetime = T1) -> FileRecord:
    return FileRecord(path, size, 1_000 + size, "ab" * 32, "ballot", outcome, code,
                      params or {}, at, row_id)


def test_files_are_inserted_then_updated_in_place(db: Database) -> None:
    with UnitOfWork(db) as uow:
        sync_repo.save_files(uow.session, [record("members/x/ballots/a.json"),
                                           record("members/x/ballots/b.json", outcome="quarantined",
                                                  code="poll.closed", params={"number": 3})])
    with UnitOfWork(db) as uow:
        seen = sync_repo.seen_files(uow.session)
    a, b = seen["members/x/ballots/a.json"], seen["members/x/ballots/b.json"]
    assert (a.size, a.mtime_ns, a.outcome, a.first_seen_at) == (10, 1_010, "imported", T1)
    assert (b.reason_code, sync_repo.params_from_json(b.reason_params)) == ("poll.closed",
                                                                            {"number": 3})
    with UnitOfWork(db) as uow:
        sync_repo.save_files(uow.session, [record(b.path, row_id=b.id, size=12, at=T2)])
        (row,) = [r for r in uow.session.query(SyncFileRow) if r.id == b.id]
        assert (row.size, row.outcome, row.reason_code, row.first_seen_at, row.last_seen_at) == (
            12, "imported", "", T1, T2)
        assert sync_repo.files_with_outcome(uow.session, "quarantined") == []
        sync_repo.forget_files(uow.session, [a.id])
    with UnitOfWork(db) as uow:
        assert list(sync_repo.seen_files(uow.session)) == [b.path]


def test_a_path_is_recorded_once(db: Database) -> None:
    with pytest.raises(Exception, match="UNIQUE"), UnitOfWork(db) as uow:
        sync_repo.save_files(uow.session, [record("p"), record("p")])


def test_reason_parameters_survive_anything(db: Database) -> None:
    assert sync_repo.params_from_json("not json") == {}
    assert sync_repo.params_from_json("[1, 2]") == {}
    text = sync_repo.params_to_json({"when": T1, "name": "Élise"})
    assert sync_repo.params_from_json(text) == {"when": "2026-06-01 09:00:00", "name": "Élise"}


def test_a_savepoint_nests_even_before_the_first_write(db: Database) -> None:
    # Python's sqlite3 starts the transaction at the first write: a SAVEPOINT issued
    # before it would be the transaction itself, and its release a commit.
    class Stop(Exception):
        pass

    with pytest.raises(Stop), UnitOfWork(db) as uow:
        sync_repo.seen_files(uow.session)  # a read only
        with sync_repo.savepoint(uow.session):
            sync_repo.save_files(uow.session, [record("kept-until-the-end")])
        with pytest.raises(Stop), sync_repo.savepoint(uow.session):
            sync_repo.save_files(uow.session, [record("undone")])
            raise Stop
        assert set(sync_repo.seen_files(uow.session)) == {"kept-until-the-end"}
        raise Stop  # the whole unit of work is rolled back
    with UnitOfWork(db) as uow:
        assert sync_repo.seen_files(uow.session) == {}
        uow.session.commit()
        with sync_repo.savepoint(uow.session):  # again after a commit
            sync_repo.save_files(uow.session, [record("committed")])
    with UnitOfWork(db) as uow:
        assert set(sync_repo.seen_files(uow.session)) == {"committed"}


def test_requests_are_found_by_member_and_key(db: Database) -> None:
    with UnitOfWork(db) as uow:
        for k, (member, key) in enumerate(((7, "k1"), (7, "k2"), (8, "k1"))):
            sync_repo.add_request(uow.session, sha256=f"{k}" * 64, install_id="a" * 32,
                                  member_id=member, name="Moi", key_fingerprint=key * 32,
                                  request_pem="PEM", received_at=datetime(2026, 6, 1, 9, 3 - k))
    with UnitOfWork(db) as uow:
        found = sync_repo.request_for_key(uow.session, 7, "k2" * 32)
        assert found is not None and found.sha256 == "1" * 64
        assert sync_repo.request_for_key(uow.session, 9, "k1" * 32) is None
        rows = sync_repo.request_rows(uow.session, status="pending")
        assert [(r.member_id, r.status) for r in rows] == [(8, "pending"), (7, "pending"),
                                                           (7, "pending")]
        rows[0].status = "issued"
    with UnitOfWork(db) as uow:
        assert len(sync_repo.request_rows(uow.session, status="pending")) == 2
        assert len(sync_repo.request_rows(uow.session)) == 3


def test_upgrading_from_0006_adds_the_sync_tables_and_keeps_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade(engine, None, target="0006")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO journal_entry (install, sequence, kind, meeting_id, data, entry_hash) "
                "VALUES ('i', 1, 'k', NULL, x'7b7d', 'h')")
    con.commit()
    con.close()
    database = open_database(path)
    try:
        assert database.migration.from_revision == "0006"
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM journal_entry").scalar() == 1
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_file").scalar() == 0
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_request").scalar() == 0
    finally:
        database.close()
