# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases of the organisation's small certificate authority: its key, the members'
certificates (enrolled at the booth or issued for a request), revocation.

Private keys are only ever stored sealed under a passphrase; unlocking returns the key
to the caller, who keeps it in memory only as long as it needs it. Every revocation
appends a new list signed by the organisation key (``talagov.core.revocation``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from talagov.core import certificates, keyseal
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import NotFoundError, UserError
from talagov.core.journal import EventKind
from talagov.core.keyseal import DEFAULT_KDF, KdfParams
from talagov.core.signing import new_private_key
from talagov.services import journal
from talagov.services.changes import Aggregate, Changes
from talagov.services.key_lists import (
    aware,
    check_org_key,
    current_list,
    first_list,
    local,
    org_row,
    revoke_rows,
)
from talagov.services.organisation import require_organisation
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo as repo
from talagov.storage import members_repo
from talagov.storage.vote_models import MemberKeyRow, OrganisationKeyRow

REPLACED = "replaced"  # the reason recorded when a new certificate replaces an older one


@dataclass(frozen=True)
class OrganisationKeyView:
    """The organisation's key as the settings page and the documents show it."""

    fingerprint: str  # SHA-256 of the certificate's DER, hex
    readable: str  # the same in groups of four, to read aloud
    name: str
    created_at: datetime
    certificate_pem: str


@dataclass(frozen=True)
class MemberKeyView:
    """One member certificate; ``on_this_laptop`` when its sealed key is stored here."""

    member_id: int
    member_name: str
    number: str
    serial: str
    issued_at: datetime
    not_after: datetime
    revoked_at: datetime | None
    revoked_reason: str
    on_this_laptop: bool


def _org_view(row: OrganisationKeyRow) -> OrganisationKeyView:
    cert = certificates.from_pem(row.certificate_pem)
    names = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return OrganisationKeyView(
        fingerprint=row.fingerprint, readable=readable_fingerprint(row.fingerprint),
        name=str(names[0].value) if names else "", created_at=row.created_at,
        certificate_pem=row.certificate_pem,
    )  # fmt: skip


def organisation_key(uow: UnitOfWork) -> OrganisationKeyView | None:
    """The organisation's key in use, or ``None`` before it is created."""
    row = repo.active_organisation_key(uow.session)
    return _org_view(row) if row is not None else None


def organisation_certificate(uow: UnitOfWork) -> x509.Certificate:
    """The organisation's CA certificate. Raises ``UserError`` (``keys.no_org_key``)."""
    return certificates.from_pem(org_row(uow).certificate_pem)


def create_organisation_key(uow: UnitOfWork, passphrase: str, *, now: datetime,
                            kdf: KdfParams = DEFAULT_KDF) -> tuple[OrganisationKeyView, Changes]:
    """Create the organisation's CA key and certificate, sealed under ``passphrase``, and
    its first (empty) signed revocation list.

    Raises:
        UserError: ``keys.org_key_exists``, ``org.missing``, ``keys.passphrase_too_short``.
    """
    if repo.active_organisation_key(uow.session) is not None:
        raise UserError("keys.org_key_exists")
    name = require_organisation(uow).name
    key = new_private_key()
    sealed = keyseal.seal(key, passphrase, label=name, params=kdf)
    cert = certificates.organisation_certificate(key, name=name, now=aware(now))
    fingerprint = certificates.fingerprint(cert)
    row = repo.add_organisation_key(uow.session, certificate_pem=certificates.to_pem(cert),
                                    fingerprint=fingerprint, sealed_key=sealed.decode("utf-8"),
                                    created_at=local(now))  # fmt: skip
    first_list(uow, fingerprint, key, now)
    journal.seal(uow, key)  # what was journaled before there was a key to sign it
    return _org_view(row), Changes.of(Aggregate.KEYS)


def unlock_organisation(uow: UnitOfWork, passphrase: str) -> ec.EllipticCurvePrivateKey:
    """The organisation's private key.

    Raises:
        UserError: ``keys.no_org_key``, ``keys.wrong_passphrase``.
    """
    return keyseal.unseal(org_row(uow).sealed_key.encode("utf-8"), passphrase)


def check_secretary_passphrase(uow: UnitOfWork, passphrase: str) -> bool:
    """Whether ``passphrase`` unlocks the organisation key (what closes the booth)."""
    try:
        unlock_organisation(uow, passphrase)
    except UserError as exc:
        if exc.code == "keys.wrong_passphrase":
            return False
        raise
    return True


def _names(uow: UnitOfWork, rows: list[MemberKeyRow]) -> dict[int, tuple[str, str]]:
    return repo.member_names(uow.session, [r.member_id for r in rows])


def _member_view(row: MemberKeyRow, names: dict[int, tuple[str, str]]) -> MemberKeyView:
    name, number = names.get(row.member_id, ("", ""))
    return MemberKeyView(
        member_id=row.member_id, member_name=name, number=number, serial=row.serial,
        issued_at=row.issued_at, not_after=row.not_after, revoked_at=row.revoked_at,
        revoked_reason=row.revoked_reason, on_this_laptop=row.sealed_key is not None,
    )  # fmt: skip


def member_keys(uow: UnitOfWork) -> list[MemberKeyView]:
    """Every member certificate ever issued, by member number, newest first per member."""
    rows = repo.member_key_rows(uow.session)
    names = _names(uow, rows)
    views = [_member_view(r, names) for r in rows]
    return sorted(views, key=lambda v: v.number)  # stable: newest first within a member


def member_key_status(uow: UnitOfWork, member_id: int, *, at: datetime) -> MemberKeyView | None:
    """The member's active certificate at ``at`` (never revoked, not expired), or ``None``."""
    at = local(at)
    for row in repo.unrevoked_member_keys(uow.session, member_id):
        if row.not_after > at:
            return _member_view(row, _names(uow, [row]))
    return None


def member_certificate(uow: UnitOfWork, member_id: int, *,
                       at: datetime) -> x509.Certificate | None:
    """The certificate of :func:`member_key_status` (``None`` when there is none)."""
    at = local(at)
    for row in repo.unrevoked_member_keys(uow.session, member_id):
        if row.not_after > at:
            return certificates.from_pem(row.certificate_pem)
    return None


def _member_name(uow: UnitOfWork, member_id: int, *, at: datetime) -> str:
    """The register's name of a member who may hold a certificate (exists, not exited)."""
    member = members_repo.get_member(uow.session, member_id)
    if member is None:
        raise NotFoundError("member.not_found", {"id": member_id})
    if member.exit_date is not None and member.exit_date <= local(at).date():
        raise UserError("keys.member_exited", {"name": member.display_name})
    return member.display_name


def _store_certificate(uow: UnitOfWork, member_id: int, cert: x509.Certificate,
                       sealed: bytes | None, *, org_key: ec.EllipticCurvePrivateKey,
                       now: datetime) -> MemberKeyRow:
    """Revoke the member's earlier active certificates as replaced, then store ``cert``."""
    earlier = [r for r in repo.unrevoked_member_keys(uow.session, member_id)
               if r.not_after > local(now)]  # fmt: skip
    revoke_rows(uow, earlier, REPLACED, org_key=org_key, now=now)
    not_after = cert.not_valid_after_utc.astimezone().replace(tzinfo=None)
    row = repo.add_member_key(
        uow.session, member_id=member_id, serial=certificates.serial_hex(cert),
        fingerprint=certificates.fingerprint(cert), certificate_pem=certificates.to_pem(cert),
        sealed_key=sealed.decode("utf-8") if sealed is not None else None,
        issued_at=local(now), not_after=not_after,
    )  # fmt: skip
    journal.append(uow, EventKind.CERTIFICATE_ISSUED, meeting_id=None, now=now, subject={
        "member_id": member_id, "serial": row.serial, "fingerprint": row.fingerprint,
        "not_after": not_after.isoformat(timespec="seconds"),
        "key_here": sealed is not None, "replaced": [r.serial for r in earlier],
    })  # fmt: skip
    journal.seal(uow, org_key)
    return row


def enrol_member(uow: UnitOfWork, member_id: int, passphrase: str, *,
                 org_key: ec.EllipticCurvePrivateKey, now: datetime,
                 kdf: KdfParams = DEFAULT_KDF) -> tuple[MemberKeyView, Changes]:
    """Generate a key for a member on this laptop, seal it under their passphrase and
    issue its certificate; an earlier active certificate is revoked as replaced.

    Raises:
        UserError: ``keys.passphrase_too_short``, ``keys.member_exited``,
            ``keys.no_org_key``, ``keys.org_key_mismatch``; ``NotFoundError``.
    """
    name = _member_name(uow, member_id, at=now)
    ca_cert = organisation_certificate(uow)
    check_org_key(org_key, ca_cert)
    key = new_private_key()
    sealed = keyseal.seal(key, passphrase, label=name, params=kdf)
    cert = certificates.issue_member_certificate(org_key, ca_cert, key.public_key(),
                                                 member_id=member_id, name=name,
                                                 now=aware(now))  # fmt: skip
    row = _store_certificate(uow, member_id, cert, sealed, org_key=org_key, now=now)
    return _member_view(row, _names(uow, [row])), Changes.of(Aggregate.KEYS, ids=(member_id,))


def issue_from_request(uow: UnitOfWork, request_pem: bytes, *,
                       org_key: ec.EllipticCurvePrivateKey, now: datetime) -> tuple[str, Changes]:
    """The certificate (PEM) for a request made on a member's own laptop; the key stays
    there. The request's ``UID`` names the member; the certificate carries the
    register's name. An earlier active certificate is revoked as replaced.

    Raises:
        UserError: ``cert.bad_request``, ``keys.request_without_member``,
            ``keys.member_exited``, ``keys.no_org_key``, ``keys.org_key_mismatch``;
            ``NotFoundError`` for an unknown member.
    """
    request = certificates.request_from_pem(request_pem)
    uids = request.subject.get_attributes_for_oid(NameOID.USER_ID)
    text = str(uids[0].value) if uids else ""
    if not (text.isascii() and text.isdigit() and len(text) <= 18):
        raise UserError("keys.request_without_member")
    member_id = int(text)
    name = _member_name(uow, member_id, at=now)
    ca_cert = organisation_certificate(uow)
    check_org_key(org_key, ca_cert)
    cert = certificates.issue_from_request(org_key, ca_cert, request, member_id=member_id,
                                           name=name, now=aware(now))  # fmt: skip
    _store_certificate(uow, member_id, cert, None, org_key=org_key, now=now)
    return certificates.to_pem(cert), Changes.of(Aggregate.KEYS, ids=(member_id,))


def unlock_member(uow: UnitOfWork, member_id: int, passphrase: str, *,
                  at: datetime) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """The member's key and certificate, unlocked with their passphrase (the booth).

    Raises:
        UserError: ``keys.no_member_key``, ``keys.revoked``, ``keys.expired``,
            ``keys.key_elsewhere`` (the key was made on the member's own computer),
            ``keys.wrong_passphrase``.
    """
    row = repo.newest_member_key(uow.session, member_id)
    name = repo.member_names(uow.session, [member_id]).get(member_id, (str(member_id), ""))[0]
    if row is None:
        raise UserError("keys.no_member_key", {"name": name})
    if row.revoked_at is not None:
        raise UserError("keys.revoked", {"name": name, "reason": row.revoked_reason})
    if row.not_after <= local(at):
        raise UserError("keys.expired", {"name": name})
    if row.sealed_key is None:
        raise UserError("keys.key_elsewhere", {"name": name})
    key = keyseal.unseal(row.sealed_key.encode("utf-8"), passphrase)
    return key, certificates.from_pem(row.certificate_pem)


def revoke(uow: UnitOfWork, member_id: int, reason: str, *,
           org_key: ec.EllipticCurvePrivateKey, now: datetime) -> Changes:
    """Revoke the member's certificates still in force ("lost", "left", free text).

    Raises:
        UserError: ``keys.reason_required``, ``keys.no_member_key``, ``keys.no_org_key``,
            ``keys.org_key_mismatch``.
    """
    reason = reason.strip()
    if not reason:
        raise UserError("keys.reason_required")
    check_org_key(org_key, organisation_certificate(uow))
    rows = repo.unrevoked_member_keys(uow.session, member_id)
    if not rows:
        name = repo.member_names(uow.session, [member_id]).get(member_id, (str(member_id), ""))
        raise UserError("keys.no_member_key", {"name": name[0]})
    revoke_rows(uow, rows, reason, org_key=org_key, now=now)
    journal.append(uow, EventKind.CERTIFICATE_REVOKED, meeting_id=None, now=now, subject={
        "member_id": member_id, "serials": [r.serial for r in rows], "reason": reason})
    journal.seal(uow, org_key)
    return Changes.of(Aggregate.KEYS, ids=(member_id,))


def revocation_times(uow: UnitOfWork) -> dict[str, datetime]:
    """Serial -> when it was revoked (aware UTC), from the same signed list as
    :func:`revoked_serials`: a ballot received before that moment keeps its certificate."""
    if repo.active_organisation_key(uow.session) is None:
        return {}
    return {e.serial: datetime.fromisoformat(e.revoked_at).astimezone(UTC)
            for e in current_list(uow).entries}


def revoked_serials(uow: UnitOfWork) -> frozenset[str]:
    """The serials revoked by the newest revocation list whose signature verifies under
    the organisation certificate, and which names that organisation.

    A list that does not verify (altered in the database, or signed by another key) is
    ignored and the previous one is used; without any organisation key nothing is
    revoked (no certificate can be valid then anyway).
    """
    return frozenset(revocation_times(uow))
