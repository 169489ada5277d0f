# SPDX-License-Identifier: GPL-3.0-or-later
"""What the minutes tab loads in one task, and the sections it shows.

:func:`load_minutes` runs on the task runner's worker and returns frozen values only:
the meeting, its minutes then its errata (:class:`~talagov.services.minutes.MinutesView`)
and the organisation's key fingerprint. :func:`sections_of` lists the sections of one
minutes in the order of the PDF; an erratum has only its correction and signatures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.minutes_content import Generated, MinutesStatus
from talagov.gui.i18n import arg
from talagov.services import meetings as meetings_service
from talagov.services import minutes as minutes_service
from talagov.services.minutes import ERRATUM, MinutesView
from talagov.services.uow import UnitOfWork

Clock = Callable[[], datetime]
_DONE = (MeetingStatus.CLOSED, MeetingStatus.ARCHIVED)

HEADER, ATTENDANCE, AGENDA, OPENING, ITEM = "header", "attendance", "agenda", "opening", "item"
CLOSING, DECISIONS, ANNEXES, SIGNATURES = "closing", "decisions", "annexes", "signatures"
CORRECTION = "correction"


@dataclass(frozen=True)
class MinutesData:
    """The meeting and its minutes documents (the minutes first, then its errata)."""

    meeting: Meeting
    documents: tuple[MinutesView, ...]

    @property
    def closed(self) -> bool:
        """Whether the meeting is over (its minutes can exist)."""
        return self.meeting.status in _DONE

    def document(self, minutes_id: int | None) -> MinutesView | None:
        """The document with ``minutes_id``, else the first (the minutes itself)."""
        found = next((d for d in self.documents if d.id == minutes_id), None)
        return found or (self.documents[0] if self.documents else None)


def load_minutes(uow: UnitOfWork, meeting_id: int) -> MinutesData:
    """The meeting and, once it is closed, its minutes and errata."""
    meeting = meetings_service.get_meeting(uow, meeting_id)
    documents: tuple[MinutesView, ...] = ()
    if meeting.status in _DONE:
        documents = tuple(minutes_service.minutes_of(uow, meeting_id))
    return MinutesData(meeting, documents)


@dataclass(frozen=True)
class Section:
    """One entry of the sections list: what it shows and its title."""

    key: str
    title: str
    item_id: int | None = None

    @property
    def ident(self) -> tuple[str, int | None]:
        """What identifies the section across reloads."""
        return self.key, self.item_id


_TITLES = {
    HEADER: QT_TRANSLATE_NOOP("MinutesSections", "Header"),
    ATTENDANCE: QT_TRANSLATE_NOOP("MinutesSections", "Attendance and quorum"),
    AGENDA: QT_TRANSLATE_NOOP("MinutesSections", "Agenda"),
    OPENING: QT_TRANSLATE_NOOP("MinutesSections", "Opening"),
    CLOSING: QT_TRANSLATE_NOOP("MinutesSections", "Closing"),
    DECISIONS: QT_TRANSLATE_NOOP("MinutesSections", "Decisions"),
    ANNEXES: QT_TRANSLATE_NOOP("MinutesSections", "Annexes"),
    SIGNATURES: QT_TRANSLATE_NOOP("MinutesSections", "Signatures"),
    CORRECTION: QT_TRANSLATE_NOOP("MinutesSections", "Correction"),
}


def _section(key: str) -> Section:
    return Section(key, QCoreApplication.translate("MinutesSections", str(_TITLES[key])))


def sections_of(view: MinutesView) -> list[Section]:
    """The sections of ``view`` in the order of the PDF."""
    if view.kind == ERRATUM:
        return [_section(CORRECTION), _section(SIGNATURES)]
    numbered = QCoreApplication.translate("MinutesSections", "%1. %2")
    return ([_section(k) for k in (HEADER, ATTENDANCE, AGENDA, OPENING)]
            + [Section(ITEM, arg(numbered, item.number, item.title), item.item_id)
               for item in view.generated.items]
            + [_section(k) for k in (CLOSING, DECISIONS, ANNEXES, SIGNATURES)])  # fmt: skip


def status_text(view: MinutesView) -> str:
    """« Draft », « Submitted — waiting for: A, B », « Signed — register no. N »."""
    if view.status is MinutesStatus.DRAFT:
        text = QCoreApplication.translate("MinutesStatus", "Draft")
    elif view.status is MinutesStatus.SUBMITTED:
        waiting = ", ".join(s.name for s in view.waiting)
        text = arg(QCoreApplication.translate("MinutesStatus", "Submitted — waiting for: %1"),
                   waiting)
    elif view.number is not None:
        text = arg(QCoreApplication.translate("MinutesStatus", "Signed — register no. %1"),
                   view.number)
    else:
        text = QCoreApplication.translate("MinutesStatus", "Signed")
    if view.kind == ERRATUM:
        return arg(QCoreApplication.translate("MinutesStatus", "Erratum — %1"), text)
    return text


def speaker_name(first_name: str, name: str, organisation: str) -> str:
    """« Prénom Nom (Structure) », as the seed minutes name a speaker."""
    who = " ".join(p for p in (first_name.strip(), name.strip()) if p)
    return f"{who} ({organisation.strip()})" if organisation.strip() else who


def speakers(generated: Generated) -> list[str]:
    """The participants as speakers, in the order of the annex."""
    names = [speaker_name(p.first_name, p.name, p.organisation) for p in generated.participants]
    return list(dict.fromkeys(n for n in names if n))


def owners(generated: Generated) -> list[str]:
    """Who may own a decision: each participant, and each organisation once."""
    people = [" ".join(x for x in (p.first_name, p.name) if x) for p in generated.participants]
    organisations = [p.organisation for p in generated.participants]
    return sorted({o.strip() for o in people + organisations if o.strip()}, key=str.casefold)
