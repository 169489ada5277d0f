# SPDX-License-Identifier: GPL-3.0-or-later
"""Amounts, counts and dates on screen follow the language: ``1 234,56 €``, ``1 234`` and
``22/11/2026`` in French (narrow no-break spaces between thousands, a no-break space
before the euro sign, as :mod:`talagov.messages` writes them), ``€1,234.56``, ``1,234``
and ``2026-11-22`` in English; date fields and their calendars speak the language too."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from talagov.core.shares import MovementKind, ShareMovement
from talagov.gui.context import AppContext
from talagov.gui.dialogs.setup_dialog import SetupDialog
from talagov.gui.pages.members_page import MembersPage
from talagov.gui.pages.shares_page import SharesPage
from talagov.gui.widgets.date_edit import date_edit
from talagov.gui.widgets.optional_date_edit import OptionalDateEdit
from talagov.services import members, shares
from talagov.services.uow import UnitOfWork
from tests.gui import languages
from tests.gui.conftest import NOW, TODAY

translated = languages.translated  # the fixture, parametrized by each test
BOTH = pytest.mark.parametrize("translated", ["fr", "en"], indirect=True)
NNBSP, NBSP = "\u202f", "\u00a0"
# The seeded register holds 77 shares at 50 €; Élodie Durand (S-0001) subscribes 1,234 more.
BIG = 1234
EXPECTED = {
    "fr": {"date": "15/03/2026", "count": f"1{NNBSP}234", "amount": f"61{NNBSP}700,00{NBSP}€",
           "capital": f"65{NNBSP}550,00{NBSP}€", "shares": f"1{NNBSP}311", "held": f"1{NNBSP}238",
           "college": f"1{NNBSP}240",
           "admitted": "01/03/2019", "today": "22/11/2026"},
    "en": {"date": "2026-03-15", "count": "1,234", "amount": "€61,700.00",
           "capital": "€65,550.00", "shares": "1,311", "held": "1,238", "college": "1,240",
           "admitted": "2019-03-01", "today": "2026-11-22"},
}


@pytest.fixture
def big_ctx(ctx: AppContext, translated: str) -> AppContext:
    """The seeded register with a subscription in the thousands, in the language tested."""
    with UnitOfWork(ctx.db) as uow:
        durand = next(m for m in members.list_members(uow, TODAY) if m.number == "S-0001")
        shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2026, 3, 15),
                                               BIG, 5000, to_member_id=durand.id), now=NOW)
    ctx.lang = translated
    return ctx


@BOTH
def test_share_register_and_capital_follow_the_language(qtbot: QtBot, big_ctx: AppContext) -> None:
    want = EXPECTED[big_ctx.lang]
    page = SharesPage(big_ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    model = page.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    big = next(r for r in rows if want["count"] in r)
    assert want["date"] in big and want["amount"] in big
    assert page.summary.total.text() == want["capital"]
    assert page.summary.shares.text() == want["shares"]
    assert page.summary.at.text() == want["today"]
    by_college = page.summary.by_college
    cells = {by_college.item(r, c).text() for r in range(by_college.rowCount())
             for c in range(by_college.columnCount())}
    assert want["college"] in cells  # the employees' college: 4 + 2 + 1,234


@BOTH
def test_member_table_and_counts_follow_the_language(qtbot: QtBot, big_ctx: AppContext) -> None:
    want = EXPECTED[big_ctx.lang]
    page = MembersPage(big_ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    model = page.model
    durand = next([model.index(r, c).data() for c in range(model.columnCount())]
                  for r in range(model.rowCount()) if model.index(r, 0).data() == "S-0001")
    assert want["held"] in durand and want["admitted"] in durand
    # The count of the page's label, with the locale's digits, for a list in the thousands.
    page._on_model_counts_changed(BIG, 5678)
    digits = {"fr": (f"1{NNBSP}234", f"5{NNBSP}678"), "en": ("1,234", "5,678")}[big_ctx.lang]
    assert all(d in page.count_label.text() for d in digits), page.count_label.text()


@BOTH
def test_date_fields_and_their_calendars_speak_the_language(qtbot: QtBot, translated: str) -> None:
    language = QLocale.Language.French if translated == "fr" else QLocale.Language.English
    edit = date_edit(None, date(2026, 11, 22), translated)  # type: ignore[arg-type]
    qtbot.addWidget(edit)
    assert edit.text() == EXPECTED[translated]["today"]
    assert edit.calendarWidget().locale().language() == language
    optional = OptionalDateEdit(lang=translated, default=lambda: TODAY)
    qtbot.addWidget(optional)
    optional.setValue(date(2019, 3, 1))
    assert optional.edit.text() == EXPECTED[translated]["admitted"]
    assert optional.edit.calendarWidget().locale().language() == language


@BOTH
def test_setup_dialog_writes_the_nominal_value_and_months_the_language_s_way(
        qtbot: QtBot, ctx: AppContext, translated: str) -> None:
    ctx.lang = translated
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.nominal.setValue(1234.5)
    assert dialog.nominal.text() == {"fr": f"1234,50{NBSP}€", "en": "€1234.50"}[translated]
    months = [dialog.fiscal_month.itemText(i) for i in range(dialog.fiscal_month.count())]
    assert months[11] == {"fr": "décembre", "en": "December"}[translated]
