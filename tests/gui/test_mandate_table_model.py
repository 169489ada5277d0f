# SPDX-License-Identifier: GPL-3.0-or-later
"""The mandates model: Qt's model contract, statuses in words, filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talagov.core.mandates import Role
from talagov.gui.models.mandate_table_model import (
    STATUS_COLUMN,
    STATUS_ROLE,
    MandateStatus,
    MandateTableModel,
    status_of,
)
from talagov.services.mandates import MandateListItem

TODAY, DEADLINE = date(2026, 11, 22), date(2027, 6, 30)


def _items() -> list[MandateListItem]:
    return [
        MandateListItem(1, 1, "Conseil", 7, "Durand Élodie", Role.PRESIDENT, date(2021, 6, 1),
                        date(2027, 6, 1), None, ""),
        MandateListItem(2, 1, "Conseil", 8, "Lefèvre Noël", Role.ADMINISTRATOR, date(2024, 6, 1),
                        date(2030, 6, 1), None, ""),
        MandateListItem(3, 2, "Comité", 9, "Martin Jean-Pierre", Role.MEMBER, date(2019, 1, 1),
                        date(2022, 1, 1), date(2022, 1, 1), "Fin de mandat"),
        MandateListItem(4, 2, "Comité", 9, "Martin Jean-Pierre", Role.MEMBER, date(2022, 1, 1),
                        date(2025, 1, 1), None, ""),
    ]


def test_model_contract(qtmodeltester) -> None:
    model = MandateTableModel(lang="fr")
    model.set_items(_items(), TODAY, DEADLINE)
    qtmodeltester.check(model)
    model.set_current_only(False)
    model.set_body(2)
    qtmodeltester.check(model)


def test_statuses() -> None:
    statuses = [status_of(m, TODAY, DEADLINE) for m in _items()]
    assert statuses == [MandateStatus.TO_RENEW, MandateStatus.IN_OFFICE, MandateStatus.ENDED,
                        MandateStatus.OVERDUE]


def test_to_renew_is_said_in_words_and_tinted(qtbot: QtBot) -> None:
    model = MandateTableModel(lang="fr")
    model.set_items(_items(), TODAY, DEADLINE)
    assert model.rowCount() == 3  # the ended mandate is hidden
    assert model.data(model.index(0, STATUS_COLUMN)) == "To renew at the next AG"
    assert model.data(model.index(0, 4)) == "01/06/2027"
    assert model.data(model.index(0, 2)) == "President"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "30/06/2027" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(2, 0), STATUS_ROLE) == "overdue"


def test_filters(qtbot: QtBot) -> None:
    model = MandateTableModel(lang="fr")
    model.set_items(_items(), TODAY, DEADLINE)
    model.set_current_only(False)
    assert model.rowCount() == 4
    model.set_body(2)
    assert [model.item_at(r).id for r in range(model.rowCount())] == [3, 4]
    assert "Fin de mandat" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(1) is None
