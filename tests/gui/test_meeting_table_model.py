# SPDX-License-Identifier: GPL-3.0-or-later
"""The meetings list model: translated kinds and statuses, dates the French way."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from talagov.core.meetings import MeetingStatus, MeetingType
from talagov.gui.models.meeting_table_model import ID_ROLE, MeetingTableModel
from talagov.services.meetings import MeetingListItem

ITEMS = [
    MeetingListItem(2, "AGO 2027", MeetingType.AGO, date(2027, 6, 12), MeetingStatus.CONVENED,
                    "", 1, 4),
    MeetingListItem(1, "Conseil de novembre", MeetingType.BOARD, date(2026, 11, 3),
                    MeetingStatus.IN_SESSION, "Conseil d'administration", 2, 0),
]


def test_passes_the_model_tester(qtmodeltester) -> None:
    model = MeetingTableModel()
    model.set_items(ITEMS)
    qtmodeltester.check(model)
    model.set_items([])
    qtmodeltester.check(model)


def test_shows_each_column_in_words() -> None:
    model = MeetingTableModel()
    model.set_items(ITEMS)
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["AGO 2027", "AGO", "12/06/2027", "Convened",
                   "General meeting", "First"]
    second = [model.data(model.index(1, c)) for c in range(model.columnCount())]
    assert second[3:] == ["In session", "Conseil d'administration", "Second"]
    assert model.data(model.index(1, 0), ID_ROLE) == 1
    assert model.row_of(1) == 1 and model.row_of(99) is None
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Date"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "4 agenda item(s)"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == \
        "Ordinary general meeting (AGO)"
