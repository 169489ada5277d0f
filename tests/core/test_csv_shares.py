# SPDX-License-Identifier: GPL-3.0-or-later
"""The share-movement CSV format: amounts, row checks, balances and the round trip."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.csv_dialect import encode_csv
from talagov.core.csv_shares import (
    ShareImportPreview,
    format_cents,
    format_shares,
    parse_cents,
    parse_shares,
    share_header,
)
from talagov.core.findings import Severity
from talagov.core.shares import MovementKind, ShareMovement

IDS = {"S-1": 1, "S-2": 2, "S-3": 3}
HEADER = "date;kind;count;nominal;from_member;to_member;reference;note\n"


def _codes(preview: ShareImportPreview) -> dict[int, list[tuple[str, str]]]:
    return {r.row: [(f.code, f.field) for f in r.findings] for r in preview.rows}


@pytest.mark.parametrize(
    ("text", "cents"),
    [("12,50", 1250), ("12.5", 1250), ("25", 2500), ("25,00 €", 2500), ("1 234,56", 123456),
     ("1\u202f234,56", 123456), ("1.234,56", 123456), ("1,234.56", 123456), ("0,01", 1), ("0", 0)],
)  # fmt: skip
def test_amounts_parse_to_exact_cents(text: str, cents: int) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "-5", "1.000", "1,234", "12,345", "1e3", "12,5,0"])
def test_bad_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        parse_cents(text)


@given(cents=st.integers(min_value=0, max_value=10**12), french=st.booleans())
def test_cents_round_trip_through_format_and_parse(cents: int, french: bool) -> None:
    assert parse_cents(format_cents(cents, french=french)) == cents


def test_french_file() -> None:
    text = (
        "Date;Mouvement;Nombre de parts;Valeur nominale;De (numéro);À (numéro);Référence\n"
        "15/03/2024;Souscription;10;25,00;;S-1;BS 1\n"
        "16/03/2024;cession;4;25,00;S-1;S-2;\n"
        "17/03/2024;remboursement;1;25,00;S-2;;\n"
    )
    preview = parse_shares(text.encode("cp1252"), member_ids=IDS)
    assert not preview.has_errors
    assert [r.value for r in preview.rows] == [
        ShareMovement(0, MovementKind.SUBSCRIPTION, date(2024, 3, 15), 10, 2500, None, 1, "BS 1"),
        ShareMovement(0, MovementKind.TRANSFER, date(2024, 3, 16), 4, 2500, 1, 2),
        ShareMovement(0, MovementKind.REDEMPTION, date(2024, 3, 17), 1, 2500, 2, None),
    ]


def test_row_problems() -> None:
    text = HEADER + (
        "2024-01-01;subscription;0;25;;S-1;;\n"  # 2: count not positive
        "2024-01-01;subscription;2;25,999;;S-1;;\n"  # 3: bad amount
        "2024-01-01;subscription;2;25;;S-9;;\n"  # 4: unknown member
        "2024-01-01;subscription;2;25;S-2;S-1;;\n"  # 5: subscription with a "from"
        "2024-01-01;cession;1;25;S-1;S-1;;\n"  # 6: transfer to self
        "2024-01-01;redemption;1;25;;;;\n"  # 7: redemption without "from"
        "31/02/2024;troc;1,5;;;;;\n"  # 8: date, kind, count, nominal
    )
    codes = _codes(parse_shares(text, member_ids=IDS))
    assert codes[2] == [("csv.count_not_positive", "count")]
    assert codes[3] == [("csv.bad_nominal", "nominal")]
    assert codes[4] == [("csv.unknown_member", "to_member")]
    assert codes[5] == [("csv.from_member_unexpected", "from_member")]
    assert codes[6] == [("csv.transfer_to_self", "to_member")]
    assert codes[7] == [("csv.from_member_required", "from_member")]
    assert codes[8] == [
        ("csv.bad_date", "date"), ("csv.unknown_movement_kind", "kind"),
        ("csv.bad_count", "count"), ("csv.nominal_required", "nominal"),
    ]  # fmt: skip


def test_balances_include_the_existing_register() -> None:
    existing = [ShareMovement(7, MovementKind.SUBSCRIPTION, date(2024, 1, 1), 5, 2500, None, 1)]
    text = HEADER + (
        "2024-02-01;redemption;3;25;S-1;;;\n"  # fine: 5 - 3
        "2024-02-02;redemption;3;25;S-1;;;\n"  # 2 - 3 < 0
    )
    preview = parse_shares(text, member_ids=IDS, existing=existing)
    assert _codes(preview) == {2: [], 3: [("csv.negative_balance", "from_member")]}
    finding = preview.rows[1].findings[0]
    assert dict(finding.params) == {
        "row": 3,
        "member": "S-1",
        "date": date(2024, 2, 2),
        "balance": -1,
    }


def test_refused_rows_are_left_out_of_the_balances() -> None:
    text = HEADER + (
        "2024-01-01;subscription;5;bad;;S-1;;\n"  # refused: S-1 never gets its shares
        "2024-01-02;transfer;5;25;S-1;S-2;;\n"  # so this overdraws S-1
        "2024-01-03;redemption;5;25;S-2;;;\n"  # and this, once the transfer is refused, S-2
        "2024-01-04;subscription;1;25;;S-3;;\n"
        "2024-01-05;redemption;2;25;S-3;;;\n"  # overdraws S-3 (1 - 2)...
        "2024-01-06;redemption;1;25;S-3;;;\n"  # ...but this one fits once that one is refused
    )
    codes = _codes(parse_shares(text, member_ids=IDS))
    assert [row for row, c in codes.items() if ("csv.negative_balance", "from_member") in c] == [
        3,
        4,
        6,
    ]
    assert codes[7] == []


def test_identical_movement_already_registered_is_a_warning() -> None:
    existing = [
        ShareMovement(1, MovementKind.SUBSCRIPTION, date(2024, 1, 1), 5, 2500, None, 1, "BS1")
    ]
    preview = parse_shares(
        HEADER + "2024-01-01;subscription;5;25;;S-1;BS1;\n", member_ids=IDS, existing=existing
    )
    (finding,) = preview.rows[0].findings
    assert (finding.code, finding.severity) == ("csv.movement_exists", Severity.WARNING)
    assert not preview.has_errors


def test_missing_columns() -> None:
    preview = parse_shares(b"date,kind,to_member\n2024-01-01,subscription,S-1\n", member_ids=IDS)
    assert sorted(f.field for f in preview.header_findings) == ["count", "nominal"]
    assert preview.valid_rows() == ()


@pytest.mark.parametrize(("variant", "french"), [("utf8", False), ("excel-fr", True)])
def test_export_reimports_identically(variant: str, french: bool) -> None:
    movements = [
        ShareMovement(
            1, MovementKind.SUBSCRIPTION, date(2024, 1, 1), 10, 2550, None, 1, "BS 1", "Cœur"
        ),
        ShareMovement(2, MovementKind.TRANSFER, date(2024, 2, 1), 4, 2550, 1, 2, "", "a;b"),
        ShareMovement(3, MovementKind.REDEMPTION, date(2024, 3, 1), 1, 2550, 2, None),
    ]
    numbers = {i: n for n, i in IDS.items()}
    data = encode_csv(
        format_shares(movements, numbers, french=french), share_header(french=french), variant
    )
    preview = parse_shares(data, member_ids=IDS)
    assert not preview.has_errors
    assert [r.value for r in preview.rows] == [
        ShareMovement(0, m.kind, m.on, m.count, m.nominal_cents, m.from_member_id, m.to_member_id,
                      m.reference, m.note)
        for m in movements
    ]  # fmt: skip
