# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal of governance events of this install: append, seal, verify, read.

Every service that performs a governance event calls :func:`append` in its own unit
of work, so the entry is written exactly when the event is (a refused action leaves
none). Entries are chained per install (``core.journal``) and written *pending*: the
organisation key that signs them is only ever unlocked for a moment, and every service
that receives it calls :func:`seal`, which signs what waits.

Appending costs one indexed read of the install's newest entry per unit of work: the
newest ``(sequence, hash)`` is then kept in the session's ``info``, forgotten at
commit and rollback, so a loop (5,000 imported ballots) never re-reads it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import event
from sqlalchemy.orm import Session

from talagov.core import certificates
from talagov.core.canonical import sha256_hex
from talagov.core.journal import (
    GENESIS,
    BreakKind,
    EventKind,
    JournalBreak,
    JournalPayload,
    JournalRecord,
    JournalReport,
    parse_payload,
    verify_records,
)
from talagov.core.signing import sign_bytes
from talagov.services.key_lists import check_org_key, local, org_row
from talagov.services.uow import UnitOfWork
from talagov.storage import journal_repo, keys_repo
from talagov.storage.settings_repo import get_setting, set_setting

INSTALL_SETTING = "install_id"  # the ``setting`` row naming this install
_HEAD = "talagov.journal.head"  # session.info key: (install, sequence, hash) of the newest


@dataclass(frozen=True)
class JournalCheck:
    """What :func:`verify` found.

    Attributes:
        organisation: fingerprint (hex) of the organisation certificate in use, "" without.
    """

    install: str
    report: JournalReport
    organisation: str

    @property
    def ok(self) -> bool:
        """Whether every entry holds."""
        return self.report.ok


@dataclass(frozen=True)
class JournalLine:
    """One entry as ``talagov journal list`` shows it."""

    sequence: int
    at: str
    kind: str
    meeting_id: int | None
    subject: Mapping[str, Any]
    signed: bool
    hash: str


def _forget(session: Session, *_: object) -> None:
    session.info.pop(_HEAD, None)


def _stored_install(uow: UnitOfWork) -> str:
    return get_setting(uow.session, INSTALL_SETTING)


def install_id(uow: UnitOfWork) -> str:
    """This install's id (32 hex digits), created at the first call and kept in the
    ``setting`` table: a copy of the database continues the same journal."""
    value = _stored_install(uow)
    if not value:
        value = os.urandom(16).hex()  # the operating system's random source
        set_setting(uow.session, INSTALL_SETTING, value)
    return value


def _head(uow: UnitOfWork) -> tuple[str, int, str]:
    session = uow.session
    head: tuple[str, int, str] | None = session.info.get(_HEAD)
    if head is None:
        install = install_id(uow)
        last = journal_repo.last_entry(session, install)
        head = (install, *last) if last is not None else (install, 0, GENESIS)
        if not event.contains(session, "after_commit", _forget):
            event.listen(session, "after_commit", _forget)
            event.listen(session, "after_soft_rollback", _forget)
    return head


def at_text(now: datetime) -> str:
    """How an entry writes its time: ISO local time, to the second, without offset."""
    return local(now).isoformat(timespec="seconds")


def append(uow: UnitOfWork, kind: EventKind, *, meeting_id: int | None,
           subject: Mapping[str, Any], now: datetime) -> JournalPayload:
    """Append a pending entry for an event, in the caller's transaction.

    Args:
        subject: what the event is about: ids, names, fingerprints (JSON values; no
            float). Never a secret poll's choice.

    Returns:
        The entry written (its sequence and hash).
    """
    install, sequence, previous = _head(uow)
    payload = JournalPayload(install, sequence + 1, previous, at_text(now), kind.value,
                             meeting_id, dict(subject))  # fmt: skip
    data = payload.canonical()
    digest = sha256_hex(data)
    journal_repo.add_entry(uow.session, install=install, sequence=payload.sequence,
                           kind=kind.value, meeting_id=meeting_id, data=data,
                           entry_hash=digest)  # fmt: skip
    uow.session.info[_HEAD] = (install, payload.sequence, digest)
    return payload


def seal(uow: UnitOfWork, org_key: ec.EllipticCurvePrivateKey) -> int:
    """Sign every pending entry of this install with the organisation key; returns how
    many were signed.

    Signing stops before the first pending entry that does not hold (its bytes, its
    sequence, its link to the entry before): a tampered entry is never signed, and
    :func:`verify` names it.

    Raises:
        UserError: ``keys.no_org_key``, ``keys.org_key_mismatch``.
    """
    cert = certificates.from_pem(org_row(uow).certificate_pem)
    check_org_key(org_key, cert)
    signer = certificates.fingerprint(cert)
    install = install_id(uow)
    session = uow.session
    rows = journal_repo.pending(session, install)
    if not rows:
        return 0
    prev_seq = rows[0][1] - 1
    prev_hash = GENESIS if prev_seq == 0 else journal_repo.hash_at(session, install, prev_seq)
    signatures = []
    for entry_id, sequence, data, digest in rows:
        if sequence != prev_seq + 1 or sha256_hex(data) != digest:
            break
        try:
            payload = parse_payload(data)
        except ValueError:
            break
        if (payload.install, payload.sequence, payload.previous) != (install, sequence, prev_hash):
            break
        signatures.append((entry_id, signer, sign_bytes(data, org_key)))
        prev_seq, prev_hash = sequence, digest
    journal_repo.add_signatures(session, signatures)
    return len(signatures)


def pending(uow: UnitOfWork) -> int:
    """How many entries of this install wait for the organisation key."""
    install = _stored_install(uow)
    return journal_repo.pending_count(uow.session, install) if install else 0


def _signers(uow: UnitOfWork) -> dict[str, ec.EllipticCurvePublicKey]:
    out = {}
    for pem in journal_repo.organisation_certificates(uow.session):
        cert = certificates.from_pem(pem)
        public = certificates.ec_public_key(cert)
        if public is not None:
            out[certificates.fingerprint(cert)] = public
    return out


def _misfiled(stored: list[tuple[int, JournalRecord]], report: JournalReport) -> JournalReport:
    """Add a break where a row's sequence column is not the one its bytes say (a row
    renumbered by hand), unless the entry is already named."""
    named = {b.index for b in report.breaks}
    extra = []
    for index, (sequence, record) in enumerate(stored):
        if index in named:
            continue
        try:
            said = parse_payload(record.data).sequence
        except ValueError:
            continue
        if said != sequence:
            extra.append(JournalBreak(index, said, BreakKind.MISNUMBERED))
    if not extra:
        return report
    return replace(report, breaks=tuple(sorted((*report.breaks, *extra), key=lambda b: b.index)))


def verify(uow: UnitOfWork) -> JournalCheck:
    """Check the whole journal as stored, against every organisation certificate this
    database has held (see ``core.journal.verify_records``)."""
    install = _stored_install(uow)
    stored = journal_repo.records(uow.session)
    report = verify_records((r for _, r in stored), _signers(uow), contiguous=True,
                            install=install or None)  # fmt: skip
    row = keys_repo.active_organisation_key(uow.session)
    return JournalCheck(install or report.install, _misfiled(stored, report),
                        row.fingerprint if row is not None else "")


def meeting_records(uow: UnitOfWork, meeting_id: int) -> list[JournalRecord]:
    """The entries of this install about one meeting, in sequence order (a selection:
    checked with ``contiguous=False``; its archive carries :func:`meeting_span`)."""
    install = _stored_install(uow)
    if not install:
        return []
    return [r for _, r in journal_repo.records(uow.session, meeting_id=meeting_id,
                                               install=install)]  # fmt: skip


def meeting_span(uow: UnitOfWork, meeting_id: int) -> list[JournalRecord]:
    """Every entry of this install from the meeting's first entry to its last, in
    sequence order, those of other events in between included (for the meeting's
    archive: a span without gaps, so that a verifier finds an entry removed from it).

    The entries in between are governance events of the same organisation (another
    meeting, the register, certificates): their subject may name other members, all
    on the roll the archive holds anyway."""
    install = _stored_install(uow)
    if not install:
        return []
    span = journal_repo.meeting_span(uow.session, install, meeting_id)
    if span is None:
        return []
    return [r for _, r in journal_repo.records(uow.session, install=install, between=span)]


def lines(uow: UnitOfWork, *, meeting_id: int | None = None) -> list[JournalLine]:
    """The entries as read (those whose bytes do not parse are left out: ``verify``
    names them), optionally those of one meeting."""
    found = (line_of(r.data, r.hash, r.signature is not None)
             for _, r in journal_repo.records(uow.session, meeting_id=meeting_id))
    return [line for line in found if line is not None]


def line_of(data: bytes, digest: str, signed: bool) -> JournalLine | None:
    """One entry as read, ``None`` when its bytes do not parse (``verify`` names it)."""
    try:
        p = parse_payload(data)
    except ValueError:
        return None
    return JournalLine(p.sequence, p.at, p.kind, p.meeting_id, p.subject, signed, digest)
