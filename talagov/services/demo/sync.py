# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo's shared folder, so that a newcomer can try members' installs at once.

The folder goes next to the database, in ``partage/``; it becomes the database's sync
folder and receives what the organisation's install publishes: its identity, the
members' certificates, the revocation list and the past AG's archive (the upcoming AG is
a draft: its package is published once it is convened). The demo's organisation
passphrase is public (:mod:`.votes`), so no one is asked for it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from talagov.core.errors import UserError
from talagov.services.demo.votes import SECRETARY_PASSPHRASE
from talagov.services.keys import unlock_organisation
from talagov.services.sync_folder import set_sync_folder
from talagov.services.sync_publish import PublishReport, publish
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

SHARED = "partage"


def shared_folder(db_path: Path) -> Path:
    """Where the demo's shared folder goes for the database at ``db_path``."""
    return Path(db_path).absolute().parent / SHARED


def set_aside(folder: Path, now: datetime) -> Path | None:
    """Rename a non-empty ``folder`` left by an earlier demo to ``partage.<stamp>.bak``
    (another organisation key signed it: mixing the two would confuse members' installs);
    nothing is deleted. ``now`` only names the copy. Returns the new name, if any.

    Raises:
        UserError: ``file.unwritable``.
    """
    if not folder.is_dir() or not any(folder.iterdir()):
        return None
    stamp, n = now.strftime("%Y%m%d-%H%M%S"), 1
    target = folder.with_name(f"{folder.name}.{stamp}.bak")
    while target.exists():
        n += 1
        target = folder.with_name(f"{folder.name}.{stamp}-{n}.bak")
    try:
        folder.rename(target)
    except OSError as exc:
        raise UserError("file.unwritable", {"path": str(folder),
                                            "reason": exc.strerror or str(exc)}) from exc
    return target


def publish_demo_folder(db: Database, *, now: datetime) -> tuple[Path, PublishReport]:
    """Create ``partage/`` next to the demo database, make it the sync folder, publish.

    Raises:
        UserError: ``file.unwritable`` and the publisher's refusals.
    """
    folder = shared_folder(Path(db.path))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("file.unwritable", {"path": str(folder),
                                            "reason": exc.strerror or str(exc)}) from exc
    with UnitOfWork(db) as uow:
        set_sync_folder(uow, folder)
    with UnitOfWork(db) as uow:
        org_key = unlock_organisation(uow, SECRETARY_PASSPHRASE)
        report = publish(uow, folder, org_key=org_key, now=now)
    return folder, report
