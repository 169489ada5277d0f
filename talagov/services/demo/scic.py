# SPDX-License-Identifier: GPL-3.0-or-later
"""The car-sharing SCIC of the demo, after the five-college SCIC of seed 002.

Users (the beneficiaries the law requires, C3) vote in the founders' college: the
founding members were its first subscribers. Categories and colleges are distinct
objects (C7): partner companies and solidarity financers share the category
"partenaires" but vote in two colleges.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from talagov.core.applications import Application, Decision, add_months
from talagov.core.legal_forms import CompanyType, LegalForm
from talagov.core.mandates import BodyKind, Role
from talagov.core.members import Arrears, EmploymentPeriod, ExitCause, Representative
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.core.statutes import CollegeSpec
from talagov.services.demo.plan import DemoPlan, Draft, PlanBuilder, PlannedHandover

COLLEGES = (
    CollegeSpec("fondateurs", "Collège des fondateurs et usagers", 20),
    CollegeSpec("entreprises", "Collège des entreprises partenaires", 15),
    CollegeSpec("finance", "Collège de la finance solidaire", 15),
    CollegeSpec("salaries", "Collège des salariés", 25),
    CollegeSpec("collectivites", "Collège des collectivités locales", 25),
)
# (name, aliases, shares, representative's function)
Entity = tuple[str, tuple[str, ...], int, str]
_PUBLIC: tuple[Entity, ...] = (
    ("Ville de Lisière", ("Mairie de Lisière", "Commune de Lisière"), 300, ""),
    ("Métropole de Lisière", ("MdL", "Métropole Lisière", "Lisière Métropole"), 400,
     "Vice-président chargé des mobilités/Vice-présidente chargée des mobilités"),
    ("Syndicat mixte des transports de l'Aune", ("SMTA",), 120, "Directeur/Directrice"),
    ("Commune de Bréval-les-Étangs", ("Mairie de Bréval",), 60, "Maire"),
)
_FOUNDERS: tuple[Entity, ...] = (
    ("Lisière Mobilités", ("Lisière Mobilité", "LM SAS"), 300, "Directeur général/Directrice générale"),
    ("Association Partage la Route", ("APR",), 40, "Président/Présidente"),
)
_PARTNERS: tuple[Entity, ...] = (
    ("Garage Solidaire de l'Aune", ("GSA",), 60, "Gérant/Gérante"),
    ("Lisière Énergies Citoyennes", ("LEC",), 80, "Directeur/Directrice"),
    ("Imprimerie Coudray & Fils", (), 20, "Gérant/Gérante"),
    ("Hôtel des Canonniers", (), 30, "Directeur/Directrice"),
    ("Épicerie coopérative La Cagette d'Œillet", ("La Cagette",), 20, "Co-gérant/Co-gérante"),
    ("Résidence Les Peupliers", (), 40, "Directeur/Directrice"),
    ("Transports Dhénin", (), 50, "Président/Présidente"),
)
_FINANCE: tuple[Entity, ...] = (
    ("Club Cigales des Trois Rivières", ("Cigales 3R",), 100, "Trésorier/Trésorière"),
    ("Fonds Lisière Initiative Solidaire", ("Lisière Initiative", "FLIS"), 200, "Chargé d'affaires/Chargée d'affaires"),
    ("Banque coopérative du Beffroi", ("BCB",), 300, "Directeur d'agence/Directrice d'agence"),
    ("Foncière solidaire de l'Aune", (), 150, "Gérant/Gérante"),
)
MIN_MEMBERS = 15


def commune_representatives(builder: PlanBuilder, admitted: date) -> tuple[Representative, ...]:
    """The town's representatives: a new one after the March 2026 municipal elections."""
    # The council elected in March 2026 designated a new representative (deliberation
    # of 9 April): two periods, as after every municipal election.
    first = builder.people.person(min_age=40, max_age=68)
    second = builder.people.person(min_age=30, max_age=60)
    change = date(2026, 4, 9)
    people = builder.people
    deputy = "Adjoint au maire chargé des mobilités/Adjointe au maire chargée des mobilités"
    councillor = ("Conseiller municipal délégué aux mobilités/"
                  "Conseillère municipale déléguée aux mobilités")
    if not admitted < change <= builder.today:
        return (Representative(f"{first.first_name} {first.name}",
                               people.gendered(deputy, first.female), admitted),)
    return (
        Representative(f"{first.first_name} {first.name}", people.gendered(deputy, first.female),
                       admitted, change - timedelta(days=1)),
        Representative(f"{second.first_name} {second.name}", people.gendered(councillor, second.female),
                       change),
    )


def plan_scic(form: LegalForm, n: int, rng: random.Random, today: date) -> DemoPlan:
    """Plan a SCIC of ``n`` member records (active and former).

    Args:
        form: one of the three SCIC forms.
        n: number of member records, at least :data:`MIN_MEMBERS`.
        rng: the demo's only source of randomness.
        today: the reference date every other date is placed from.
    """
    org = Organisation(
        name="Lisière Autopartage", form=form,
        registered_office="14 place de la Gare, 59900 Lisière", rcs_city="Lisière",
        share_nominal_cents=5000,
    )
    founded = add_months(today, -61)
    plan = DemoPlan(org, replace(preset(form), colleges=COLLEGES), default_categories(form), founded)
    b = PlanBuilder(plan, rng, today, founded)
    people = b.people
    constitutive = b.decision(founded, "Assemblée générale constitutive")
    late = today - timedelta(days=75)

    def when(start: date = founded, early: float = 0.35) -> date:
        # A third of the members joined in the founding months, the others since.
        if rng.random() < early:
            return people.day_between(start, add_months(start, 5))
        return people.day_between(start, late)

    n_public = min(len(_PUBLIC), max(1, n // 30))
    n_founder_ent = 2 if n >= 20 else 1
    n_founder_people = 3 if n >= 20 else 1
    n_partner = min(len(_PARTNERS), max(1, n // 15))
    n_finance = min(len(_FINANCE), max(1, n // 30))
    n_savers = n // 40
    n_employees = min(40, max(2, n // 12))
    n_users = n - (n_public + n_founder_ent + n_founder_people + n_partner + n_finance
                   + n_savers + n_employees)

    drafts: list[Draft] = []
    for i, (name, aliases, shares, function) in enumerate(_PUBLIC[:n_public]):
        admitted = founded if i < 2 else when(founded, 0.0)
        reps = commune_representatives(b, admitted) if i == 0 else ()
        drafts.append(b.entity(name, tag="public", category="collectivites", college="collectivites",
                               admitted=admitted, decision=constitutive if i < 2 else b.decision(admitted),
                               shares=shares, function=function, aliases=aliases, representatives=reps))
    for name, aliases, shares, function in _FOUNDERS[:n_founder_ent]:
        drafts.append(b.entity(name, tag="founder_entity", category="fondateurs", college="fondateurs",
                               admitted=founded, decision=constitutive, shares=shares,
                               function=function, aliases=aliases))
    for _ in range(n_founder_people):
        drafts.append(b.person(people.person(min_age=35, max_age=64), tag="founder", category="fondateurs",
                               college="fondateurs", admitted=founded, decision=constitutive,
                               shares=rng.randint(10, 30)))
    for table, count, tag, college in ((_PARTNERS, n_partner, "partner", "entreprises"),
                                       (_FINANCE, n_finance, "finance", "finance")):
        for name, aliases, shares, function in table[:count]:
            admitted = when(founded, 0.5)
            drafts.append(b.entity(name, tag=tag, category="partenaires", college=college,
                                   admitted=admitted, decision=b.decision(admitted), shares=shares,
                                   function=function, aliases=aliases))
    for _ in range(n_savers):
        admitted = when()
        drafts.append(b.person(people.person(min_age=28, max_age=80), tag="saver", category="partenaires",
                               college="finance", admitted=admitted, decision=b.decision(admitted),
                               shares=rng.randint(10, 60)))
    for _ in range(n_employees):
        hired = when(founded, 0.3)
        admitted = min(hired + timedelta(days=rng.randint(90, 330)), late)
        drafts.append(b.person(people.person(min_age=22, max_age=62), tag="employee", category="salaries",
                               college="salaries", admitted=admitted, decision=b.decision(admitted),
                               shares=rng.randint(4, 20), employment=(EmploymentPeriod(hired),)))
    for _ in range(n_users):
        admitted = when()
        drafts.append(b.person(people.person(), tag="user", category="beneficiaires", college="fondateurs",
                               admitted=admitted, decision=b.decision(admitted),
                               shares=rng.choice((1, 1, 2, 2, 2, 3, 4))))
    ids = b.admit(drafts)
    _history(b, ids, n)
    _board(b, ids, form)
    _applications(b, ids)
    return plan


def _history(b: PlanBuilder, ids: dict[str, list[int]], n: int) -> None:
    """Later subscriptions, transfers and exits, so five years of register show."""
    rng, people, today = b.rng, b.people, b.today
    # Reserve the members the board and the handover will use: they stay.
    users = ids["user"]
    stay = set(ids["founder"] + ids["founder_entity"] + ids["public"] + ids["finance"][:1]
               + ids["partner"][:1] + users[:6] + ids["employee"][:3])
    leavers = [u for u in users[6:] if rng.random() < 0.06][: max(1, n // 20)]
    exits: dict[int, tuple[date, ExitCause]] = {}
    for u in leavers:
        admitted = b.get(u).admission_date or today
        if (today - admitted).days < 300:
            continue
        on = people.day_between(admitted + timedelta(days=200), today - timedelta(days=20))
        exits[u] = (on, rng.choice((ExitCause.RESIGNATION,) * 6 + (ExitCause.DEATH, ExitCause.EXCLUSION)))
    employees = [e for e in ids["employee"] if e not in stay]
    if employees:
        retiree = employees[0]
        hired = b.get(retiree).employment[0].start
        on = people.day_between(max(hired, b.get(retiree).admission_date or hired) + timedelta(days=120),
                                today - timedelta(days=30))
        b.plan.members[retiree - 1] = replace(
            b.get(retiree), employment=(EmploymentPeriod(hired, on, ExitCause.RETIREMENT),),
            birth_date=on - timedelta(days=62 * 365 + rng.randint(0, 700)))
        exits[retiree] = (on, ExitCause.RETIREMENT)
    partners = [p for p in ids["partner"] if p not in stay]
    if len(partners) >= 2:
        admitted = b.get(partners[-1]).admission_date or today
        exits[partners[-1]] = (people.day_between(admitted + timedelta(days=100), today - timedelta(days=10)),
                               ExitCause.DISSOLUTION)

    def alive(member_id: int, on: date) -> bool:
        exit_on = exits.get(member_id)
        return b.active(member_id, on) and (exit_on is None or on < exit_on[0])

    # Capital increases after each AG; employees convert part of their profit share.
    for ag in b.past_ags:
        on = ag + timedelta(days=10)
        if on >= today:
            continue
        for member_id in range(1, len(b.plan.members) + 1):
            if not alive(member_id, on):
                continue
            employee = b.get(member_id).category_key == "salaries"
            if rng.random() < (0.5 if employee else 0.07):
                b.subscribe(member_id, rng.randint(2, 6), on, "Souscription complémentaire")
    # Transfers between members, in date order so that each is covered when made.
    moves: list[tuple[date, int, int]] = []
    for _ in range(max(1, n // 40)):
        src, dst = rng.sample(users, 2)
        lo = max(b.get(src).admission_date or today, b.get(dst).admission_date or today)
        moves.append((people.day_between(lo + timedelta(days=30), today - timedelta(days=15)), src, dst))
    if ids["founder_entity"] and len(ids["partner"]) >= 2:
        dst = ids["partner"][1]
        moves.append(((b.get(dst).admission_date or today) + timedelta(days=45), ids["founder_entity"][0], dst))
    for on, src, dst in sorted(moves):
        if on < today and alive(src, on) and alive(dst, on):
            b.transfer(src, dst, rng.randint(1, 20), on, "Cession entre sociétaires agréée par le conseil")
    for member_id, (on, cause) in sorted(exits.items(), key=lambda item: (item[1][0], item[0])):
        if cause is ExitCause.RESIGNATION and rng.random() < 0.4:
            # A few draws find a buyer among the users who stay (no scan of them all).
            for buyer in (rng.choice(users) for _ in range(8)):
                if buyer != member_id and buyer not in exits and alive(buyer, on):
                    b.transfer(member_id, buyer, b.balance(member_id, on), on,
                               "Cession des parts au départ du sociétaire", keep=0)
                    break
        b.leave(member_id, on, cause, "Remboursement des parts au départ")
    # One member in arrears after a formal notice: the vote is suspended (deliberate).
    late_payer = users[-1]
    if b.get(late_payer).exit_date is None:
        b.plan.members[late_payer - 1] = replace(
            b.get(late_payer), arrears=(Arrears(today - timedelta(days=52)),),
            notes="Mise en demeure pour souscription non libérée.")


def _board(b: PlanBuilder, ids: dict[str, list[int]], form: LegalForm) -> None:
    """Nine seats renewed by thirds, a past passation of the presidency, history."""
    used: list[int] = []

    def pick(*tags: str) -> int:
        for tag in (*tags, "user", "saver", "employee"):
            for member_id in ids.get(tag, []):
                m = b.get(member_id)
                if member_id not in used and m.exit_date is None and not m.arrears:
                    used.append(member_id)
                    return member_id
        raise AssertionError("not enough members for the board")

    name = "Conseil coopératif" if form.company_type is CompanyType.SARL else "Conseil d'administration"
    board = b.body(BodyKind.BOARD, name, 9)
    former_president = pick("founder")
    seats = [
        (former_president, Role.PRESIDENT), (pick("founder"), Role.VICE_PRESIDENT),
        (pick("finance"), Role.TREASURER), (pick("founder_entity"), Role.ADMINISTRATOR),
        (pick("user"), Role.SECRETARY), (pick("public"), Role.ADMINISTRATOR),
        (pick("user"), Role.ADMINISTRATOR), (pick("employee"), Role.ADMINISTRATOR),
        (pick("partner"), Role.ADMINISTRATOR),
    ]
    indexes = b.staggered_board(board, seats, 3)
    successor = pick("user")
    if len(b.past_ags) >= 2:
        old = b.plan.mandates[indexes[0]]
        admitted = b.get(successor).admission_date or old.start
        on = max(b.past_ags[-2] + timedelta(days=97), old.start, admitted) + timedelta(days=1)
        b.plan.handovers.append(PlannedHandover(
            indexes[0], replace(old, member_id=successor, start=on),
            "Passation de la présidence après la démission de la présidente fondatrice"
            if (b.get(former_president).first_name in _female()) else
            "Passation de la présidence après la démission du président fondateur"))
    # The founding board's seats that ended at the first renewals.
    if b.past_ags:
        for member_id, reason in ((pick("public"), "Fin de mandat (renouvellement par tiers)"),
                                  (pick("user"), "Fin de mandat, non candidat")):
            if b.active(member_id, b.founded):
                b.mandate(board, member_id, Role.ADMINISTRATOR, b.founded, b.past_ags[0],
                          b.past_ags[0], reason)
    if form.company_type is not CompanyType.SAS:
        kind_role = (Role.GERANT, "Gérance") if form.company_type is CompanyType.SARL else \
            (Role.DIRECTOR_GENERAL, "Direction générale")
        manager = pick("employee")
        body = b.body(BodyKind.MANAGEMENT, kind_role[1], 1)
        start = max(b.past_ags[-2] if len(b.past_ags) >= 2 else b.founded,
                    b.get(manager).admission_date or b.founded)
        b.mandate(body, manager, kind_role[0], start, add_months(start, 48))


def _female() -> tuple[str, ...]:
    from talagov.services.demo.people import FEMALE

    return FEMALE


def _applications(b: PlanBuilder, ids: dict[str, list[int]]) -> None:
    """Recent applications waiting for the board, and the history of a few admissions."""
    today, people, rng = b.today, b.people, b.rng
    for member_id in ids["user"][-3:]:
        m = b.get(member_id)
        if m.admission_date is None:
            continue
        b.plan.applications.append(Application(
            0, m.name, m.first_name, applied_on=m.admission_date - timedelta(days=rng.randint(10, 40)),
            decision=Decision.ACCEPTED, decided_on=m.admission_date, decided_by=m.admission_decision,
            member_id=member_id, category_key="beneficiaires"))
    for days in (58, 33, 12):
        p = people.person()
        b.plan.applications.append(Application(
            0, p.name, p.first_name, applied_on=today - timedelta(days=days),
            category_key="beneficiaires", notes="Abonnée au service depuis plus de trois mois"
            if p.first_name in _female() else "Abonné au service depuis plus de trois mois"))
    b.plan.applications.append(Application(
        0, "Boulangerie Les Blés d'Œillet", applied_on=today - timedelta(days=21),
        category_key="partenaires", notes="Entreprise partenaire : deux véhicules réservés le matin"))
    p = people.person()
    b.plan.applications.append(Application(
        0, p.name, p.first_name, applied_on=today - timedelta(days=240), decision=Decision.WITHDRAWN,
        decided_on=today - timedelta(days=200), category_key="beneficiaires",
        notes="Déménagement hors de la Lisière"))
