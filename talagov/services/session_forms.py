# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases of the proxies and postal voting forms of a session."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.canonical import digest
from talagov.core.correspondence import CorrespondenceForm
from talagov.core.errors import NotFoundError, UserError
from talagov.core.journal import EventKind
from talagov.core.proxies import Proxy, check_new_proxy
from talagov.services import journal
from talagov.services.changes import Changes
from talagov.services.session_context import (
    PASSIVE_STATUSES,
    changes_of,
    load_context,
    member_name,
    open_meeting,
    require_voter,
    save_entry,
    stored_entry,
)
from talagov.services.uow import UnitOfWork
from talagov.storage import meetings_repo, session_repo
from talagov.storage.models import (
    CorrespondenceRow,
    DocumentRow,
    ProxyRow,
)


def set_passive(uow: UnitOfWork, meeting_id: int, entry: AttendanceEntry,
                status: AttendanceStatus, *, undo: bool = False) -> None:
    """Mark an absent member represented/postal voter, or back to absent on removal."""
    if undo and entry.status is status:
        save_entry(uow, meeting_id, replace(entry, status=AttendanceStatus.ABSENT))
    elif not undo and entry.status in PASSIVE_STATUSES:
        save_entry(uow, meeting_id, replace(entry, status=status))


def check_document(uow: UnitOfWork, document_id: int | None) -> None:
    """Refuse a scanned form that is not in the library."""
    if document_id is not None and uow.session.get(DocumentRow, document_id) is None:
        raise NotFoundError("session.document_not_found", {"id": document_id})


def add_proxy(uow: UnitOfWork, proxy: Proxy, *, now: datetime) -> tuple[int, Changes]:
    """Record a proxy (pouvoir) for ``proxy.meeting_id``, if the statutes allow it.

    Raises:
        UserError: the refusing rule's code (``proxy.cap_exceeded``, ``proxy.chain``...
            see :mod:`talagov.core.proxies`) with its params and ``source``;
            ``session.not_on_roll``, ``session.member_not_found``, ``session.closed``.
    """
    ctx = load_context(uow, proxy.meeting_id, require_open=True)
    require_voter(ctx, proxy.principal_id)
    if proxy.holder_id is not None and proxy.holder_id not in ctx.members:
        raise NotFoundError("session.member_not_found", {"id": proxy.holder_id})
    check_document(uow, proxy.document_id)
    found = check_new_proxy(
        ctx.proxies, proxy, statutes=ctx.statutes, eligible_ids=ctx.voters,
        attending_ids=ctx.attending(now), eligible=len(ctx.voters),
        chair_id=ctx.meeting.chair_member_id, board=ctx.board,
    )  # fmt: skip
    if found:
        raise UserError(found[0].code, {**found[0].params, "source": found[0].source})
    row = session_repo.new_proxy_row(proxy)
    uow.session.add(row)
    uow.session.flush()
    set_passive(uow, proxy.meeting_id, ctx.entry(proxy.principal_id), AttendanceStatus.REPRESENTED)
    journal.append(uow, EventKind.PROXY_RECORDED, meeting_id=proxy.meeting_id, now=now, subject={
        "proxy_id": row.id, "principal_id": proxy.principal_id,
        "principal": member_name(ctx, proxy.principal_id), "holder_id": proxy.holder_id,
        "holder": member_name(ctx, proxy.holder_id), "received_on": proxy.received_on.isoformat(),
        "document_id": proxy.document_id,
    })  # fmt: skip
    return row.id, changes_of(proxy.meeting_id)


def _remove(uow: UnitOfWork, row: ProxyRow | CorrespondenceRow, member_id: int,
            status: AttendanceStatus, now: datetime | None) -> Changes:
    """Delete a proxy or a form; its member, marked ``status`` because of it, is absent
    again. The removal is journaled at ``now`` (by default, the clock's time)."""
    meeting_id = row.meeting_id
    open_meeting(uow, meeting_id)
    kind, key = ((EventKind.PROXY_REMOVED, "proxy_id") if isinstance(row, ProxyRow)
                 else (EventKind.POSTAL_REMOVED, "form_id"))  # fmt: skip
    journal.append(uow, kind, meeting_id=meeting_id, now=now or datetime.now(),
                   subject={key: row.id, "member_id": member_id})
    uow.session.delete(row)
    uow.session.flush()
    # One attendance row, not the whole context: removing needs no roll.
    set_passive(uow, meeting_id, stored_entry(uow, meeting_id, member_id), status, undo=True)
    return changes_of(meeting_id)


def remove_proxy(uow: UnitOfWork, proxy_id: int, *, now: datetime | None = None) -> Changes:
    """Delete a proxy; a principal marked represented goes back to absent."""
    row = uow.session.get(ProxyRow, proxy_id)
    if row is None:
        raise NotFoundError("session.proxy_not_found", {"id": proxy_id})
    return _remove(uow, row, row.principal_id, AttendanceStatus.REPRESENTED, now)


def record_correspondence(uow: UnitOfWork, form: CorrespondenceForm, *,
                          now: datetime | None = None) -> tuple[int, Changes]:
    """Enter a postal voting form. A late form is kept (and shown late), never counted.

    The journal records it at ``now`` (by default, the clock's time) with the SHA-256 of
    its directions, not the directions themselves (a secret poll's included).

    Raises:
        UserError: ``session.correspondence_not_allowed``, ``session.not_on_roll``,
            ``session.form_duplicate``, ``session.form_unknown_item``, ``session.closed``.
    """
    ctx = load_context(uow, form.meeting_id, require_open=True)
    if not ctx.correspondence_allowed:
        raise UserError("session.correspondence_not_allowed")
    require_voter(ctx, form.member_id)
    if any(f.member_id == form.member_id for f in ctx.forms):
        raise UserError("session.form_duplicate", {"name": member_name(ctx, form.member_id)})
    voted = {i.id for i in meetings_repo.agenda(uow.session, form.meeting_id) if i.votes}
    unknown = sorted(set(form.choices) - voted)
    if unknown:
        raise UserError("session.form_unknown_item", {"id": unknown[0]})
    check_document(uow, form.document_id)
    row = session_repo.new_form_row(form)
    uow.session.add(row)
    uow.session.flush()
    set_passive(uow, form.meeting_id, ctx.entry(form.member_id), AttendanceStatus.CORRESPONDENCE)
    journal.append(uow, EventKind.POSTAL_RECORDED, meeting_id=form.meeting_id,
                   now=now or datetime.now(), subject={
                       "form_id": row.id, "member_id": form.member_id,
                       "name": member_name(ctx, form.member_id),
                       "received_at": form.received_at.isoformat(timespec="seconds"),
                       "choices_sha256": digest({str(item): choice.value
                                                 for item, choice in form.choices.items()}),
                       "document_id": form.document_id,
                   })  # fmt: skip
    return row.id, changes_of(form.meeting_id)


def remove_correspondence(uow: UnitOfWork, form_id: int, *,
                          now: datetime | None = None) -> Changes:
    """Delete a postal form entered by mistake."""
    row = uow.session.get(CorrespondenceRow, form_id)
    if row is None:
        raise NotFoundError("session.form_not_found", {"id": form_id})
    return _remove(uow, row, row.member_id, AttendanceStatus.CORRESPONDENCE, now)
