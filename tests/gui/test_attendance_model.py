# SPDX-License-Identifier: GPL-3.0-or-later
"""The attendance sheet table: what each column says, and the accent-insensitive filter."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from talagov.core.attendance import AttendanceEntry, AttendanceStatus, Signature
from talagov.gui.models.attendance_model import (
    ARRIVAL,
    COLLEGE,
    DEPARTURE,
    HOLDS,
    ID_ROLE,
    NAME,
    POSTAL,
    PROXY,
    SIGNED,
    STATUS,
    AttendanceModel,
)
from talagov.services.session import AttendanceLine

AT = datetime(2026, 11, 22, 10, 5)


def _lines() -> list[AttendanceLine]:
    signed = Signature((((0, 0), (10, 10)),), signed_at=datetime(2026, 11, 22, 10, 7))
    return [
        AttendanceLine(1, "S-0001", "Durand Élodie", "salaries",
                       AttendanceEntry(1, AttendanceStatus.PRESENT, AT, datetime(2026, 11, 22, 11, 30),
                                       signed), "", None, False, False, 2),
        AttendanceLine(2, "S-0002", "Lefèvre Noël", "salaries",
                       AttendanceEntry(2, AttendanceStatus.REPRESENTED), "Durand Élodie", 1, False,
                       False, 0),
        AttendanceLine(3, "S-0003", "Bénard Zoé", "beneficiaires",
                       AttendanceEntry(3, AttendanceStatus.REPRESENTED), "", None, True, False, 0),
        AttendanceLine(5, "S-0005", "Martin Jean-Pierre", "soutiens",
                       AttendanceEntry(5, AttendanceStatus.CORRESPONDENCE), "", None, False, True, 0),
        AttendanceLine(6, "S-0006", "Œuvre sociale du Nord", "partenaires",
                       AttendanceEntry(6, AttendanceStatus.REMOTE, AT), "", None, False, False, 0),
    ]


def _model() -> AttendanceModel:
    model = AttendanceModel()
    model.set_lines(_lines(), {"salaries": "Salariés", "beneficiaires": "Bénéficiaires"})
    return model


def _text(model: AttendanceModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = _model()
    qtmodeltester.check(model)
    model.set_filter("zoe")
    qtmodeltester.check(model)


def test_columns_show_status_times_signature_proxies_and_postal_vote() -> None:
    model = _model()
    assert model.columnCount() == 10 and model.rowCount() == 5
    assert _text(model, 0, NAME) == "Durand Élodie"
    assert _text(model, 0, STATUS) == "Present"
    assert (_text(model, 0, ARRIVAL), _text(model, 0, DEPARTURE)) == ("10:05", "11:30")
    assert _text(model, 0, SIGNED) == "Yes, 10:07"
    assert _text(model, 0, HOLDS) == "2"
    assert _text(model, 4, SIGNED) == "No"  # attending, not signed yet
    assert _text(model, 1, SIGNED) == ""  # represented: no signature expected
    assert _text(model, 1, PROXY) == "Durand Élodie"
    assert _text(model, 2, PROXY) == "Blank proxy (to the chair)"
    assert _text(model, 3, POSTAL) == "Yes" and _text(model, 0, POSTAL) == ""
    assert _text(model, 3, COLLEGE) == "soutiens"  # a college the statutes no longer name shows its key
    assert model.data(model.index(1, 0), ID_ROLE) == 2
    assert model.headerData(STATUS, Qt.Orientation.Horizontal) == "Status"


def test_filter_ignores_accents_and_case_and_matches_every_word() -> None:
    model = _model()
    counts: list[tuple[int, int]] = []
    model.counts_changed.connect(lambda shown, total: counts.append((shown, total)))
    model.set_filter("LEFEVRE")
    assert [model.item_at(r).member_id for r in range(model.rowCount())] == [2]
    model.set_filter("salaries durand")
    assert [model.item_at(r).member_id for r in range(model.rowCount())] == [1]
    model.set_filter("represente")
    assert [model.item_at(r).member_id for r in range(model.rowCount())] == [2, 3]
    assert model.row_of(3) == 1 and model.row_of(1) is None
    model.set_filter("oeuvre")
    assert [model.item_at(r).member_id for r in range(model.rowCount())] == [6]
    model.set_filter("")
    assert model.rowCount() == 5
    assert counts[-1] == (5, 5)
