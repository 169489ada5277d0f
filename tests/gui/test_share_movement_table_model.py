# SPDX-License-Identifier: GPL-3.0-or-later
"""The share register model: Qt's model contract, display texts, filter."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from talagov.core.shares import MovementKind
from talagov.gui.models.share_movement_table_model import ID_ROLE, ShareMovementTableModel
from talagov.services.shares import MovementListItem


def _items() -> list[MovementListItem]:
    return [
        MovementListItem(1, date(2019, 3, 1), MovementKind.SUBSCRIPTION, 4, 5000, None, "",
                         7, "Durand Élodie (S-0001)", "BS-12", ""),
        MovementListItem(2, date(2024, 6, 30), MovementKind.TRANSFER, 2, 5000, 7,
                         "Durand Élodie (S-0001)", 8, "Lefèvre Noël (S-0002)", "", "cession"),
        MovementListItem(3, date(2025, 1, 2), MovementKind.REDEMPTION, 1234, 2550, 8,
                         "Lefèvre Noël (S-0002)", None, "", "", ""),
    ]


def test_model_contract(qtmodeltester) -> None:
    model = ShareMovementTableModel(lang="fr")
    model.set_items(_items())
    qtmodeltester.check(model)
    model.set_filter("lefevre")
    qtmodeltester.check(model)
    model.set_items([])
    qtmodeltester.check(model)


def test_display_in_french(qtbot: QtBot) -> None:
    model = ShareMovementTableModel(lang="fr")
    model.set_items(_items())
    assert model.rowCount() == 3 and model.columnCount() == 8
    assert model.data(model.index(0, 0)) == "01/03/2019"
    assert model.data(model.index(0, 1)) == "Subscription"
    assert model.data(model.index(2, 2)) == "1\u202f234"
    # 1,234 shares at 25.50 € are 31,467.00 €: integer cents, French format.
    assert model.data(model.index(2, 3)) == "31\u202f467,00\u00a0€"
    assert model.data(model.index(1, 4)) == "Durand Élodie (S-0001)"
    assert model.data(model.index(1, 0), ID_ROLE) == 2


def test_filter_ignores_accents_and_counts(qtbot: QtBot) -> None:
    model = ShareMovementTableModel(lang="fr")
    seen: list[tuple[int, int]] = []
    model.counts_changed.connect(lambda shown, total: seen.append((shown, total)))
    model.set_items(_items())
    model.set_filter("elodie")
    assert [model.item_at(r).id for r in range(model.rowCount())] == [1, 2]
    model.set_filter("bs-12")
    assert [model.item_at(r).id for r in range(model.rowCount())] == [1]
    assert model.row_of(1) == 0 and model.row_of(3) is None
    model.set_filter("")
    assert seen[-1] == (3, 3)
