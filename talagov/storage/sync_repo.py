# SPDX-License-Identifier: GPL-3.0-or-later
"""Queries on the files seen in the shared folder and the certificate requests received.

A pass over the folder reads every ``sync_file`` row once (:func:`seen_files`) and
writes the rows of a batch together (:func:`save_files`, Core executemany): thousands
of unchanged files cost one query, and thousands of new ones a few statements per
batch, never one query per file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, SessionTransaction

from talagov.storage.sync_models import SyncFileRow, SyncRequestRow
from talagov.storage.vote_models import BallotRow

_FILES = cast(Table, SyncFileRow.__table__)


class SeenFile(NamedTuple):
    """What a pass remembers of a file: enough to skip it unread, or to say why not.

    A named tuple: a pass builds thousands of them, and a frozen dataclass is several
    times slower to make."""

    id: int
    path: str
    size: int
    mtime_ns: int
    sha256: str
    kind: str
    outcome: str
    reason_code: str
    reason_params: str  # JSON, as stored
    first_seen_at: datetime


@dataclass(frozen=True)
class FileRecord:
    """A file's row as a pass writes it (``id`` 0: a new row)."""

    path: str
    size: int
    mtime_ns: int
    sha256: str
    kind: str
    outcome: str
    reason_code: str
    reason_params: Mapping[str, object]
    seen_at: datetime
    id: int = 0


def savepoint(session: Session) -> SessionTransaction:
    """A savepoint that really nests inside the caller's transaction (a context manager:
    leaving it by an exception undoes only what was done inside).

    Python's sqlite3 opens the transaction at the first write, not at SQLAlchemy's
    ``begin``: a SAVEPOINT issued before any write would itself start the transaction,
    and its RELEASE would commit everything. The transaction is opened first.
    """
    connection = session.connection()
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN")
    return session.begin_nested()


def seen_files(session: Session) -> dict[str, SeenFile]:
    """Every file seen so far, by path (one query)."""
    stmt = select(SyncFileRow.id, SyncFileRow.path, SyncFileRow.size, SyncFileRow.mtime_ns,
                  SyncFileRow.sha256, SyncFileRow.kind, SyncFileRow.outcome,
                  SyncFileRow.reason_code, SyncFileRow.reason_params, SyncFileRow.first_seen_at)
    # Core rows, not ORM ones: an unchanged pass over thousands of files is mostly this.
    return {row[1]: SeenFile(*row) for row in session.connection().execute(stmt)}


def params_to_json(params: Mapping[str, object]) -> str:
    """A reason's parameters as stored (sorted keys; non-JSON values as their text)."""
    return json.dumps(dict(params), sort_keys=True, ensure_ascii=False, default=str)


def params_from_json(text: str) -> dict[str, object]:
    """A reason's parameters read back (``{}`` for anything that is not a JSON object)."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _values(record: FileRecord) -> dict[str, Any]:
    return {"path": record.path, "size": record.size, "mtime_ns": record.mtime_ns,
            "sha256": record.sha256, "kind": record.kind, "outcome": record.outcome,
            "reason_code": record.reason_code,
            "reason_params": params_to_json(record.reason_params),
            "last_seen_at": record.seen_at}  # fmt: skip


def save_files(session: Session, records: Sequence[FileRecord]) -> None:
    """Insert the new rows and update the known ones, in the caller's transaction.

    A new row's ``first_seen_at`` is its ``seen_at``; an updated row keeps its own. Core
    executemany on the session's connection: a batch of files costs two statements.
    """
    new = [{**_values(r), "first_seen_at": r.seen_at} for r in records if not r.id]
    known = [{**_values(r), "row_id": r.id} for r in records if r.id]
    connection = session.connection()
    if new:
        connection.execute(insert(_FILES), new)
    if known:
        connection.execute(update(_FILES).where(_FILES.c.id == bindparam("row_id")), known)


def forget_files(session: Session, ids: Iterable[int]) -> None:
    """Delete rows (of quarantined or ignored files gone from the folder)."""
    chosen = list(ids)
    if chosen:
        session.execute(delete(SyncFileRow).where(SyncFileRow.id.in_(chosen)))


def files_with_outcome(session: Session, outcome: str) -> list[SyncFileRow]:
    """The rows of one outcome, by path."""
    stmt = select(SyncFileRow).where(SyncFileRow.outcome == outcome).order_by(SyncFileRow.path)
    return list(session.scalars(stmt))


def add_request(session: Session, *, sha256: str, install_id: str, member_id: int, name: str,
                key_fingerprint: str, request_pem: str, received_at: datetime) -> SyncRequestRow:
    """Store a pending certificate request."""
    row = SyncRequestRow(sha256=sha256, install_id=install_id, member_id=member_id, name=name,
                         key_fingerprint=key_fingerprint, request_pem=request_pem,
                         received_at=received_at, status="pending", decided_at=None, note="")
    session.add(row)
    session.flush()
    return row


def request_for_key(session: Session, member_id: int, key_fingerprint: str) -> SyncRequestRow | None:
    """A request already received for this member and this key, if any."""
    stmt = select(SyncRequestRow).where(SyncRequestRow.member_id == member_id,
                                        SyncRequestRow.key_fingerprint == key_fingerprint)
    return session.scalars(stmt.limit(1)).first()


def request_row(session: Session, request_id: int) -> SyncRequestRow | None:
    """One request by id."""
    return session.get(SyncRequestRow, request_id)


def request_rows(session: Session, *, status: str | None = None) -> list[SyncRequestRow]:
    """Requests (of one status, or all), oldest first."""
    stmt = select(SyncRequestRow).order_by(SyncRequestRow.received_at, SyncRequestRow.id)
    if status is not None:
        stmt = stmt.where(SyncRequestRow.status == status)
    return list(session.scalars(stmt))


def request_rows_of(session: Session, member_ids: Iterable[int]) -> list[SyncRequestRow]:
    """Every request (whatever its status) of any of ``member_ids``, oldest first."""
    chosen = sorted(set(member_ids))
    if not chosen:
        return []
    stmt = (select(SyncRequestRow).where(SyncRequestRow.member_id.in_(chosen))
            .order_by(SyncRequestRow.received_at, SyncRequestRow.id))  # fmt: skip
    return list(session.scalars(stmt))


def ballot_fingerprints(session: Session, poll_id: int) -> dict[str, int]:
    """The fingerprints of a poll's stored ballots, to their id (one query)."""
    stmt = select(BallotRow.fingerprint, BallotRow.id).where(BallotRow.poll_id == poll_id)
    return {str(fp): int(ballot_id) for fp, ballot_id in session.execute(stmt)}


def ballot_rows_for(session: Session, poll_id: int, principals: Iterable[int]) -> list[BallotRow]:
    """The stored ballots of a poll cast on behalf of any of ``principals``, by id."""
    chosen = sorted(set(principals))
    if not chosen:
        return []
    stmt = (select(BallotRow).where(BallotRow.poll_id == poll_id,
                                    BallotRow.on_behalf_of.in_(chosen))
            .order_by(BallotRow.id))  # fmt: skip
    return list(session.scalars(stmt))
