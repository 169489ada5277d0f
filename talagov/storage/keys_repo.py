# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation key, the members' certificates and the signed revocation lists.

Rows only: the services turn them into certificates and views. Keys are stored sealed
(``talagov.sealed-key`` JSON); nothing here ever sees a passphrase or a clear key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talagov.storage.models import MemberRow
from talagov.storage.vote_models import MemberKeyRow, OrganisationKeyRow, RevocationListRow


def active_organisation_key(session: Session) -> OrganisationKeyRow | None:
    """The organisation key in use (not retired; the newest if several), or ``None``."""
    stmt = (
        select(OrganisationKeyRow)
        .where(OrganisationKeyRow.retired_at.is_(None))
        .order_by(OrganisationKeyRow.created_at.desc(), OrganisationKeyRow.id.desc())
        .limit(1)
    )
    return session.scalars(stmt).first()


def add_organisation_key(session: Session, *, certificate_pem: str, fingerprint: str,
                         sealed_key: str, created_at: datetime) -> OrganisationKeyRow:
    """Store a new organisation key and certificate."""
    row = OrganisationKeyRow(certificate_pem=certificate_pem, fingerprint=fingerprint,
                             sealed_key=sealed_key, created_at=created_at, retired_at=None)
    session.add(row)
    session.flush()
    return row


def member_key_rows(session: Session, member_id: int | None = None) -> list[MemberKeyRow]:
    """Certificates of one member (or of everyone), newest first."""
    stmt = select(MemberKeyRow).order_by(MemberKeyRow.issued_at.desc(), MemberKeyRow.id.desc())
    if member_id is not None:
        stmt = stmt.where(MemberKeyRow.member_id == member_id)
    return list(session.scalars(stmt))


def newest_member_key(session: Session, member_id: int) -> MemberKeyRow | None:
    """The member's most recently issued certificate, whatever its state."""
    rows = member_key_rows(session, member_id)
    return rows[0] if rows else None


def unrevoked_member_keys(session: Session, member_id: int) -> list[MemberKeyRow]:
    """The member's certificates that were never revoked (expired ones included), newest first."""
    return [r for r in member_key_rows(session, member_id) if r.revoked_at is None]


def add_member_key(session: Session, *, member_id: int, serial: str, fingerprint: str,
                   certificate_pem: str, sealed_key: str | None, issued_at: datetime,
                   not_after: datetime) -> MemberKeyRow:
    """Store a member certificate (with its sealed key when it was made here)."""
    row = MemberKeyRow(member_id=member_id, serial=serial, fingerprint=fingerprint,
                       certificate_pem=certificate_pem,
                       sealed_key=sealed_key, issued_at=issued_at, not_after=not_after,
                       revoked_at=None, revoked_reason="")  # fmt: skip
    session.add(row)
    session.flush()
    return row


def issued_fingerprints(session: Session, *, since: datetime) -> frozenset[str]:
    """The fingerprints of the member certificates issued here since ``since`` (the
    creation of the organisation key in force: a former key's certificates never count)."""
    return frozenset(session.scalars(select(MemberKeyRow.fingerprint)
                                     .where(MemberKeyRow.issued_at >= since)))


def member_names(session: Session, member_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """``member id -> (display name, number)`` for the given members."""
    if not member_ids:
        return {}
    stmt = select(MemberRow.id, MemberRow.kind, MemberRow.name, MemberRow.first_name,
                  MemberRow.number).where(MemberRow.id.in_(set(member_ids)))
    found: dict[int, tuple[str, str]] = {}
    for mid, kind, name, first_name, number in session.execute(stmt):
        display = name if kind == "legal" or not first_name else f"{name} {first_name}"
        found[mid] = (display, number)
    return found


def revocation_lists(session: Session) -> list[RevocationListRow]:
    """Every stored revocation list, the highest sequence first."""
    stmt = select(RevocationListRow).order_by(RevocationListRow.sequence.desc())
    return list(session.scalars(stmt))


def next_revocation_sequence(session: Session) -> int:
    """The sequence a brand-new list series starts at: 0, or after every stored list."""
    highest = session.scalar(select(func.max(RevocationListRow.sequence)))
    return 0 if highest is None else int(highest) + 1


def add_revocation_list(session: Session, *, sequence: int, signed: str,
                        issued_at: datetime) -> RevocationListRow:
    """Store a signed revocation list (lists are never rewritten)."""
    row = RevocationListRow(sequence=sequence, signed=signed, issued_at=issued_at)
    session.add(row)
    session.flush()
    return row
