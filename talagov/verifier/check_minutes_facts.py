# SPDX-License-Identifier: GPL-3.0-or-later
"""What the signed minutes say of the votes and the attendance, against what the
verifier recomputed.

The minutes' content words every result in its language (``talagov.minutes/1``), but
its numbers are the record's: for each item put to the vote, the votes of every
choice in the definition's order, whether it was adopted (``null`` for an election
or when the quorum was not met) and what became of the signed ballots (received,
counted, replaced, set aside, rejected and why, in the catalogue's words); for the
attendance, the counts of the summary (as ``services.minutes_attendance`` lays them
out, the sheet as it stood at the closing), whether the quorum recorded at the opening
was met, and the names of the bureau, the participants and the postal voters. Each
must be the recomputed one: minutes that report another result than the ballots give,
or a ballot the archive no longer holds, are found.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime, time

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.ballot_check import BallotJudgement, PollJudgement, Verdict
from talagov.core.bundle_model import Roll
from talagov.core.correspondence import counts
from talagov.core.meetings import MeetingType
from talagov.core.minutes_content import MinutesContent
from talagov.core.tally_model import TallyResult
from talagov.messages import catalogue, render
from talagov.verifier.check_minutes_people import check_people
from talagov.verifier.lines import failed, minutes_subject, ok
from talagov.verifier.report import Area, CheckLine
from talagov.verifier.session_record import SessionRecord

_A = Area.MINUTES
_S = AttendanceStatus
NO_QUORUM = "tally.quorum_not_met"
# The sentences of the minutes on the signed ballots (messages.votes), which
# services.minutes_votes appends to each vote's explanation.
SUMMARY, REJECTED, REASON = "ballot.summary", "ballot.summary.rejected", "ballot.summary.reason"
_NUMBER = re.compile(r"\d+(?:[\u202f,]\d{3})*")  # 1 234 (fr, narrow no-break) or 1,234


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


def _reason_label(judgement: BallotJudgement, lang: str) -> str:
    # As reports.results_content words a reason (a rejection without one: « — »).
    return render(f"ballot.reason.{judgement.reason.value}", lang=lang) \
        if judgement.reason is not None else "—"


def expected_ballot_lines(judgement: PollJudgement, lang: str) -> list[str]:
    """The sentences the minutes hold on a poll's signed ballots, from their verdicts:
    how many were received, counted, replaced, set aside and rejected, then the
    rejections by reason (most first, then by wording); nothing when none was received
    (as ``services.minutes_votes`` writes them)."""
    judged = judgement.judgements
    if not judged:
        return []
    verdicts = Counter(j.verdict for j in judged)
    lines = [render(SUMMARY, {
        "received": len(judged), "counted": verdicts[Verdict.COUNTED],
        "superseded": verdicts[Verdict.SUPERSEDED], "overridden": verdicts[Verdict.OVERRIDDEN],
        "rejected": verdicts[Verdict.REJECTED]}, lang)]  # fmt: skip
    reasons = Counter(_reason_label(j, lang) for j in judged if j.verdict is Verdict.REJECTED)
    if reasons:
        ordered = sorted(reasons.items(), key=lambda r: (-r[1], r[0]))
        worded = ", ".join(render(REASON, {"reason": r, "count": n}, lang) for r, n in ordered)
        lines.append(render(REJECTED, {"reasons": worded}, lang))
    return lines


def _lead(code: str, lang: str) -> str:
    """A sentence's words before its first value: how the minutes' line is found."""
    return catalogue()[code][0 if lang == "fr" else 1].split("{", 1)[0]


def _numbers(line: str) -> list[str]:
    return [n.replace("\u202f", "").replace(",", "") for n in _NUMBER.findall(line)]


def ballots_lines(number: int, explanation: Sequence[str], judgement: PollJudgement,
                  lang: str, *, file: str, subject: str) -> list[CheckLine]:
    """What one vote's explanation says of the signed ballots against their verdicts
    judged again: a ballot dropped from the archive (a rejected one too) changes the
    sentence the signatories signed."""
    leads = (_lead(SUMMARY, lang), _lead(REJECTED, lang))
    said = [x for x in explanation if x.startswith(leads)]
    expected = expected_ballot_lines(judgement, lang)
    if said == expected:
        return []
    recorded = _numbers(next((x for x in said if x.startswith(leads[0])), ""))
    computed = _numbers(expected[0]) if expected else []

    def nth(values: list[str], index: int) -> str:
        return values[index] if len(values) > index else "0"

    return [failed(_A, "verify.minutes.ballots_differ", file, subject, number=number,
                   recorded_received=nth(recorded, 0), recorded_rejected=nth(recorded, 4),
                   received=nth(computed, 0), rejected=nth(computed, 4),
                   recorded=" ".join(said) or "-", computed=" ".join(expected) or "-")]


def check_votes(content: MinutesContent, results: Mapping[int, TallyResult], *, file: str,
                subject: str, judgements: Mapping[int, PollJudgement] | None = None
                ) -> list[CheckLine]:
    """Each item's vote in the minutes against its poll's recomputed result (by item),
    and what the minutes say of the signed ballots against their verdicts judged again
    (``judgements`` by item; not compared when not given)."""
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
        if judgements is not None and item.item_id in judgements:
            lines += ballots_lines(item.number, item.vote.explanation,
                                   judgements[item.item_id], content.generated.lang,
                                   file=file, subject=subject)
    return lines


def check_attendance(content: MinutesContent, session: SessionRecord, *, file: str,
                     subject: str, roll: Roll | None = None) -> list[CheckLine]:
    """The attendance summary and the quorum in the minutes against the record, and
    (given the bundle's ``roll``) the names of the bureau, the participants and the
    postal voters."""
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
    if roll is not None:
        lines += check_people(content, session, roll, file=file, subject=subject)
    return lines


def check_facts(minutes_id: int, file: str, content: MinutesContent, session: SessionRecord,
                results: Mapping[int, TallyResult], *,
                judgements: Mapping[int, PollJudgement] | None = None,
                roll: Roll | None = None) -> list[CheckLine]:
    """The minutes' votes, ballots and attendance against the recomputed ones (an
    erratum names no vote and keeps the meeting's attendance, which is checked all the
    same).

    Args:
        judgements: each closed poll's ballots judged again, by agenda item: what the
            minutes say of the ballots received and rejected is compared with them.
        roll: the bundle's roll: the names the minutes give are compared with it.
    """
    subject = minutes_subject(minutes_id)
    lines = check_votes(content, results, file=file, subject=subject, judgements=judgements)
    lines += check_attendance(content, session, file=file, subject=subject, roll=roll)
    if not lines:
        votes = sum(1 for i in content.items if i.vote is not None and i.item_id in results)
        lines.append(ok(_A, "verify.minutes.facts_ok" if votes else "verify.minutes.facts_ok_no_vote",
                        file, subject, id=minutes_id, votes=votes))
    return lines
