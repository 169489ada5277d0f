# SPDX-License-Identifier: GPL-3.0-or-later
"""The unit of work: one session and one transaction per user action.

Services receive a :class:`UnitOfWork`; the caller (GUI task runner, CLI) opens it.
Leaving the block commits; an exception rolls everything back, so a failed action
changes nothing.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session

from talagov.storage.database import Database


class UnitOfWork:
    """Context manager around a SQLAlchemy session.

    Example::

        with UnitOfWork(db) as uow:
            members.add_member(uow, draft)
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The open session (only inside the ``with`` block)."""
        if self._session is None:
            raise RuntimeError("unit of work is not open")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.db.sessions()
        self._session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if exc_type is None:
                session.commit()
            else:
                session.rollback()
        finally:
            session.close()
            self._session = None
