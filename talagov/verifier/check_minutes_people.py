# SPDX-License-Identifier: GPL-3.0-or-later
"""Who the minutes say took part, against the bundle's record of the session.

The minutes name people from the record (``services.minutes_header`` and
``services.minutes_attendance``), each by the display name the roll holds (« Nom
Prénom », or an entity's name): the chair and the scrutineers of the meeting, its
secretary as typed, the postal voters whose form counts, and in the participants' annex
everyone present, remote, represented or voting by a postal form that counts (an
entity by its name, next to the person representing it). Each list is compared with
the one the bundle's meeting, attendance, postal forms and roll give: counting the
same number of people is not enough, the names must be those of the sheet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.bundle_model import Roll
from talagov.core.correspondence import counts
from talagov.core.minutes_content import MinutesContent, Person
from talagov.verifier.lines import failed
from talagov.verifier.report import Area, CheckLine
from talagov.verifier.session_record import SessionRecord

_A = Area.MINUTES
_S = AttendanceStatus
_TAKING_PART = (_S.PRESENT, _S.REMOTE, _S.REPRESENTED)


def _status(session: SessionRecord, member_id: int) -> AttendanceStatus:
    return (session.entries.get(member_id) or AttendanceEntry(member_id)).status


def postal_voters(session: SessionRecord) -> set[int]:
    """Voters marked as voting by post whose form counts (received before the opening)."""
    opened = session.meeting.opened_at
    valid = {f.member_id for f in session.forms if counts(f, opened_at=opened)}
    return {m for m in session.voters if _status(session, m) is _S.CORRESPONDENCE and m in valid}


def participant_ids(session: SessionRecord) -> set[int]:
    """Voters present, remote, represented, or voting by a postal form that counts."""
    return {m for m in session.voters
            if _status(session, m) in _TAKING_PART} | postal_voters(session)  # fmt: skip


def annexed_name(person: Person) -> str:
    """The roll's name of one line of the participants' annex: an entity's name (whoever
    represents it), else « Nom Prénom » as ``Member.display_name`` writes it."""
    if person.organisation:
        return person.organisation
    return f"{person.name} {person.first_name}" if person.first_name else person.name


def _differ(code: str, said: Iterable[str], record: Iterable[str], *, file: str,
            subject: str) -> list[CheckLine]:
    """A line when two lists of names are not the same people (order aside)."""
    stated, recorded = Counter(said), Counter(record)
    if stated == recorded:
        return []
    return [failed(_A, code, file, subject,
                   minutes_only=", ".join(sorted((stated - recorded).elements())) or "-",
                   record_only=", ".join(sorted((recorded - stated).elements())) or "-")]


def _bureau(content: MinutesContent, session: SessionRecord, names: dict[int, str], *,
            file: str, subject: str) -> list[CheckLine]:
    header, meeting = content.generated.header, session.meeting
    lines: list[CheckLine] = []
    # A member the roll does not list has no name in the bundle to compare with.
    chair = meeting.chair_member_id
    if chair is None or chair in names:
        expected = names[chair] if chair is not None else ""
        if header.chair != expected:
            lines.append(failed(_A, "verify.minutes.chair_differs", file, subject,
                                recorded=header.chair, computed=expected))
    if header.secretary != meeting.secretary_name:
        lines.append(failed(_A, "verify.minutes.secretary_differs", file, subject,
                            recorded=header.secretary, computed=meeting.secretary_name))
    if all(i in names for i in meeting.scrutineer_ids):
        expected_all = tuple(n for n in (names[i] for i in meeting.scrutineer_ids) if n)
        if header.scrutineers != expected_all:
            lines.append(failed(_A, "verify.minutes.scrutineers_differ", file, subject,
                                recorded=", ".join(header.scrutineers),
                                computed=", ".join(expected_all)))
    return lines


def check_people(content: MinutesContent, session: SessionRecord, roll: Roll, *, file: str,
                 subject: str) -> list[CheckLine]:
    """The chair, secretary and scrutineers the minutes name, their postal voters and
    their participants' annex, against the meeting, the attendance and the roll."""
    names = {m.member_id: m.name for m in roll.members}
    generated = content.generated
    lines = _bureau(content, session, names, file=file, subject=subject)
    lines += _differ("verify.minutes.postal_voters_differ", generated.correspondence,
                     (names.get(m, "") for m in postal_voters(session)),
                     file=file, subject=subject)
    lines += _differ("verify.minutes.participants_differ",
                     (annexed_name(p) for p in generated.participants),
                     (names.get(m, "") for m in participant_ids(session)),
                     file=file, subject=subject)
    return lines
