# SPDX-License-Identifier: GPL-3.0-or-later
"""MemberTableModel: Qt model contract, accent-folding filter, sort, former members."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from talagov.core.members import PersonKind
from talagov.core.text import search_key
from talagov.gui.models.columns import Labels, column_index
from talagov.gui.models.member_table_model import ID_ROLE, MemberTableModel
from talagov.services.members import MemberListItem

TODAY = date(2026, 11, 22)


def item(i: int, name: str, first: str = "", *, number: str = "", exit_date: date | None = None,
         shares: int = 1, kind: PersonKind = PersonKind.NATURAL) -> MemberListItem:
    number = number or f"S-{i}"
    return MemberListItem(i, number, kind, name, first, "cat", "", f"m{i}@example.org",
                          date(2020, 1, i % 28 + 1), exit_date, shares,
                          search_key(number, name, first))


def sample() -> list[MemberListItem]:
    return [
        item(1, "Durand", "Élodie", shares=4),
        item(2, "Œuvre sociale du Nord", kind=PersonKind.LEGAL, shares=20),
        item(3, "Martin", "Jean", number="S-10", shares=2),
        item(4, "Ngô", "Thảo", exit_date=date(2024, 6, 30), shares=0),
        item(5, "Bénard", "Zoé", number="S-9"),
    ]


def model_with(items: list[MemberListItem]) -> MemberTableModel:
    model = MemberTableModel()
    model.set_items(items, Labels({"cat": "Salariés"}, {}, "fr"), TODAY)
    return model


def names(model: MemberTableModel) -> list[str]:
    return [model.item_at(r).name for r in range(model.rowCount())]


def test_qt_model_contract(qtmodeltester) -> None:
    model = model_with(sample())
    model.set_show_former(True)
    qtmodeltester.check(model)
    model.sort(column_index("name"), Qt.SortOrder.DescendingOrder)
    model.set_filter("du")
    qtmodeltester.check(model)


def test_display_uses_french_dates_numbers_and_labels(qapp) -> None:
    model = model_with([item(1, "Durand", "Élodie", shares=1234)])
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[:4] == ["S-1", "Durand Élodie", "Person", "Salariés"]
    assert row[5] == "02/01/2020"
    assert row[7] == "1\u202f234"
    assert model.data(model.index(0, 0), ID_ROLE) == 1
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.rowCount(model.index(0, 0)) == 0


def test_filter_folds_accents_and_ligatures(qapp) -> None:
    model = model_with(sample())
    model.set_filter("elodie")
    assert names(model) == ["Durand"]
    model.set_filter("oeuvre")
    assert names(model) == ["Œuvre sociale du Nord"]
    model.set_filter("ŒUVRE nord")
    assert names(model) == ["Œuvre sociale du Nord"]
    model.set_filter("nord durand")  # every word must match the same member
    assert names(model) == []
    model.set_filter("")
    assert model.shown_count() == 4 and model.total_count() == 5


def test_narrowing_and_widening_the_filter(qapp) -> None:
    model = model_with(sample())
    for needle, expected in [("d", 3), ("du", 2), ("dur", 1), ("du", 2), ("", 4)]:
        model.set_filter(needle)
        assert model.shown_count() == expected, needle


def test_former_members_are_hidden_then_greyed(qapp) -> None:
    model = model_with(sample())
    assert "Ngô" not in names(model)
    counts: list[tuple[int, int]] = []
    model.counts_changed.connect(lambda shown, total: counts.append((shown, total)))
    model.set_show_former(True)
    assert counts == [(5, 5)]
    row = names(model).index("Ngô")
    assert model.is_former(row)
    assert model.data(model.index(row, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert "30/06/2024" in model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)


def test_sort_by_number_is_natural_and_by_name_folded(qapp) -> None:
    model = model_with(sample())
    model.sort(column_index("number"))
    assert [model.item_at(r).number for r in range(4)] == ["S-1", "S-2", "S-9", "S-10"]
    model.sort(column_index("name"))
    assert names(model) == ["Bénard", "Durand", "Martin", "Œuvre sociale du Nord"]
    model.sort(column_index("shares"), Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Œuvre sociale du Nord"
    model.set_filter("e")  # the filter keeps the sort
    assert names(model)[0] == "Œuvre sociale du Nord"


def test_sort_keeps_the_selected_member(qapp) -> None:
    model = model_with(sample())
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(model.index(0, 1))  # Durand
    model.sort(column_index("name"), Qt.SortOrder.DescendingOrder)
    assert model.item_at(kept.row()).name == "Durand"
    assert model.index(kept.row(), 1) != QModelIndex()


def test_filter_on_50000_members_is_correct(qapp) -> None:
    items = [item(i, f"Nom{i:05d}", "Camille") for i in range(1, 50_001)]
    items.append(item(50_001, "Durand", "Élodie"))
    model = model_with(items)
    model.sort(column_index("name"))
    timings = []
    for needle in ("e", "el", "elo", "elod", "elodie", "elodie d", "nom4", "nom49", "nom499"):
        start = time.perf_counter()
        model.set_filter(needle)
        timings.append((needle, round((time.perf_counter() - start) * 1000, 1), model.shown_count()))
    print("filter timings (needle, ms, rows):", timings)
    assert model.shown_count() == 100  # Nom49900..Nom49999
    model.set_filter("elodie")
    assert names(model) == ["Durand"]
