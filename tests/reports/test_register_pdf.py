# SPDX-License-Identifier: GPL-3.0-or-later
"""The registers as PDF: content, fonts, page numbers, determinism, progress, cancel."""

from __future__ import annotations

import re
from datetime import date

import pytest

from talagov.core.cancel import CancelToken
from talagov.core.errors import Cancelled
from talagov.core.legal_forms import LegalForm
from talagov.core.members import ExitCause, Member, PersonKind
from talagov.core.organisation import Organisation
from talagov.core.shares import MovementKind
from talagov.reports import labels
from talagov.reports.register_pdf import members_register_pdf, share_register_pdf
from talagov.services.shares import MovementListItem
from tests.reports.pdftools import pdf_fonts, pdf_text

AT = date(2026, 11, 22)
ORG = Organisation(
    name="Fonderie du Val", form=LegalForm.SCOP_SA, siren="732829320", rcs_city="Lyon",
    registered_office="12 rue des Forges\n69001 Lyon", share_nominal_cents=2500,
)  # fmt: skip
CATEGORIES = {"employee": "Associés salariés", "external": "Associés extérieurs"}


def _member(i: int, name: str = "", **fields: object) -> Member:
    values: dict[str, object] = {
        "id": i, "number": f"S-{i}", "kind": PersonKind.NATURAL, "name": name or f"Dupont{i}",
        "first_name": "Jean", "category_key": "employee", "admission_date": date(2020, 1, 1),
        "admission_decision": "Assemblée générale du 01/01/2020",
    }  # fmt: skip
    values.update(fields)
    return Member(**values)  # type: ignore[arg-type]


MEMBERS = [
    _member(1, "Lefèvre", first_name="Élodie"),
    _member(2, "Cœur", first_name="Zoé", category_key="external"),
    _member(3, "Ateliers Réunis", kind=PersonKind.LEGAL, first_name=""),
    _member(4, "Parti", exit_date=date(2024, 6, 30), exit_cause=ExitCause.RESIGNATION),
    _member(5, "Futur", admission_date=date(2027, 1, 1)),
    _member(6, "Partira", exit_date=date(2027, 3, 1), exit_cause=ExitCause.RETIREMENT),
]
HOLDINGS = {1: 10, 2: 4, 3: 40, 6: 2}


def _members_pdf(**kw: object) -> bytes:
    args: dict[str, object] = {"categories": CATEGORIES, "lang": "fr"}
    args.update(kw)
    at = args.pop("at", AT)
    members = args.pop("members", MEMBERS)
    return members_register_pdf(ORG, members, HOLDINGS, at, **args)  # type: ignore[arg-type]


def test_members_register_prints_the_associates_and_the_legal_mentions() -> None:
    data = _members_pdf()
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    for expected in ("Registre des associés", "arrêté au 22/11/2026", "Lefèvre Élodie", "Cœur Zoé",
                     "Ateliers Réunis", "SCOP-SA à capital variable", "RCS Lyon 732 829 320",
                     "Siège social : 12 rue des Forges, 69001 Lyon", "Capital au 22/11/2026 : 1 400,00 €",
                     "Associés extérieurs", "30/06/2024", "Démission", "Page 1 / 1", "morale"):  # fmt: skip
        assert expected in text, expected
    assert "Futur" not in text  # admitted after the date
    assert "Départ en retraite" not in text  # leaves after the date: still an associate
    assert re.search(r"Total : 4 associés au 22/11/2026\s+56\s+1 400,00 €", text)


def test_every_font_is_embedded_and_helvetica_is_never_referenced() -> None:
    fonts = pdf_fonts(_members_pdf())
    assert fonts and all(embedded for _, embedded in fonts)
    assert not any("Helvetica" in name for name, _ in fonts)


def test_same_input_same_bytes_and_the_date_comes_from_the_register() -> None:
    first, second = _members_pdf(), _members_pdf()
    assert first == second
    assert b"D:20261122000000" in first
    assert _members_pdf(at=date(2026, 11, 23)) != first


def test_long_register_numbers_pages_and_repeats_headers() -> None:
    members = [_member(i) for i in range(1, 121)]
    text = pdf_text(_members_pdf(members=members))
    pages = int(re.findall(r"Page 1 / (\d+)", text)[0])
    assert pages >= 3
    assert f"Page {pages} / {pages}" in text
    assert text.count("Décision d'admission") == pages  # the header row on every page
    assert "S-9 " in text and text.index("S-9 ") < text.index("S-10 ")  # natural order


def test_english_register() -> None:
    text = pdf_text(_members_pdf(lang="en"))
    for expected in ("Register of members", "as of 2026-11-22", "with variable capital",
                     "Capital on 2026-11-22: €1,400.00", "Resignation", "legal entity"):  # fmt: skip
        assert expected in text, expected
    assert "Registre" not in text


def test_progress_is_monotonic_and_ends_at_the_total() -> None:
    calls: list[tuple[int, int]] = []
    _members_pdf(
        members=[_member(i) for i in range(1, 600)], progress=lambda d, t: calls.append((d, t))
    )
    assert calls[-1][0] == calls[-1][1] > 0
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cancel_raises_cancelled() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        _members_pdf(cancel=token)


def test_cancel_during_the_drawing_stops_the_build() -> None:
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done > total // 2:  # past the wrapping: the pages are being drawn
            token.cancel()

    with pytest.raises(Cancelled):
        _members_pdf(members=[_member(i) for i in range(1, 300)], progress=progress, cancel=token)


def test_association_register_has_no_capital() -> None:
    org = Organisation(name="Amis du Val", form=LegalForm.ASSOCIATION)
    text = pdf_text(members_register_pdf(org, MEMBERS, {}, AT, categories=CATEGORIES))
    assert "Association loi 1901" in text
    assert "Capital" not in text and "Parts" not in text


def _movement(
    i: int, kind: MovementKind, on: date, count: int, frm: str = "", to: str = ""
) -> MovementListItem:
    return MovementListItem(i, on, kind, count, 2500, i if frm else None, frm, i if to else None, to,
                            f"BS-{i:03d}", "")  # fmt: skip


MOVES = [
    _movement(
        3, MovementKind.TRANSFER, date(2022, 5, 1), 3, "Lefèvre Élodie (S-1)", "Cœur Zoé (S-2)"
    ),
    _movement(1, MovementKind.SUBSCRIPTION, date(2020, 1, 1), 10, to="Lefèvre Élodie (S-1)"),
    _movement(2, MovementKind.SUBSCRIPTION, date(2021, 2, 1), 5, to="Cœur Zoé (S-2)"),
    _movement(4, MovementKind.REDEMPTION, date(2023, 7, 1), 4, frm="Cœur Zoé (S-2)"),
    _movement(5, MovementKind.SUBSCRIPTION, date(2027, 1, 1), 9, to="Futur (S-5)"),
]


def test_share_register_lists_movements_in_order_with_running_totals() -> None:
    data = share_register_pdf(ORG, MOVES, AT)
    assert data == share_register_pdf(ORG, MOVES, AT)
    text = pdf_text(data)
    assert "Registre des mouvements de titres" in text  # R228-8, an SA
    lines = [line for line in text.splitlines() if re.match(r"\s*\d+\s+\d\d/\d\d/\d{4}", line)]
    assert [line.split()[1] for line in lines] == [
        "01/01/2020",
        "01/02/2021",
        "01/05/2022",
        "01/07/2023",
    ]
    assert (
        "Cession" in lines[2]
        and "Lefèvre Élodie (S-1)" in lines[2]
        and "Cœur Zoé (S-2)" in lines[2]
    )
    assert re.search(r"BS-003\s+15\s+375,00 €$", lines[2])  # a transfer changes no total
    assert re.search(r"BS-004\s+11\s+275,00 €$", lines[3]) and "Remboursement" in lines[3]
    assert "Futur" not in text
    assert re.search(r"Total : 4 mouvements\s+11\s+275,00 €", text)


def test_share_register_of_a_sarl_speaks_of_parts_sociales() -> None:
    org = Organisation(name="Val", form=LegalForm.SCOP_SARL)
    text = pdf_text(share_register_pdf(org, [], AT, lang="fr"))
    assert "Registre des mouvements de parts sociales" in text
    assert "Aucun mouvement à cette date." in text


def test_labels_have_both_languages_with_the_same_placeholders() -> None:
    from talagov.messages import placeholders

    for key, (fr, en) in labels.TEXTS.items():
        assert fr and en, key
        assert placeholders(fr) == placeholders(en), key
    for cause in ExitCause:
        assert labels.exit_label(cause, "fr")
