# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo's past AG exported as an archive, so that a newcomer can open one at once.

The archive goes next to the database, in ``archives/<slug of the meeting title>.zip``;
the demo's organisation passphrase is public (:mod:`.votes`), so no one is asked for it.
"""

from __future__ import annotations

from pathlib import Path

from talagov.core.errors import UserError
from talagov.core.meetings import MeetingStatus, MeetingType
from talagov.services.bundle_export import ExportResult, export_meeting
from talagov.services.demo.people import slug
from talagov.services.demo.votes import SECRETARY_PASSPHRASE
from talagov.services.keys import unlock_organisation
from talagov.services.uow import UnitOfWork
from talagov.storage import meetings_repo
from talagov.storage.database import Database

ARCHIVES = "archives"


def archive_path(db_path: Path, title: str) -> Path:
    """Where the archive of the meeting ``title`` goes for the database at ``db_path``."""
    return Path(db_path).parent / ARCHIVES / f"{slug(title) or 'assemblee'}.zip"


def export_past_assembly(db: Database) -> ExportResult | None:
    """Export the newest closed general assembly of the demo (``None``: there is none).

    Raises:
        UserError: ``file.unwritable`` when the folder cannot be written.
    """
    with UnitOfWork(db) as uow:
        found = [meetings_repo.to_meeting(row) for row, _, _ in meetings_repo.list_rows(uow.session)]
        assemblies = [m for m in found if m.status is MeetingStatus.CLOSED
                      and m.type is not MeetingType.BOARD and m.body_id is None]
        if not assemblies:
            return None
        past = max(assemblies, key=lambda m: (m.on, m.id))
        target = archive_path(Path(db.path), past.title)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError("file.unwritable", {"path": str(target.parent),
                                                "reason": exc.strerror or str(exc)}) from exc
        org_key = unlock_organisation(uow, SECRETARY_PASSPHRASE)
        return export_meeting(uow, past.id, target, org_key=org_key)
