# SPDX-License-Identifier: GPL-3.0-or-later
"""Electronic proxies from the shared folder: checked, kept in the library, recorded.

A member's install signs a proxy with the member's voting key
(:mod:`talagov.core.sync_proxy`). It is recorded only when the certificate it carries
is one this organisation issued, still valid and not revoked, when it is the
principal's own, and when the signature verifies. The signed file then goes to the
library (« Pouvoir électronique de … ») and the proxy is recorded by
:func:`talagov.services.session_forms.add_proxy`, under the statutes' rules like a paper
one.

A member may give a proxy again (to someone else): the later one, by the time the
member's install signed it, replaces the earlier electronic one as long as no poll of
the meeting has started; an earlier one arriving late is set aside.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from sqlalchemy import select

from talagov.core import certificates
from talagov.core.errors import UserError
from talagov.core.library import DocumentKind
from talagov.core.proxies import Proxy
from talagov.core.sync_format import Name
from talagov.core.sync_proxy import SignedProxy, parse_proxy, proxy_signature_valid
from talagov.messages import render
from talagov.services import keys, library, session_forms
from talagov.services.changes import Aggregate, Changes
from talagov.services.key_lists import local
from talagov.services.sync_requests import complete_json
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, polls_repo, session_repo
from talagov.storage.models import MeetingRow
from talagov.storage.vote_models import MemberKeyRow

ProxyStatus = Literal["recorded", "replaced", "duplicate"]


def _signer(uow: UnitOfWork, signed: SignedProxy, now: datetime) -> int:
    """The member whose certificate signed the proxy, if we issued it and it holds."""
    fingerprint = certificates.fingerprint(signed.certificate)
    row = uow.session.scalars(select(MemberKeyRow).where(
        MemberKeyRow.fingerprint == fingerprint)).first()  # fmt: skip
    if row is None:
        raise UserError("sync_import.proxy_unknown_certificate")
    if not proxy_signature_valid(signed):
        raise UserError("sync_import.proxy_bad_signature")
    if row.member_id != signed.content.principal_id:
        raise UserError("sync_import.proxy_not_principal",
                        {"principal": signed.content.principal_id, "signer": row.member_id})
    if row.revoked_at is not None:
        raise UserError("sync_import.proxy_revoked_certificate")
    if row.not_after <= local(now):  # stored as local time without offset
        raise UserError("sync_import.proxy_expired_certificate")
    return row.member_id


def _electronic(uow: UnitOfWork, proxy: Proxy) -> SignedProxy | None:
    """The signed proxy an earlier proxy was recorded from, if it came from the folder."""
    if proxy.document_id is None:
        return None
    try:
        return parse_proxy(library.document_path(uow, proxy.document_id).read_bytes())
    except (OSError, UserError):  # a scanned paper proxy, or a file gone from the library
        return None


def _given(signed: SignedProxy) -> datetime:
    return datetime.fromisoformat(signed.content.given_at)  # checked aware by parse_proxy


def _make_room(uow: UnitOfWork, signed: SignedProxy, now: datetime) -> ProxyStatus | None:
    """Remove the principal's earlier electronic proxy that ``signed`` replaces; say
    ``"duplicate"`` when it is the same one."""
    content = signed.content
    replaced: ProxyStatus | None = None
    for old in session_repo.proxies(uow.session, content.meeting_id):
        if old.principal_id != content.principal_id:
            continue
        earlier = _electronic(uow, old)
        if earlier is None:
            continue  # a paper proxy: add_proxy refuses the newcomer (proxy.duplicate)
        if earlier.fingerprint == signed.fingerprint:
            return "duplicate"
        if _given(earlier) >= _given(signed):
            raise UserError("sync_import.proxy_superseded")
        if polls_repo.has_started_poll(uow.session, meeting_id=content.meeting_id):
            raise UserError("sync_import.proxy_too_late")
        session_forms.remove_proxy(uow, old.id, now=now)
        replaced = "replaced"
    return replaced


def import_proxy(uow: UnitOfWork, data: bytes, *, name: Name, file_name: str,
                 now: datetime) -> tuple[ProxyStatus, Changes]:
    """Record a proxy file found under ``members/<install>/proxies/``.

    The caller runs it inside a savepoint (:func:`talagov.storage.sync_repo.savepoint`):
    a refusal by ``add_proxy`` comes after the document was added and an earlier proxy
    removed, and must undo both.

    Raises:
        UserError: ``sync_import.incomplete``, ``member.proxy_malformed``,
            ``sync_import.no_organisation_key``, ``sync_import.proxy_*`` (other
            organisation, name mismatch, unknown meeting, certificate, signature,
            superseded, too late), and the refusals of ``add_proxy`` (``proxy.duplicate``,
            ``proxy.cap_exceeded``, ``session.closed``...).
    """
    if not complete_json(data):
        raise UserError("sync_import.incomplete")
    signed = parse_proxy(data)
    content = signed.content
    org = keys.organisation_key(uow)
    if org is None:
        raise UserError("sync_import.no_organisation_key")
    if content.organisation != org.fingerprint:
        raise UserError("sync_import.proxy_other_organisation")
    if name.meeting_id != content.meeting_id:
        raise UserError("sync_import.proxy_name_mismatch", {"meeting": content.meeting_id})
    if uow.session.get(MeetingRow, content.meeting_id) is None:
        raise UserError("sync_import.proxy_unknown_meeting", {"meeting": content.meeting_id})
    principal = _signer(uow, signed, now)
    replaced = _make_room(uow, signed, now)
    if replaced == "duplicate":
        return "duplicate", Changes.of()
    names = keys_repo.member_names(uow.session, [principal])
    title = render("sync_import.proxy_title", {"name": names[principal][0]}, "fr")
    doc_id, _ = library.add_document(uow, data, filename=file_name, title=title,
                                     kind=DocumentKind.PROXY_FORM, on=now.date(), now=now)
    proxy = Proxy(0, content.meeting_id, principal, content.holder_id, now.date(), doc_id)
    _, changes = session_forms.add_proxy(uow, proxy, now=now)
    status: ProxyStatus = "replaced" if replaced else "recorded"
    return status, Changes.of(*changes.aggregates, Aggregate.LIBRARY,
                              ids=(content.meeting_id,))
