# SPDX-License-Identifier: GPL-3.0-or-later
"""Use case: draft the generated half of a meeting's minutes from what TalaGov recorded.

:func:`generate` reads the record once (:func:`talagov.services.minutes_facts.load_facts`)
and words, in French or English, everything the secretary should not have to retype:
the header (:mod:`talagov.services.minutes_header`), the attendance and the quorum, the
participants, proxies and postal voters (:mod:`talagov.services.minutes_attendance`),
the agenda with what was dealt with, each item's resolution text and vote result
(:mod:`talagov.services.minutes_votes`), and the incidents the record shows: a member
who left before a vote, a remote participant's note, a quorum lost at an item, a postal
form received too late. Nothing reads the clock: the same record gives the same draft.
"""

from __future__ import annotations

from datetime import datetime

from talagov.core.attendance import AttendanceStatus
from talagov.core.correspondence import counts
from talagov.core.meetings import MeetingStatus, MeetingType
from talagov.core.minutes_content import AgendaRow, Generated, ItemSection
from talagov.core.polls import PollStatus
from talagov.messages import format_date, format_int
from talagov.reports.convocation_texts import hour
from talagov.reports.minutes_record_texts import text
from talagov.services.minutes_attendance import attendance, correspondence, participants, proxies
from talagov.services.minutes_facts import Facts, load_facts
from talagov.services.minutes_header import header
from talagov.services.minutes_votes import vote_result
from talagov.services.uow import UnitOfWork

_ENDED = frozenset({MeetingStatus.CLOSED, MeetingStatus.ARCHIVED})


def register_key(facts: Facts) -> str:
    """The register the minutes enter: ``"ag"``, ``"body-<id>"`` or ``"other"``."""
    meeting = facts.meeting
    if meeting.type.is_general_assembly:
        return "ag"
    if meeting.body_id is not None:
        return f"body-{meeting.body_id}"
    return "other"


def _treated(facts: Facts) -> dict[int, bool]:
    # An item put to the vote was dealt with once its poll closed (a poll never opened,
    # or left open, was not); any other item, once the meeting closed.
    status = {p.item_id: p.status for p in facts.polls}
    ended = facts.meeting.status in _ENDED
    return {item.id: status.get(item.id) is PollStatus.CLOSED if item.votes else ended
            for item in facts.agenda}  # fmt: skip


def _items(facts: Facts, lang: str) -> tuple[ItemSection, ...]:
    polls = {p.item_id: p for p in facts.polls}
    sections = []
    for number, item in enumerate(facts.agenda, start=1):
        poll = polls.get(item.id)
        vote = vote_result(poll, facts.tallies.get(poll.id), lang) if poll is not None else None
        sections.append(ItemSection(item.id, number, item.title, item.kind.value,
                                    resolution=item.text, vote=vote))  # fmt: skip
    return tuple(sections)


def _left(facts: Facts, lang: str) -> list[tuple[datetime, str]]:
    opened = sorted((p.opened_at, p.number, p.title) for p in facts.polls
                    if p.opened_at is not None)  # fmt: skip
    found = []
    for line in facts.state.lines:
        left = line.entry.left_at
        if left is None or not line.entry.status.attends:
            continue
        missed = next(((number, title) for at, number, title in opened if at >= left), None)
        if missed is not None:
            found.append((left, text("left", lang, name=line.name, time=hour(left.time(), lang),
                                     number=missed[0], title=missed[1])))  # fmt: skip
    return found


def _remote_notes(facts: Facts, lang: str) -> list[tuple[datetime, str]]:
    # A connection that failed is typed in the remote participant's note.
    moment = facts.meeting.opened_at or datetime.combine(facts.meeting.on, datetime.min.time())
    return [(line.entry.arrived_at or moment,
             text("remote_note", lang, name=line.name, note=line.entry.note.strip()))
            for line in facts.state.lines
            if line.entry.status is AttendanceStatus.REMOTE and line.entry.note.strip()]  # fmt: skip


def _quorum_lost(facts: Facts, lang: str) -> list[tuple[datetime, str]]:
    numbers = {item.id: (n, item.title) for n, item in enumerate(facts.agenda, start=1)}
    latest = {r.item_id: r for r in facts.state.records if r.item_id is not None}
    return [(r.at, text("quorum_lost", lang, number=numbers[item][0], title=numbers[item][1],
                        participants=format_int(r.result.participants, lang),
                        required=format_int(r.result.required, lang)))
            for item, r in latest.items()
            if not r.result.met and item in numbers]  # fmt: skip


def _late_forms(facts: Facts, lang: str) -> list[tuple[datetime, str]]:
    opened = facts.meeting.opened_at
    return [(f.received_at, text("late_form", lang, name=facts.name(f.member_id),
                                 date=format_date(f.received_at.date(), lang),
                                 time=hour(f.received_at.time(), lang)))
            for f in facts.state.forms if not counts(f, opened_at=opened)]  # fmt: skip


def incidents(facts: Facts, lang: str) -> tuple[str, ...]:
    """What the record shows went wrong or changed during the session, in time order.

    Rejected ballots are not repeated here: each vote's explanation gives them.
    """
    found = _left(facts, lang) + _remote_notes(facts, lang) + _late_forms(facts, lang)
    if facts.meeting.type is not MeetingType.OTHER:  # no quorum applies to a working group
        found += _quorum_lost(facts, lang)
    return tuple(words for _, words in sorted(found, key=lambda pair: pair[0]))


def generate(uow: UnitOfWork, meeting_id: int, *, lang: str = "fr") -> Generated:
    """Draft the generated half of the minutes of ``meeting_id``, worded in ``lang``.

    Args:
        lang: ``"fr"`` or ``"en"``; every string of the result is in that language.

    Raises:
        NotFoundError: ``meeting.not_found``. UserError: ``org.missing`` before set-up.
    """
    facts = load_facts(uow, meeting_id)
    treated = _treated(facts)
    return Generated(
        lang=lang, body=register_key(facts), header=header(facts, lang),
        attendance=attendance(facts, lang),
        agenda=tuple(AgendaRow(n, item.title, treated[item.id])
                     for n, item in enumerate(facts.agenda, start=1)),
        items=_items(facts, lang), participants=participants(facts, lang),
        proxies=proxies(facts, lang), correspondence=correspondence(facts),
        incidents=incidents(facts, lang),
    )  # fmt: skip
