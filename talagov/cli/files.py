# SPDX-License-Identifier: GPL-3.0-or-later
"""The files a command works on: the database it opens and the file it writes.

Both refuse with a :class:`FileProblem`, which ``talagov`` reports as a usage or file
error (exit 2), including from the commands that turn the rules' refusals into exit 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from talagov.core.errors import UserError
from talagov.services.uow import UnitOfWork


class FileProblem(UserError):
    """The database is missing or the output file cannot be written."""


@contextmanager
def open_unit(args: argparse.Namespace) -> Iterator[UnitOfWork]:
    """One unit of work on the database of ``--db`` (or the default one), then close it.

    Raises:
        FileProblem: ``reports.db_missing``; opening would create an empty database.
    """
    from talagov.cli.main import db_path
    from talagov.storage.database import open_database

    path = db_path(args)
    if not path.is_file():  # opening would create an empty database as a side effect
        raise FileProblem("reports.db_missing", {"path": str(path)})
    db = open_database(path)
    try:
        with UnitOfWork(db) as uow:
            yield uow
    finally:
        db.close()


def write_output(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (a synchronised folder never sees half).

    Raises:
        FileProblem: ``reports.write_failed``, with the system's reason.
    """
    from talagov.storage.files import write_atomically

    try:
        write_atomically(path, data)
    except OSError as exc:
        raise FileProblem("reports.write_failed",
                          {"path": str(path), "reason": exc.strerror or str(exc)}) from exc  # fmt: skip
