# SPDX-License-Identifier: GPL-3.0-or-later
"""What the signed minutes say of the votes and the attendance, against what the
verifier recomputed.

The minutes' content words every result in its language (``talagov.minutes/1``), but
its numbers are the record's: for each item put to the vote, the votes of every
choice in the definition's order and whether it was adopted (``null`` for an election
or when the quorum was not met); for the attendance, the counts of the summary (as
``services.minutes_attendance`` lays them out, the sheet as it stood at the closing)
and whether the quorum recorded at the opening was met. Each must be the recomputed
one: minutes that report another result than the ballots give are found.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import datetime, time

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.correspondence import counts
from talagov.core.meetings import MeetingType
from talagov.core.minutes_content import MinutesContent
from talagov.core.tally_model import TallyResult
from talagov.verifier.lines import failed, minutes_subject, ok
from talagov.verifier.report import Area, CheckLine
from talagov.verifier.session_record import SessionRecord

_A = Area.MINUTES
_S = AttendanceStatus
NO_QUORUM = "tally.quorum_not_met"


def expected_adopted(result: TallyResult) -> bool | None:
    """What the minutes say of the adoption: nothing without the quorum, nothing for an
    election, else the tally's decision."""
    if any(f.code == NO_QUORUM for f in result.explanation):
        return None
    return result.adopted


def attendance_counts(session: SessionRecord) -> list[int]:
    """The numbers of the minutes' attendance summary, in its order: voters, present,
    remote, represented, postal votes that count (always for an AG), late postal votes
    (when any), excused, absent — the sheet as it stood at the closing."""
    opened = session.meeting.opened_at
    postal_ok = {f.member_id for f in session.forms if counts(f, opened_at=opened)}
    statuses = Counter((session.entries.get(m) or AttendanceEntry(m)).status
                       for m in session.voters)
    late = sum(1 for m in session.voters
               if (session.entries.get(m) or AttendanceEntry(m)).status is _S.CORRESPONDENCE
               and m not in postal_ok)
    postal = statuses[_S.CORRESPONDENCE] - late
    found = [len(session.voters), statuses[_S.PRESENT], statuses[_S.REMOTE],
             statuses[_S.REPRESENTED]]
    if postal or session.meeting.body_id is None:  # a body never votes by post
        found.append(postal)
    if late:
        found.append(late)
    return [*found, statuses[_S.EXCUSED], statuses[_S.ABSENT]]


def expected_quorum_met(session: SessionRecord) -> bool | None:
    """The quorum the minutes report: the one recorded at the opening (else as it stood
    at the closing); ``None`` for a meeting the law counts no quorum for."""
    if session.meeting.type is MeetingType.OTHER:
        return None
    opening = next((r for r in session.records if r.item_id is None), None)
    if opening is not None:
        return None if opening.ratio.num == 0 else opening.met
    moment = session.meeting.closed_at or datetime.combine(session.meeting.on, time(23, 59, 59))
    q = session.quorum(moment)
    return None if q.ratio.num == 0 else q.met


def check_votes(content: MinutesContent, results: Mapping[int, TallyResult], *, file: str,
                subject: str) -> list[CheckLine]:
    """Each item's vote in the minutes against its poll's recomputed result (by item)."""
    lines: list[CheckLine] = []
    for item in content.items:
        if item.vote is None or item.item_id not in results:
            continue
        result = results[item.item_id]
        said = [n for _, n in item.vote.choices]
        computed = [c.votes for c in result.counts]
        if said != computed:
            lines.append(failed(_A, "verify.minutes.votes_differ", file, subject,
                                number=item.number, recorded=", ".join(map(str, said)) or "-",
                                computed=", ".join(map(str, computed))))
        if item.vote.adopted != expected_adopted(result):
            lines.append(failed(_A, "verify.minutes.decision_differs", file, subject,
                                number=item.number, recorded=str(item.vote.adopted),
                                computed=str(expected_adopted(result))))
    return lines


def check_attendance(content: MinutesContent, session: SessionRecord, *, file: str,
                     subject: str) -> list[CheckLine]:
    """The attendance summary and the quorum in the minutes against the record."""
    lines: list[CheckLine] = []
    said = [n for _, n in content.generated.attendance.lines]
    computed = attendance_counts(session)
    if said != computed:
        lines.append(failed(_A, "verify.minutes.attendance_differs", file, subject,
                            recorded=", ".join(map(str, said)) or "-",
                            computed=", ".join(map(str, computed))))
    met = expected_quorum_met(session)
    if content.generated.attendance.quorum_met != met:
        lines.append(failed(_A, "verify.minutes.quorum_differs", file, subject,
                            recorded=str(content.generated.attendance.quorum_met),
                            computed=str(met)))
    return lines


def check_facts(minutes_id: int, file: str, content: MinutesContent, session: SessionRecord,
                results: Mapping[int, TallyResult]) -> list[CheckLine]:
    """The minutes' votes and attendance against the recomputed ones (an erratum names
    no vote and keeps the meeting's attendance, which is checked all the same)."""
    subject = minutes_subject(minutes_id)
    lines = check_votes(content, results, file=file, subject=subject)
    lines += check_attendance(content, session, file=file, subject=subject)
    if not lines:
        lines.append(ok(_A, "verify.minutes.facts_ok", file, subject, id=minutes_id,
                        votes=sum(1 for i in content.items
                                  if i.vote is not None and i.item_id in results)))
    return lines
