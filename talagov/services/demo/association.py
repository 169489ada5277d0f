# SPDX-License-Identifier: GPL-3.0-or-later
"""The association of the demo: a cycling association of the Lisière (loi 1901).

Members pay a yearly fee, not shares, so its register has no share movements. The
town is a member through an elected official who changed after the 2026 elections.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from talagov.core.applications import Application, add_months
from talagov.core.legal_forms import LegalForm
from talagov.core.mandates import BodyKind, Role
from talagov.core.members import ExitCause
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.services.demo.plan import DemoPlan, Draft, PlanBuilder, PlannedHandover
from talagov.services.demo.scic import commune_representatives

MIN_MEMBERS = 10


def plan_association(n: int, rng: random.Random, today: date) -> DemoPlan:
    """Plan an association of ``n`` member records (active and former).

    Args:
        n: number of member records, at least :data:`MIN_MEMBERS`.
        rng: the demo's only source of randomness.
        today: the reference date every other date is placed from.
    """
    form = LegalForm.ASSOCIATION
    org = Organisation(name="Lisière à Vélo", form=form,
                       registered_office="7 rue du Béguinage, 59900 Lisière", rcs_city="")
    founded = add_months(today, -12 * 7)
    plan = DemoPlan(org, preset(form), default_categories(form), founded)
    b = PlanBuilder(plan, rng, today, founded)
    people = b.people
    constitutive = b.decision(founded, "Assemblée générale constitutive")
    drafts: list[Draft] = [
        b.entity("Ville de Lisière", tag="entity", category="bienfaiteur", college="", admitted=founded,
                 decision=constitutive, shares=0, function="", aliases=("Mairie de Lisière", "Commune de Lisière"),
                 representatives=commune_representatives(b, founded)),
        b.entity("Cycles Pétillon", tag="entity", category="bienfaiteur", college="",
                 admitted=founded + timedelta(days=200), decision=b.decision(founded + timedelta(days=200)),
                 shares=0, function="Gérant/Gérante", aliases=("Pétillon Cycles",)),
        b.entity("Maison de quartier du Béguinage", tag="entity", category="actif", college="",
                 admitted=founded + timedelta(days=400), decision=b.decision(founded + timedelta(days=400)),
                 shares=0, function="Coordinateur/Coordinatrice", aliases=("MQ Béguinage",)),
    ]
    for i in range(n - len(drafts)):
        founder = i < 5
        admitted = founded if founder else people.day_between(founded, today - timedelta(days=20))
        drafts.append(b.person(people.person(min_age=16), tag="founder" if founder else "member",
                               category="fondateur" if founder else "actif", college="",
                               admitted=admitted, decision=constitutive if founder else b.decision(admitted),
                               shares=0))
    ids = b.admit(drafts)
    members = ids["member"]
    for member_id in members[len(members) // 3:][: max(1, n // 12)]:
        admitted = b.get(member_id).admission_date or today
        if (today - admitted).days > 400:
            on = people.day_between(admitted + timedelta(days=365), today - timedelta(days=10))
            cause = ExitCause.OTHER if rng.random() < 0.5 else ExitCause.RESIGNATION
            b.leave(member_id, on, cause)
            if cause is ExitCause.OTHER:
                b.plan.members[member_id - 1] = replace(b.get(member_id), notes="Cotisation non renouvelée")
    board = b.body(BodyKind.BOARD, "Conseil d'administration", 9)
    staying = [m for m in ids["founder"] + members if b.get(m).exit_date is None]
    roles = [Role.PRESIDENT, Role.VICE_PRESIDENT, Role.TREASURER, Role.SECRETARY]
    seats = [(m, roles[i] if i < len(roles) else Role.ADMINISTRATOR) for i, m in enumerate(staying[:8])]
    seats.append((ids["entity"][0], Role.ADMINISTRATOR))
    indexes = b.staggered_board(board, seats, 3)
    if len(staying) > 8:
        _handover(b, indexes[0], staying[8])
    for days in (40, 15):
        p = people.person(min_age=16)
        b.plan.applications.append(Application(0, p.name, p.first_name,
                                               applied_on=today - timedelta(days=days),
                                               category_key="actif"))
    return plan


def _handover(b: PlanBuilder, index: int, successor: int) -> None:
    """The founding president hands over to a member who completes the term."""
    old = b.plan.mandates[index]
    on = max(b.past_ags[-1] - timedelta(days=60), (b.get(successor).admission_date or old.start)
             + timedelta(days=1), old.start + timedelta(days=1))
    b.plan.handovers.append(PlannedHandover(index, replace(old, member_id=successor, start=on),
                                            "Passation de la présidence"))
