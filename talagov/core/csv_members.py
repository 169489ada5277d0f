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
from dataclasses import fields, replace
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
_KEYS = tuple(c.key for c in MEMBER_COLUMNS)  # the order _draft unpacks a row's cells in

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
    append = rows.append
    values = RowReader(positions, len(table.header), _KEYS).values
    for raw in table.rows:
        number = raw.number
        cells, findings = values(raw)
        member = _draft(cells, number, findings, categories)
        if key := member.number:
            if key in existing:
                findings.append(violation("csv.number_exists", "number", number, value=key))
            elif key in first_seen:
                findings.append(
                    violation("csv.duplicate_number", "number", number,
                              value=key, first_row=first_seen[key])
                )  # fmt: skip
            else:
                first_seen[key] = number
        append(ImportRow(number, member, tuple(findings)))
    columns = tuple(k for k, _ in sorted(positions.items(), key=lambda kv: kv[1]))
    return ImportPreview(table.encoding, table.delimiter, columns, header_findings, tuple(rows))


def _date(text: str, field: str, row: int, findings: list[Finding]) -> date | None:
    # A bad date is reported once, here, and reads as absent.
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        findings.append(violation("csv.bad_date", field, row, value=text))
        return None


def _draft(
    cells: Sequence[str], row: int, findings: list[Finding], categories: set[str] | None
) -> Member:
    # ``cells`` follows MEMBER_COLUMNS (see _KEYS); unpacking beats a dict per row. The
    # checks run in the order their findings have always been listed.
    (number, kind_text, name, first_name, email, phone, address, birth_text, category,
     college, admission_text, decision, exit_text, cause_text, consent_text, consent_address,
     aliases, rep_names, rep_functions, rep_starts, rep_ends, notes, _shares) = cells  # fmt: skip
    # Most optional dates are empty: test before calling the parser.
    birth = _date(birth_text, "birth_date", row, findings) if birth_text else None
    admission = _date(admission_text, "admission_date", row, findings) if admission_text else None
    exit_date = _date(exit_text, "exit_date", row, findings) if exit_text else None
    consent = _date(consent_text, "consent_date", row, findings) if consent_text else None
    if not name:
        findings.append(violation("csv.name_required", "name", row))
    kind = PersonKind.NATURAL
    if kind_text:
        if (found := _KINDS.get(kind_text) or _KINDS.get(_words(kind_text))) is None:
            findings.append(violation("csv.unknown_kind", "kind", row, value=kind_text))
        else:
            kind = found
    cause: ExitCause | None = None
    if cause_text:
        cause = _CAUSES.get(cause_text) or _CAUSES.get(_words(cause_text))
        if cause is None:
            findings.append(
                violation("csv.unknown_exit_cause", "exit_cause", row, value=cause_text)
            )
    if admission and exit_date and exit_date < admission:
        findings.append(violation("csv.exit_before_admission", "exit_date", row,
                                  value=exit_text, admission=admission))  # fmt: skip
    if cause is not None and exit_date is None and not exit_text:
        findings.append(violation("csv.exit_cause_without_date", "exit_cause", row))
    if email and not _plausible_email(email):
        findings.append(violation("csv.bad_email", "email", row, value=email))
    if consent_address and not _plausible_email(consent_address):
        findings.append(violation("csv.bad_email", "consent_address", row, value=consent_address))
    if consent and not (email or consent_address):
        findings.append(violation("csv.consent_needs_email", "consent_date", row))
    if category and categories is not None and category not in categories:
        findings.append(violation("csv.unknown_category", "category", row, value=category))
    if kind is PersonKind.LEGAL and first_name:
        findings.append(violation("csv.legal_first_name", "first_name", row, value=first_name))
    reps: tuple[Representative, ...] = ()
    if rep_names:
        reps = _representatives(
            rep_names, (rep_functions, rep_starts, rep_ends), row, admission, findings
        )
        if reps and kind is PersonKind.NATURAL:
            findings.append(violation("csv.representative_for_person", "representative", row))
    return _member(
        0, number, kind, name, first_name, email, phone, address, category, college,
        admission, decision, exit_date, cause, consent, consent_address, notes, birth,
        _split(aliases) if aliases else (), (), reps, (),
    )  # fmt: skip


# Member's frozen __init__ goes through object.__setattr__ once per field: ~3.5 µs a
# member, a third of a large import's parsing. Writing the slots through their own
# descriptors builds the same frozen value in half the time. This relies on Member being
# a slotted dataclass with no __post_init__ (checked here) and on the values coming in
# field order (a test compares with Member(...) field by field).
_MEMBER_SLOTS = tuple(vars(Member)[f.name].__set__ for f in fields(Member))
assert not hasattr(Member, "__post_init__"), "_member() would skip Member.__post_init__"


def _member(*values: object) -> Member:
    """``Member(*values)`` with every field given positionally, built faster."""
    member: Member = object.__new__(Member)
    for write, value in zip(_MEMBER_SLOTS, values, strict=True):
        write(member, value)
    return member


def _plausible_email(text: str) -> bool:
    # Deliberately loose (one @, a dot in the domain): the bounce is the real check.
    return _EMAIL.match(text) is not None


def _split(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(p.strip() for p in text.split(LIST_SEPARATOR) if p.strip())


def _representatives(
    names_text: str,
    lists: tuple[str, str, str],
    row: int,
    admission: date | None,
    findings: list[Finding],
) -> tuple[Representative, ...]:
    names = _split(names_text)
    if not names:
        return ()
    # Parallel "|"-separated lists (function, start, end); a single representative may
    # omit its start date.
    parts = [[p.strip() for p in text.split(LIST_SEPARATOR)] for text in lists]
    reps: list[Representative] = []
    for i, name in enumerate(names):
        function, start_text, end_text = (v[i] if i < len(v) else "" for v in parts)
        start = _date(start_text, "representative_start", row, findings)
        end = _date(end_text, "representative_end", row, findings)
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
