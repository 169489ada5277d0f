# SPDX-License-Identifier: GPL-3.0-or-later
"""The share-movement CSV format: columns, amounts in cents, parsing and formatting.

Members are referred to by their membership number; the caller passes the mapping to
ids. Each row is checked on its own (shape, amounts), then against the register: the
existing movements and the valid new ones must never leave a member below zero shares.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from talagov.core.csv_dialect import (
    Column,
    CsvTable,
    ImportPreview,
    ImportRow,
    RowReader,
    format_date,
    match_header,
    parse_date,
    read_table,
    violation,
)
from talagov.core.findings import Finding, Severity
from talagov.core.shares import MovementKind, ShareMovement, balance_problems, movement_problems
from talagov.core.text import fold

ShareImportPreview = ImportPreview[ShareMovement]

SHARE_COLUMNS: tuple[Column, ...] = (
    Column("date", "Date", ("date du mouvement", "le")),
    Column("kind", "Mouvement", ("type", "nature", "opération", "type de mouvement")),
    Column("count", "Nombre de parts", ("nombre", "parts", "quantité")),
    Column("nominal", "Valeur nominale", ("nominal", "valeur nominale (€)", "nominal (€)")),
    Column("from_member", "De (numéro)", ("from", "de", "cédant", "numéro du cédant")),
    Column(
        "to_member",
        "À (numéro)",
        ("to", "à", "vers", "souscripteur", "cessionnaire", "bénéficiaire"),
    ),
    Column("reference", "Référence", ("réf", "ref", "pièce")),
    Column("note", "Note", ("commentaire", "libellé", "remarque")),
)
REQUIRED = ("date", "kind", "count", "nominal")

_KIND_FR = {
    MovementKind.SUBSCRIPTION: "souscription",
    MovementKind.TRANSFER: "cession",
    MovementKind.REDEMPTION: "remboursement",
}
_KINDS: dict[str, MovementKind] = {
    **{k.value: k for k in MovementKind},
    **{w: k for k, w in _KIND_FR.items()},
    "transfert": MovementKind.TRANSFER,
    "retrait": MovementKind.REDEMPTION,
}
# core.shares codes → the CSV wording (which names the column to fix).
_SHAPE = {
    "shares.count_positive": "csv.count_not_positive",
    "shares.nominal_positive": "csv.nominal_not_positive",
    "shares.transfer_to_self": "csv.transfer_to_self",
}
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_AMOUNT = re.compile(r"^(\d+)(?:[.,](\d{1,2}))?$")


def parse_cents(text: str) -> int:
    """Euros as written in a spreadsheet → cents, exactly (no float on the way).

    Accepts ``25``, ``25,5``, ``25,00``, ``25.00``, ``1 234,56``, ``1.234,56``,
    ``1,234.56`` and a ``€`` sign. A lone separator followed by three digits
    (``1.000``) is refused: it is a thousands separator in one language and a
    three-decimal amount in the other.

    Raises:
        ValueError: anything else, including negative amounts.
    """
    s = _SPACES.sub("", text).replace("€", "").removesuffix("EUR")
    if "," in s and "." in s:
        thousands = "." if s.rfind(",") > s.rfind(".") else ","
        s = s.replace(thousands, "")
    match = _AMOUNT.match(s)
    if not match:
        raise ValueError(text)
    euros, frac = match.groups()
    return int(euros) * 100 + int((frac or "0").ljust(2, "0"))


def format_cents(cents: int, *, french: bool = False) -> str:
    """Cents → ``25,00`` (French) or ``25.00``, without thousands separators."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros}{',' if french else '.'}{rest:02d}"


def parse_shares(
    data: bytes | str,
    *,
    member_ids: Mapping[str, int],
    existing: Sequence[ShareMovement] = (),
    encoding: str | None = None,
) -> ShareImportPreview:
    """Read a share-movement CSV into a preview; nothing is saved.

    Args:
        data: the file's bytes (encoding detected) or already decoded text.
        member_ids: membership number → member id, for every member that may appear.
        existing: the movements already in the register (for the balance check).
        encoding: force the encoding instead of detecting it.

    Returns:
        A preview whose rows hold draft movements (id 0) and their findings, each with
        ``row`` in its params.

    Raises:
        UserError: the file cannot be read at all (see :func:`csv_dialect.read_table`).
    """
    if isinstance(data, str):
        data, encoding = data.encode("utf-8"), "utf-8"
    table = read_table(data, encoding=encoding)
    return preview_shares(table, member_ids=member_ids, existing=existing)


def preview_shares(
    table: CsvTable, *, member_ids: Mapping[str, int], existing: Sequence[ShareMovement] = ()
) -> ShareImportPreview:
    """:func:`parse_shares` on an already split table."""
    positions, header_findings = match_header(table.header, SHARE_COLUMNS, REQUIRED)
    reader = RowReader(positions, len(table.header))
    seen = {_identity(m) for m in existing}
    rows: list[ImportRow[ShareMovement]] = []
    for raw in table.rows:
        cells, findings = reader.cells(raw)
        movement = _draft(cells, raw.number, member_ids, findings)
        if _identity(movement) in seen:
            findings.append(
                Finding("csv.movement_exists", Severity.WARNING, params={"row": raw.number})
            )
        rows.append(ImportRow(raw.number, movement, tuple(findings)))
    rows = _check_balances(rows, existing, {i: n for n, i in member_ids.items()})
    columns = tuple(k for k, _ in sorted(positions.items(), key=lambda kv: kv[1]))
    return ImportPreview(table.encoding, table.delimiter, columns, header_findings, tuple(rows))


def _identity(m: ShareMovement) -> tuple[object, ...]:
    # Everything but the id: an identical line is most likely the same file imported twice.
    return (m.on, m.kind, m.count, m.nominal_cents, m.from_member_id, m.to_member_id, m.reference)


def _draft(
    cells: Mapping[str, str], row: int, member_ids: Mapping[str, int], findings: list[Finding]
) -> ShareMovement:
    get = cells.get
    on = date.min
    if not (text := get("date", "")):
        findings.append(violation("csv.date_required", "date", row))
    else:
        try:
            on = parse_date(text)
        except ValueError:
            findings.append(violation("csv.bad_date", "date", row, value=text))
    kind: MovementKind | None = None
    if not (text := get("kind", "")):
        findings.append(violation("csv.movement_kind_required", "kind", row))
    elif (kind := _KINDS.get(fold(text))) is None:
        findings.append(violation("csv.unknown_movement_kind", "kind", row, value=text))
    # Unparsable values are stood in for by 1 so the shape check still runs on the rest.
    count = _number(get("count", ""), "count", row, findings, _count)
    nominal = _number(get("nominal", ""), "nominal", row, findings, parse_cents)
    ids: dict[str, int | None] = {}
    for key in ("from_member", "to_member"):
        number = get(key, "")
        ids[key] = member_ids.get(number) if number else None
        if number and ids[key] is None:
            findings.append(violation("csv.unknown_member", key, row, value=number))
            ids[key] = -1  # present, for the shape check
    draft = ShareMovement(
        0,
        kind or MovementKind.SUBSCRIPTION,
        on,
        1 if count is None else count,
        1 if nominal is None else nominal,
        ids["from_member"],
        ids["to_member"],
        get("reference", ""),
        get("note", ""),
    )
    findings.extend(_shape(draft, row, cells, members_too=kind is not None))
    return replace(
        draft,
        count=count if count is not None else 0,
        nominal_cents=nominal if nominal is not None else 0,
        from_member_id=None if ids["from_member"] == -1 else ids["from_member"],
        to_member_id=None if ids["to_member"] == -1 else ids["to_member"],
    )


def _count(text: str) -> int:
    return int(_SPACES.sub("", text))


def _number(
    text: str, field: str, row: int, findings: list[Finding], parse: Callable[[str], int]
) -> int | None:
    if not text:
        findings.append(violation(f"csv.{field}_required", field, row))
        return None
    try:
        return parse(text)
    except ValueError:
        findings.append(violation(f"csv.bad_{field}", field, row, value=text))
        return None


def _shape(
    m: ShareMovement, row: int, cells: Mapping[str, str], *, members_too: bool
) -> list[Finding]:
    out: list[Finding] = []
    for problem in movement_problems(m):
        code = problem.code
        if code in _SHAPE and (members_too or code != "shares.transfer_to_self"):
            field = {"count": "count", "nominal": "nominal"}.get(problem.field, "to_member")
            out.append(violation(_SHAPE[code], field, row, value=cells.get(field, "")))
        elif members_too and code in ("shares.from_member", "shares.to_member"):
            field = "from_member" if code == "shares.from_member" else "to_member"
            present = bool(cells.get(field))
            suffix = "unexpected" if present else "required"
            out.append(violation(f"csv.{field}_{suffix}", field, row, kind=m.kind.value))
    return out


def _check_balances(
    rows: list[ImportRow[ShareMovement]],
    existing: Sequence[ShareMovement],
    numbers: Mapping[int, str],
) -> list[ImportRow[ShareMovement]]:
    # Temporary ids after the register's keep file order among same-day movements.
    base = max((m.id for m in existing), default=0) + 1
    by_id = {base + i: i for i in range(len(rows))}
    flagged: dict[int, Finding] = {}
    # Only each member's first overdraft is certain: refusing it can starve a later row
    # (a transfer out of shares that were never subscribed) or save one (a redemption
    # that fits once an earlier one is refused). So refuse those, then look again.
    while True:
        candidates = [
            replace(r.value, id=base + i)
            for i, r in enumerate(rows)
            if r.ok and base + i not in flagged
        ]
        new: dict[int, Finding] = {}
        members_seen: set[object] = set()
        for p in balance_problems([*existing, *candidates]):
            member, movement_id = p.param("member_id"), p.param("movement_id")
            if movement_id in by_id and member not in members_seen:
                new[movement_id] = p
                members_seen.add(member)
        if not new:
            break
        flagged.update(new)
    out = list(rows)
    for movement_id, problem in flagged.items():
        i = by_id[movement_id]
        r = rows[i]
        finding = violation(
            "csv.negative_balance", "from_member", r.row,
            member=numbers.get(problem.param("member_id"), "?"),
            date=r.value.on, balance=problem.param("balance"),
        )  # fmt: skip
        out[i] = replace(r, findings=(*r.findings, finding))
    return out


def share_header(*, french: bool = False) -> list[str]:
    """The header row written on export: stable keys, or the French labels."""
    return [c.french if french else c.key for c in SHARE_COLUMNS]


def format_shares(
    movements: Sequence[ShareMovement], numbers: Mapping[int, str], *, french: bool = False
) -> list[list[str]]:
    """Rows for export in :data:`SHARE_COLUMNS` order (header not included).

    Args:
        movements: in register order.
        numbers: member id → membership number.
        french: French words, ``15/03/2024`` dates and ``25,00`` amounts.
    """
    return [
        [
            format_date(m.on, french),
            _KIND_FR[m.kind] if french else m.kind.value,
            str(m.count),
            format_cents(m.nominal_cents, french=french),
            numbers[m.from_member_id] if m.from_member_id is not None else "",
            numbers[m.to_member_id] if m.to_member_id is not None else "",
            m.reference,
            m.note,
        ]
        for m in movements
    ]
