# SPDX-License-Identifier: GPL-3.0-or-later
"""Encoding, delimiter and table reading of CSV files; writing both variants."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.csv_dialect import (
    CsvRow,
    RowReader,
    decode,
    detect_delimiter,
    encode_csv,
    header_key,
    parse_date,
    read_table,
)
from talagov.core.errors import UserError


def _code(exc: pytest.ExceptionInfo[UserError]) -> str:
    return exc.value.code


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Nom;Prénom\n".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "Nom;Prénom\n".encode(), "utf-8-sig"),
        ("Nom;Prénom\n".encode("cp1252"), "cp1252"),
        ("Nom\tPrénom\n".encode("utf-16"), "utf-16"),
    ],
)
def test_encoding_is_detected(data: bytes, encoding: str) -> None:
    text, used = decode(data)
    assert used == encoding
    assert text.lstrip("\ufeff").startswith("Nom") and "Prénom" in text


def test_cp1252_ligature_and_euro_survive() -> None:
    text, used = decode("Cœur;25 €".encode("cp1252"))
    assert (text, used) == ("Cœur;25 €", "cp1252")


@pytest.mark.parametrize("data", [b"PK\x03\x04rest-of-a-workbook", b"Nom;\x00Pr"])
def test_binary_files_are_refused(data: bytes) -> None:
    with pytest.raises(UserError) as exc:
        decode(data)
    assert _code(exc) == "csv.not_text"


def test_invalid_bytes_report_their_offset() -> None:
    # 0x81 is undefined in cp1252, so neither UTF-8 nor cp1252 accepts it.
    with pytest.raises(UserError) as exc:
        decode(b"Nom;Pr\x81nom")
    assert _code(exc) == "csv.invalid_bytes"
    assert exc.value.params == {"offset": 6, "byte": "81"}


def test_forced_utf8_refuses_cp1252_bytes() -> None:
    with pytest.raises(UserError) as exc:
        decode("Prénom".encode("cp1252"), "utf-8")
    assert exc.value.params["offset"] == 2  # P, r, then é


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Nom;Nominal\nDupont;25,00\n", ";"),
        ("name,nominal\nDupont,25.00\n", ","),
        ("name\tnominal\nA, B\t25,00\n", "\t"),
        ('"Nom, complet";Prénom\nA;B\n', ";"),
        ("\n\nnumber,name\n", ","),
    ],
)
def test_delimiter_comes_from_the_header(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b";;;\n"])
def test_empty_files_are_refused(data: bytes) -> None:
    with pytest.raises(UserError) as exc:
        read_table(data)
    assert _code(exc) == "csv.empty"


def test_header_only_file_has_no_rows() -> None:
    table = read_table(b"number;name\r\n")
    assert table.header == ("number", "name")
    assert table.rows == ()


def test_row_numbers_match_the_spreadsheet() -> None:
    data = b'name;notes\r\nA;x\r\n\r\nB;"two\r\nlines"\r\nC;y\r\n'
    table = read_table(data)
    assert [(r.number, r.cells[0]) for r in table.rows] == [(2, "A"), (4, "B"), (5, "C")]
    assert table.rows[1].cells[1] == "two\r\nlines"


def test_truncated_quoted_cell_is_malformed() -> None:
    with pytest.raises(UserError) as exc:
        read_table(b'name;notes\r\nA;"cut in the mid')
    assert _code(exc) == "csv.malformed"
    assert exc.value.params == {"row": 2}


def test_utf8_variant_has_bom_commas_and_crlf() -> None:
    data = encode_csv([["Élodie", "a,b"]], ["name", "notes"], "utf8")
    assert data == b"\xef\xbb\xbfname,notes\r\n" + '\u00c9lodie,"a,b"\r\n'.encode()


def test_excel_fr_variant_is_cp1252_with_semicolons() -> None:
    data = encode_csv([["Cœur", "25,00"]], ["Nom", "Nominal"], "excel-fr")
    assert data == "Nom;Nominal\r\nCœur;25,00\r\n".encode("cp1252")


def test_excel_fr_refuses_characters_it_cannot_hold() -> None:
    with pytest.raises(UserError) as exc:
        encode_csv([["Dupont"], ["Wałęsa"]], ["Nom"], "excel-fr")
    assert exc.value.code == "csv.unencodable"
    assert exc.value.params == {"row": 3, "column": "Nom", "char": "ł"}


def test_written_files_read_back() -> None:
    rows = [["Zoé", 'dit "Zo"; ok'], ["", "line\nbreak"]]
    for variant in ("utf8", "excel-fr"):
        table = read_table(encode_csv(rows, ["name", "notes"], variant))
        assert [list(r.cells) for r in table.rows] == rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-15", date(2024, 3, 15)),
        ("15/03/2024", date(2024, 3, 15)),
        (" 1/2/2024 ", date(2024, 2, 1)),
    ],
)
def test_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["15/03/24", "2024-02-30", "20240315", "15.03.2024", "mars 2024", ""]
)
def test_bad_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_header_key_ignores_case_accents_and_punctuation() -> None:
    assert header_key("Date d'admission") == header_key("date_d_admission") == "date d admission"
    assert header_key("  E-MAIL ") == "e mail"


def _reference_parse_date(text: str) -> date:
    # parse_date as it was before the ISO fast path skipped the regex.
    text = text.strip()
    match = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    if len(text) != 10:
        raise ValueError(text)
    return date.fromisoformat(text)


def _outcome(parse: object, text: str) -> object:
    try:
        return parse(text)  # type: ignore[operator]
    except ValueError:
        return "refused"


@pytest.mark.parametrize("text", [
    "2024-03-15", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10",
    "2024-W11-5", "2024-03-1x", "15/03/2024", "31/02/2024", "1/2/2024", "١٥/٠٣/٢٠٢٤",
    " 2024-03-15 ", "2024/03/15", "15/03/2024\n", "",
])
def test_fast_date_parse_equals_the_reference(text: str) -> None:
    assert _outcome(parse_date, text) == _outcome(_reference_parse_date, text)


@given(st.text(st.sampled_from("0123456789-/W ٣x"), max_size=12))
def test_fast_date_parse_equals_the_reference_on_any_text(text: str) -> None:
    assert _outcome(parse_date, text) == _outcome(_reference_parse_date, text)


_KEYS = ("a", "b", "c", "d")


@given(
    positions=st.permutations(range(6)).flatmap(
        lambda p: st.lists(st.booleans(), min_size=4, max_size=4).map(
            lambda keep: {k: i for k, i, on in zip(_KEYS, p, keep, strict=False) if on}
        )
    ),
    cells=st.lists(st.sampled_from(["", " x ", "y", "  "]), max_size=9),
)
def test_row_values_equal_the_cells_by_key(positions: dict[str, int], cells: list[str]) -> None:
    reader = RowReader(positions, 6, _KEYS)
    row = CsvRow(7, cells)
    by_key, findings = reader.cells(row)
    values, value_findings = reader.values(row)
    assert list(values) == [by_key.get(k, "") for k in _KEYS]
    assert value_findings == findings
