# SPDX-License-Identifier: GPL-3.0-or-later
"""The dialects of the CSV files people exchange: encoding, delimiter, dates, headers.

Two variants are written: ``utf8`` (comma, UTF-8 with a byte-order mark, ISO dates) and
``excel-fr`` (semicolon, cp1252, French dates and decimal commas), which is what a French
Excel writes with "CSV (séparateur : point-virgule)". Reading accepts either, detected
from the bytes. Parsing itself is Python's :mod:`csv`; this module only chooses its
parameters and turns failures into :class:`~talagov.core.errors.UserError` codes.
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

from talagov.core.errors import UserError
from talagov.core.findings import Finding, Severity
from talagov.core.text import fold


class Variant(enum.StrEnum):
    """The CSV flavours TalaGov writes."""

    UTF8 = "utf8"
    EXCEL_FR = "excel-fr"


# Order matters on ties: a one-column header is ambiguous, and ";" is what French Excel writes.
DELIMITERS = (";", "\t", ",")
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Excel's "Texte Unicode" export
T = TypeVar("T")
_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx / .ods: a workbook renamed or chosen by mistake


class CsvRow(NamedTuple):
    """One record of the file (a named tuple: created 50,000 times per large import).

    Attributes:
        number: the row number a spreadsheet shows (the header is row 1).
        cells: the raw cell texts, unstripped.
    """

    number: int
    cells: Sequence[str]


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A decoded file: what was detected, the header and the non-blank data rows."""

    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``, detecting the encoding unless one is forced.

    UTF-8 (with or without BOM) is tried first because a cp1252 file with accents is
    almost never valid UTF-8, whereas every UTF-8 file is "valid" cp1252 (as mojibake).

    Returns:
        ``(text, encoding)`` where encoding is ``utf-8-sig``, ``utf-8``, ``utf-16`` or ``cp1252``.

    Raises:
        UserError: ``csv.not_text`` for a binary file (NUL bytes, a zipped workbook),
            ``csv.invalid_bytes`` (params ``offset``, ``byte``) for bytes the encoding rejects.
    """
    if data.startswith(_UTF16_BOMS) and encoding is None:
        encoding = "utf-16"
    elif data.startswith(_ZIP_MAGIC) or b"\x00" in data:
        raise UserError("csv.not_text")
    if encoding is None:
        if data.startswith(_BOM):
            encoding = "utf-8-sig"
        else:
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                encoding = "cp1252"
    elif encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        encoding = "utf-8-sig"  # a forced UTF-8 still tolerates the BOM
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex().upper()
        raise UserError("csv.invalid_bytes", {"offset": exc.start, "byte": bad}) from exc


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most cells.

    Only the header is looked at: data cells hold decimal commas ("25,00") and
    addresses, but headers do not.
    """
    best, best_count = DELIMITERS[0], 1
    # One buffer rewound for each try: the first read of a StringIO translates the whole
    # text (10 ms for 50,000 members), so a fresh buffer per delimiter paid it thrice.
    buffer = io.StringIO(text)
    for delim in DELIMITERS:
        buffer.seek(0)
        reader = csv.reader(buffer, delimiter=delim)
        try:
            header = next((r for r in reader if any(c.strip() for c in r)), [])
        except csv.Error:
            continue
        if len(header) > best_count:
            best, best_count = delim, len(header)
    return best


def read_table(data: bytes, *, encoding: str | None = None) -> CsvTable:
    """Decode and split a CSV file into its header and data rows.

    Blank records are skipped but still counted, so row numbers match the spreadsheet.

    Raises:
        UserError: ``csv.empty`` (no header), ``csv.malformed`` (param ``row``: an
            unterminated quote, as in a truncated file), and the codes of :func:`decode`.
    """
    text, used = decode(data, encoding)
    if not text or text.isspace():  # not text.strip(), which copies a whole file
        raise UserError("csv.empty")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: tuple[str, ...] | None = None
    rows: list[CsvRow] = []
    append = rows.append
    number = 0  # the last record read, so an error names the one after it
    try:
        for number, record in enumerate(reader, start=1):
            # Blank line, or separators only. A first cell with text settles it without
            # joining the whole record (the common case, 50,000 times in a large import).
            if not (record and (record[0].strip() or "".join(record).strip())):
                continue
            if header is None:
                header = tuple(record)
            else:
                append(CsvRow(number, record))
    except csv.Error as exc:
        raise UserError("csv.malformed", {"row": number + 1}) from exc
    if header is None:
        raise UserError("csv.empty")
    return CsvTable(used, delimiter, header, tuple(rows))


def encode_csv(
    rows: Iterable[Sequence[str]], header: Sequence[str], variant: Variant | str
) -> bytes:
    """Write a header and rows as CSV bytes in ``variant``.

    ``utf8`` is comma-separated UTF-8 *with* a byte-order mark: without it Excel reads
    UTF-8 as cp1252 and mangles accents, and every other tool (LibreOffice, Python's
    ``utf-8-sig``, this module) skips it. ``excel-fr`` is semicolon-separated cp1252.
    Both use CRLF line ends (RFC 4180, and what Excel writes).

    Raises:
        UserError: ``csv.unencodable`` (params ``row``, ``column``, ``char``) when a
            character has no cp1252 form (e.g. "ł", "€" is fine): nothing is lost silently.
    """
    variant = Variant(variant)
    table = [list(header), *(list(r) for r in rows)]
    delimiter = ";" if variant is Variant.EXCEL_FR else ","
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    text = out.getvalue()
    if variant is Variant.UTF8:
        return _BOM + text.encode("utf-8")
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError as exc:
        raise _unencodable(table, text[exc.start]) from exc


def _unencodable(table: list[list[str]], char: str) -> UserError:
    # Only on the error path: find the spreadsheet row and the column to name in the message.
    for row_number, record in enumerate(table, start=1):
        for index, cell in enumerate(record):
            if char in cell:
                column = table[0][index] if index < len(table[0]) else str(index + 1)
                return UserError(
                    "csv.unencodable", {"row": row_number, "column": column, "char": char}
                )
    return UserError("csv.unencodable", {"row": 0, "column": "", "char": char})


_FR_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(text: str) -> date:
    """Parse ``2024-03-15`` or ``15/03/2024``.

    Two-digit years are refused: "15/03/24" could be 1924 for a birth date.

    Raises:
        ValueError: any other form, or an impossible date.
    """
    text = text.strip()
    # Without a slash the French pattern cannot match: skip the regex (the ISO form is
    # what TalaGov exports, so it is the common case of a large import).
    if "/" in text and (match := _FR_DATE.match(text)):
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    if len(text) != 10:
        raise ValueError(text)  # fromisoformat also accepts 20240315, which nobody means
    return date.fromisoformat(text)


def format_date(value: date | None, french: bool) -> str:
    """``15/03/2024`` (French variant) or ``2024-03-15``; empty for ``None``."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y") if french else value.isoformat()


def header_key(text: str) -> str:
    """Normalise a header cell for matching: ``"Date d'admission"`` → ``"date d admission"``."""
    return " ".join(re.sub(r"[^0-9a-z°]+", " ", fold(text.replace("_", " "))).split())


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an import format: a stable English key, a French label, aliases."""

    key: str
    french: str
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """Every header text accepted for this column."""
        return (self.key, self.french, *self.aliases)


@dataclass(frozen=True, slots=True)
class ImportRow(Generic[T]):
    """One data row of a preview: the draft value and what is wrong with it."""

    row: int
    value: T
    findings: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the row can be imported (no violation; notes are fine)."""
        if not self.findings:  # most rows: skip building a generator
            return True
        return not any(f.severity is Severity.VIOLATION for f in self.findings)


@dataclass(frozen=True, slots=True)
class ImportPreview(Generic[T]):
    """What an import would do, before anything is written.

    Attributes:
        encoding / delimiter: as detected (or forced).
        columns: the keys of the recognised columns, in file order.
        header_findings: problems of the header row (missing or unknown columns).
        rows: one entry per non-blank data row, in file order.
    """

    encoding: str
    delimiter: str
    columns: tuple[str, ...]
    header_findings: tuple[Finding, ...]
    rows: tuple[ImportRow[T], ...]

    @property
    def has_errors(self) -> bool:
        """Whether an import without ``skip_invalid`` would be refused."""
        return any(f.severity is Severity.VIOLATION for f in self.findings()) or (
            not self.header_ok
        )

    @property
    def header_ok(self) -> bool:
        """Whether the header allows any row to be imported."""
        return not any(f.severity is Severity.VIOLATION for f in self.header_findings)

    def valid_rows(self) -> tuple[ImportRow[T], ...]:
        """The rows that would be imported with ``skip_invalid`` (none if the header is bad)."""
        return tuple(r for r in self.rows if r.ok) if self.header_ok else ()

    def findings(self) -> tuple[Finding, ...]:
        """Every finding, header first, each carrying its ``row`` in ``params``."""
        return self.header_findings + tuple(f for r in self.rows for f in r.findings)


def violation(code: str, field: str, row: int, **params: object) -> Finding:
    """A row-level violation; ``row`` goes into ``params`` so reports can cite it."""
    return Finding(code, Severity.VIOLATION, field=field, params={"row": row, **params})


def match_header(
    header: Sequence[str], columns: Sequence[Column], required: Sequence[str]
) -> tuple[dict[str, int], tuple[Finding, ...]]:
    """Match header cells to columns and report missing, repeated and unknown ones.

    Returns:
        ``(positions, findings)``: column key → cell index, and header-row findings
        (``csv.missing_column`` and ``csv.duplicate_column`` are violations,
        ``csv.unknown_column`` a warning: its data will not be imported).
    """
    aliases = {header_key(name): c.key for c in columns for name in c.names()}
    labels = {c.key: c.french for c in columns}
    positions: dict[str, int] = {}
    findings: list[Finding] = []
    for index, cell in enumerate(header):
        text = cell.strip()
        if not text:
            continue
        key = aliases.get(header_key(text))
        if key is None:
            findings.append(
                Finding("csv.unknown_column", Severity.WARNING, params={"row": 1, "column": text})
            )
        elif key in positions:
            findings.append(violation("csv.duplicate_column", key, 1, column=text))
        else:
            positions[key] = index
    for key in required:
        if key not in positions:
            findings.append(
                violation("csv.missing_column", key, 1, column=f"{key} / {labels[key]}")
            )
    return positions, tuple(findings)


class RowReader:
    """Turns data rows into ``{column key: stripped cell}`` and reports their length problems.

    Built once per file: the per-row path runs 50,000 times in a large import, so the
    positions are resolved up front.

    Args:
        positions: column key → cell index (from :func:`match_header`).
        width: the number of header cells.
    """

    def __init__(
        self, positions: Mapping[str, int], width: int, order: Sequence[str] = ()
    ) -> None:
        self.keys = tuple(positions)
        self.indexes = tuple(positions.values())
        self.width = width
        self.needed = max(self.indexes, default=-1) + 1
        # Columns in file order from the first cell: slicing beats picking.
        self.contiguous = self.indexes == tuple(range(len(self.indexes)))
        # For values(): the cell index of each key of ``order``, -1 when the file lacks
        # the column (it then reads a blank appended past the last cell).
        self.order = tuple(order)
        self._picks = tuple(positions.get(k, -1) for k in self.order)
        self._pick = itemgetter(*self._picks) if len(self._picks) > 1 else None
        self._complete = self._picks == tuple(range(len(self._picks)))

    def cells(self, row: CsvRow) -> tuple[dict[str, str], list[Finding]]:
        """The stripped cells of ``row`` by column key, and its length problems.

        A short row (``csv.row_short``) usually means a truncated file or a line broken
        by hand; extra cells are only an error when they hold something (Excel sometimes
        writes trailing empty separators).
        """
        cells = row.cells
        findings: list[Finding] = []
        if len(cells) < self.needed:
            findings.append(
                violation("csv.row_short", "", row.number, expected=self.width, found=len(cells))
            )
            return {
                k: cells[i].strip()
                for k, i in zip(self.keys, self.indexes, strict=True)
                if i < len(cells)
            }, findings
        if len(cells) > self.width and any(c.strip() for c in cells[self.width :]):
            findings.append(
                violation("csv.row_long", "", row.number, expected=self.width, found=len(cells))
            )
        picked = cells[: self.needed] if self.contiguous else [cells[i] for i in self.indexes]
        return dict(zip(self.keys, map(str.strip, picked), strict=True)), findings

    def values(self, row: CsvRow) -> tuple[Sequence[str], list[Finding]]:
        """The stripped cells of ``row`` in ``order`` (blank when absent), and its length problems.

        Same cells and findings as :meth:`cells`, without building a dict per row: a
        caller unpacks the values by position instead of looking them up by key.
        """
        cells = row.cells
        count = len(cells)
        findings: list[Finding] = []
        if count < self.needed:
            findings.append(
                violation("csv.row_short", "", row.number, expected=self.width, found=count)
            )
            return [cells[i].strip() if 0 <= i < count else "" for i in self._picks], findings
        if count > self.width and any(c.strip() for c in cells[self.width :]):
            findings.append(
                violation("csv.row_long", "", row.number, expected=self.width, found=count)
            )
        if self._complete:  # the file's first columns are ``order`` itself (an export)
            if count != len(self._picks):
                cells = cells[: len(self._picks)]
            return list(map(str.strip, cells)), findings
        if self._pick is None:  # zero or one key: itemgetter would not return a tuple
            return [cells[i].strip() if i >= 0 else "" for i in self._picks], findings
        return list(map(str.strip, self._pick([*cells, ""]))), findings
