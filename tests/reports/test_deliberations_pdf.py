# SPDX-License-Identifier: GPL-3.0-or-later
"""The printed register of deliberations: one flow of entries, numbered pages, no gaps."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from talagov.core.canonical import readable_fingerprint
from talagov.core.deliberations import GENESIS
from talagov.core.minutes_codec import content_hash
from talagov.core.minutes_content import MinutesContent
from talagov.reports.deliberations_pdf import RegisterPrintEntry, register_pdf
from talagov.reports.minutes_pdf import minutes_pdf
from tests.reports import minutes_samples as samples
from tests.reports.minutes_samples import page_text, pdf_info
from tests.reports.pdftools import pdf_fonts

LABEL = "Conseil d'administration"
SIGNED = "Jeanne Martin, présidente de séance — signé le 13 juin 2026 à 18:40 — certificat 3F2A 91C0"


def _hash(n: int) -> str:
    return f"{n:02x}" * 32


def _entries(*contents: MinutesContent) -> list[RegisterPrintEntry]:
    out = []
    for n, content in enumerate(contents, start=1):
        erratum = content.erratum is not None
        out.append(RegisterPrintEntry(
            number=n, entered_at=f"{n} juillet 2026 à 10:0{n}", entry_hash=_hash(n),
            previous=GENESIS if n == 1 else _hash(n - 1), kind="erratum" if erratum else "minutes",
            corrects=1 if erratum else None, content=content, signatures=(SIGNED,)))
    return out


def _pdf(entries: list[RegisterPrintEntry], lang: str = "fr") -> bytes:
    return register_pdf(LABEL, samples.ORG, samples.MENTIONS, entries, lang=lang)


def _pages(data: bytes) -> int:
    return int(pdf_info(data)["Pages"])


def _lowest_line(data: bytes, page: int) -> float:
    """How far down the page (0 top, 1 bottom) the body's last word sits (footer excluded)."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not available")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        html = subprocess.run(["pdftotext", "-bbox", "-nodiag", "-f", str(page), "-l", str(page),
                               str(path), "-"], capture_output=True, check=True, text=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))  # type: ignore[union-attr]
    bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)"', html)]
    body = [y for y in bottoms if y < height - 45]  # the footer line sits 30 pt from the edge
    return max(body) / height


def test_the_register_opens_with_the_organisation_and_its_name() -> None:
    first = page_text(_pdf(_entries(samples.board_minutes())), 1)
    assert first.startswith(" Les Communs du Val SCIC SAS à capital variable — RCS Lyon 812 345 678")
    assert "Registre des délibérations Conseil d'administration" in first


def test_each_entry_is_headed_with_its_number_time_and_hashes() -> None:
    data = _pdf(_entries(samples.board_minutes(), samples.working_group_minutes()))
    text = page_text(data)
    assert "Délibération n° 1 — 1 juillet 2026 à 10:01" in text
    one = readable_fingerprint(_hash(1)).split()
    assert f"Empreinte de l'entrée {' '.join(one[:8])} {' '.join(one[8:])}" in text
    assert "Empreinte de l'entrée précédente aucune (première entrée)" in text
    assert "Délibération n° 2 — 2 juillet 2026 à 10:02" in text
    assert f"Empreinte de l'entrée précédente {' '.join(one[:8])} {' '.join(one[8:])}" in text


def test_entries_carry_the_minutes_as_laid_out_in_their_own_pdf() -> None:
    board = samples.board_minutes()
    text = page_text(_pdf(_entries(board)))
    own = page_text(minutes_pdf(board, fingerprint=samples.FINGERPRINT))
    shared = own[own.index("jeudi 2 avril 2026"):own.index(" Signatures")]
    assert shared in text
    assert "Procès-verbal — Conseil d'administration — Conseil du 2 avril" in text
    assert f"Signatures {SIGNED}" in text
    groups = readable_fingerprint(content_hash(board)).split()
    assert f"Empreinte SHA-256 du contenu signé {' '.join(groups[:8])}" in text


def test_an_erratum_entry_says_which_deliberation_it_corrects() -> None:
    text = page_text(_pdf(_entries(samples.ag_minutes(), samples.erratum_minutes())))
    assert "Délibération n° 2 — 2 juillet 2026 à 10:02 Erratum à la délibération n° 1" in text
    assert "Correction À la résolution n° 2, lire « réserve impartageable »" in text


def test_entries_follow_each_other_without_blank_pages() -> None:
    short = samples.working_group_minutes()
    data = _pdf(_entries(short, short, short))
    assert _pages(data) < 3
    long = _pdf(_entries(samples.ag_minutes(), samples.board_minutes(), samples.ag_minutes(),
                         samples.working_group_minutes(), samples.erratum_minutes()))
    pages = _pages(long)
    assert pages >= 6
    for page in range(1, pages):  # every page but the last is mostly used
        assert _lowest_line(long, page) > 0.6, page


def test_every_page_is_numbered_and_the_register_says_where_it_ends() -> None:
    data = _pdf(_entries(samples.ag_minutes(), samples.board_minutes()))
    pages = _pages(data)
    assert pages > 1
    for page in range(1, pages + 1):
        text = page_text(data, page)
        assert f"Page {page} / {pages}" in text
        assert "Registre des délibérations — Conseil d'administration — Les Communs du Val" in text
    last = page_text(data, pages)
    assert "Fin du registre : 2 entrées" in last and "Délibération n° 2" in page_text(data)
    assert "Fin du registre : 1 entrée" in page_text(_pdf(_entries(samples.board_minutes())))
    empty = page_text(_pdf([]))
    assert "Aucune délibération n'est encore inscrite. Fin du registre : 0 entrée" in empty


def test_fonts_metadata_and_the_same_bytes_for_the_same_register() -> None:
    entries = _entries(samples.ag_minutes(), samples.erratum_minutes())
    data = _pdf(entries)
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _, embedded in fonts)
    info = pdf_info(data)
    assert info["Title"] == "Registre des délibérations — Conseil d'administration — Les Communs du Val"
    assert info["Author"] == "Les Communs du Val" and info["Creator"].startswith("TalaGov ")
    assert "registre des délibérations" in info["Keywords"]
    assert info["Encrypted"] == "no"
    assert info["CreationDate"].startswith("Sat Jun 20 00:00:00 2026")  # the last entry's
    assert data == _pdf(entries)
    assert _pdf([]) == _pdf([])


def test_an_english_register() -> None:
    text = page_text(_pdf(_entries(samples.board_minutes()), lang="en"))
    assert "Register of deliberations" in text and "Deliberation no. 1" in text
    assert "Entry hash" in text and "End of the register: 1 entry" in text
