# SPDX-License-Identifier: GPL-3.0-or-later
"""The booth's receipt: each ballot with its choice and fingerprint, and the organisation's."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.reports.receipt_pdf import (
    ReceiptLine,
    cell_fingerprint,
    receipt_pdf,
)
from talagov.services.files import save_file
from tests.reports.pdftools import pdf_fonts, pdf_text

CAST = datetime(2027, 6, 30, 12, 32, tzinfo=UTC)
ORG = "3F2A 91C0 ABCD 0123 4567 89AB CDEF 0011 2233 4455 6677 8899 AABB CCDD EEFF 1234"


def _hex(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()


LINES = (
    ReceiptLine(1, "Comptes 2026", "Lefèvre Élodie", ("Pour",), _hex("a"), CAST),
    ReceiptLine(1, "Comptes 2026", "Martin Paul", ("Contre",), _hex("b"), CAST,
                proxy=True),
    ReceiptLine(3, "Élection au conseil", "Lefèvre Élodie", ("Cœur Zoé", "Martin Paul"),
                readable_fingerprint(_hex("c")), CAST),
)  # fmt: skip


def _receipt(lines: tuple[ReceiptLine, ...] = LINES, lang: str = "fr") -> bytes:
    return receipt_pdf(lines, voter_name="Lefèvre Élodie", meeting_title="AG annuelle 2027",
                       organisation="Fonderie du Val", organisation_fingerprint=ORG, lang=lang)


def _flat(data: bytes) -> str:
    return re.sub(r"\s+", " ", pdf_text(data))


def test_each_ballot_with_whose_vote_it_is_the_choice_and_its_fingerprint() -> None:
    data = _receipt()
    text = _flat(data)
    assert "Reçu de vote" in text and "Votant : Lefèvre Élodie" in text
    assert "Fonderie du Val" in text and "AG annuelle 2027" in text
    assert "N° 1 — Comptes 2026" in text and "N° 3 — Élection au conseil" in text
    assert "Pour votre propre compte" in text
    assert "Pour le compte de Martin Paul" in text and text.count("(pouvoir)") == 1
    assert "Choix : Pour" in text and "Choix : Contre" in text
    assert "Choix : Cœur Zoé, Martin Paul" in text
    # The fingerprints, hex or readable, print as four lines of four groups in their cell.
    raw = pdf_text(data)
    for seed in "abc":
        groups = readable_fingerprint(_hex(seed)).split()
        assert " ".join(groups[:4]) in raw and " ".join(groups[12:]) in raw


def test_the_organisation_fingerprint_and_the_advice() -> None:
    text = _flat(_receipt())
    assert f"Empreinte du certificat de l'organisation : {ORG}" in text
    assert "Conservez ce reçu." in text and "un nouveau vote remplace celui-ci" in text
    assert "Vote enregistré le 30/06/2027 à" in text


def test_a_cell_fingerprint_ignores_spaces_and_case() -> None:
    assert cell_fingerprint(_hex("a")) == cell_fingerprint(readable_fingerprint(_hex("a")))
    assert cell_fingerprint(_hex("a")).count("\n") == 3


def test_many_proxies_run_over_numbered_pages() -> None:
    lines = tuple(ReceiptLine(n % 6 + 1, f"Résolution {n % 6 + 1}", f"Mandant {n}", ("Pour",),
                              _hex(str(n)), CAST + timedelta(seconds=n), proxy=True)
                  for n in range(40))  # fmt: skip
    text = pdf_text(_receipt(lines))
    pages = text.count("\f") or 1
    assert pages >= 2 and f"Page {pages} / {pages}" in text
    assert all(f"Pour le compte de Mandant {n} " in text for n in range(40))


def test_english_receipt_and_an_empty_one() -> None:
    text = _flat(_receipt(lang="en"))
    assert "Voting receipt" in text and "On behalf of Martin Paul (proxy)" in text
    assert "On your own behalf" in text and "Choice: For" not in text  # labels are the GUI's
    assert "No ballot." in _flat(_receipt((), lang="en"))


def test_only_embedded_fonts_and_the_same_bytes_every_time() -> None:
    data = _receipt()
    assert data == _receipt()
    assert all(embedded for _, embedded in pdf_fonts(data))


def test_saved_to_a_path_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "reçu.pdf"
    # The booth saves the bytes through the one atomic writer of the services.
    save_file(target, receipt_pdf(LINES, voter_name="Lefèvre Élodie",
                                  meeting_title="AG annuelle 2027", organisation_fingerprint=ORG))
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["reçu.pdf"]
    with pytest.raises(UserError) as err:
        save_file(tmp_path / "nowhere" / "r.pdf", receipt_pdf(LINES, voter_name="X",
                                                              meeting_title="Y"))
    assert err.value.code == "file.unwritable"
