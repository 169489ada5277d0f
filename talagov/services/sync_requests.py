# SPDX-License-Identifier: GPL-3.0-or-later
"""Certificate requests that members' installs leave in the shared folder.

A member's install makes a key and writes its request into the folder
(:mod:`talagov.core.sync_request`); the import stores it here as *pending*. The
secretary compares the key's fingerprint with the one the member reads aloud, then
issues the certificate (published by the next pass over the folder) or refuses it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import NotFoundError, UserError
from talagov.core.sync_request import key_fingerprint, parse_request, public_key_fingerprint
from talagov.services import keys
from talagov.services.changes import Aggregate, Changes
from talagov.services.key_lists import local
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, sync_repo
from talagov.storage.models import MemberRow
from talagov.storage.sync_models import SyncRequestRow


@dataclass(frozen=True)
class RequestLine:
    """One certificate request as the secretary sees it.

    Attributes:
        member_name: the member's name in the register ("" if no longer there).
        name: the name the member typed on their install.
        key_fingerprint: SHA-256 hex of the requested public key.
        readable: the same in groups of four, to compare with what the member reads.
        status: ``pending``, ``issued`` or ``refused``.
        replaces: the member holds a valid certificate for another key now: issuing
            this one revokes the key the member votes with today (anyone able to write
            in the folder can make a request in a member's name).
        other_install: an earlier request of this member (waiting or issued) came from
            another install than this one.
    """

    id: int
    member_id: int
    member_name: str
    name: str
    key_fingerprint: str
    readable: str
    received_at: datetime
    install_id: str
    status: str
    decided_at: datetime | None
    note: str
    replaces: bool = False
    other_install: bool = False


def complete_json(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 JSON at all: a file that is not was most likely cut
    short (a copy in progress), and is worth reading again when it changes."""
    try:
        json.loads(data.decode("utf-8"))
    except ValueError:  # UnicodeDecodeError is a ValueError
        return False
    except RecursionError:  # deeply nested, but whole: the parser refuses it in words
        return True
    return True


def import_request(uow: UnitOfWork, data: bytes, *, install_id: str, sha256: str,
                   now: datetime) -> bool:
    """Store a request file found under ``members/<install_id>/requests/`` as pending.

    Returns:
        ``True`` when stored, ``False`` when the same key was already requested for the
        same member (a copy, or the request sent again).

    Raises:
        UserError: ``sync_import.incomplete``, ``member.request_malformed``,
            ``sync_import.no_organisation_key``, ``sync_import.request_other_organisation``,
            ``sync_import.request_misplaced``, ``sync_import.request_unknown_member``.
    """
    if not complete_json(data):
        raise UserError("sync_import.incomplete")
    request = parse_request(data)
    org = keys.organisation_key(uow)
    if org is None:
        raise UserError("sync_import.no_organisation_key")
    if request.organisation != org.fingerprint:
        raise UserError("sync_import.request_other_organisation")
    if request.install_id != install_id:
        raise UserError("sync_import.request_misplaced")
    if uow.session.get(MemberRow, request.member_id) is None:
        raise UserError("sync_import.request_unknown_member", {"member": request.member_id})
    fingerprint = key_fingerprint(request)
    if sync_repo.request_for_key(uow.session, request.member_id, fingerprint) is not None:
        return False
    sync_repo.add_request(uow.session, sha256=sha256, install_id=install_id,
                          member_id=request.member_id, name=request.name,
                          key_fingerprint=fingerprint, request_pem=request.request_pem,
                          received_at=now)  # fmt: skip
    return True


def _line(row: SyncRequestRow, names: dict[int, str], *, replaces: bool,
          other_install: bool) -> RequestLine:
    return RequestLine(
        id=row.id, member_id=row.member_id, member_name=names.get(row.member_id, ""),
        name=row.name, key_fingerprint=row.key_fingerprint,
        readable=readable_fingerprint(row.key_fingerprint), received_at=row.received_at,
        install_id=row.install_id, status=row.status, decided_at=row.decided_at, note=row.note,
        replaces=replaces, other_install=other_install,
    )  # fmt: skip


def _active_keys(uow: UnitOfWork, member_id: int, now: datetime) -> set[str]:
    """Key fingerprints (as :func:`key_fingerprint`) of the member's valid certificates."""
    found: set[str] = set()
    for row in keys_repo.unrevoked_member_keys(uow.session, member_id):
        if row.not_after <= local(now):  # stored as local time without offset
            continue
        try:
            cert = certificates.from_pem(row.certificate_pem)
        except UserError:
            continue  # not one we can read: it cannot be voting either
        key = certificates.ec_public_key(cert)
        if key is not None:
            found.add(public_key_fingerprint(key))
    return found


def _came_from_elsewhere(row: SyncRequestRow, rows: list[SyncRequestRow]) -> bool:
    """Whether an earlier request of the same member, waiting or issued, came from
    another install (a refused one says nothing: it may be the very forgery refused)."""
    return any(other.member_id == row.member_id and other.id != row.id
               and (other.received_at, other.id) < (row.received_at, row.id)
               and other.status != "refused" and other.install_id != row.install_id
               for other in rows)  # fmt: skip


def pending_requests(uow: UnitOfWork, *, decided: bool = False,
                     now: datetime | None = None) -> list[RequestLine]:
    """The requests waiting for the secretary, oldest first (with ``decided``: every
    request, the issued and refused ones too), each saying whether it would replace a
    valid certificate and whether it comes from another install than the member's
    earlier request (``now``: the moment certificates are judged valid at, by default
    the present)."""
    when = datetime.now() if now is None else now
    rows = sync_repo.request_rows(uow.session, status=None if decided else "pending")
    members = sorted({r.member_id for r in rows})
    found = keys_repo.member_names(uow.session, members)
    names = {member_id: display for member_id, (display, _) in found.items()}
    # Only a pending request can still replace anything: decided ones cost no query.
    active = {member_id: _active_keys(uow, member_id, when)
              for member_id in sorted({r.member_id for r in rows if r.status == "pending"})}
    history = sync_repo.request_rows_of(uow.session, members) if rows else []
    return [_line(r, names,
                  replaces=bool(active.get(r.member_id, set()) - {r.key_fingerprint}),
                  other_install=_came_from_elsewhere(r, history))
            for r in rows]  # fmt: skip


def _pending_row(uow: UnitOfWork, request_id: int) -> SyncRequestRow:
    row = sync_repo.request_row(uow.session, request_id)
    if row is None:
        raise NotFoundError("sync_import.request_not_found", {"id": request_id})
    if row.status != "pending":
        raise UserError(f"sync_import.request_already_{row.status}", {"id": request_id})
    return row


def approve_request(uow: UnitOfWork, request_id: int, *, org_key: ec.EllipticCurvePrivateKey,
                    now: datetime) -> Changes:
    """Issue the certificate of a pending request; the next pass publishes it.

    Raises:
        NotFoundError: ``sync_import.request_not_found``.
        UserError: ``sync_import.request_already_issued`` / ``..._refused``, and those of
            :func:`talagov.services.keys.issue_from_request` (``keys.member_exited``,
            ``keys.org_key_mismatch``...).
    """
    row = _pending_row(uow, request_id)
    _, changes = keys.issue_from_request(uow, row.request_pem.encode("ascii"), org_key=org_key,
                                         now=now)  # fmt: skip
    row.status, row.decided_at = "issued", now
    uow.session.flush()
    return Changes.of(*changes.aggregates, Aggregate.SYNC, ids=tuple(changes.ids))


def refuse_request(uow: UnitOfWork, request_id: int, *, note: str, now: datetime) -> Changes:
    """Refuse a pending request (the member makes a new key and asks again).

    Raises:
        NotFoundError: ``sync_import.request_not_found``.
        UserError: ``sync_import.request_already_issued`` / ``..._refused``.
    """
    row = _pending_row(uow, request_id)
    row.status, row.decided_at, row.note = "refused", now, note.strip()
    uow.session.flush()
    return Changes.of(Aggregate.SYNC, ids=(row.member_id,))
