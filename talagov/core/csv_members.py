# SPDX-License-Identifier: GPL-3.0-or-later
"""The member CSV format: columns, parsing to a preview, formatting for export.

Headers are matched loosely (case, accents and punctuation ignored) against stable
English keys, French labels and aliases, so a register kept in a French spreadsheet
imports as is. Export writes the same columns, so an exported file re-imports to the
same members. Employment periods and arrears are not part of the format.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
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
from talagov.core.findings import Finding
from talagov.core.members import ExitCause, Member, PersonKind, Representative
from talagov.core.text import fold

MemberImportPreview = ImportPreview[Member]
MemberImportRow = ImportRow[Member]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LIST_SEPARATOR = "|"  # aliases and representatives; never found in names

MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("number", "Numéro", ("n°", "no", "numéro d'associé", "numéro de sociétaire")),
    Column("kind", "Type", ("personne", "type de personne")),
    Column("name", "Nom", ("raison sociale", "nom ou raison sociale", "dénomination")),
    Column("first_name", "Prénom"),
    Column("email", "Courriel", ("e-mail", "mail", "adresse e-mail", "adresse électronique")),
    Column("phone", "Téléphone", ("tél", "tel")),
    Column("address", "Adresse", ("adresse postale",)),
    Column("birth_date", "Date de naissance"),
    Column("category", "Catégorie", ("category key",)),
    Column("college", "Collège", ("college key",)),
    Column("admission_date", "Date d'admission", ("date d'entrée",)),
    Column("admission_decision", "Décision d'admission"),
    Column("exit_date", "Date de sortie"),
    Column("exit_cause", "Motif de sortie", ("cause de sortie",)),
    Column("consent_date", "Consentement convocation électronique", ("date de consentement",)),
    Column("consent_address", "Adresse de convocation électronique"),
    Column("aliases", "Alias", ("autres noms",)),
    Column("representative", "Représentant", ("représentant légal",)),
    Column("representative_function", "Fonction du représentant"),
    Column("representative_start", "Représentant depuis"),
    Column("representative_end", "Représentant jusqu'au"),
    Column("notes", "Notes", ("remarques", "commentaire")),
    # Written for the reader's benefit; holdings come from the share register, not from here.
    Column("shares", "Parts", ("nombre de parts",)),
)
REQUIRED = ("name",)
_DATES = ("birth_date", "admission_date", "exit_date", "consent_date")

_KIND_FR = {PersonKind.NATURAL: "personne physique", PersonKind.LEGAL: "personne morale"}
_CAUSE_FR = {
    ExitCause.RESIGNATION: "démission",
    ExitCause.EXCLUSION: "exclusion",
    ExitCause.DEATH: "décès",
    ExitCause.RETIREMENT: "retraite",
    ExitCause.ECONOMIC_DISMISSAL: "licenciement économique",
    ExitCause.INVALIDITY: "invalidité",
    ExitCause.END_OF_EMPLOYMENT: "fin de contrat",
    ExitCause.DISSOLUTION: "dissolution",
    ExitCause.OTHER: "autre",
}


def _words(text: str) -> str:
    return " ".join(fold(text).replace("_", " ").replace("-", " ").split())


_KINDS: dict[str, PersonKind] = {
    **{_words(k.value): k for k in PersonKind},
    **{_words(w): k for k, w in _KIND_FR.items()},
    "physique": PersonKind.NATURAL, "pp": PersonKind.NATURAL, "person": PersonKind.NATURAL,
    "morale": PersonKind.LEGAL, "pm": PersonKind.LEGAL, "entity": PersonKind.LEGAL,
}  # fmt: skip
_CAUSES: dict[str, ExitCause] = {
    **{_words(c.value): c for c in ExitCause},
    **{_words(w): c for c, w in _CAUSE_FR.items()},
    "fin d'emploi": ExitCause.END_OF_EMPLOYMENT,
}


def parse_members(
    data: bytes | str,
    *,
    known_categories: Collection[str] | None = None,
    existing_numbers: Collection[str] = frozenset(),
    encoding: str | None = None,
) -> MemberImportPreview:
    """Read a member CSV into a preview, one result per row; nothing is saved.

    Args:
        data: the file's bytes (encoding detected) or already decoded text.
        known_categories: category keys configured; ``None`` accepts any key.
        existing_numbers: membership numbers already in the register (a row reusing
            one is refused: an import never updates).
        encoding: force the encoding instead of detecting it.

    Returns:
        A preview whose rows hold draft members (id 0, number empty when the file gives
        none) and findings with ``row`` (spreadsheet numbering), ``field`` and the value.

    Raises:
        UserError: the file cannot be read at all (see :func:`csv_dialect.read_table`).
    """
    if isinstance(data, str):
        data, encoding = data.encode("utf-8"), "utf-8"
    table = read_table(data, encoding=encoding)
    return preview_members(
        table, known_categories=known_categories, existing_numbers=existing_numbers
    )


def preview_members(
    table: CsvTable,
    *,
    known_categories: Collection[str] | None = None,
    existing_numbers: Collection[str] = frozenset(),
) -> MemberImportPreview:
    """:func:`parse_members` on an already split table."""
    positions, header_findings = match_header(table.header, MEMBER_COLUMNS, REQUIRED)
    categories = None if known_categories is None else set(known_categories)
    existing = set(existing_numbers)
    first_seen: dict[str, int] = {}
    rows: list[MemberImportRow] = []
    reader = RowReader(positions, len(table.header))
    for raw in table.rows:
        cells, findings = reader.cells(raw)
        member = _draft(cells, raw.number, findings, categories)
        if member.number:
            if member.number in existing:
                findings.append(
                    violation("csv.number_exists", "number", raw.number, value=member.number)
                )
            elif member.number in first_seen:
                findings.append(
                    violation("csv.duplicate_number", "number", raw.number,
                              value=member.number, first_row=first_seen[member.number])
                )  # fmt: skip
            else:
                first_seen[member.number] = raw.number
        rows.append(ImportRow(raw.number, member, tuple(findings)))
    columns = tuple(k for k, _ in sorted(positions.items(), key=lambda kv: kv[1]))
    return ImportPreview(table.encoding, table.delimiter, columns, header_findings, tuple(rows))


def _draft(
    cells: Mapping[str, str], row: int, findings: list[Finding], categories: set[str] | None
) -> Member:
    get = cells.get
    dates: dict[str, date | None] = dict.fromkeys(_DATES)
    for key in _DATES:
        if text := get(key, ""):
            try:
                dates[key] = parse_date(text)
            except ValueError:
                findings.append(violation("csv.bad_date", key, row, value=text))
    name = get("name", "")
    if not name:
        findings.append(violation("csv.name_required", "name", row))
    kind = PersonKind.NATURAL
    if text := get("kind", ""):
        if (found := _KINDS.get(text) or _KINDS.get(_words(text))) is None:
            findings.append(violation("csv.unknown_kind", "kind", row, value=text))
        else:
            kind = found
    cause: ExitCause | None = None
    if text := get("exit_cause", ""):
        cause = _CAUSES.get(text) or _CAUSES.get(_words(text))
        if cause is None:
            findings.append(violation("csv.unknown_exit_cause", "exit_cause", row, value=text))
    admission, exit_date = dates["admission_date"], dates["exit_date"]
    if admission and exit_date and exit_date < admission:
        findings.append(violation("csv.exit_before_admission", "exit_date", row,
                                  value=get("exit_date", ""), admission=admission))  # fmt: skip
    if cause is not None and exit_date is None and not get("exit_date"):
        findings.append(violation("csv.exit_cause_without_date", "exit_cause", row))
    email = get("email", "")
    for key, address in (("email", email), ("consent_address", get("consent_address", ""))):
        if address and not _plausible_email(address):
            findings.append(violation("csv.bad_email", key, row, value=address))
    if dates["consent_date"] and not (email or get("consent_address")):
        findings.append(violation("csv.consent_needs_email", "consent_date", row))
    category = get("category", "")
    if category and categories is not None and category not in categories:
        findings.append(violation("csv.unknown_category", "category", row, value=category))
    first_name = get("first_name", "")
    if kind is PersonKind.LEGAL and first_name:
        findings.append(violation("csv.legal_first_name", "first_name", row, value=first_name))
    reps = _representatives(cells, row, admission, findings)
    if reps and kind is PersonKind.NATURAL:
        findings.append(violation("csv.representative_for_person", "representative", row))
    return Member(
        id=0, number=get("number", ""), kind=kind, name=name, first_name=first_name,
        email=email, phone=get("phone", ""), address=get("address", ""),
        category_key=category, college_key=get("college", ""),
        admission_date=admission, admission_decision=get("admission_decision", ""),
        exit_date=exit_date, exit_cause=cause, consent_date=dates["consent_date"],
        consent_address=get("consent_address", ""), notes=get("notes", ""),
        birth_date=dates["birth_date"], aliases=_split(get("aliases", "")),
        representatives=reps,
    )  # fmt: skip


def _plausible_email(text: str) -> bool:
    # Deliberately loose (one @, a dot in the domain): the bounce is the real check.
    return _EMAIL.match(text) is not None


def _split(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(p.strip() for p in text.split(LIST_SEPARATOR) if p.strip())


def _representatives(
    cells: Mapping[str, str], row: int, admission: date | None, findings: list[Finding]
) -> tuple[Representative, ...]:
    names = _split(cells.get("representative") or "")
    if not names:
        return ()
    # Parallel "|"-separated lists; a single representative may omit its start date.
    parts = {
        key: [p.strip() for p in cells.get(key, "").split(LIST_SEPARATOR)]
        for key in ("representative_function", "representative_start", "representative_end")
    }
    reps: list[Representative] = []
    for i, name in enumerate(names):
        function, start_text, end_text = (v[i] if i < len(v) else "" for v in parts.values())
        start = _optional_date(start_text, "representative_start", row, findings)
        end = _optional_date(end_text, "representative_end", row, findings)
        if (start_text and start is None) or (end_text and end is None):
            continue  # already reported as a bad date
        start = start or admission
        if start is None:
            findings.append(
                violation("csv.representative_start", "representative_start", row, name=name)
            )
            continue
        reps.append(Representative(name, function, start, end))
    return tuple(reps)


def _optional_date(text: str, field: str, row: int, findings: list[Finding]) -> date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        findings.append(violation("csv.bad_date", field, row, value=text))
        return None


def member_header(*, french: bool = False) -> list[str]:
    """The header row written on export: stable keys, or the French labels."""
    return [c.french if french else c.key for c in MEMBER_COLUMNS]


def format_members(
    members: Sequence[Member], holdings: Mapping[int, int], *, french: bool = False
) -> list[list[str]]:
    """Rows for export, in :data:`MEMBER_COLUMNS` order (header not included).

    Args:
        members: the members to write, in the order wanted.
        holdings: shares held by member id (written in the informational ``shares`` column).
        french: French words, dates as ``15/03/2024`` (the ``excel-fr`` variant).
    """

    def d(value: date | None) -> str:
        return format_date(value, french)

    def join(values: Sequence[str]) -> str:
        return LIST_SEPARATOR.join(values)

    rows: list[list[str]] = []
    for m in members:
        reps = m.representatives
        # A lone representative designated on admission day is written without its
        # start, the shape people type and the one the parser fills in.
        implicit = len(reps) == 1 and reps[0].start == m.admission_date
        rows.append([
            m.number, _KIND_FR[m.kind] if french else m.kind.value, m.name, m.first_name,
            m.email, m.phone, m.address, d(m.birth_date), m.category_key, m.college_key,
            d(m.admission_date), m.admission_decision, d(m.exit_date), _cause(m.exit_cause, french),
            d(m.consent_date), m.consent_address, join(m.aliases),
            join([r.name for r in reps]), join([r.function for r in reps]),
            "" if implicit else join([d(r.start) for r in reps]),
            join([d(r.end) for r in reps]) if any(r.end for r in reps) else "",
            m.notes, str(holdings.get(m.id, 0)),
        ])  # fmt: skip
    return rows


def _cause(cause: ExitCause | None, french: bool) -> str:
    if cause is None:
        return ""
    return _CAUSE_FR[cause] if french else cause.value


def assign_numbers(
    preview: MemberImportPreview, taken: Collection[str], *, prefix: str = "S-", start: int = 1
) -> MemberImportPreview:
    """Give every numberless row the next free ``S-0001``-style number, in file order.

    Deterministic: the same file on the same register always gets the same numbers.
    ``taken`` holds the numbers already used (register and file alike).
    """
    used = set(taken) | {r.value.number for r in preview.rows if r.value.number}
    candidate = start
    rows: list[MemberImportRow] = []
    for r in preview.rows:
        if r.value.number:
            rows.append(r)
            continue
        while f"{prefix}{candidate:04d}" in used:
            candidate += 1
        number = f"{prefix}{candidate:04d}"
        used.add(number)
        rows.append(replace(r, value=replace(r.value, number=number)))
    return replace(preview, rows=tuple(rows))
