# SPDX-License-Identifier: GPL-3.0-or-later
"""One pass over the shared folder: import what the members' installs left there.

The pass walks ``members/<install id>/{requests,proxies,ballots}/`` and never writes
into the folder. A file is read only when its size or modification time differs from
what the ``sync_file`` table remembers (one query loads all of it), so a pass over an
unchanged folder costs a directory listing. A file read is, in this order: skipped when
it is being written; a duplicate when its bytes were already imported under another
name; otherwise imported (certificate requests, then proxies, then ballots, so that a
ballot cast under a proxy arriving with it is judged with the proxy) or quarantined with
the reason a secretary reads. Names being written (``.part``…) are never read; a sync
engine's conflict copy is read like the file it copies, its content decides.

Each file's effect and its ``sync_file`` row are written in the same transaction, which
is committed every :data:`BATCH` files: a pass killed at any moment loses at most one
batch, and the next pass does it again (ballots are unique by fingerprint, requests by
key, proxies by signature).

Anyone able to write into the folder can leave anything there, so no single file may
end a pass: no link is followed, neither in place of a file nor of a directory
(:mod:`~talagov.services.sync_scan`), files are opened without blocking
(:func:`talagov.services.files.read_regular`), names that are not even UTF-8 (a FAT USB
key, an old share) are not ours and are left alone, and a file whose reading raises an
error no parser foresaw is quarantined as ``sync_import.unexpected`` (and logged). One
pass runs at a time per database (:mod:`talagov.storage.pass_lock`): a second one says
``sync_import.busy`` and leaves the work to the next.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from talagov.core.cancel import CancelToken
from talagov.core.canonical import sha256_hex
from talagov.core.errors import Cancelled, UserError
from talagov.core.sync_format import (
    BALLOTS,
    MAX_SMALL_FILE,
    MEMBER_KINDS,
    PROXIES,
    REQUESTS,
    Kind,
    Name,
    parse_name,
)
from talagov.services.changes import Aggregate, Changes
from talagov.services.sync_ballots import BallotBatch, BallotFile, unexpected
from talagov.services.sync_proxies import import_proxy
from talagov.services.sync_requests import import_request
from talagov.services.sync_scan import Found, read_listed, scan
from talagov.services.uow import UnitOfWork
from talagov.storage import pass_lock, sync_repo
from talagov.storage.sync_repo import FileRecord, SeenFile

log = logging.getLogger(__name__)

BATCH = 200  # files per commit: what a killed pass may have to do again
_ORDER = {REQUESTS: 0, PROXIES: 1, BALLOTS: 2}
# Reasons that may go away without the file changing: such files are read at every pass.
_RETRY = frozenset({"sync_import.unreadable", "sync_import.no_organisation_key",
                    "file.unwritable"})  # fmt: skip
# A ballot file that is not even UTF-8 JSON was most likely cut short by a copy.
_CUT_SHORT = frozenset({"ballot.malformed.not_utf8", "ballot.malformed.not_json"})
_DONE = frozenset({"imported", "duplicate"})


@dataclass(frozen=True)
class QuarantineLine:
    """A file set aside, with the message code (and parameters) of its reason."""

    path: str
    kind: str
    reason_code: str
    params: dict[str, object]
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class ImportReport:
    """What one pass did.

    Attributes:
        scanned: files found in the members' directories (names being written left out).
        unchanged: of those, files already seen with the same size and time (not read).
        ballots: ballots stored, by status (``counted``, ``superseded``, ``rejected``...;
            ``duplicate``: that very ballot was already received, by any channel).
        requests: certificate requests now waiting for the secretary.
        proxies: proxies recorded (or replacing an earlier one of the same member).
        duplicates: files whose content was already imported (copies, conflict copies).
        quarantined: files set aside by this pass (or for a new reason).
    """

    scanned: int
    unchanged: int
    ballots: dict[str, int]
    requests: int
    proxies: int
    duplicates: int
    quarantined: tuple[QuarantineLine, ...]


@dataclass
class _Pass:
    uow: UnitOfWork
    now: datetime
    seen: dict[str, SeenFile]
    digests: dict[str, str] = field(default_factory=dict)  # sha256 -> path imported
    records: list[FileRecord] = field(default_factory=list)
    ballots: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    proxies: int = 0
    duplicates: int = 0
    quarantined: list[QuarantineLine] = field(default_factory=list)
    aggregates: set[Aggregate] = field(default_factory=set)
    meetings: set[int] = field(default_factory=set)
    batch: BallotBatch | None = None
    queue: list[tuple[Found, Name, bytes, str]] = field(default_factory=list)  # ballots
    queued: set[str] = field(default_factory=set)  # their sha256
    draining: bool = False  # storing the queued ballots (an error there ends the pass)

    @property
    def pending(self) -> int:
        """Files examined since the last commit."""
        return len(self.records) + len(self.queue)

    def record(self, f: Found, sha256: str, kind: str, outcome: str, code: str = "",
               params: dict[str, object] | None = None) -> None:
        old = self.seen.get(f.rel)
        params = params or {}
        self.records.append(FileRecord(f.rel, f.size, f.mtime_ns, sha256, kind, outcome, code,
                                       params, self.now, old.id if old else 0))
        if outcome in _DONE and sha256:
            self.digests.setdefault(sha256, f.rel)
        new_reason = old is None or old.outcome != outcome or old.reason_code != code
        if outcome == "quarantined" and new_reason:
            self.quarantined.append(QuarantineLine(
                f.rel, kind, code, params, old.first_seen_at if old else self.now, self.now))

    def examine(self, f: Found) -> None:
        """Read one new or changed file and record what becomes of it; a file whose
        reading raises anything but the database's own errors is quarantined as
        ``sync_import.unexpected`` (defence in depth: the parsers refuse in words)."""
        try:
            self._examine(f)
        except (SQLAlchemyError, Cancelled):
            raise  # the batch is undone and redone by the next pass
        except Exception as exc:
            if self.draining:
                # Storing the queued ballots failed, not reading this file: their rows
                # may be half written, so the pass stops and its batch is undone.
                raise
            self.record(f, "", MEMBER_KINDS[f.folder].value, "quarantined",
                        *_reason(unexpected(exc, f.rel)))

    def _examine(self, f: Found) -> None:
        expected = MEMBER_KINDS[f.folder]
        name = parse_name(f.name, (expected,))
        if name is None:
            other = parse_name(f.name, tuple(MEMBER_KINDS.values()))
            if other is not None:
                self.record(f, "", other.kind.value, "quarantined", "sync_import.misplaced",
                            {"folder": f.folder})
            else:
                self.record(f, "", "", "ignored", "sync_import.unknown_name")
            return
        if f.size > MAX_SMALL_FILE:
            self.record(f, "", expected.value, "quarantined", "sync_import.too_large",
                        {"size": f.size})
            return
        try:
            data = read_listed(f)
        except FileNotFoundError:
            return  # gone since it was listed
        except OSError as exc:
            self.record(f, "", expected.value, "quarantined", "sync_import.unreadable",
                        {"reason": exc.strerror or str(exc)})
            return
        if data is None:
            return  # being written: the next pass reads it whole
        sha256 = sha256_hex(data)
        old = self.seen.get(f.rel)
        if old is not None and old.sha256 == sha256 and old.reason_code not in _RETRY:
            # Touched, not changed: the same verdict, under the new size and time.
            self.record(f, sha256, old.kind, old.outcome, old.reason_code,
                        sync_repo.params_from_json(old.reason_params))
            return
        if sha256 in self.queued:
            self.drain()  # the first copy decides what the second is
        twin = self.digests.get(sha256)
        if twin is not None and twin != f.rel:
            self.duplicates += 1
            self.record(f, sha256, expected.value, "duplicate", "", {"of": twin})
            return
        if name.kind is Kind.BALLOT:
            self.queue.append((f, name, data, sha256))
            self.queued.add(sha256)
            return
        try:
            outcome = self._import(f, name, data, sha256)
        except UserError as exc:
            self.record(f, sha256, expected.value, "quarantined", *_reason(exc))
            return
        self.record(f, sha256, expected.value, outcome)

    def drain(self) -> None:
        """Import the ballot files waiting, as one batch."""
        self.draining = True
        try:
            self._drain()
        finally:
            self.draining = False

    def _drain(self) -> None:
        queue, self.queue = self.queue, []
        self.queued.clear()
        if not queue:
            return
        if self.batch is None:  # after the requests and proxies of this pass
            self.batch = BallotBatch(self.uow, now=self.now)
        files = [BallotFile(data, f"folder:{f.install_id}", name) for f, name, data, _ in queue]
        for (f, _, _, sha256), result in zip(queue, self.batch.import_files(files), strict=True):
            if isinstance(result, UserError):
                self.record(f, sha256, Kind.BALLOT.value, "quarantined", *_reason(result))
                continue
            self.ballots[result.status] = self.ballots.get(result.status, 0) + 1
            self.record(f, sha256, Kind.BALLOT.value,
                        "duplicate" if result.status == "duplicate" else "imported")
        self.meetings |= self.batch.meetings
        self.aggregates.add(Aggregate.POLLS)

    def _import(self, f: Found, name: Name, data: bytes, sha256: str) -> str:
        """Import a request or a proxy: ``imported`` or ``duplicate``. Raises UserError."""
        # What add_proxy refuses comes after writes: the savepoint undoes them.
        with sync_repo.savepoint(self.uow.session):
            if name.kind is Kind.REQUEST:
                stored = import_request(self.uow, data, install_id=f.install_id, sha256=sha256,
                                        now=self.now)  # fmt: skip
                self.requests += stored
                self.duplicates += not stored  # the same key asked for again
                return "imported" if stored else "duplicate"
            status, changes = import_proxy(self.uow, data, name=name, file_name=name.canonical,
                                           now=self.now)  # fmt: skip
        if status == "duplicate":  # the same signed proxy, written out again
            self.duplicates += 1
            return "duplicate"
        self.proxies += 1
        self.aggregates |= changes.aggregates
        self.meetings |= changes.ids
        return "imported"

    def flush(self) -> None:
        """Write the rows of the batch and commit it with the files' effects."""
        self.drain()
        if self.records:
            sync_repo.save_files(self.uow.session, self.records)
            self.records.clear()
            self.aggregates.add(Aggregate.SYNC)
        self.uow.session.commit()


def _reason(exc: UserError) -> tuple[str, dict[str, object]]:
    """The quarantine reason of a refusal: its own code and parameters, except for a
    file that is not even JSON, most likely still being copied."""
    if exc.code in _CUT_SHORT:
        return "sync_import.incomplete", {}
    return exc.code, dict(exc.params)


def _changed(f: Found, seen: SeenFile | None) -> bool:
    return seen is None or (seen.size, seen.mtime_ns) != (f.size, f.mtime_ns) \
        or (seen.outcome == "quarantined" and seen.reason_code in _RETRY)


def _lost_race(exc: SQLAlchemyError) -> bool:
    """Whether a database error is what a second pass running at the same time meets:
    a row the other one just wrote (a unique constraint), or SQLite's write lock."""
    return isinstance(exc, IntegrityError) or (
        isinstance(exc, OperationalError) and "database is locked" in str(exc.orig))


def import_folder(uow: UnitOfWork, folder: Path, *, now: datetime,
                  cancel: CancelToken | None = None,
                  progress: Callable[[int, int], None] | None = None
                  ) -> tuple[ImportReport, Changes]:
    """Import the new files of the members' directories of ``folder`` (one pass).

    Commits every :data:`BATCH` files, and at the end. Quarantined files whose file is
    gone from the folder are forgotten (a file coming back is read again).

    Raises:
        UserError: ``sync.folder_missing`` when ``folder`` is not a directory;
            ``sync_import.folder_unsafe`` when ``members/`` is a link, a junction or a
            file (nothing is read through it, nothing is recorded); ``sync_import.busy`` when another pass on the same database is running
            (what this one committed stays; the next pass imports the rest).
        Cancelled: when ``cancel`` is set; what was done so far stays committed.
    """
    if not folder.is_dir():
        raise UserError("sync.folder_missing", {"path": str(folder)})
    with pass_lock.held(uow.db.path) as ours:
        if not ours:
            raise UserError("sync_import.busy")
        try:
            return _import_folder(uow, folder, now=now, cancel=cancel, progress=progress)
        except (IntegrityError, OperationalError) as exc:
            # The lock is advisory: a pass of a TalaGov without it, or a lock file that
            # could not be made, leaves the database's constraints to settle the race.
            # Every ballot is still stored once, by whichever pass wrote it first.
            if not _lost_race(exc):
                raise
            log.warning("a concurrent pass won the race", exc_info=exc)
            raise UserError("sync_import.busy") from exc


def _import_folder(uow: UnitOfWork, folder: Path, *, now: datetime,
                   cancel: CancelToken | None,
                   progress: Callable[[int, int], None] | None
                   ) -> tuple[ImportReport, Changes]:
    seen = sync_repo.seen_files(uow.session)
    found, complete = scan(folder)
    todo = sorted((f for f in found if _changed(f, seen.get(f.rel))),
                  key=lambda f: (_ORDER[f.folder], f.rel))  # fmt: skip
    run = _Pass(uow, now, seen)
    for outcome in ("imported", "duplicate") if todo else ():
        run.digests.update({s.sha256: s.path for s in seen.values()
                            if s.outcome == outcome and s.sha256 and s.sha256 not in run.digests})
    for done, f in enumerate(todo):
        if cancel is not None and cancel.cancelled:
            run.flush()
            raise Cancelled()
        run.examine(f)
        if run.pending >= BATCH:
            run.flush()
        if progress is not None and done % 50 == 0:
            progress(done, len(todo))
    if complete:
        present = {f.rel for f in found}
        sync_repo.forget_files(uow.session, [s.id for s in seen.values() if s.path not in present
                                             and s.outcome in ("quarantined", "ignored")])
    run.flush()
    if progress is not None:
        progress(len(todo), len(todo))
    report = ImportReport(len(found), len(found) - len(todo), dict(run.ballots), run.requests,
                          run.proxies, run.duplicates, tuple(run.quarantined))
    return report, Changes.of(*run.aggregates, ids=tuple(sorted(run.meetings)))


def quarantine(uow: UnitOfWork) -> list[QuarantineLine]:
    """Every file set aside and still in the folder at the last pass, by path."""
    return [QuarantineLine(r.path, r.kind, r.reason_code,
                           sync_repo.params_from_json(r.reason_params),
                           r.first_seen_at, r.last_seen_at)
            for r in sync_repo.files_with_outcome(uow.session, "quarantined")]  # fmt: skip
