# SPDX-License-Identifier: GPL-3.0-or-later
"""The head of the minutes: who met, when, where, how they were convened, the bureau,
the documents presented and the annexes (R225-106, R223-24, the seed's layout).

Every value is worded from the record (:class:`talagov.services.minutes_facts.Facts`)
with the words the convocation, the attendance sheet and the letterhead already use.
"""

from __future__ import annotations

from datetime import datetime, time

from talagov.core.attendance import AttendanceStatus
from talagov.core.convocation import Channel, SendingStatus
from talagov.core.library import DocumentKind
from talagov.core.minutes_content import Header
from talagov.core.statutes import Convocation
from talagov.messages import format_int
from talagov.reports.convocation_content import nature_label
from talagov.reports.convocation_texts import hour, long_date, t
from talagov.reports.letterhead import legal_mentions, one_line
from talagov.reports.minutes_record_texts import joined, text
from talagov.services.minutes_facts import Facts

# Scanned proxies and postal forms are annexes, not documents presented to the meeting.
_FORMS = frozenset({DocumentKind.PROXY_FORM, DocumentKind.CORRESPONDENCE_FORM})


def meeting_kind(facts: Facts, lang: str) -> str:
    """« Assemblée générale ordinaire », or the name of the body that met."""
    if facts.body is not None:
        return facts.body.name
    nature = nature_label(facts.meeting.type, lang)
    return nature[:1].upper() + nature[1:]


def _clock(recorded: datetime | None, planned: time | None, lang: str) -> str:
    # What was recorded (the session's opening and closing) wins over what was planned.
    if recorded is not None:
        return hour(recorded.time(), lang)
    return hour(planned, lang) if planned is not None else ""


def convocation(facts: Facts, lang: str) -> str:
    """How and when the members were convened, from the sending log: « par courrier
    électronique et par lettre, le samedi 20 mai 2026 » (and « deuxième convocation »)."""
    sent = [s for s in facts.sendings if s.status is SendingStatus.SENT]
    used = {s.channel for s in sent}
    said = ""
    if sent:
        channels = joined([text(f"channel.{c.value}", lang) for c in Channel if c in used], lang)
        said = text("convocation", lang, channels=channels,
                    date=long_date(min(s.at.date() for s in sent), lang))  # fmt: skip
    if facts.meeting.convocation is Convocation.SECOND:
        rank = t("rank.2", lang)
        said = text("convocation.second", lang, text=said, rank=rank) if said else rank
    return said


def _annexes(facts: Facts, lang: str) -> tuple[str, ...]:
    # The attendance sheet, with the proxies and postal forms annexed to it (R225-95),
    # then every document attached to the meeting.
    state = facts.state
    annexes = []
    if any(line.entry.status is not AttendanceStatus.ABSENT for line in state.lines):
        annexes.append(text("annex.attendance", lang))
    proxies = sum(1 for p in state.proxies if p.valid)
    if proxies:
        annexes.append(text("annex.proxies", lang, count=format_int(proxies, lang)))
    if state.forms:
        annexes.append(text("annex.forms", lang, count=format_int(len(state.forms), lang)))
    annexes += [d.document.title for d in facts.documents]
    return tuple(dict.fromkeys(annexes))


def header(facts: Facts, lang: str) -> Header:
    """The header of the minutes of ``facts``' meeting, worded in ``lang``."""
    meeting, org = facts.meeting, facts.org
    kind = meeting_kind(facts, lang)
    remote = bool(meeting.remote_link.strip()) and any(
        line.entry.status is AttendanceStatus.REMOTE for line in facts.state.lines)
    presented = [d.document.title for d in facts.documents if d.document.kind not in _FORMS]
    return Header(
        organisation=org.name,
        # The letterhead's mentions start with the name, which the header holds apart.
        mentions=legal_mentions(org, meeting.roll_date, facts.capital, lang)[1:],
        meeting_kind=kind, title=meeting.title.strip() or kind,
        date=meeting.on.isoformat(), date_text=long_date(meeting.on, lang),
        start_time=_clock(meeting.opened_at, meeting.start_time, lang),
        end_time=_clock(meeting.closed_at, meeting.end_time, lang),
        place=one_line(meeting.place), remote=text("remote", lang) if remote else "",
        convocation=convocation(facts, lang), chair=facts.name(meeting.chair_member_id),
        secretary=meeting.secretary_name,
        scrutineers=tuple(n for n in (facts.name(i) for i in meeting.scrutineer_ids) if n),
        documents=tuple(dict.fromkeys(presented)), attachments=_annexes(facts, lang),
        notice_override=meeting.notice_override,
    )  # fmt: skip

