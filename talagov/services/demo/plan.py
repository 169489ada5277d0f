# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo as values, planned in memory before anything touches the database.

A :class:`PlanBuilder` hands out member ids (1, 2, ...) and keeps each member's
share balance by date, so that every transfer and redemption it plans is covered:
the register can never go negative. The builder module then writes the plan.
"""

from __future__ import annotations

import bisect
import random
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from talagov.core.applications import Application
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.core.members import (
    Category,
    EmploymentPeriod,
    ExitCause,
    Member,
    PersonKind,
    Representative,
)
from talagov.core.organisation import Organisation
from talagov.core.shares import MovementKind, ShareMovement
from talagov.core.statutes import Statutes
from talagov.services.demo.people import PeopleFactory, Person


@dataclass(frozen=True)
class PlannedHandover:
    """A passation: mandate ``mandate_index`` ends on ``on``; ``successor`` starts then."""

    mandate_index: int
    successor: Mandate
    note: str


@dataclass(frozen=True)
class Draft:
    """A member before admission: ids and numbers are given in admission order."""

    member: Member
    shares: int
    tag: str


@dataclass
class DemoPlan:
    """Everything the demo writes. Member and body ids are final (the database is empty)."""

    organisation: Organisation
    statutes: Statutes
    categories: tuple[Category, ...]
    effective_from: date
    members: list[Member] = field(default_factory=list)
    movements: list[ShareMovement] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    mandates: list[Mandate] = field(default_factory=list)
    handovers: list[PlannedHandover] = field(default_factory=list)
    applications: list[Application] = field(default_factory=list)


def second_saturday_of_june(year: int) -> date:
    """The usual date of the annual AG in the demo (accounts approved before 30 June)."""
    first = date(year, 6, 1)
    return first + timedelta(days=(5 - first.weekday()) % 7 + 7)


class PlanBuilder:
    """Accumulates members, movements and mandates with consistent ids and balances."""

    def __init__(self, plan: DemoPlan, rng: random.Random, today: date, founded: date) -> None:
        self.plan = plan
        self.rng = rng
        self.today = today
        self.founded = founded
        self.people = PeopleFactory(rng, today)
        self.nominal = plan.organisation.share_nominal_cents
        # Per member: sorted dates and the running deltas, to know a balance at a date.
        self._moves: dict[int, list[tuple[date, int]]] = defaultdict(list)
        years = range(founded.year + 1, today.year + 8)
        self.ags = [d for d in map(second_saturday_of_june, years) if d > founded]
        self.past_ags = [d for d in self.ags if d < today]
        self.next_ag = next(d for d in self.ags if d >= today)

    # -- members -------------------------------------------------------------------
    def person(self, p: Person, *, tag: str, category: str, college: str, admitted: date,
               decision: str, shares: int,
               employment: tuple[EmploymentPeriod, ...] = ()) -> Draft:
        """A natural person to admit; nine in ten give an e-mail and consent to it (K3)."""
        has_mail = self.rng.random() < 0.9
        email = p.email if has_mail else ""
        consent_on = None
        if has_mail and self.rng.random() < 0.92:
            consent_on = min(admitted + timedelta(days=self.rng.randint(0, 40)), self.today)
        member = Member(
            id=0, number="", kind=PersonKind.NATURAL, name=p.name, first_name=p.first_name,
            email=email, phone=p.phone, address=p.address, category_key=category,
            college_key=college, admission_date=admitted, admission_decision=decision,
            consent_date=consent_on, consent_address=email if consent_on else "",
            birth_date=p.birth_date, employment=employment,
        )
        return Draft(member, shares, tag)

    def entity(self, name: str, *, tag: str, category: str, college: str, admitted: date,
               decision: str, shares: int, function: str, aliases: tuple[str, ...] = (),
               representatives: tuple[Representative, ...] = ()) -> Draft:
        """A legal entity with its representative (a drawn one unless given)."""
        email = self.people.organisation_email(name)
        if not representatives:
            rep = self.people.person(min_age=30, max_age=66)
            representatives = (Representative(f"{rep.first_name} {rep.name}",
                                              self.people.gendered(function, rep.female), admitted),)
        member = Member(
            id=0, number="", kind=PersonKind.LEGAL, name=name, email=email,
            phone=self.people.phone(mobile=False), address=self.people.address(),
            category_key=category, college_key=college, admission_date=admitted,
            admission_decision=decision, consent_date=admitted, consent_address=email,
            aliases=aliases, representatives=representatives,
        )
        return Draft(member, shares, tag)

    def admit(self, drafts: list[Draft]) -> dict[str, list[int]]:
        """Add the drafts in admission order (numbers follow it) with their first shares.

        Returns the ids per tag, in admission order.
        """
        order = sorted(range(len(drafts)), key=lambda i: (drafts[i].member.admission_date, i))
        ids: dict[str, list[int]] = defaultdict(list)
        width = max(4, len(str(len(self.plan.members) + len(drafts))))
        for i in order:
            draft = drafts[i]
            new_id = len(self.plan.members) + 1
            self.plan.members.append(replace(draft.member, id=new_id, number=f"S-{new_id:0{width}d}"))
            admitted = draft.member.admission_date
            if draft.shares > 0 and admitted is not None:
                self.subscribe(new_id, draft.shares, admitted, "Souscription à l'admission")
            ids[draft.tag].append(new_id)
        return ids

    def get(self, member_id: int) -> Member:
        """The planned member with ``member_id``."""
        return self.plan.members[member_id - 1]

    def active(self, member_id: int, at: date) -> bool:
        """Whether the planned member is an associate on ``at`` (exits included)."""
        return self.get(member_id).is_member_on(at)

    def decision(self, on: date, body: str = "Conseil d'administration") -> str:
        """The admission decision text, e.g. ``"Conseil d'administration du 14/03/2023"``."""
        return f"{body} du {on.day:02d}/{on.month:02d}/{on.year}"

    # -- share register ------------------------------------------------------------
    def balance(self, member_id: int, at: date) -> int:
        """Shares held by ``member_id`` at the end of ``at`` under the plan so far."""
        return sum(n for d, n in self._moves[member_id] if d <= at)

    def _record(self, member_id: int, on: date, delta: int) -> None:
        bisect.insort(self._moves[member_id], (on, delta))

    def _movement(self, kind: MovementKind, on: date, count: int, *, src: int | None = None,
                  dst: int | None = None, reference: str = "", note: str = "") -> None:
        mid = len(self.plan.movements) + 1
        self.plan.movements.append(
            ShareMovement(mid, kind, on, count, self.nominal, src, dst, reference, note)
        )
        if dst is not None:
            self._record(dst, on, count)
        if src is not None:
            self._record(src, on, -count)

    def subscribe(self, member_id: int, count: int, on: date, note: str = "") -> None:
        """A subscription with its bulletin number as reference."""
        ref = f"BS-{on.year}-{len(self.plan.movements) + 1:05d}"
        self._movement(MovementKind.SUBSCRIPTION, on, count, dst=member_id, reference=ref, note=note)

    def transfer(self, src: int, dst: int, count: int, on: date, note: str = "", *,
                 keep: int = 1) -> int:
        """Transfer up to ``count`` shares, never more than ``src`` holds then or later.

        ``src`` keeps at least ``keep`` shares (an associate with none has no vote);
        pass ``keep=0`` when it leaves the same day.
        """
        later = [d for d, _ in self._moves[src] if d > on]
        available = min([self.balance(src, on)] + [self.balance(src, d) for d in later])
        count = min(count, available - keep)
        if count > 0:
            ref = f"OT-{on.year}-{len(self.plan.movements) + 1:05d}"
            self._movement(MovementKind.TRANSFER, on, count, src=src, dst=dst, reference=ref,
                           note=note)
        return count

    def leave(self, member_id: int, on: date, cause: ExitCause, note: str = "") -> None:
        """Exit on ``on`` and redeem whatever is still held (remboursement des parts)."""
        held = self.balance(member_id, on)
        if held > 0:
            self._movement(MovementKind.REDEMPTION, on, held, src=member_id,
                           reference=f"RB-{on.year}-{len(self.plan.movements) + 1:05d}", note=note)
        self.plan.members[member_id - 1] = replace(self.get(member_id), exit_date=on,
                                                   exit_cause=cause)

    # -- bodies and mandates ---------------------------------------------------------
    def body(self, kind: BodyKind, name: str, seats: int = 0) -> int:
        """Add a body; returns its id."""
        body_id = len(self.plan.bodies) + 1
        self.plan.bodies.append(Body(body_id, kind, name, seats))
        return body_id

    def mandate(self, body_id: int, member_id: int, role: Role, start: date,
                planned_end: date | None, end: date | None = None, reason: str = "") -> int:
        """Add a mandate; returns its index in the plan."""
        self.plan.mandates.append(
            Mandate(0, body_id, member_id, role, start, planned_end, end, reason)
        )
        return len(self.plan.mandates) - 1

    def staggered_board(self, body_id: int, seats: list[tuple[int, Role]], term_years: int) -> list[int]:
        """Seats renewed by thirds: the first third ends at the next AG (shown as due).

        Returns the mandate indexes, in the order of ``seats``.
        """
        indexes = []
        for i, (member_id, role) in enumerate(seats):
            cohort = i % term_years  # 0: elected term_years-1 AGs ago, ends at the next AG
            elected = self.past_ags[-(term_years - cohort)] if len(self.past_ags) >= term_years - cohort \
                else self.founded
            start = max(elected, self.get(member_id).admission_date or elected)
            planned = self.ags[self.ags.index(self.next_ag) + cohort]
            indexes.append(self.mandate(body_id, member_id, role, start, planned))
        return indexes
