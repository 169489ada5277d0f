# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard: figures in French format, compliance alerts in words, renewals, applications."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from talagov.core.applications import Application
from talagov.core.legal_forms import LegalForm
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.core.members import EmploymentPeriod, Member, PersonKind
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.core.shares import MovementKind, ShareMovement
from talagov.gui.pages.dashboard_page import DashboardPage
from talagov.services import applications, mandates, members, organisation, shares
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import make_ctx

NOW = datetime(2026, 11, 22, 10, 0)


def seed_scop(db, *, external_shares: int) -> None:
    """A SCOP-SARL: two employees with 1 share each, one external associate."""
    form = LegalForm.SCOP_SARL
    with UnitOfWork(db) as uow:
        organisation.create_organisation(
            uow, Organisation(name="Fonderie Coopérative", form=form, share_nominal_cents=2500),
            preset(form), default_categories(form), effective_from=date(2015, 1, 1), now=NOW)
    people = [("Aubert", "Léa", "salarie", 1), ("Roux", "Ilan", "salarie", 1),
              ("Caisse solidaire", "", "externe", external_shares)]
    with UnitOfWork(db) as uow:
        for n, (name, first, cat, count) in enumerate(people, start=1):
            employee = cat == "salarie"
            member_id, _ = members.add_member(uow, Member(
                0, f"F-{n:03d}", PersonKind.NATURAL if first else PersonKind.LEGAL, name, first,
                category_key=cat, admission_date=date(2016, 1, 1),
                employment=(EmploymentPeriod(date(2015, 1, 1)),) if employee else ()), now=NOW)
            shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2016, 1, 1),
                                                   count, 2500, to_member_id=member_id), now=NOW)
        body_id, _ = mandates.add_body(uow, Body(0, BodyKind.MANAGEMENT, "Gérance"))
        mandates.add_mandate(uow, Mandate(0, body_id, 1, Role.GERANT, date(2023, 6, 1),
                                          date(2027, 5, 31)))
        applications.save_application(uow, Application(0, "Benali", "Sami", hired_on=date(2025, 1, 6),
                                                       applied_on=date(2025, 9, 1)))


@pytest.fixture
def make_page(qtbot, db):
    contexts = []

    def build(external_shares: int) -> DashboardPage:
        seed_scop(db, external_shares=external_shares)
        ctx = make_ctx(db)
        contexts.append(ctx)
        page = DashboardPage(ctx)
        qtbot.addWidget(page)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh()
        return page

    yield build
    for ctx in contexts:
        ctx.runner.shutdown()


def test_scop_with_employees_under_51_percent_shows_the_violation(make_page) -> None:
    page = make_page(external_shares=10)  # employees hold 2/12 of the capital
    alerts = page.alert_texts()
    capital = [t for t in alerts if "16,66" in t]
    assert capital, alerts
    assert capital[0].startswith("Violation: ")
    assert "51" in capital[0]
    row = alerts.index(capital[0])
    item = page.alerts.item(row)
    assert item.data(Qt.ItemDataRole.UserRole) == "violation"
    assert not item.icon().isNull()  # an icon and the word, not colour alone


def test_headline_figures_in_french(make_page) -> None:
    page = make_page(external_shares=10)
    assert page.members_figure.value.text() == "3"
    assert page.capital_figure.value.text() == "300,00\u00a0€"
    assert page.deadline_figure.value.text() == "30/06/2027"
    assert "220" in page.deadline_figure.detail.text()


def test_renewals_and_applications(make_page) -> None:
    page = make_page(external_shares=1)
    # Close to the thresholds: warnings, said as such, with no violation.
    alerts = page.alert_texts()
    assert alerts and all(t.startswith("Warning: ") for t in alerts)
    assert {page.alerts.item(r).data(Qt.ItemDataRole.UserRole) for r in range(len(alerts))} == \
        {"warning"}
    renewals = [page.renewals.item(r).text() for r in range(page.renewals.count())]
    assert renewals == ["Aubert Léa — Manager (gérant), Gérance — planned end 31/05/2027"]
    apps = [page.applications.item(r).text() for r in range(page.applications.count())]
    assert len(apps) == 1 and apps[0].startswith("Benali Sami — ")
    assert "06/01/2026" in apps[0]  # the AG must rule one year after hiring


def test_empty_states_say_something_useful(qtbot, db) -> None:
    form = LegalForm.SCIC_SAS
    with UnitOfWork(db) as uow:
        organisation.create_organisation(uow, Organisation(name="Vide", form=form), preset(form),
                                         default_categories(form), effective_from=date(2020, 1, 1),
                                         now=NOW)
    ctx = make_ctx(db)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    ctx.runner.shutdown()
    assert page.renewals.item(0).text() == "No mandate ends before the next annual meeting."
    assert page.applications.item(0).text() == "No application is waiting."
    assert page.alerts.count() >= 1
    page._show_findings([], "fr")
    assert page.alert_texts() == [
        "No alert: the composition complies with the statutes and the law."]


def test_no_organisation_says_so(qtbot, db) -> None:
    ctx = make_ctx(db)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    ctx.runner.shutdown()
    assert "organisation" in page.status.text()


def test_coming_meetings_say_when_to_send_the_convocations(make_page, db) -> None:
    from talagov.core.agenda import AgendaItem, ItemKind
    from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
    from talagov.services import meetings

    with UnitOfWork(db) as uow:
        draft, _ = meetings.create_meeting(
            uow, Meeting(0, "AG annuelle", MeetingType.AGO, date(2027, 6, 12)), now=NOW)
        convened, _ = meetings.create_meeting(
            uow, Meeting(0, "AGE statuts", MeetingType.AGE, date(2027, 1, 20)), now=NOW)
        meetings.add_item(uow, AgendaItem(0, convened, 0, ItemKind.RESOLUTION, "Statuts"), now=NOW)
        meetings.change_status(uow, convened, MeetingStatus.CONVENED, now=NOW)
        meetings.create_meeting(uow, Meeting(0, "AG passée", MeetingType.AGO, date(2026, 6, 13)),
                                now=NOW)
    page = make_page(external_shares=1)
    lines = [page.meetings.item(r).text() for r in range(page.meetings.count())]
    # SCOP-SARL: fifteen days' notice (R223-20); the past meeting is not listed.
    assert lines == ["AGE statuts — 20/01/2027 — Convened",
                     "AG annuelle — 12/06/2027 — In preparation: send the convocations by 28/05/2027"]
    assert draft
    assert page.signatures.item(0).text() == "No minutes are waiting for a signature."


def test_minutes_awaiting_a_signature_name_who_is_missing(qtbot, db) -> None:
    from talagov.services import keys, minutes, minutes_signing
    from tests.gui.conftest import seed_register
    from tests.gui.meeting.minutes_setup import (
        DURAND,
        LEFEVRE,
        MEMBER_PASS,
        ORG_PASS,
        SIGNED,
        make_closed_meeting,
    )

    seed_register(db)
    closed = make_closed_meeting(db)
    with UnitOfWork(db) as uow:
        minutes.submit(uow, closed.minutes_id, now=SIGNED)
    with UnitOfWork(db) as uow:
        minutes_signing.sign(uow, closed.minutes_id, DURAND, MEMBER_PASS, now=SIGNED)
    ctx = make_ctx(db)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    ctx.runner.changes_applied.connect(page.on_changes)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert [page.signatures.item(r).text() for r in range(page.signatures.count())] == [
        "Minutes of Assemblée générale 2026: awaiting the signature of Lefèvre Noël"]

    def sign_lefevre(uow):  # type: ignore[no-untyped-def]
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        return minutes_signing.sign(uow, closed.minutes_id, LEFEVRE, MEMBER_PASS, now=SIGNED,
                                    org_key=org_key)

    # The last signature (a change of the minutes alone) reloads that line.
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        ctx.runner.run(page, sign_lefevre)
    ctx.runner.shutdown()
    assert page.signatures.item(0).text() == "No minutes are waiting for a signature."
    assert page.members_figure.value.text() == "6"
