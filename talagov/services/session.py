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
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from talagov.core.attendance import AttendanceEntry, AttendanceStatus, Signature
from talagov.core.correspondence import CorrespondenceForm, counts
from talagov.core.errors import NotFoundError, UserError
from talagov.core.findings import Finding
from talagov.core.meetings import Meeting, MeetingStatus, check_transition
from talagov.core.members import Member
from talagov.core.proxies import Proxy, ProxyDecision, check_new_proxy, check_proxies
from talagov.core.quorum import QuorumResult, evaluate_quorum, quorum_source
from talagov.core.statutes import MeetingRule, Statutes
from talagov.services.changes import Aggregate, Changes
from talagov.services.organisation import statutes_at
from talagov.services.roll_cache import roll_and_members
from talagov.services.uow import UnitOfWork
from talagov.storage import mandates_repo, meetings_repo, session_repo
from talagov.storage.models import (
    AgendaItemRow,
    AttendanceRow,
    CorrespondenceRow,
    DocumentRow,
    MeetingRow,
    ProxyRow,
)

_OPEN = frozenset({MeetingStatus.DRAFT, MeetingStatus.CONVENED, MeetingStatus.IN_SESSION})
# Statuses a proxy or a postal form puts on an otherwise empty attendance line.
_PASSIVE = frozenset({AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED})


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


@dataclass(frozen=True)
class _Context:
    meeting: Meeting
    statutes: Statutes
    rule: MeetingRule
    board: bool
    voters: frozenset[int]
    members: Mapping[int, Member]
    entries: Mapping[int, AttendanceEntry]
    proxies: tuple[Proxy, ...]
    forms: tuple[CorrespondenceForm, ...]

    @property
    def source(self) -> str:
        return quorum_source(self.statutes, self.meeting.rule_kind, self.meeting.convocation)

    @property
    def correspondence_allowed(self) -> bool:
        return self.statutes.correspondence_allowed and not self.board

    def entry(self, member_id: int) -> AttendanceEntry:
        return self.entries.get(member_id) or AttendanceEntry(member_id)

    def attending(self, at: datetime) -> frozenset[int]:
        return frozenset(m for m, e in self.entries.items() if m in self.voters and e.attending_at(at))

    def decisions(self, at: datetime) -> tuple[ProxyDecision, ...]:
        return check_proxies(
            self.proxies, statutes=self.statutes, eligible_ids=self.voters,
            attending_ids=self.attending(at), eligible=len(self.voters),
            chair_id=self.meeting.chair_member_id, board=self.board,
        )  # fmt: skip

    def quorum(self, at: datetime, decisions: tuple[ProxyDecision, ...] | None = None) -> QuorumResult:
        return evaluate_quorum(
            self.rule, base=len(self.voters),
            entries=(e for m, e in self.entries.items() if m in self.voters),
            proxy_decisions=self.decisions(at) if decisions is None else decisions,
            forms=[f for f in self.forms if f.member_id in self.voters],
            opened_at=self.meeting.opened_at, at=at, remote_allowed=self.statutes.remote_allowed,
            correspondence_allowed=self.correspondence_allowed, source=self.source,
        )  # fmt: skip


def _meeting_row(uow: UnitOfWork, meeting_id: int) -> MeetingRow:
    row = uow.session.get(MeetingRow, meeting_id)
    if row is None:
        raise NotFoundError("meeting.not_found", {"id": meeting_id})
    return row


def _open_meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    meeting = meetings_repo.to_meeting(_meeting_row(uow, meeting_id))
    if meeting.status not in _OPEN:
        raise UserError("session.closed", {"title": meeting.title})
    return meeting


def _load(uow: UnitOfWork, meeting_id: int) -> _Context:
    meeting = meetings_repo.to_meeting(_meeting_row(uow, meeting_id))
    roll, members = roll_and_members(uow, meeting.roll_date)
    statutes = statutes_at(uow, meeting.on)
    board = meeting.body_id is not None
    if board:
        voters = frozenset(m.member_id for m in mandates_repo.all_mandates(uow.session)
                           if m.body_id == meeting.body_id and m.votes
                           and m.active_on(meeting.on))  # fmt: skip
    else:
        voters = frozenset(e.member_id for e in roll.voters)
    return _Context(
        meeting=meeting, statutes=statutes,
        rule=statutes.rule(meeting.rule_kind, meeting.convocation), board=board, voters=voters,
        members=members,
        entries={e.member_id: e for e in session_repo.attendance(uow.session, meeting_id)},
        proxies=tuple(session_repo.proxies(uow.session, meeting_id)),
        forms=tuple(session_repo.forms(uow.session, meeting_id)),
    )  # fmt: skip


def _changes(meeting_id: int, *extra: Aggregate) -> Changes:
    return Changes.of(Aggregate.SESSION, *extra, ids=(meeting_id,))


def _name(ctx: _Context, member_id: int | None) -> str:
    member = ctx.members.get(member_id) if member_id is not None else None
    return member.display_name if member is not None else ""


def _require_voter(ctx: _Context, member_id: int) -> None:
    if member_id not in ctx.voters:
        raise UserError("session.not_on_roll", {"name": _name(ctx, member_id) or str(member_id)})


def session_state(uow: UnitOfWork, meeting_id: int, *, at: datetime) -> SessionState:
    """The attendance sheet, proxies, postal forms and quorum of a meeting at ``at``.

    One line per participant (voting roll at the record date, or voting members of the
    body in office), ordered by membership number.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    ctx = _load(uow, meeting_id)
    decisions = ctx.decisions(at)
    by_principal = {d.proxy.principal_id: d for d in decisions}
    holds = Counter(d.holder_id for d in decisions if d.valid and d.holder_id is not None)
    postal = {f.member_id for f in ctx.forms if counts(f, opened_at=ctx.meeting.opened_at)}
    lines = []
    for mid in sorted(ctx.voters, key=lambda i: (ctx.members[i].number, i)):
        member, given = ctx.members[mid], by_principal.get(mid)
        lines.append(AttendanceLine(
            mid, member.number, member.display_name, member.college_key, ctx.entry(mid),
            _name(ctx, given.holder_id) if given else "", given.holder_id if given else None,
            given is not None and given.proxy.blank, mid in postal, holds.get(mid, 0),
        ))  # fmt: skip
    proxy_lines = tuple(
        ProxyLine(d.proxy, _name(ctx, d.proxy.principal_id), _name(ctx, d.proxy.holder_id),
                  d.valid, d.reasons)
        for d in decisions
    )
    return SessionState(ctx.meeting, tuple(lines), proxy_lines, ctx.forms,
                        ctx.quorum(at, decisions), _records(uow, ctx))


def _records(uow: UnitOfWork, ctx: _Context) -> tuple[QuorumRecord, ...]:
    rows = session_repo.quorum_records(uow.session, ctx.meeting.id)
    return tuple(QuorumRecord(item, at, result) for item, at, result in rows)


def _save_entry(uow: UnitOfWork, meeting_id: int, entry: AttendanceEntry) -> None:
    row = session_repo.attendance_row(uow.session, meeting_id, entry.member_id)
    if row is None:
        row = AttendanceRow(meeting_id=meeting_id)
        uow.session.add(row)
    session_repo.apply_entry(row, entry)
    uow.session.flush()


def set_attendance(uow: UnitOfWork, meeting_id: int, entry: AttendanceEntry, *,
                   now: datetime) -> Changes:
    """Record how a member takes part, with arrival and departure times.

    An existing signature is kept unless ``entry.signature`` is given. A member marked
    present or remote during the session without an arrival time arrives at ``now``.

    Raises:
        UserError: ``session.closed``, ``session.not_on_roll``,
            ``session.left_before_arrival``.
    """
    _open_meeting(uow, meeting_id)
    ctx = _load(uow, meeting_id)
    _require_voter(ctx, entry.member_id)
    if entry.status.attends and entry.arrived_at is None and \
            ctx.meeting.status is MeetingStatus.IN_SESSION:
        entry = replace(entry, arrived_at=now)
    if entry.arrived_at and entry.left_at and entry.left_at < entry.arrived_at:
        raise UserError("session.left_before_arrival", {"name": _name(ctx, entry.member_id)})
    old = ctx.entries.get(entry.member_id)
    if entry.signature is None and old is not None:
        entry = replace(entry, signature=old.signature)
    _save_entry(uow, meeting_id, entry)
    return _changes(meeting_id)


def sign(uow: UnitOfWork, meeting_id: int, member_id: int, signature: Signature) -> Changes:
    """Store a member's handwritten signature on the attendance sheet.

    Raises:
        UserError: ``session.signature_empty``, ``session.signature_not_attending``.
    """
    _open_meeting(uow, meeting_id)
    if signature.empty:
        raise UserError("session.signature_empty")
    row = session_repo.attendance_row(uow.session, meeting_id, member_id)
    entry = session_repo.to_entry(row) if row is not None else None
    if entry is None or not entry.status.attends:
        raise UserError("session.signature_not_attending")
    _save_entry(uow, meeting_id, replace(entry, signature=signature))
    return _changes(meeting_id)


def _set_passive(uow: UnitOfWork, ctx: _Context, member_id: int,
                 status: AttendanceStatus, *, undo: bool = False) -> None:
    """Mark an absent member represented/postal voter, or back to absent on removal."""
    entry = ctx.entry(member_id)
    if undo and entry.status is status:
        _save_entry(uow, ctx.meeting.id, replace(entry, status=AttendanceStatus.ABSENT))
    elif not undo and entry.status in _PASSIVE:
        _save_entry(uow, ctx.meeting.id, replace(entry, status=status))


def _check_document(uow: UnitOfWork, document_id: int | None) -> None:
    if document_id is not None and uow.session.get(DocumentRow, document_id) is None:
        raise NotFoundError("session.document_not_found", {"id": document_id})


def add_proxy(uow: UnitOfWork, proxy: Proxy, *, now: datetime) -> tuple[int, Changes]:
    """Record a proxy (pouvoir) for ``proxy.meeting_id``, if the statutes allow it.

    Raises:
        UserError: the refusing rule's code (``proxy.cap_exceeded``, ``proxy.chain``...
            see :mod:`talagov.core.proxies`) with its params and ``source``;
            ``session.not_on_roll``, ``session.member_not_found``, ``session.closed``.
    """
    _open_meeting(uow, proxy.meeting_id)
    ctx = _load(uow, proxy.meeting_id)
    _require_voter(ctx, proxy.principal_id)
    if proxy.holder_id is not None and proxy.holder_id not in ctx.members:
        raise NotFoundError("session.member_not_found", {"id": proxy.holder_id})
    _check_document(uow, proxy.document_id)
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
    _set_passive(uow, ctx, proxy.principal_id, AttendanceStatus.REPRESENTED)
    return row.id, _changes(proxy.meeting_id)


def remove_proxy(uow: UnitOfWork, proxy_id: int) -> Changes:
    """Delete a proxy; a principal marked represented goes back to absent."""
    row = uow.session.get(ProxyRow, proxy_id)
    if row is None:
        raise NotFoundError("session.proxy_not_found", {"id": proxy_id})
    meeting_id, principal = row.meeting_id, row.principal_id
    _open_meeting(uow, meeting_id)
    uow.session.delete(row)
    uow.session.flush()
    ctx = _load(uow, meeting_id)
    _set_passive(uow, ctx, principal, AttendanceStatus.REPRESENTED, undo=True)
    return _changes(meeting_id)


def record_correspondence(uow: UnitOfWork, form: CorrespondenceForm) -> tuple[int, Changes]:
    """Enter a postal voting form. A late form is kept (and shown late), never counted.

    Raises:
        UserError: ``session.correspondence_not_allowed``, ``session.not_on_roll``,
            ``session.form_duplicate``, ``session.form_unknown_item``, ``session.closed``.
    """
    _open_meeting(uow, form.meeting_id)
    ctx = _load(uow, form.meeting_id)
    if not ctx.correspondence_allowed:
        raise UserError("session.correspondence_not_allowed")
    _require_voter(ctx, form.member_id)
    if any(f.member_id == form.member_id for f in ctx.forms):
        raise UserError("session.form_duplicate", {"name": _name(ctx, form.member_id)})
    voted = {i.id for i in meetings_repo.agenda(uow.session, form.meeting_id) if i.votes}
    unknown = sorted(set(form.choices) - voted)
    if unknown:
        raise UserError("session.form_unknown_item", {"id": unknown[0]})
    _check_document(uow, form.document_id)
    row = session_repo.new_form_row(form)
    uow.session.add(row)
    uow.session.flush()
    _set_passive(uow, ctx, form.member_id, AttendanceStatus.CORRESPONDENCE)
    return row.id, _changes(form.meeting_id)


def remove_correspondence(uow: UnitOfWork, form_id: int) -> Changes:
    """Delete a postal form entered by mistake."""
    row = uow.session.get(CorrespondenceRow, form_id)
    if row is None:
        raise NotFoundError("session.form_not_found", {"id": form_id})
    meeting_id, member_id = row.meeting_id, row.member_id
    _open_meeting(uow, meeting_id)
    uow.session.delete(row)
    uow.session.flush()
    ctx = _load(uow, meeting_id)
    _set_passive(uow, ctx, member_id, AttendanceStatus.CORRESPONDENCE, undo=True)
    return _changes(meeting_id)


def quorum(uow: UnitOfWork, meeting_id: int, *, at: datetime) -> QuorumResult:
    """The quorum of a meeting at ``at`` (recomputed from the attendance)."""
    return _load(uow, meeting_id).quorum(at)


def _record(uow: UnitOfWork, ctx: _Context, item_id: int | None, at: datetime) -> QuorumResult:
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
    ctx = _load(uow, meeting_id)
    if ctx.meeting.status is not MeetingStatus.IN_SESSION:
        raise UserError("session.not_in_session", {"title": ctx.meeting.title})
    if item_id is not None:
        item = uow.session.get(AgendaItemRow, item_id)
        if item is None or item.meeting_id != meeting_id:
            raise NotFoundError("session.item_not_found", {"id": item_id})
    return _record(uow, ctx, item_id, at), _changes(meeting_id)


def set_bureau(uow: UnitOfWork, meeting_id: int, *, chair_id: int | None, secretary_name: str,
               scrutineer_ids: tuple[int, ...]) -> Changes:
    """Choose the bureau (K14): chair and scrutineers among the members attending.

    Raises:
        UserError: ``session.bureau_not_attending`` (with the member's name),
            ``session.bureau_chair_scrutineer``, ``session.closed``.
    """
    _open_meeting(uow, meeting_id)
    ctx = _load(uow, meeting_id)
    scrutineers = tuple(dict.fromkeys(scrutineer_ids))
    for mid in ((chair_id,) if chair_id is not None else ()) + scrutineers:
        entry = ctx.entry(mid)
        if mid not in ctx.voters or not entry.status.attends or entry.left_at is not None:
            raise UserError("session.bureau_not_attending", {"name": _name(ctx, mid) or str(mid)})
    if chair_id is not None and chair_id in scrutineers:
        raise UserError("session.bureau_chair_scrutineer", {"name": _name(ctx, chair_id)})
    meeting = replace(ctx.meeting, chair_member_id=chair_id,
                      secretary_name=secretary_name.strip(), scrutineer_ids=scrutineers)
    meetings_repo.apply_meeting(_meeting_row(uow, meeting_id), meeting)
    uow.session.flush()
    return _changes(meeting_id, Aggregate.MEETINGS)


def _move(uow: UnitOfWork, meeting_id: int, target: MeetingStatus, now: datetime) -> None:
    row = _meeting_row(uow, meeting_id)
    meeting = meetings_repo.to_meeting(row)
    code = check_transition(meeting.status, target)
    if code is not None:
        raise UserError(code, {"current": meeting.status.value, "target": target.value})
    if target is MeetingStatus.IN_SESSION:
        meeting = replace(meeting, opened_at=now)
    else:
        meeting = replace(meeting, closed_at=now)
    meetings_repo.apply_meeting(row, replace(meeting, status=target))
    uow.session.flush()


def open_session(uow: UnitOfWork, meeting_id: int, *, now: datetime) -> Changes:
    """Open the session (convened -> in session) and record the opening quorum at ``now``.

    Postal forms received from ``now`` on no longer count (L225-107 I).

    Raises:
        UserError: ``meeting.illegal_transition`` / ``meeting.same_status``.
    """
    _move(uow, meeting_id, MeetingStatus.IN_SESSION, now)
    _record(uow, _load(uow, meeting_id), None, now)
    return _changes(meeting_id, Aggregate.MEETINGS)


def close_session(uow: UnitOfWork, meeting_id: int, *, now: datetime) -> Changes:
    """Close the session (in session -> closed) at ``now``."""
    _move(uow, meeting_id, MeetingStatus.CLOSED, now)
    return _changes(meeting_id, Aggregate.MEETINGS)
