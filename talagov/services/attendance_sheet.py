# SPDX-License-Identifier: GPL-3.0-or-later
"""Use case: the attendance sheet of a meeting as PDF, from the session's record.

Every associate present, remote, represented or voting by post gets a line with their
address, shares and vote (R225-95); proxies, postal voters, the quorum with its
explanation and the bureau follow. The sheet is taken at ``at`` (the end of the session
for a closed meeting), so printing it twice gives the same file.
"""

from __future__ import annotations

from datetime import datetime

from talagov.core.attendance import AttendanceStatus
from talagov.core.correspondence import counts
from talagov.core.meetings import Meeting
from talagov.core.shares import capital_at, holdings_at
from talagov.messages import format_date, render, render_finding
from talagov.reports.attendance_labels import status_text, text
from talagov.reports.attendance_pdf import AttendanceSheet, SheetLine, attendance_sheet_pdf
from talagov.reports.letterhead import legal_mentions
from talagov.services import session, shares
from talagov.services.agenda import require_meeting
from talagov.services.organisation import require_organisation
from talagov.services.uow import UnitOfWork
from talagov.storage import members_repo

_TAKING_PART = (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE,
                AttendanceStatus.REPRESENTED, AttendanceStatus.CORRESPONDENCE)  # fmt: skip


def _meeting_line(meeting: Meeting, lang: str) -> str:
    when = format_date(meeting.on, lang)
    if meeting.start_time is not None:
        when = text("at_time", lang, date=when, time=meeting.start_time.strftime("%H:%M"))
    parts = [text(f"type.{meeting.type.value}", lang, title=meeting.title, when=when)]
    if meeting.place:
        parts.append(meeting.place)
    return " — ".join(parts)


def attendance_sheet(uow: UnitOfWork, meeting_id: int, *, now: datetime, lang: str = "fr") -> bytes:
    """The attendance sheet as PDF bytes: at the closing for a closed meeting (the same
    file every time), else as the record stands ``now``.

    Raises:
        NotFoundError: no such meeting. UserError: ``org.missing`` before set-up.
    """
    org = require_organisation(uow)
    closed_at = require_meeting(uow, meeting_id).closed_at
    state = session.session_state(uow, meeting_id, at=closed_at or now)
    meeting = state.meeting
    moves = shares.movements(uow)
    held = holdings_at(moves, meeting.roll_date)
    members = {m.id: m for m in members_repo.all_members(uow.session)}
    holders = {p.proxy.principal_id: p for p in state.proxies if p.valid}
    attending, others = [], []
    for line in state.lines:
        member = members.get(line.member_id)
        address = member.address if member is not None else ""
        status = line.entry.status
        if status not in _TAKING_PART:
            others.append(SheetLine(line.number, line.name, "", 0, 0, status_text(status, lang)))
            continue
        mode = status_text(status, lang)
        if status is AttendanceStatus.REPRESENTED:
            given = holders.get(line.member_id)
            holder = (given.holder_name or text("blank_holder", lang)) if given else ""
            mode = text("represented_by", lang, holder=holder) if holder else mode
        elif line.holds:
            mode = text("holds", lang, mode=mode, count=line.holds)
        signature = line.entry.signature
        attending.append(SheetLine(
            line.number, line.name, address, held.get(line.member_id, 0), 1, mode,
            line.entry.arrived_at, line.entry.left_at,
            signature.strokes if signature is not None else (),
            signature.signed_at if signature is not None else None,
        ))  # fmt: skip
    proxies = tuple(
        (p.principal_name, p.holder_name or text("blank_holder", lang),
         format_date(p.proxy.received_on, lang),
         text("valid", lang) if p.valid else "; ".join(render_finding(f, lang) for f in p.reasons))
        for p in state.proxies
    )  # fmt: skip
    names = {line.member_id: line.name for line in state.lines}
    postal = tuple(
        (names.get(f.member_id, str(f.member_id)),
         f"{format_date(f.received_at.date(), lang)} {f.received_at:%H:%M}",
         text("counted" if counts(f, opened_at=meeting.opened_at) else "late", lang))
        for f in state.forms
    )  # fmt: skip
    q = state.quorum
    quorum = [render("meeting_cli.quorum_met" if q.met else "meeting_cli.quorum_not_met",
                     {"participants": q.participants, "required": q.required, "base": q.base,
                      "ratio": q.ratio}, lang)]  # fmt: skip
    quorum += [render_finding(f, lang) for f in q.reasons]
    bureau = []
    if meeting.chair_member_id is not None:
        bureau.append((text("chair", lang), names.get(meeting.chair_member_id, "")))
    if meeting.secretary_name:
        bureau.append((text("secretary", lang), meeting.secretary_name))
    bureau += [(text("scrutineer", lang), names.get(i, "")) for i in meeting.scrutineer_ids]
    capital = sum(capital_at(moves, meeting.roll_date).values())
    sheet = AttendanceSheet(
        title=text("title", lang), meeting_line=_meeting_line(meeting, lang), on=meeting.on,
        mentions=legal_mentions(org, meeting.roll_date, capital, lang),
        attending=tuple(attending), others=tuple(others), proxies=proxies, postal=postal,
        quorum=tuple(quorum), bureau=tuple(bureau),
    )  # fmt: skip
    return attendance_sheet_pdf(sheet, lang=lang)
