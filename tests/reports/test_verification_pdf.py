# SPDX-License-Identifier: GPL-3.0-or-later
"""The verification report as PDF: header, fingerprint, every line with its outcome and
explanation, failures first, page numbers, embedded fonts, the same bytes twice."""

from __future__ import annotations

import re
from datetime import datetime

from talagov.core.bundle_format import FileEntry, Manifest
from talagov.messages import render
from talagov.reports.verification_pdf import verification_pdf
from talagov.verifier.report import Area, CheckLine, Status, Verification
from tests.reports.pdftools import pdf_fonts, pdf_text

AT = datetime(2026, 11, 22, 10, 5)
FINGERPRINT = "3f2a91c077b104de" * 4
MANIFEST = Manifest("Fonderie du Val", FINGERPRINT, 3, "Assemblée générale 2026", "2026-06-13",
                    "2026-06-13T18:42:00", "TalaGov 0.6.0",
                    (FileEntry("data/polls.json", "ab" * 32, 120),))
LINES = (
    CheckLine(Area.MANIFEST, Status.OK, "verify.manifest.signature", {}, "manifest.json"),
    CheckLine(Area.TALLY, Status.FAILED, "verify.tally.differs", {"number": 2},
              "data/polls.json", "poll 2"),
    CheckLine(Area.MINUTES, Status.WARNING, "verify.minutes.no_timestamp", {}, "minutes/1.pdf"),
)


def _pdf(lines: tuple[CheckLine, ...] = LINES, lang: str = "fr") -> bytes:
    v = Verification("/tmp/ag-2026.zip", MANIFEST, FINGERPRINT, lines)
    return verification_pdf(v, bundle_name="ag-2026.zip", checked_at=AT, lang=lang)


def test_the_header_names_the_archive_the_meeting_the_key_and_the_check() -> None:
    text = pdf_text(_pdf())
    assert "Rapport de vérification d'une archive" in text
    for expected in ("ag-2026.zip", "Fonderie du Val", "Assemblée générale 2026 — samedi 13 juin 2026",
                     "samedi 13 juin 2026 à 18 h 42", "TalaGov 0.6.0",
                     "dimanche 22 novembre 2026 à 10 h 05",
                     "3F2A 91C0 77B1 04DE 3F2A 91C0 77B1 04DE"):
        assert expected in text
    assert "1 sur 3 vérifications en échec" in text
    assert "1 avertissement à lire." in text


def test_every_line_has_its_outcome_and_explanation_and_failures_come_first() -> None:
    text = pdf_text(_pdf())
    failure = render("verify.tally.differs", {"number": 2}, "fr")
    assert text.count(failure) == 2  # in « Ce qui a échoué », then in its area
    assert text.index("Ce qui a échoué") < text.index(render("verify.area.manifest", {}, "fr"))
    assert "✓ Satisfaite" in text and "✗ Échec" in text and "! Avertissement" in text
    assert "data/polls.json — scrutin 2" in text  # the subject in the report's language
    english = pdf_text(_pdf(lang="en"))
    assert "Verification report of an archive" in english and "✗ Failed" in english
    assert "Every check holds" not in english and "1 of 3 checks failed" in english


def test_a_long_report_is_numbered_n_of_n_and_uses_only_embedded_fonts() -> None:
    many = tuple(CheckLine(Area.BALLOTS, Status.OK, "verify.ballot.valid", {},
                           f"ballots/poll-1/{i:064x}.json", f"ballot {i:016x}")
                 for i in range(400))
    data = _pdf(LINES[:1] + many)
    pages = [int(n) for n in re.findall(r"Page \d+ / (\d+)", pdf_text(data))]
    assert len(pages) > 3 and set(pages) == {len(pages)}
    assert "Toutes les vérifications sont satisfaites (401 vérifications)." in pdf_text(data)
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _, embedded in fonts)
    assert {name.split("+")[-1] for name, _ in fonts} <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_the_same_check_gives_the_same_bytes() -> None:
    assert _pdf() == _pdf()
