# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases of the session: attendance sheet, signatures, proxies, postal forms, bureau
and the live quorum.

Who takes part: for a general assembly, the members with a vote on the record date
(the voting roll); for a meeting of a body, the voting members in office on the
meeting date. Every rule is in the core (:mod:`talagov.core.proxies`,
:mod:`talagov.core.quorum`); this module loads, calls them and saves.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime

from talagov.core.attendance import AttendanceEntry, Signature
from talagov.core.canonical import digest
from talagov.core.correspondence import CorrespondenceForm, counts
from talagov.core.errors import NotFoundError, UserError
from talagov.core.findings import Finding
from talagov.core.journal import EventKind
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.proxies import Proxy
from talagov.core.quorum import QuorumResult
from talagov.services import journal
from talagov.services.changes import Aggregate, Changes
from talagov.services.meetings import change_status
from talagov.services.session_context import (
    SessionContext,
    changes_of,
    load_context,
    meeting_row,
    member_name,
    open_meeting,
    require_voter,
    save_entry,
    stored_entry,
)
from talagov.services.session_forms import (
    add_proxy,
    record_correspondence,
    remove_correspondence,
    remove_proxy,
)
from talagov.services.uow import UnitOfWork
from talagov.storage import meetings_repo, session_repo
from talagov.storage.models import (
    AgendaItemRow,
)


@dataclass(frozen=True)
class AttendanceLine:
    """One line of the attendance sheet as shown in the Séance tab."""

    member_id: int
    number: str
    name: str
    college_key: str
    entry: AttendanceEntry
    proxy_holder_name: str
    proxy_holder_id: int | None
    blank_proxy: bool
    correspondence: bool  # a postal form that counts
    holds: int  # valid proxies held


@dataclass(frozen=True)
class ProxyLine:
    """A proxy with names and the decision on it."""

    proxy: Proxy
    principal_name: str
    holder_name: str  # "" for a blank proxy
    valid: bool
    reasons: tuple[Finding, ...]


@dataclass(frozen=True)
class QuorumRecord:
    """The quorum recorded at the opening of the session (``item_id`` None) or of an item."""

    item_id: int | None
    at: datetime
    result: QuorumResult


@dataclass(frozen=True)
class SessionState:
    """Everything the Séance tab shows, loaded at once."""

    meeting: Meeting
    lines: tuple[AttendanceLine, ...]
    proxies: tuple[ProxyLine, ...]
    forms: tuple[CorrespondenceForm, ...]
    quorum: QuorumResult
    records: tuple[QuorumRecord, ...]


def session_state(uow: UnitOfWork, meeting_id: int, *, at: datetime) -> SessionState:
    """The attendance sheet, proxies, postal forms and quorum of a meeting at ``at``.

    One line per participant (voting roll at the record date, or voting members of the
    body in office), ordered by membership number.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    ctx = load_context(uow, meeting_id)
    decisions = ctx.decisions(at)
    by_principal = {d.proxy.principal_id: d for d in decisions}
    holds = Counter(d.holder_id for d in decisions if d.valid and d.holder_id is not None)
    postal = {f.member_id for f in ctx.forms if counts(f, opened_at=ctx.meeting.opened_at)}
    lines = []
    for mid in sorted(ctx.voters, key=lambda i: (ctx.members[i].number, i)):
        member, given = ctx.members[mid], by_principal.get(mid)
        lines.append(AttendanceLine(
            mid, member.number, member.display_name, member.college_key, ctx.entry(mid),
            member_name(ctx, given.holder_id) if given else "", given.holder_id if given else None,
            given is not None and given.proxy.blank, mid in postal, holds.get(mid, 0),
        ))  # fmt: skip
    proxy_lines = tuple(
        ProxyLine(d.proxy, member_name(ctx, d.proxy.principal_id), member_name(ctx, d.proxy.holder_id),
                  d.valid, d.reasons)
        for d in decisions
    )
    return SessionState(ctx.meeting, tuple(lines), proxy_lines, ctx.forms,
                        ctx.quorum(at, decisions), _records(uow, ctx))


def _records(uow: UnitOfWork, ctx: SessionContext) -> tuple[QuorumRecord, ...]:
    rows = session_repo.quorum_records(uow.session, ctx.meeting.id)
    return tuple(QuorumRecord(item, at, result) for item, at, result in rows)


def set_attendance(uow: UnitOfWork, meeting_id: int, entry: AttendanceEntry, *,
                   now: datetime) -> Changes:
    """Record how a member takes part, with arrival and departure times.

    An existing signature is kept unless ``entry.signature`` is given. A member marked
    present or remote during the session without an arrival time arrives at ``now``.

    Raises:
        UserError: ``session.closed``, ``session.not_on_roll``,
            ``session.left_before_arrival``.
    """
    ctx = load_context(uow, meeting_id, require_open=True)
    require_voter(ctx, entry.member_id)
    if entry.status.attends and entry.arrived_at is None and \
            ctx.meeting.status is MeetingStatus.IN_SESSION:
        entry = replace(entry, arrived_at=now)
    if entry.arrived_at and entry.left_at and entry.left_at < entry.arrived_at:
        raise UserError("session.left_before_arrival", {"name": member_name(ctx, entry.member_id)})
    old = ctx.entries.get(entry.member_id)
    if entry.signature is None and old is not None:
        entry = replace(entry, signature=old.signature)
    save_entry(uow, meeting_id, entry)
    journal.append(uow, EventKind.ATTENDANCE_RECORDED, meeting_id=meeting_id, now=now, subject={
        "member_id": entry.member_id, "name": member_name(ctx, entry.member_id),
        "status": entry.status.value, "arrived_at": _iso(entry.arrived_at),
        "left_at": _iso(entry.left_at), "note": entry.note,
    })  # fmt: skip
    return changes_of(meeting_id)


def _iso(at: datetime | None) -> str | None:
    return at.isoformat(timespec="seconds") if at is not None else None


def sign(uow: UnitOfWork, meeting_id: int, member_id: int, signature: Signature) -> Changes:
    """Store a member's handwritten signature on the attendance sheet; the journal
    records the SHA-256 of its strokes, at the time it was given.

    Raises:
        UserError: ``session.signature_empty``, ``session.signature_not_attending``.
    """
    open_meeting(uow, meeting_id)
    if signature.empty:
        raise UserError("session.signature_empty")
    entry = stored_entry(uow, meeting_id, member_id)
    if not entry.status.attends:
        raise UserError("session.signature_not_attending")
    save_entry(uow, meeting_id, replace(entry, signature=signature))
    journal.append(uow, EventKind.ATTENDANCE_SIGNED, meeting_id=meeting_id,
                   now=signature.signed_at, subject={
                       "member_id": member_id, "strokes_sha256": digest(
                           [[list(point) for point in stroke] for stroke in signature.strokes]),
                   })  # fmt: skip
    return changes_of(meeting_id)


def quorum(uow: UnitOfWork, meeting_id: int, *, at: datetime) -> QuorumResult:
    """The quorum of a meeting at ``at`` (recomputed from the attendance)."""
    return load_context(uow, meeting_id).quorum(at)


def _record(uow: UnitOfWork, ctx: SessionContext, item_id: int | None, at: datetime) -> QuorumResult:
    result = ctx.quorum(at)
    uow.session.add(session_repo.new_quorum_row(ctx.meeting.id, item_id, at, result))
    uow.session.flush()
    return result


def record_quorum(uow: UnitOfWork, meeting_id: int, item_id: int | None, *,
                  at: datetime) -> tuple[QuorumResult, Changes]:
    """Record the quorum at the opening of an item (``None``: of the session).

    Raises:
        UserError: ``session.not_in_session``, ``session.item_not_found``.
    """
    ctx = load_context(uow, meeting_id)
    if ctx.meeting.status is not MeetingStatus.IN_SESSION:
        raise UserError("session.not_in_session", {"title": ctx.meeting.title})
    if item_id is not None:
        item = uow.session.get(AgendaItemRow, item_id)
        if item is None or item.meeting_id != meeting_id:
            raise NotFoundError("session.item_not_found", {"id": item_id})
    return _record(uow, ctx, item_id, at), changes_of(meeting_id)


def set_bureau(uow: UnitOfWork, meeting_id: int, *, chair_id: int | None, secretary_name: str,
               scrutineer_ids: tuple[int, ...]) -> Changes:
    """Choose the bureau (K14): chair and scrutineers among the members attending.

    Raises:
        UserError: ``session.bureau_not_attending`` (with the member's name),
            ``session.bureau_chair_scrutineer``, ``session.closed``.
    """
    ctx = load_context(uow, meeting_id, require_open=True)
    scrutineers = tuple(dict.fromkeys(scrutineer_ids))
    for mid in ((chair_id,) if chair_id is not None else ()) + scrutineers:
        entry = ctx.entry(mid)
        if mid not in ctx.voters or not entry.status.attends or entry.left_at is not None:
            raise UserError("session.bureau_not_attending", {"name": member_name(ctx, mid) or str(mid)})
    if chair_id is not None and chair_id in scrutineers:
        raise UserError("session.bureau_chair_scrutineer", {"name": member_name(ctx, chair_id)})
    meeting = replace(ctx.meeting, chair_member_id=chair_id,
                      secretary_name=secretary_name.strip(), scrutineer_ids=scrutineers)
    meetings_repo.apply_meeting(meeting_row(uow, meeting_id), meeting)
    uow.session.flush()
    return changes_of(meeting_id, Aggregate.MEETINGS)


def open_session(uow: UnitOfWork, meeting_id: int, *, now: datetime) -> Changes:
    """Open the session (convened -> in session) and record the opening quorum at ``now``.

    Postal forms received from ``now`` on no longer count (L225-107 I).

    Raises:
        UserError: ``meeting.illegal_transition`` / ``meeting.same_status``.
    """
    change_status(uow, meeting_id, MeetingStatus.IN_SESSION, now=now)
    _record(uow, load_context(uow, meeting_id), None, now)
    return changes_of(meeting_id, Aggregate.MEETINGS)


def close_session(uow: UnitOfWork, meeting_id: int, *, now: datetime) -> Changes:
    """Close the session (in session -> closed) at ``now``."""
    change_status(uow, meeting_id, MeetingStatus.CLOSED, now=now)
    return changes_of(meeting_id, Aggregate.MEETINGS)


__all__ = [
    "AttendanceLine", "ProxyLine", "QuorumRecord", "SessionState", "add_proxy",
    "close_session", "open_session", "quorum", "record_correspondence", "record_quorum",
    "remove_correspondence", "remove_proxy", "session_state", "set_attendance", "set_bureau",
    "sign",
]
