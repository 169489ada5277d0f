# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of the key services: the organisation key row, times, and the signed
revocation lists (reading the one in force, signing the next).

The list in force is the newest stored list whose signature verifies under the
organisation certificate and which names that organisation; a list that does not
verify (altered in the database, or signed by another key) is ignored and the previous
one applies. A new list always takes a sequence after every stored one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates, revocation
from talagov.core.ballots import receipt_time
from talagov.core.errors import UserError
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo as repo
from talagov.storage.vote_models import MemberKeyRow, OrganisationKeyRow


def aware(at: datetime) -> datetime:
    """``at`` as timezone-aware UTC (a naive time is the laptop's local time)."""
    return at.astimezone(UTC)


def local(at: datetime) -> datetime:
    """``at`` as the naive local time the database stores."""
    return at if at.tzinfo is None else at.astimezone().replace(tzinfo=None)


def org_row(uow: UnitOfWork) -> OrganisationKeyRow:
    """The organisation key in use. Raises ``UserError`` (``keys.no_org_key``)."""
    row = repo.active_organisation_key(uow.session)
    if row is None:
        raise UserError("keys.no_org_key")
    return row


def check_org_key(org_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate) -> None:
    """Refuse (``keys.org_key_mismatch``) a key that is not the certificate's."""
    if not certificates.matches(org_key.public_key(), ca_cert):
        raise UserError("keys.org_key_mismatch")


def current_list(uow: UnitOfWork) -> revocation.RevocationList:
    """The list in force (an empty one when no stored list verifies).

    Raises:
        UserError: ``keys.no_org_key``.
    """
    row = org_row(uow)
    public = certificates.from_pem(row.certificate_pem).public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise UserError("cert.malformed")
    for stored in repo.revocation_lists(uow.session):
        try:
            found = revocation.read_list(stored.signed.encode("utf-8"), public)
        except UserError:
            continue  # altered, or signed by another key: the previous list applies
        if found.organisation == row.fingerprint:
            return found
    return revocation.RevocationList(organisation=row.fingerprint, sequence=0, issued_at="")


def store_list(uow: UnitOfWork, rl: revocation.RevocationList,
               key: ec.EllipticCurvePrivateKey, now: datetime) -> None:
    """Sign ``rl`` with the organisation key and store it."""
    repo.add_revocation_list(uow.session, sequence=rl.sequence,
                             signed=revocation.sign_list(rl, key).decode("utf-8"),
                             issued_at=local(now))  # fmt: skip


def first_list(uow: UnitOfWork, fingerprint: str, key: ec.EllipticCurvePrivateKey,
               now: datetime) -> None:
    """Sign and store the empty list of a new organisation key."""
    rl = revocation.RevocationList(organisation=fingerprint,
                                   sequence=repo.next_revocation_sequence(uow.session),
                                   issued_at=receipt_time(aware(now)))  # fmt: skip
    store_list(uow, rl, key, now)


def revoke_rows(uow: UnitOfWork, rows: list[MemberKeyRow], reason: str, *,
                org_key: ec.EllipticCurvePrivateKey, now: datetime) -> None:
    """Mark ``rows`` revoked for ``reason`` and sign one new list naming them all."""
    if not rows:
        return
    current = current_list(uow)
    stamp = receipt_time(aware(now))
    updated = current
    for row in rows:
        row.revoked_at, row.revoked_reason = local(now), reason
        entry = revocation.Revoked(serial=row.serial, member_id=row.member_id,
                                   revoked_at=stamp, reason=reason)  # fmt: skip
        updated = revocation.with_entry(updated, entry, issued_at=stamp)
    if updated is not current:
        updated = replace(updated, sequence=repo.next_revocation_sequence(uow.session))
        store_list(uow, updated, org_key, now)
