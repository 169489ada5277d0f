# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing one planned file of a publishing pass into ``organisation/``.

Nothing is ever overwritten or deleted: a name is a content digest, so a name already
present holds the same bytes (the file counts as placed), or is damaged (a link or a
FIFO under it too), which is reported and left alone. Each directory is created (or
checked) as the file is written, one real directory at a time, so a link planted since
the survey stops the pass (``sync.folder_unsafe``) before anything is written through
it. A file is written through :func:`talagov.services.files.save_file` (a temporary
name, then a rename): a reader never meets it half-written.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.errors import UserError
from talagov.services.files import save_file
from talagov.services.sync_folder import FileState, file_state, organisation_dir
from talagov.services.sync_publish_plan import SIGNED_KINDS, Pending, PlannedFile, Problem


@dataclass
class Outcome:
    """What the files written so far came to (the report's lists, filled in place)."""

    damaged: list[str]
    problems: list[Problem]
    written: list[PlannedFile] = field(default_factory=list)
    left: list[PlannedFile] = field(default_factory=list)


def write_pending(folder: Path, pending: Pending, org_key: ec.EllipticCurvePrivateKey | None,
                  out: Outcome) -> None:
    """Make one file and write it under its name, unless that name is already taken.

    A signed file without ``org_key`` is ``left``; what cannot be made or read back is a
    problem of ``out``, the rest goes on.

    Raises:
        UserError: ``sync.folder_*`` (``sync.folder_unsafe``: a link planted since the
            survey), ``file.unwritable``.
    """
    planned = pending.planned
    if planned.kind in SIGNED_KINDS and org_key is None:
        out.left.append(planned)
        return
    try:
        made = pending.make(org_key)
        if made is None:
            return
        name, data = made
        # Created (or checked) now, one real directory at a time: a link planted since
        # the survey is refused (sync.folder_unsafe), never written through.
        target = organisation_dir(folder, pending.directory) / name
        state = file_state(target, data)
    except UserError as exc:
        if exc.code.startswith("sync.folder_"):
            raise
        # An archive that cannot be exported, a file that cannot be read back: reported,
        # not fatal (what names it is not written either).
        out.problems.append(Problem(planned.kind, planned.meeting_id, exc.code, exc.params))
        return
    if state is FileState.MISSING:
        save_file(target, data)
        out.written.append(replace(planned, path=f"{pending.directory}/{name}"))
    elif state is FileState.OTHER:
        if f"{pending.directory}/{name}" not in out.damaged:
            out.damaged.append(f"{pending.directory}/{name}")
        return
    if pending.placed is not None:
        pending.placed()
