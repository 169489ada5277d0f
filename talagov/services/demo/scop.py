# SPDX-License-Identifier: GPL-3.0-or-later
"""The SCOP of the demo: a foundry taken over by its workers (seed 000).

Its statutes force new employees to apply within six months (loi 78-763 art. 9), so
the dashboard lists who is due; one employee hired over a year ago has applied and
waits for the AG, which must rule (art. 7-8). Retired former employees stay associates
and still count for the 51 % capital test (S3). Up to nine members, it is a small
workshop where everyone sits on the board.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from talagov.core.applications import Application, Decision, add_months
from talagov.core.legal_forms import CompanyType, LegalForm
from talagov.core.mandates import BodyKind, Role
from talagov.core.members import EmploymentPeriod, ExitCause
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.services.demo.plan import (
    DemoPlan,
    Draft,
    PlanBuilder,
    PlannedHandover,
    second_saturday_of_june,
)
from talagov.services.demo.scic import Entity

SMALL = 9  # up to this many members, everyone is on the board
APPLICATION_MONTHS = 6
_EXTERNAL_ENTITIES: tuple[Entity, ...] = (
    ("Coopérative de développement de la Lisière", ("CDL", "Coop Développement Lisière"), 80,
     "Directeur/Directrice"),
    ("Association des Amis de la Fonderie", ("Amis de la Fonderie",), 20, "Président/Présidente"),
)


def min_members(form: LegalForm) -> int:
    """The fewest members the demo builds: the legal minimum of employee associates."""
    return 7 if form.company_type is CompanyType.SA else 2


def plan_scop(form: LegalForm, n: int, rng: random.Random, today: date) -> DemoPlan:
    """Plan a SCOP of ``n`` member records (active and former).

    Args:
        form: one of the three SCOP forms.
        n: number of member records, at least :func:`min_members`.
        rng: the demo's only source of randomness.
        today: the reference date every other date is placed from.
    """
    small = n <= SMALL
    org = Organisation(
        name="Ferronnerie coopérative du Béguinage" if small else "Fonderie Coopérative de l'Aune",
        form=form, registered_office="3 rue de la Fonderie, 59940 Vallon-sur-Aune",
        rcs_city="Lisière", share_nominal_cents=2500,
    )
    statutes = preset(form)
    statutes = replace(statutes, membership=replace(
        statutes.membership, employee_application_months=APPLICATION_MONTHS))
    founded = add_months(today, -12 * 9 - 2)
    plan = DemoPlan(org, statutes, default_categories(form), founded)
    b = PlanBuilder(plan, rng, today, founded)
    people = b.people
    constitutive = b.decision(founded, "Assemblée générale constitutive")
    last_ag = b.past_ags[-1]

    n_ext = 0 if small else max(1, n // 10)
    n_retired = 0 if small else max(1, n // 12)
    n_leavers = 0 if small else max(1, n // 15)
    n_employees = n - n_ext - n_retired

    def admission_after(hired: date) -> tuple[date, str]:
        # Workers at the takeover founded the SCOP; the others applied within six
        # months and were admitted by the next AG.
        if hired <= founded:
            return founded, constitutive
        ag = next(d for d in b.ags if d >= hired + timedelta(days=rng.randint(90, 170)))
        return ag, b.decision(ag, "Assemblée générale")

    drafts: list[Draft] = []
    for i in range(n_employees + n_retired):
        retired = i >= n_employees
        hired = people.day_between(founded - timedelta(days=9000 if retired else 5000),
                                   founded if retired else last_ag - timedelta(days=180))
        admitted, decision = admission_after(hired)
        p = people.person(min_age=55 if retired else 20, max_age=61 if retired else 60)
        drafts.append(b.person(p, tag="retired" if retired else "employee",
                               category="salarie", college="", admitted=admitted,
                               decision=decision, shares=rng.randint(4, 10),
                               employment=(EmploymentPeriod(hired),)))
    for i in range(n_ext):
        admitted = people.day_between(founded, last_ag - timedelta(days=60))
        decision = b.decision(admitted, "Assemblée générale")
        if i < len(_EXTERNAL_ENTITIES):
            name, aliases, shares, function = _EXTERNAL_ENTITIES[i]
            drafts.append(b.entity(name, tag="external", category="externe", college="",
                                   admitted=admitted, decision=decision, shares=shares,
                                   function=function, aliases=aliases))
        else:
            drafts.append(b.person(people.person(min_age=30, max_age=75), tag="external",
                                   category="externe", college="", admitted=admitted,
                                   decision=decision, shares=rng.randint(4, 20)))
    ids = b.admit(drafts)
    _careers(b, ids, n_leavers)
    _bodies(b, ids, form, n)
    _applications(b, ids)
    return plan


def _careers(b: PlanBuilder, ids: dict[str, list[int]], n_leavers: int) -> None:
    """Yearly subscriptions from profit sharing, retirements, departures."""
    rng, today = b.rng, b.today
    retire_on: dict[int, date] = {}
    for k, member_id in enumerate(ids["retired"]):
        m = b.get(member_id)
        # The first retiree was the gérant until the passation at an AG.
        on = b.past_ags[-3] if k == 0 and len(b.past_ags) >= 3 else \
            b.people.day_between((m.admission_date or today) + timedelta(days=400), today - timedelta(days=40))
        retire_on[member_id] = on
        b.plan.members[member_id - 1] = replace(
            m, category_key="ancien_salarie",
            employment=(EmploymentPeriod(m.employment[0].start, on, ExitCause.RETIREMENT),),
            birth_date=on - timedelta(days=62 * 365 + rng.randint(0, 900)))
    employees = ids["employee"]
    leavers: dict[int, date] = {}
    for member_id in employees[len(employees) // 2:][:n_leavers] if n_leavers else []:
        admitted = b.get(member_id).admission_date or today
        if (today - admitted).days > 500:
            leavers[member_id] = b.people.day_between(admitted + timedelta(days=365), today - timedelta(days=30))
    for ag in b.past_ags:
        on = ag + timedelta(days=14)
        for member_id in employees + ids["retired"]:
            stop = leavers.get(member_id) or retire_on.get(member_id)
            if b.active(member_id, on) and on < today and (stop is None or on < stop):
                b.subscribe(member_id, rng.randint(2, 8), on, "Affectation de la participation en parts sociales")
    for k, (member_id, on) in enumerate(sorted(leavers.items(), key=lambda item: (item[1], item[0]))):
        m = b.get(member_id)
        b.plan.members[member_id - 1] = replace(
            m, employment=(EmploymentPeriod(m.employment[0].start, on, ExitCause.END_OF_EMPLOYMENT),))
        if k == 0:
            colleagues = [e for e in employees[:3] if e not in leavers and b.active(e, on)]
            if colleagues:
                b.transfer(member_id, colleagues[0], 5, on, "Cession de parts à un collègue associé")
        # The end of the employment contract ends associate status (loi 78-763 art. 10).
        b.leave(member_id, on, ExitCause.END_OF_EMPLOYMENT, "Remboursement des parts au départ")


def _bodies(b: PlanBuilder, ids: dict[str, list[int]], form: LegalForm, n: int) -> None:
    """The gérance or the board, a passation from the retired manager, a CS above 20."""
    sarl = form.company_type is CompanyType.SARL
    staying = [e for e in ids["employee"] if b.get(e).exit_date is None]
    retired = ids["retired"][:1]
    if n <= SMALL:
        board = b.body(BodyKind.BOARD, "Conseil coopératif", n)
        roles = [Role.PRESIDENT, Role.SECRETARY, Role.TREASURER]
        seats = [(m, roles[i] if i < len(roles) else Role.ADMINISTRATOR) for i, m in enumerate(staying)]
        b.staggered_board(board, seats, 3)
        if sarl:
            gerance = b.body(BodyKind.MANAGEMENT, "Gérance", 1)
            start = b.plan.mandates[0].start
            b.mandate(gerance, staying[0], Role.GERANT, start, add_months(start, 48))
        return
    name, role = ("Gérance", Role.GERANT) if sarl else ("Présidence", Role.PRESIDENT)
    manager = staying[0]
    if sarl or form.company_type is CompanyType.SAS:
        body = b.body(BodyKind.MANAGEMENT, name, 1)
    else:
        body = b.body(BodyKind.BOARD, "Conseil d'administration", min(9, len(staying)))
    handover_on = b.past_ags[-3] if len(b.past_ags) >= 3 else b.founded
    term = add_months(handover_on, 48)
    term = next(d for d in b.ags if d >= term - timedelta(days=20))  # ends at the AG four years on
    if retired:
        elected = second_saturday_of_june(handover_on.year - 4)  # the AG four years before
        start = max(elected, b.get(retired[0]).admission_date or b.founded)
        old = b.mandate(body, retired[0], role, start, handover_on)
        new = replace(b.plan.mandates[old], member_id=manager, start=handover_on, planned_end=term)
        b.plan.handovers.append(PlannedHandover(old, new, "Passation au départ en retraite"))
    else:
        b.mandate(body, manager, role, handover_on, term)
    others = staying[1:]
    if not sarl and form.company_type is CompanyType.SA:
        seats = [(m, Role.ADMINISTRATOR) for m in others[: min(9, len(staying)) - 1]]
        b.staggered_board(body, seats, 3)
    elif form.company_type is CompanyType.SAS:
        board = b.body(BodyKind.BOARD, "Conseil coopératif", min(6, len(others)))
        b.staggered_board(board, [(m, Role.ADMINISTRATOR) for m in others[:6]], 3)
    elif n > 20:
        # Above 20 associates a SCOP-SARL must have a supervisory board (art. 16).
        size = min(9, max(3, n // 10))
        cs = b.body(BodyKind.SUPERVISORY_BOARD, "Conseil de surveillance", size)
        roles = [Role.PRESIDENT] + [Role.MEMBER] * (size - 1)
        b.staggered_board(cs, list(zip(others[:size], roles, strict=False)), 3)


def _applications(b: PlanBuilder, ids: dict[str, list[int]]) -> None:
    """Employees due to apply, one awaiting the AG, and past admissions."""
    today, people = b.today, b.people
    for member_id in ids["employee"][-2:]:
        m = b.get(member_id)
        hired = m.employment[0].start
        b.plan.applications.append(Application(
            0, m.name, m.first_name, hired_on=hired,
            applied_on=min(add_months(hired, 5), (m.admission_date or today) - timedelta(days=20)),
            decision=Decision.ACCEPTED, decided_on=m.admission_date, decided_by=m.admission_decision,
            member_id=member_id, category_key="salarie"))
    recent = (
        (add_months(today, -7) - timedelta(days=9), None, "Relancé le mois dernier"),
        (add_months(today, -APPLICATION_MONTHS) + timedelta(days=18), None, "Entretien prévu"),
        (add_months(today, -14), 5, "Candidature en attente de l'assemblée générale"),
        (today - timedelta(days=33), None, "Période d'essai en cours"),
    )
    for hired, applied_after, note in recent:
        p = people.person(min_age=20, max_age=50)
        applied = add_months(hired, applied_after) if applied_after is not None else None
        b.plan.applications.append(Application(
            0, p.name, p.first_name, hired_on=hired, applied_on=applied, category_key="salarie",
            notes=note))
