# SPDX-License-Identifier: GPL-3.0-or-later
"""The member CSV format: headers, row checks, numbering and the export round trip."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core.csv_dialect import encode_csv
from talagov.core.csv_members import (
    MemberImportPreview,
    assign_numbers,
    format_members,
    member_header,
    parse_members,
)
from talagov.core.findings import Severity
from talagov.core.members import ExitCause, Member, PersonKind, Representative

FR_HEADER = (
    "Numéro;Type;Nom;Prénom;Courriel;Catégorie;Collège;Date d'admission;Date de sortie;"
    "Motif de sortie;Consentement convocation électronique;Alias;Notes"
)


def _codes(preview: MemberImportPreview, row: int) -> list[tuple[str, str]]:
    found = next(r for r in preview.rows if r.row == row)
    return [(f.code, f.field) for f in found.findings]


def test_french_excel_file_is_read() -> None:
    text = (
        FR_HEADER + "\n"
        "S-0001;personne physique;Lefèvre;Élodie;elodie@example.fr;salaries;A;15/03/2024;;;"
        "2024-04-01;Lefevre|Œuvré;\n"
        "S-0002;Personne morale;Commune de Besançon;;mairie@besancon.fr;collectivites;B;"
        "2023-01-10;31/12/2025;Démission;;;«notes»\n"
    )
    preview = parse_members(text.encode("cp1252"))
    assert (preview.encoding, preview.delimiter) == ("cp1252", ";")
    assert not preview.has_errors
    first, second = (r.value for r in preview.rows)
    assert first == Member(
        id=0, number="S-0001", kind=PersonKind.NATURAL, name="Lefèvre", first_name="Élodie",
        email="elodie@example.fr", category_key="salaries", college_key="A",
        admission_date=date(2024, 3, 15), consent_date=date(2024, 4, 1), aliases=("Lefevre", "Œuvré"),
    )  # fmt: skip
    assert second.kind is PersonKind.LEGAL
    assert (second.exit_date, second.exit_cause) == (date(2025, 12, 31), ExitCause.RESIGNATION)
    assert second.notes == "«notes»"


def test_english_keys_and_comma() -> None:
    preview = parse_members(b"number,kind,name,exit_cause,exit_date,admission_date\n"
                            b"7,legal,ACME,economic dismissal,2024-05-01,2020-01-01\n")  # fmt: skip
    member = preview.rows[0].value
    assert (member.kind, member.exit_cause) == (PersonKind.LEGAL, ExitCause.ECONOMIC_DISMISSAL)


def test_missing_required_column_refuses_every_row() -> None:
    preview = parse_members(b"Numero;Prenom\nS-1;Jean\n")
    assert [(f.code, f.field, f.param("row")) for f in preview.header_findings] == [
        ("csv.missing_column", "name", 1)
    ]
    assert preview.has_errors and preview.valid_rows() == ()


def test_wrong_delimiter_shows_as_a_missing_column() -> None:
    # A pipe-separated export: no known delimiter splits the header, so "name" is missing.
    preview = parse_members(b"number|name\nS-1|Dupont\n")
    assert "csv.missing_column" in [f.code for f in preview.header_findings]


def test_unknown_and_repeated_columns() -> None:
    preview = parse_members(b"Nom;Nom;Pointure\nA;A;42\n")
    codes = {f.code: f.severity for f in preview.header_findings}
    assert codes == {
        "csv.duplicate_column": Severity.VIOLATION,
        "csv.unknown_column": Severity.WARNING,
    }


def test_row_problems_are_reported_with_row_field_and_value() -> None:
    text = (
        "number;name;kind;email;admission_date;exit_date;exit_cause;category\n"
        "S-1;;alien;not-an-email;2024-02-30;;;\n"  # row 2
        "S-2;B;;;2024-03-15;2024-03-01;;\n"  # row 3: exit before admission
        "S-2;C;;;;;décès;cuisine\n"  # row 4: duplicate, cause without date, category
        "S-3;D\n"  # row 5: truncated
        "S-4;E;;;;;;;extra\n"  # row 6: too long
    )
    preview = parse_members(text, known_categories={"salaries"}, existing_numbers={"S-3"})
    assert _codes(preview, 2) == [
        ("csv.bad_date", "admission_date"), ("csv.name_required", "name"),
        ("csv.unknown_kind", "kind"), ("csv.bad_email", "email"),
    ]  # fmt: skip
    assert _codes(preview, 3) == [("csv.exit_before_admission", "exit_date")]
    assert set(_codes(preview, 4)) == {
        ("csv.duplicate_number", "number"), ("csv.exit_cause_without_date", "exit_cause"),
        ("csv.unknown_category", "category"),
    }  # fmt: skip
    assert set(_codes(preview, 5)) == {("csv.row_short", ""), ("csv.number_exists", "number")}
    assert _codes(preview, 6) == [("csv.row_long", "")]
    dup = next(f for f in preview.rows[2].findings if f.code == "csv.duplicate_number")
    assert dict(dup.params) == {"row": 4, "value": "S-2", "first_row": 3}
    bad = preview.rows[0].findings[0]
    assert dict(bad.params) == {"row": 2, "value": "2024-02-30"}
    assert [r.row for r in preview.valid_rows()] == []


def test_trailing_empty_separators_are_tolerated() -> None:
    assert not parse_members(b"name;notes\nA;x;;;\n").has_errors


def test_representatives_are_parallel_lists() -> None:
    text = (
        "kind;name;admission_date;representative;representative_function;representative_start\n"
        "legal;Commune;2020-01-01;Mme Maire|M. Adjoint;Maire|Adjoint;2020-01-01|15/06/2022\n"
        "legal;SARL;2021-02-03;Gérant;;\n"
        "natural;Dupont;2021-02-03;Quelqu'un;;\n"
    )
    rows = parse_members(text).rows
    assert rows[0].value.representatives == (
        Representative("Mme Maire", "Maire", date(2020, 1, 1)),
        Representative("M. Adjoint", "Adjoint", date(2022, 6, 15)),
    )
    assert rows[1].value.representatives == (Representative("Gérant", "", date(2021, 2, 3)),)
    assert [f.code for f in rows[2].findings] == ["csv.representative_for_person"]


def test_numbers_are_assigned_in_file_order_skipping_used_ones() -> None:
    preview = parse_members("number;name\n;A\nS-0002;B\n;C\n;D\n")
    numbered = assign_numbers(preview, {"S-0001", "S-0004"})
    assert [r.value.number for r in numbered.rows] == ["S-0003", "S-0002", "S-0005", "S-0006"]
    assert assign_numbers(preview, {"S-0001", "S-0004"}) == numbered


def _sample() -> list[Member]:
    return [
        Member(
            id=1, number="S-0001", kind=PersonKind.NATURAL, name="Lefèvre", first_name="Élodie",
            email="e@example.fr", phone="01 02", address="1 rue de la Paix\n75002 Paris",
            birth_date=date(1950, 1, 2), category_key="salaries", college_key="A",
            admission_date=date(2024, 3, 15), admission_decision="CA du 10/03/2024",
            exit_date=date(2025, 6, 30), exit_cause=ExitCause.RETIREMENT,
            consent_date=date(2024, 3, 20), consent_address="autre@example.fr",
            notes='dit "Lulu"; voir dossier', aliases=("Lefevre", "Cœur"),
        ),
        Member(
            id=2, number="S-0002", kind=PersonKind.LEGAL, name="Commune de Saint-Œuf",
            admission_date=date(2020, 1, 1),
            representatives=(
                Representative("Mme Maire", "Maire", date(2020, 1, 1), date(2022, 5, 31)),
                Representative("M. Adjoint", "Adjoint", date(2022, 6, 1)),
            ),
        ),
        Member(id=3, number="S-0003", kind=PersonKind.LEGAL, name="SCOP", admission_date=date(2021, 1, 1),
               representatives=(Representative("Gérante", "Gérante", date(2021, 1, 1)),)),
    ]  # fmt: skip


@pytest.mark.parametrize(("variant", "french"), [("utf8", False), ("excel-fr", True)])
def test_export_reimports_identically(variant: str, french: bool) -> None:
    members = _sample()
    rows = format_members(members, {1: 4, 2: 10}, french=french)
    data = encode_csv(rows, member_header(french=french), variant)
    preview = parse_members(data)
    assert not preview.has_errors, preview.findings()
    # Only the informational "shares" column is ignored (a warning-free import).
    assert [
        replace(r.value, id=m.id) for r, m in zip(preview.rows, members, strict=True)
    ] == members
    assert rows[0][-1] == "4" and rows[2][-1] == "0"


_NAME_CHARS = st.characters(categories=("L", "M", "N", "P", "S", "Zs"), exclude_characters="\x85")
_CP1252 = st.sampled_from("abcXYZ éèêëàâäîïôöûüùçÉÈÀÇœŒæÆ'-.,;\"€«»")


@settings(max_examples=60, deadline=None)
@given(names=st.lists(st.text(_NAME_CHARS, min_size=1, max_size=30), min_size=1, max_size=5))
def test_random_names_round_trip_in_utf8(names: list[str]) -> None:
    names = [n.strip() or "x" for n in names]
    members = [
        Member(id=i, number=f"S-{i}", kind=PersonKind.NATURAL, name=n) for i, n in enumerate(names)
    ]
    data = encode_csv(format_members(members, {}), member_header(), "utf8")
    assert [r.value.name for r in parse_members(data).rows] == names


@settings(max_examples=60, deadline=None)
@given(names=st.lists(st.text(_CP1252, min_size=1, max_size=30), min_size=1, max_size=5))
def test_random_names_round_trip_in_excel_fr(names: list[str]) -> None:
    names = [n.strip() or "x" for n in names]
    members = [
        Member(id=i, number=f"S-{i}", kind=PersonKind.NATURAL, name=n) for i, n in enumerate(names)
    ]
    data = encode_csv(
        format_members(members, {}, french=True), member_header(french=True), "excel-fr"
    )
    assert [r.value.name for r in parse_members(data).rows] == names


def test_fast_member_construction_equals_the_dataclass_init() -> None:
    from talagov.core.csv_members import _member

    for m in _sample():
        built = _member(*(getattr(m, f.name) for f in fields(Member)))
        assert type(built) is Member and built == m
        with pytest.raises(AttributeError):  # still frozen
            built.name = "x"  # type: ignore[misc]
