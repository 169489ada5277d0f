# SPDX-License-Identifier: GPL-3.0-or-later
"""Closing a poll after a last reading of the shared folder.

A ballot from the folder counts only if the pass that imports it runs while the poll is
open (the reception decides, never the member's clock: docs/sync-format.md § 6.5). A
member who voted in time, whose file reached the folder but was not imported yet, would
see their ballot set aside as ``poll.closed`` by the next pass. So when a shared folder
is chosen, the Votes tab and ``talagov polls --close`` close through
:func:`import_then_close`: one import pass of the folder
(:func:`talagov.services.sync_import.import_folder`, with its pass lock), then the
closing, at the same ``now``.

Why a step of its own rather than inside :func:`talagov.services.polls.close_poll`:
closing stays a pure database operation, the one the demo, the benches, the archive
scenes and every poll test call without a folder; the import commits its own batches
(so that a killed pass loses one batch at most), which a single closing transaction
could not undo anyway; and what the reading brought, or why it could not run, is a
report for the secretary that ``close_poll`` has no business returning.

A folder that cannot be read (a USB key unplugged, ``members/`` replaced by a link) or
another pass running does not keep the poll open: the secretary decided to close it.
The closing goes on, and :class:`FolderRead` says why nothing was read, so that the
secretary can tell the members concerned (their files stay in the folder, and the next
pass sets them aside with their reason).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.errors import UserError
from talagov.services import polls
from talagov.services.changes import Changes
from talagov.services.sync_folder import sync_folder
from talagov.services.sync_import import ImportReport, import_folder
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class FolderRead:
    """The reading of the shared folder just before a poll closed.

    Attributes:
        folder: the shared folder chosen (``None``: none, nothing to read).
        report: what the pass imported (``None`` when it could not run).
        problem: why it could not run (``sync.folder_missing``,
            ``sync_import.folder_unsafe``, ``sync_import.busy``...).
    """

    folder: Path | None
    report: ImportReport | None = None
    problem: UserError | None = None

    @property
    def ballots(self) -> int:
        """Ballots the pass stored (those already received by another channel left out)."""
        if self.report is None:
            return 0
        return sum(n for status, n in self.report.ballots.items() if status != "duplicate")

    @property
    def set_aside(self) -> int:
        """Files the pass set aside (or set aside for a new reason)."""
        return 0 if self.report is None else len(self.report.quarantined)


def read_before_closing(uow: UnitOfWork, *, now: datetime) -> tuple[FolderRead, Changes]:
    """Import what the members' installs left in the shared folder, if one is chosen.

    Never raises for the folder: a refusal of the pass is returned as
    :attr:`FolderRead.problem`, and what the pass committed before it stays. The pass
    commits (and, refused, rolls back) the unit of work's transaction: call it before
    anything else is written in ``uow``.
    """
    folder = sync_folder(uow)
    if folder is None:
        return FolderRead(None), Changes.of()
    try:
        report, changes = import_folder(uow, folder, now=now)
    except UserError as exc:
        # A pass that lost a race on the database leaves its session failed: start
        # afresh (its committed batches stay) so that the closing can go on.
        uow.session.rollback()
        return FolderRead(folder, problem=exc), Changes.of()
    return FolderRead(folder, report), changes


def import_then_close(uow: UnitOfWork, poll_id: int, *, org_key: ec.EllipticCurvePrivateKey,
                      now: datetime) -> tuple[FolderRead, Changes]:
    """Read the shared folder (see :func:`read_before_closing`), then close the poll at
    ``now`` (:func:`talagov.services.polls.close_poll`).

    Returns:
        What the reading did, and the changes of both (the reading's ballots, the poll).

    Raises:
        UserError: as ``close_poll`` (``poll.not_open``, ``poll.meeting_not_in_session``,
            ``keys.org_key_mismatch``...); what the reading committed stays.
    """
    read, imported = read_before_closing(uow, now=now)
    closed = polls.close_poll(uow, poll_id, org_key=org_key, now=now)
    return read, Changes(imported.aggregates | closed.aggregates, imported.ids | closed.ids)
