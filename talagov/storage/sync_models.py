# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables of the shared-folder import. Created by migration 0007.

``sync_file`` remembers every file of the members' directories this install has looked
at: where it is, its size and modification time when it was read (a file seen again with
the same three is not read again), the SHA-256 of its bytes (the same content under
another name is a duplicate) and what became of it. ``sync_request`` holds the
certificate requests received through the folder until the secretary decides on them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from talagov.storage.models import Base


class SyncFileRow(Base):
    """One file of ``members/<install id>/...`` and its outcome.

    Attributes:
        path: relative to the folder, POSIX separators (``members/<id>/ballots/...``).
        outcome: ``imported``, ``duplicate``, ``quarantined`` or ``ignored``.
        reason_code: the message code of a quarantine (or of an ignored file), else "".
        reason_params: JSON object of the message's parameters.
    """

    __tablename__ = "sync_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(500), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(20))
    reason_code: Mapped[str] = mapped_column(String(100), default="")
    reason_params: Mapped[str] = mapped_column(Text, default="{}")
    first_seen_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)


class SyncRequestRow(Base):
    """A certificate request received from a member's install.

    Attributes:
        sha256: of the request file's bytes (the same file twice is one request).
        key_fingerprint: SHA-256 hex of the requested public key, read aloud by the member.
        status: ``pending``, ``issued`` or ``refused``.
    """

    __tablename__ = "sync_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    install_id: Mapped[str] = mapped_column(String(32))
    # No foreign key: the request is kept as received, even if the member later leaves.
    member_id: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String(300))
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    request_pem: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


__all__ = ["SyncFileRow", "SyncRequestRow"]
