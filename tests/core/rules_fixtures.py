# SPDX-License-Identifier: GPL-3.0-or-later
"""Small builders for register snapshots, shared by the rule tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from talagov.core.legal_forms import LegalForm
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.core.members import (
    Arrears,
    Category,
    EmploymentPeriod,
    ExitCause,
    Member,
    PersonKind,
    Representative,
)
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.core.register import RegisterSnapshot
from talagov.core.shares import MovementKind, ShareMovement
from talagov.core.statutes import Statutes

AT = date(2026, 6, 30)
ADMITTED = date(2020, 1, 1)
NOMINAL = 2500


def member(
    id: int,
    *,
    employed: bool = False,
    left_employment: ExitCause | None = None,
    admitted: date | None = ADMITTED,
    exit_date: date | None = None,
    category: str = "",
    college: str = "",
    kind: PersonKind = PersonKind.NATURAL,
    birth: date | None = None,
    arrears: Iterable[Arrears] = (),
    representatives: Iterable[Representative] = (),
) -> Member:
    """A member; ``employed`` = employed now, ``left_employment`` = employed until 2024."""
    periods: tuple[EmploymentPeriod, ...] = ()
    if employed:
        periods = (EmploymentPeriod(date(2019, 1, 1)),)
    elif left_employment is not None:
        periods = (EmploymentPeriod(date(2019, 1, 1), date(2024, 12, 31), left_employment),)
    return Member(
        id=id, number=f"S-{id:04d}", kind=kind, name=f"Membre{id}", first_name="Alex",
        category_key=category, college_key=college, admission_date=admitted, exit_date=exit_date,
        birth_date=birth, employment=periods, arrears=tuple(arrears),
        representatives=tuple(representatives),
    )


def subscribe(member_id: int, count: int, on: date = ADMITTED, *, id: int | None = None) -> ShareMovement:
    """A subscription of ``count`` shares at 25 €."""
    return ShareMovement(id if id is not None else member_id * 1000 + count, MovementKind.SUBSCRIPTION,
                         on, count, NOMINAL, to_member_id=member_id)


def snapshot(
    form: LegalForm,
    members: Iterable[Member],
    movements: Iterable[ShareMovement] | None = None,
    *,
    statutes: Statutes | None = None,
    categories: Iterable[Category] | None = None,
    bodies: Iterable[Body] = (),
    mandates: Iterable[Mandate] = (),
    at: date = AT,
) -> RegisterSnapshot:
    """A snapshot; by default every member subscribed one share on admission."""
    members = tuple(members)
    if movements is None:
        movements = [subscribe(m.id, 1) for m in members]
    return RegisterSnapshot(
        organisation=Organisation("Coop test", form),
        statutes=statutes or preset(form),
        members=members,
        movements=tuple(movements),
        categories=tuple(categories) if categories is not None else default_categories(form),
        bodies=tuple(bodies),
        mandates=tuple(mandates),
        at=at,
    )


def seats(body: Body, member_ids: Iterable[int], *, years: int = 6, role: Role = Role.ADMINISTRATOR,
          start: date = date(2025, 6, 1), first_id: int = 1) -> list[Mandate]:
    """One mandate per member in ``body``, planned for ``years`` years."""
    end = start.replace(year=start.year + years)
    return [Mandate(first_id + i, body.id, mid, role, start, end) for i, mid in enumerate(member_ids)]


BOARD = Body(1, BodyKind.BOARD, "Conseil d'administration")
MANAGEMENT = Body(2, BodyKind.MANAGEMENT, "Gérance")
SUPERVISORY = Body(3, BodyKind.SUPERVISORY_BOARD, "Conseil de surveillance")
