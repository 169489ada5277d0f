# SPDX-License-Identifier: GPL-3.0-or-later
"""The agenda model: numbering, kinds in words, and drops turned into move requests."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from talagov.core.agenda import AgendaItem, ItemKind, ResolutionNature
from talagov.gui.models.agenda_model import MIME_TYPE, AgendaModel, drop_index

ITEMS = [
    AgendaItem(12, 1, 1, ItemKind.RESOLUTION, "Approbation des comptes",
               nature=ResolutionNature.ORDINARY),
    AgendaItem(11, 1, 0, ItemKind.INFORMATION, "Rapport de gestion"),
    AgendaItem(13, 1, 2, ItemKind.ELECTION, "Élection au conseil", body_id=5, seats=3,
               candidate_ids=(1, 2)),
]


def _model() -> AgendaModel:
    model = AgendaModel()
    model.set_items(ITEMS, {5: "Conseil d'administration"})
    return model


def test_passes_the_model_tester(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    model.set_movable(False)
    qtmodeltester.check(model)


def test_rows_follow_positions_and_votes_are_numbered() -> None:
    model = _model()
    assert model.ids() == [11, 12, 13]
    table = [[model.data(model.index(r, c)) for c in range(5)] for r in range(3)]
    assert table[0] == ["1", "Information", "Rapport de gestion", "", ""]
    assert table[1] == ["2", "Resolution no. 1", "Approbation des comptes", "Ordinary",
                        "Management"]
    assert table[2][:4] == ["3", "Election no. 2", "Élection au conseil", "3 seat(s)"]
    assert model.data(model.index(2, 2), Qt.ItemDataRole.ToolTipRole) == \
        "Conseil d'administration: 2 candidate(s)"


def test_drop_index_accounts_for_the_row_taken_out() -> None:
    assert drop_index(0, 2, 3) == 1  # dropped before the third row
    assert drop_index(2, 0, 3) == 0
    assert drop_index(0, -1, 3) == 2  # at the end
    assert drop_index(1, 1, 3) == 1


def test_a_drop_asks_for_the_move_without_moving(qtbot) -> None:
    model = _model()
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(MIME_TYPE)
    with qtbot.waitSignal(model.move_requested) as blocker:
        accepted = model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert blocker.args == [11, 2]
    assert not accepted and model.ids() == [11, 12, 13]  # the reload moves it
    model.set_movable(False)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
