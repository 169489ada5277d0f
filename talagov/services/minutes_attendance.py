# SPDX-License-Identifier: GPL-3.0-or-later
"""Who took part, as the minutes say it: the attendance summary and the quorum recorded
at the opening, the participants' annex (Nom, Prénom, Fonction, Structure), the proxies
and the postal voters.

The counts come from the attendance sheet as it stood at the closing; the quorum is
the one recorded when the session opened, worded as the attendance sheet words it.
"""

from __future__ import annotations

from collections import Counter

from talagov.core.attendance import AttendanceStatus
from talagov.core.findings import Finding, Severity
from talagov.core.mandates import GOVERNING_BODIES, Body, BodyKind, Role
from talagov.core.meetings import MeetingType
from talagov.core.members import PersonKind
from talagov.core.minutes_content import Attendance, Person
from talagov.core.text import fold
from talagov.messages import format_date, render, render_finding
from talagov.reports.attendance_labels import status_text
from talagov.reports.attendance_labels import text as sheet_text
from talagov.reports.labels import has_capital
from talagov.reports.minutes_record_texts import text
from talagov.services.minutes_facts import Facts
from talagov.services.session import AttendanceLine

_S = AttendanceStatus
_TAKING_PART = (_S.PRESENT, _S.REMOTE, _S.REPRESENTED, _S.CORRESPONDENCE)
# The function a participant is named by when they hold several mandates: the highest.
_RANK = (Role.PRESIDENT, Role.VICE_PRESIDENT, Role.GERANT, Role.DIRECTOR_GENERAL,
         Role.SECRETARY, Role.TREASURER, Role.ADMINISTRATOR, Role.ENTITY_REPRESENTATIVE,
         Role.MEMBER, Role.ADVISORY)  # fmt: skip
# What the quorum's first sentence already says.
_SAID = frozenset({"quorum.not_met", "quorum.none_required"})


def takes_part(line: AttendanceLine) -> bool:
    """Present, remote, represented, or voting by a postal form that counts."""
    status = line.entry.status
    return status in _TAKING_PART and (status is not _S.CORRESPONDENCE or line.correspondence)


def _eligible_label(facts: Facts, lang: str) -> str:
    meeting = facts.meeting
    if meeting.body_id is not None:
        return text("line.eligible.body", lang, date=format_date(meeting.on, lang))
    who = "company" if has_capital(facts.org.form) else "association"
    return text(f"line.eligible.{who}", lang, date=format_date(meeting.roll_date, lang))


def _quorum(facts: Facts, lang: str) -> tuple[tuple[str, ...], bool | None]:
    q = facts.opening_quorum
    if facts.meeting.type is MeetingType.OTHER:
        # A working group or a committee deliberates on nothing the law counts.
        return (render("quorum.none_required", lang=lang),), None
    if q.ratio.num == 0:
        return (render_finding(Finding("quorum.none_required", Severity.INFO, source=q.source),
                               lang),), None  # fmt: skip
    code = "meeting_cli.quorum_met" if q.met else "meeting_cli.quorum_not_met"
    first = render_finding(Finding(code, Severity.INFO, source=q.source, params={
        "participants": q.participants, "required": q.required, "base": q.base,
        "ratio": q.ratio}), lang)  # fmt: skip
    rest = [render_finding(f, lang) for f in q.reasons if f.code not in _SAID]
    return (first, *rest), q.met


def attendance(facts: Facts, lang: str) -> Attendance:
    """The attendance summary (counts by way of taking part) and the opening quorum."""
    lines = facts.state.lines
    by_status = Counter(line.entry.status for line in lines)
    late = sum(1 for line in lines if line.entry.status is _S.CORRESPONDENCE
               and not line.correspondence)  # fmt: skip
    postal = by_status[_S.CORRESPONDENCE] - late
    counts = [(_eligible_label(facts, lang), len(lines)),
              (text("line.present", lang), by_status[_S.PRESENT]),
              (text("line.remote", lang), by_status[_S.REMOTE]),
              (text("line.represented", lang), by_status[_S.REPRESENTED])]
    if postal or facts.meeting.body_id is None:  # a body never votes by post
        counts.append((text("line.correspondence", lang), postal))
    if late:
        counts.append((text("line.late", lang), late))
    counts += [(text("line.excused", lang), by_status[_S.EXCUSED]),
               (text("line.absent", lang), by_status[_S.ABSENT])]
    quorum, met = _quorum(facts, lang)
    return Attendance(tuple(counts), quorum, met)


def _counts_here(facts: Facts, body: Body) -> bool:
    # At a body's meeting, the function held in that body; at an AG, in a governing one.
    if facts.meeting.body_id is not None:
        return body.id == facts.meeting.body_id
    return body.kind in GOVERNING_BODIES


def _mandate_role(facts: Facts, member_id: int, lang: str) -> str:
    held = []
    for m in facts.mandates:
        body = facts.bodies.get(m.body_id)
        if m.member_id == member_id and body is not None and _counts_here(facts, body):
            held.append((_RANK.index(m.role), m.role, body.kind))
    if not held:
        return ""
    _, role, kind = min(held)
    if kind is BodyKind.SUPERVISORY_BOARD and role in (Role.ADMINISTRATOR, Role.MEMBER):
        return text("role.supervisory", lang)
    return text(f"role.{role.value}", lang)


def _way(facts: Facts, line: AttendanceLine, lang: str) -> str:
    # Worded as on the attendance sheet: « représenté par X », « présent, porteur de 2 pouvoir(s) ».
    status = line.entry.status
    mode = status_text(status, lang)
    if status is _S.REPRESENTED:
        given = next((p for p in facts.state.proxies
                      if p.valid and p.proxy.principal_id == line.member_id), None)  # fmt: skip
        if given is not None:
            holder = given.holder_name or sheet_text("blank_holder", lang)
            return sheet_text("represented_by", lang, holder=holder)
    elif line.holds:
        return sheet_text("holds", lang, mode=mode, count=line.holds)
    return mode


def _person(facts: Facts, line: AttendanceLine, lang: str) -> Person:
    member = facts.members.get(line.member_id)
    way = _way(facts, line, lang)
    if member is None:
        return Person(name=line.name, attendance=way)
    fallback = facts.categories.get(member.category_key) or facts.colleges.get(member.college_key, "")
    role = _mandate_role(facts, member.id, lang)
    if member.kind is PersonKind.LEGAL:
        rep = member.representative_on(facts.meeting.on)
        if rep is not None:
            return Person(name=rep.name, role=role or rep.function or fallback,
                          organisation=member.name, attendance=way)  # fmt: skip
        return Person(name=member.name, role=role or fallback, organisation=member.name,
                      attendance=way)  # fmt: skip
    return Person(name=member.name, first_name=member.first_name, role=role or fallback,
                  attendance=way)  # fmt: skip


def participants(facts: Facts, lang: str) -> tuple[Person, ...]:
    """Everyone who took part, by name then first name (the seed's annex)."""
    people = [_person(facts, line, lang) for line in facts.state.lines if takes_part(line)]
    return tuple(sorted(people, key=lambda p: (fold(p.name), fold(p.first_name), p.organisation)))


def proxies(facts: Facts, lang: str) -> tuple[tuple[str, str], ...]:
    """The valid proxies: (principal, holder or « pouvoir en blanc (au président) »)."""
    given = [(p.principal_name, p.holder_name or sheet_text("blank_holder", lang))
             for p in facts.state.proxies if p.valid]  # fmt: skip
    return tuple(sorted(given, key=lambda pair: fold(pair[0])))


def correspondence(facts: Facts) -> tuple[str, ...]:
    """The postal voters whose form counts, by name."""
    names = [line.name for line in facts.state.lines
             if line.entry.status is _S.CORRESPONDENCE and line.correspondence]  # fmt: skip
    return tuple(sorted(names, key=fold))
