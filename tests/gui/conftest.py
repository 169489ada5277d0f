# SPDX-License-Identifier: GPL-3.0-or-later
"""GUI fixtures: a seeded register, an application context, fake settings, key input."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from talagov.core.legal_forms import LegalForm
from talagov.core.members import EmploymentPeriod, ExitCause, Member, PersonKind, Representative
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, default_colleges, preset
from talagov.core.shares import MovementKind, ShareMovement
from talagov.gui import settings
from talagov.gui.context import AppContext
from talagov.gui.tasks import TaskRunner
from talagov.services import members, organisation, shares
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 10, 0)

# (name, first name, category, college, admitted, exited, shares, e-mail)
PEOPLE = [
    ("Durand", "Élodie", "salaries", "salaries", date(2019, 3, 1), None, 4, "elodie.durand@example.org"),
    ("Lefèvre", "Noël", "salaries", "salaries", date(2019, 3, 1), None, 2, "noel@example.org"),
    ("Bénard", "Zoé", "beneficiaires", "beneficiaires", date(2020, 6, 15), None, 1, ""),
    ("Ngô", "Thảo", "beneficiaires", "beneficiaires", date(2021, 1, 10), date(2024, 6, 30), 0, ""),
    ("Martin", "Jean-Pierre", "fondateurs", "soutiens", date(2018, 9, 1), None, 10, "jp.martin@example.org"),
]
ENTITIES = [
    ("Œuvre sociale du Nord", "partenaires", "partenaires", date(2020, 1, 1), 20),
    ("Commune de Saint-Aubin-lès-Elbeuf", "collectivites", "collectivites", date(2019, 5, 1), 40),
]


def seed_register(db: Database, extra: int = 0) -> None:
    """A car-sharing SCIC-SAS with five colleges, a few people, entities and ``extra`` members."""
    form = LegalForm.SCIC_SAS
    statutes = replace(preset(form), colleges=default_colleges(form))
    with UnitOfWork(db) as uow:
        organisation.create_organisation(
            uow, Organisation(name="Autopartage des Deux Rives", form=form, share_nominal_cents=5000),
            statutes, default_categories(form), effective_from=date(2018, 1, 1), now=NOW)
    number = 0
    with UnitOfWork(db) as uow:
        for name, first, cat, col, admitted, exited, count, email in PEOPLE:
            number += 1
            m = Member(0, f"S-{number:04d}", PersonKind.NATURAL, name, first, email=email,
                       category_key=cat, college_key=col, admission_date=admitted,
                       employment=(EmploymentPeriod(admitted),) if cat == "salaries" else ())
            _add(uow, m, count, exited)
        for name, cat, col, admitted, count in ENTITIES:
            number += 1
            reps = ()
            if name.startswith("Commune"):
                # The elected official changed after the 2020 municipal elections.
                reps = (Representative("Paul Girard", "Maire", admitted, date(2020, 7, 3)),
                        Representative("Inès Haddad", "Adjointe au maire", date(2020, 7, 4)))
            m = Member(0, f"S-{number:04d}", PersonKind.LEGAL, name, category_key=cat,
                       college_key=col, admission_date=admitted, representatives=reps)
            _add(uow, m, count, None)
        for index in range(extra):
            number += 1
            m = Member(0, f"S-{number:04d}", PersonKind.NATURAL, f"Membre{index:05d}", "Camille",
                       category_key="beneficiaires", college_key="beneficiaires",
                       admission_date=date(2022, 1, 1) + timedelta(days=index % 300))
            _add(uow, m, 1 + index % 3, None)


def _add(uow: UnitOfWork, m: Member, count: int, exited: date | None) -> None:
    member_id, _ = members.add_member(uow, m, now=NOW)
    assert m.admission_date is not None
    if count:
        shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, m.admission_date, count,
                                               5000, to_member_id=member_id), now=NOW)
    if exited:
        if count:
            shares.add_movement(uow, ShareMovement(0, MovementKind.REDEMPTION, exited, count, 5000,
                                                   from_member_id=member_id), now=NOW)
        members.exit_member(uow, member_id, on=exited, cause=ExitCause.RESIGNATION, now=NOW)


@pytest.fixture(autouse=True)
def fake_settings() -> Iterator[dict[str, object]]:
    """In-memory settings (TALAGOV_NO_SETTINGS is set by tests/conftest.py), reset per test."""
    settings._memory.clear()
    yield settings._memory
    settings._memory.clear()


@pytest.fixture(autouse=True)
def french(qapp: QApplication) -> Iterator[None]:
    """Tests run with the default language, French, but without a catalogue (English text)."""
    qapp.setProperty("talagov_lang", "fr")
    yield


@pytest.fixture
def seeded_db(db: Database) -> Database:
    """The seeded SCIC."""
    seed_register(db)
    return db


def make_ctx(db: Database) -> AppContext:
    """A context with a frozen date."""
    return AppContext(db=db, runner=TaskRunner(db), lang="fr", today=lambda: TODAY)


@pytest.fixture
def ctx(seeded_db: Database) -> Iterator[AppContext]:
    """Context on the seeded database; the runner is stopped after the test."""
    context = make_ctx(seeded_db)
    yield context
    context.runner.shutdown()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` one key event per character (keyClicks aborts on non-ASCII)."""
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
    QCoreApplication.processEvents()


@pytest.fixture
def demo_ctx(demo_path: Path) -> Iterator[AppContext]:
    """The GUI context on a private copy of the demo."""
    db = open_database(demo_path)
    context = make_ctx(db)
    yield context
    context.runner.shutdown()
    db.close()
