# SPDX-License-Identifier: GPL-3.0-or-later
"""Meeting measurements for ``talagov bench``: quorum after one arrival, convocation PDFs.

Targets (issue "Meetings"): recomputing the quorum after one arrival with 10,000 members
under 20 ms; convocation PDFs for 1,000 members at 40 pages a second or more on one
core, against the same number of pages of plain text drawn by reportlab in the same run.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.legal_forms import LegalForm
from talagov.core.presets import preset
from talagov.core.proxies import Proxy, check_proxies
from talagov.core.quorum import QuorumResult, evaluate_quorum
from talagov.core.statutes import Convocation, MeetingKind
from talagov.reports.fonts import register_fonts

QUORUM_TARGET_MS = 20.0
PAGES_TARGET = 40.0


@dataclass(frozen=True)
class QuorumBench:
    """Quorum recomputation after one arrival, in milliseconds."""

    members: int
    best_ms: float
    mean_ms: float
    baseline_ms: float  # a bare loop counting the attending members, same entries

    @property
    def ratio(self) -> float:
        """How many times the bare count the full rule costs."""
        return self.best_ms / self.baseline_ms if self.baseline_ms else 0.0


def _best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, sum(times) / len(times) * 1000


def measure_quorum(members: int = 10_000, *, repeat: int = 20) -> QuorumBench:
    """Time the quorum of a SCOP-SA AGO of ``members`` after one more member arrives.

    Three in ten attend, one in ten is represented (named proxies within the cap and a
    few blank ones), one in twenty voted by post; then one absent member arrives and
    the whole quorum is recomputed from scratch, as the session panel does: proxy
    checks, postal-form timing, the quorum rule.
    """
    statutes = preset(LegalForm.SCOP_SA)
    rule = statutes.rule(MeetingKind.AGO, Convocation.FIRST)
    opened = datetime(2026, 6, 13, 10, 0)
    entries: list[AttendanceEntry] = []
    proxies: list[Proxy] = []
    forms: list[CorrespondenceForm] = []
    attending: list[int] = []
    for i in range(1, members + 1):
        if i % 10 < 3:
            entries.append(AttendanceEntry(i, AttendanceStatus.PRESENT, opened - timedelta(minutes=5)))
            attending.append(i)
        elif i % 10 == 3:
            holder = attending[(i // 10) % len(attending)] if attending and i % 7 else None
            proxies.append(Proxy(i, 1, i, holder, date(2026, 6, 10)))
            entries.append(AttendanceEntry(i, AttendanceStatus.REPRESENTED))
        elif i % 20 == 4:
            forms.append(CorrespondenceForm(i, 1, i, opened - timedelta(days=2), {1: Choice.FOR}))
            entries.append(AttendanceEntry(i, AttendanceStatus.CORRESPONDENCE))
        else:
            entries.append(AttendanceEntry(i, AttendanceStatus.ABSENT))
    eligible_ids = frozenset(range(1, members + 1))
    late = opened + timedelta(minutes=30)
    arriving = next(k for k, e in enumerate(entries) if e.status is AttendanceStatus.ABSENT)

    def recompute() -> QuorumResult:
        entries[arriving] = replace(entries[arriving], status=AttendanceStatus.PRESENT,
                                    arrived_at=late)  # fmt: skip
        attending_ids = frozenset(e.member_id for e in entries if e.status.attends)
        decisions = check_proxies(proxies, statutes=statutes, eligible_ids=eligible_ids,
                                  attending_ids=attending_ids, eligible=members,
                                  chair_id=attending[0])  # fmt: skip
        return evaluate_quorum(rule, base=members, entries=entries, proxy_decisions=decisions,
                               forms=forms, opened_at=opened, at=late + timedelta(seconds=1),
                               remote_allowed=statutes.remote_allowed,
                               correspondence_allowed=statutes.correspondence_allowed,
                               source="")  # fmt: skip

    def baseline() -> int:
        return sum(1 for e in entries if e.status.attends)

    recompute()  # warm caches
    best, mean = _best(recompute, repeat)
    base_best, _ = _best(baseline, repeat)
    return QuorumBench(members, best, mean, base_best)


@dataclass(frozen=True)
class ConvocationBench:
    """Convocation letters for many members against plain-text pages, same page count."""

    members: int
    pages: int
    seconds: float
    baseline_seconds: float

    @property
    def pages_per_second(self) -> float:
        """Pages of convocations written per second (one core: the work is serial)."""
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def ratio(self) -> float:
        """How many times a plain-text page the convocation pages cost."""
        return self.seconds / self.baseline_seconds if self.baseline_seconds else 0.0


def _count_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page[^s]", pdf))


def _plain_pages(pages: int) -> bytes:
    """The baseline: ``pages`` A4 pages of 45 lines of text in the same embedded font."""
    fonts = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    line = "Convocation à l'assemblée générale ordinaire — texte de référence, ligne {n}"
    for _ in range(pages):
        canvas.setFont(fonts.regular, 10)
        for n in range(45):
            canvas.drawString(56, 800 - n * 16, line.format(n=n))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def measure_convocations(folder: Path, members: int = 1_000, *, repeat: int = 3) -> ConvocationBench:
    """Time the merged convocation letters of ``members`` members for the demo's next AG.

    The meeting, its agenda and its statutes come from a demo database built in
    ``folder``; the addressees are ``members`` distinct names and addresses.
    """
    from talagov.reports.convocation_content import Addressee
    from talagov.reports.convocation_pdf import convocations_pdf
    from talagov.services.convocation_data import convocation_data
    from talagov.services.demo import build_demo
    from talagov.services.meetings import get_meeting, list_meetings
    from talagov.services.uow import UnitOfWork
    from talagov.storage.database import open_database

    db = open_database(folder / "convocations.sqlite")
    try:
        build_demo(db)
        with UnitOfWork(db) as uow:
            upcoming = next(m for m in list_meetings(uow) if m.status.value == "draft")
            data = convocation_data(uow, get_meeting(uow, upcoming.id))
    finally:
        db.close()
    people = [Addressee(f"Associé n°{i}", f"S-{i:05d}", f"{i} rue de la Coopération\n59000 Lille")
              for i in range(1, members + 1)]  # fmt: skip
    pages = 0
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        pdf = convocations_pdf(data, people, lang="fr")
        best = min(best, time.perf_counter() - start)
        pages = _count_pages(pdf)
    base = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        _plain_pages(pages)
        base = min(base, time.perf_counter() - start)
    return ConvocationBench(members, pages, best, base)


@dataclass(frozen=True)
class SessionBench:
    """One arrival recorded and the Séance tab reloaded, through the services, in ms."""

    members: int
    arrival_ms: float  # set_attendance in its own unit of work
    reload_ms: float  # session_state, as the tab reloads after the change


def measure_session(folder: Path, members: int = 10_000, *, repeat: int = 5) -> SessionBench:
    """Time what the GUI does when a member arrives in an AG of ``members`` associates."""
    from talagov.core.agenda import AgendaItem, ItemKind
    from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
    from talagov.core.organisation import Organisation
    from talagov.core.presets import default_categories as categories
    from talagov.core.shares import MovementKind, ShareMovement
    from talagov.services import meetings, session
    from talagov.services.bench_data import bench_members
    from talagov.services.organisation import create_organisation
    from talagov.services.uow import UnitOfWork
    from talagov.storage import bulk
    from talagov.storage.database import open_database
    from talagov.storage.models import AttendanceRow

    form = LegalForm.SCOP_SA
    now = datetime(2026, 6, 1, 9, 0)
    on = date(2026, 6, 30)
    db = open_database(folder / "session.sqlite")
    try:
        people = bench_members(members)
        with UnitOfWork(db) as uow:
            create_organisation(uow, Organisation(name="Coopérative du banc d'essai", form=form),
                                preset(form), categories(form), effective_from=date(2015, 1, 1),
                                now=now)  # fmt: skip
            bulk.insert_members(uow.session, people, now=now)
            bulk.insert_movements(uow.session, [
                ShareMovement(0, MovementKind.SUBSCRIPTION, m.admission_date or on, 1, 2500,
                              to_member_id=m.id) for m in people], now=now)  # fmt: skip
            meeting_id, _ = meetings.create_meeting(
                uow, Meeting(0, "AG", MeetingType.AGO, on), now=now)
            meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION, "Comptes"), now=now)
            meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=now)
            meetings.change_status(uow, meeting_id, MeetingStatus.IN_SESSION, now=now)
            uow.session.add_all(
                AttendanceRow(meeting_id=meeting_id, member_id=m.id, status="present",
                              arrived_at=now) for m in people[: members * 3 // 10])  # fmt: skip
        arrivals, reloads = [], []
        for k in range(repeat):
            member_id = people[members // 2 + k].id
            start = time.perf_counter()
            with UnitOfWork(db) as uow:
                session.set_attendance(uow, meeting_id, AttendanceEntry(
                    member_id, AttendanceStatus.PRESENT, arrived_at=now), now=now)  # fmt: skip
            middle = time.perf_counter()
            with UnitOfWork(db) as uow:
                session.session_state(uow, meeting_id, at=now)
            arrivals.append(middle - start)
            reloads.append(time.perf_counter() - middle)
    finally:
        db.close()
    return SessionBench(members, min(arrivals) * 1000, min(reloads) * 1000)
