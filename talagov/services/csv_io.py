# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV import and export of members and share movements (CLI and GUI alike).

An import is all or nothing: when any row has a problem, :class:`ValidationError`
carries every finding and nothing is written, unless the caller asked to skip the
invalid rows after showing the preview. Rows are written by :mod:`talagov.storage.bulk`
(tens of thousands of members a second) inside the caller's unit of work, so a
cancellation or a failure rolls everything back.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from talagov.core.cancel import CancelToken
from talagov.core.canonical import sha256_hex
from talagov.core.csv_dialect import ImportPreview, Variant, encode_csv
from talagov.core.csv_members import (
    MemberImportPreview,
    assign_numbers,
    format_members,
    member_header,
    parse_members,
)
from talagov.core.csv_shares import ShareImportPreview, format_shares, parse_shares, share_header
from talagov.core.errors import ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.journal import EventKind
from talagov.core.shares import holdings_at
from talagov.services import journal
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage import bulk, members_repo, shares_repo
from talagov.storage.models import CategoryRow, MemberRow

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote.

    Attributes:
        imported: rows written.
        skipped_rows: spreadsheet row numbers left out (only with ``skip_invalid``).
        findings: the problems of the skipped rows, and warnings worth showing.
        changes: for the views to refresh.
    """

    imported: int
    skipped_rows: tuple[int, ...]
    findings: tuple[Finding, ...]
    changes: Changes


def preview_members_import(
    uow: UnitOfWork, data: bytes, *, encoding: str | None = None
) -> MemberImportPreview:
    """Parse a member file against the register, assigning numbers to rows without one.

    Numbers are ``S-0001``-style, counted on from the register's size and skipping every
    number in use, so the preview shows exactly what an import would write.

    Raises:
        UserError: the file cannot be read (``csv.*`` codes of :mod:`core.csv_dialect`).
    """
    session = uow.session
    existing = set(session.scalars(select(MemberRow.number)))
    categories = set(session.scalars(select(CategoryRow.key)))
    # With no category configured yet, any key is accepted rather than refusing every row.
    with _collector_paused():
        preview = parse_members(
            data, known_categories=categories or None, existing_numbers=existing,
            encoding=encoding,
        )  # fmt: skip
        return assign_numbers(preview, existing, start=len(existing) + 1)


def import_members(
    uow: UnitOfWork,
    data: bytes,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    encoding: str | None = None,
) -> ImportResult:
    """Import members from CSV bytes (aliases and representatives included).

    Args:
        skip_invalid: import the valid rows and report the others, instead of refusing.
        progress: called with ``(rows written, rows to write)`` after each batch.
        cancel: checked between batches; cancelling rolls the whole import back.

    Raises:
        ValidationError: a row (or the header) has a problem and ``skip_invalid`` is
            false, or the header is unusable; nothing was written.
        Cancelled: the token was cancelled.
        UserError: the file cannot be read.
    """
    with _collector_paused():
        preview = preview_members_import(uow, data, encoding=encoding)
        valid = _accepted(preview, skip_invalid)
        _check(cancel)
        now = datetime.now()
        values = [r.value for r in valid]
        ids = bulk.insert_members(uow.session, values, now=now, progress=progress, cancel=cancel)
        if ids:
            _journal(uow, EventKind.MEMBERS_IMPORTED, data, now, {
                "rows": len(ids), "first_id": min(ids), "last_id": max(ids),
                "admitted": sum(1 for m in values if m.admission_date is not None),
                "exited": sum(1 for m in values if m.exit_date is not None)})
        return _result(preview, len(valid), Changes.of(Aggregate.MEMBERS))


def export_members(uow: UnitOfWork, variant: Variant | str, *, at: date | None = None) -> bytes:
    """Every member as CSV bytes, with the shares held at ``at`` (default: today).

    Raises:
        UserError: ``csv.unencodable`` when a name cannot be written in cp1252 (``excel-fr``).
    """
    variant = Variant(variant)
    french = variant is Variant.EXCEL_FR
    members = members_repo.all_members(uow.session)
    held = holdings_at(shares_repo.all_movements(uow.session), at or date.today())
    return encode_csv(
        format_members(members, held, french=french), member_header(french=french), variant
    )


def preview_shares_import(
    uow: UnitOfWork, data: bytes, *, encoding: str | None = None
) -> ShareImportPreview:
    """Parse a share-movement file against the members and the existing register.

    Raises:
        UserError: the file cannot be read.
    """
    session = uow.session
    member_ids = members_repo.ids_by_number(session)
    existing = shares_repo.all_movements(session)
    with _collector_paused():
        return parse_shares(data, member_ids=member_ids, existing=existing, encoding=encoding)


def import_shares(
    uow: UnitOfWork,
    data: bytes,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    encoding: str | None = None,
) -> ImportResult:
    """Import share movements from CSV bytes; same contract as :func:`import_members`.

    Raises:
        ValidationError: a row has a problem and ``skip_invalid`` is false; nothing written.
        Cancelled: the token was cancelled.
        UserError: the file cannot be read.
    """
    with _collector_paused():
        preview = preview_shares_import(uow, data, encoding=encoding)
        valid = _accepted(preview, skip_invalid)
        _check(cancel)
        now = datetime.now()
        written = bulk.insert_movements(uow.session, [r.value for r in valid], now=now,
                                        progress=progress, cancel=cancel)  # fmt: skip
        if written:
            _journal(uow, EventKind.SHARES_IMPORTED, data, now, {"rows": written})
        return _result(preview, len(valid), Changes.of(Aggregate.SHARES, Aggregate.MEMBERS))


def export_shares(uow: UnitOfWork, variant: Variant | str) -> bytes:
    """Every share movement, in register order, as CSV bytes.

    Raises:
        UserError: ``csv.unencodable`` when a text cannot be written in cp1252 (``excel-fr``).
    """
    variant = Variant(variant)
    french = variant is Variant.EXCEL_FR
    session = uow.session
    numbers = {i: n for n, i in members_repo.ids_by_number(session).items()}
    rows = format_shares(shares_repo.all_movements(session), numbers, french=french)
    return encode_csv(rows, share_header(french=french), variant)


def _journal(uow: UnitOfWork, kind: EventKind, data: bytes, now: datetime,
             subject: dict[str, int]) -> None:
    """One entry for the whole file: an import records a register kept elsewhere (and
    50,000 entries would cost more than the import itself). The file's SHA-256 names
    exactly what was read."""
    journal.append(uow, kind, meeting_id=None, now=now,
                   subject={"sha256": sha256_hex(data), **subject})


def _accepted(preview: ImportPreview[Any], skip_invalid: bool) -> Sequence[Any]:
    # A bad header refuses the file even when skipping: no row could be read reliably.
    if not preview.header_ok or (preview.has_errors and not skip_invalid):
        problems = tuple(f for f in preview.findings() if f.severity is Severity.VIOLATION)
        raise ValidationError(problems)
    return preview.valid_rows()


def _result(preview: ImportPreview[Any], imported: int, changes: Changes) -> ImportResult:
    skipped = tuple(r.row for r in preview.rows if not r.ok)
    return ImportResult(imported, skipped, preview.findings(), changes)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a file is parsed and written.

    An import allocates a few objects per row, none of them in a reference cycle, and
    keeps most of them to the end. The collector runs after every 700 container
    allocations and, as the kept objects pile up, re-scans all of them: ~0.25 s of a
    50,000-member import, for no garbage found. Reference counting still frees
    everything as usual; only cycle detection waits for the end (Mercurial's
    ``util.nogc`` does the same while building large containers). Re-entrant: an
    inner use leaves the collector as the outer one found it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()
