# SPDX-License-Identifier: GPL-3.0-or-later
"""The attendance sheet of the demo's past AG: what R225-95 asks for is on it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from talagov.services import session
from talagov.services.attendance_sheet import attendance_sheet
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database
from tests.reports.pdftools import pdf_fonts, pdf_text


def _sheet(path: Path, lang: str = "fr") -> tuple[bytes, session.SessionState]:
    db = open_database(path)
    try:
        with UnitOfWork(db) as uow:
            state = session.session_state(uow, 1, at=datetime(2030, 1, 1))
            return attendance_sheet(uow, 1, now=datetime(2030, 1, 1), lang=lang), state
    finally:
        db.close()


def test_sheet_lists_attendees_proxies_postal_voters_quorum_and_bureau(demo_path: Path) -> None:
    data, state = _sheet(demo_path)
    text = " ".join(pdf_text(data).split())
    assert "Feuille de présence" in text
    present = [line for line in state.lines if line.entry.status.value == "present"]
    represented = [line for line in state.lines if line.entry.status.value == "represented"]
    for line in present[:3] + represented[:2]:
        assert line.name in text
    assert "représenté par" in text and "pouvoir en blanc" in text
    assert "Votes par correspondance" in text
    assert "reçu après l'ouverture, non compté" in text  # the demo's late form
    assert "Quorum atteint" in text
    assert "certifiée exacte par le bureau" in text and "Scrutateur" in text
    assert "signé à" in text  # handwritten signatures are drawn with their time


def test_sheet_is_deterministic_embeds_its_fonts_and_speaks_english(demo_path: Path) -> None:
    first, _ = _sheet(demo_path)
    second, _ = _sheet(demo_path)
    assert first == second
    assert all(embedded for _, embedded in pdf_fonts(first))
    english, _ = _sheet(demo_path, "en")
    assert "Attendance sheet" in pdf_text(english)
