# SPDX-License-Identifier: GPL-3.0-or-later
"""The printable legal registers: associates at a date, and the share movements.

Both take core values and return PDF bytes (A4 landscape, French by default). The
register of associates keeps the data S9 asks for per associate; the register of
movements is the R228-8 *registre des mouvements de titres* with running totals.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Protocol

from talagov.core.members import Member
from talagov.core.organisation import Organisation
from talagov.core.shares import MovementKind
from talagov.messages import format_cents, format_date, format_int
from talagov.reports.document import RegisterTable, build_pdf
from talagov.reports.fonts import register_fonts
from talagov.reports.labels import (
    exit_label,
    has_capital,
    movement_label,
    person_label,
    share_register_title,
    text,
)
from talagov.reports.letterhead import letterhead
from talagov.reports.table_layout import (
    Cancellable,
    Column,
    Progress,
    Row,
    fit_widths,
    make_row,
    make_rows,
)

WIDTH = 786.0  # landscape A4 minus the margins, in points


class MovementLine(Protocol):
    """A share movement with the names of both members (``MovementListItem`` fits)."""

    @property
    def id(self) -> int: ...
    @property
    def on(self) -> date: ...
    @property
    def kind(self) -> MovementKind: ...
    @property
    def count(self) -> int: ...
    @property
    def nominal_cents(self) -> int: ...
    @property
    def from_name(self) -> str: ...
    @property
    def to_name(self) -> str: ...
    @property
    def reference(self) -> str: ...


def _table(
    spec: Sequence[tuple[str, bool]],
    values: list[list[str]],
    totals: list[str],
    lang: str,
    progress: Progress | None,
    cancel: Cancellable | None,
) -> tuple[tuple[Column, ...], list[Row], Row]:
    fonts = register_fonts()
    headers = [text(f"col.{key}", lang) for key, _ in spec]
    numeric = [n for _, n in spec]
    figures = ["", *totals[1:]]  # the spanned label does not size the first column
    widths = fit_widths(headers, numeric, values, figures, (fonts.regular, fonts.bold), WIDTH)
    columns = tuple(Column(h, w, n) for h, w, n in zip(headers, widths, numeric, strict=True))
    rows = make_rows(
        values, columns, fonts.regular, progress=progress, total=2 * len(values), cancel=cancel
    )
    # The label of the total row (first cell) runs on until the first figure.
    span = next((i for i, v in enumerate(totals) if i and v), len(totals))
    return columns, rows, make_row(totals, columns, fonts.bold, span)


def _natural_key(member: Member) -> tuple[tuple[int, int | str], ...]:
    # "S-9" before "S-10": compare the digit runs as numbers.
    parts = re.split(r"(\d+)", member.number)
    key = [(0, int(p)) if p.isdigit() else (1, p) for p in parts if p]
    return (*key, (0, member.id))


def members_register_pdf(
    org: Organisation,
    members: Sequence[Member],
    holdings: Mapping[int, int],
    at: date,
    *,
    categories: Mapping[str, str],
    colleges: Mapping[str, str] | None = None,
    capital: Mapping[int, int] | None = None,
    lang: str = "fr",
    progress: Progress | None = None,
    cancel: Cancellable | None = None,
) -> bytes:
    """The register of associates on ``at``, as PDF bytes.

    Lists every member admitted on or before ``at`` (former members included, with
    their exit date and cause), in membership-number order.

    Args:
        holdings: shares held by member id at the end of ``at``.
        categories, colleges: labels by key; an unknown key prints as itself. The
            college column only appears when some member or the statutes have one.
        capital: nominal capital held by member id, in cents; by default shares times
            the organisation's current nominal (wrong if the nominal ever changed).
        progress: called with ``(done, total)`` from the worker thread.
        cancel: checked between chunks of rows and before each page.

    Raises:
        Cancelled: through ``cancel``.
        UserError: ``reports.font_missing`` on a broken installation.
    """
    listed = sorted(
        (m for m in members if m.admission_date is not None and m.admission_date <= at),
        key=_natural_key,
    )
    colleges = colleges or {}
    with_college = bool(colleges) or any(m.college_key for m in listed)
    with_capital = has_capital(org.form)
    spec = [("number", False), ("name", False), ("person", False), ("category", False),
            ("college", False), ("admission", False), ("decision", False), ("exit", False),
            ("exit_cause", False), ("shares", True), ("capital", True)]  # fmt: skip
    spec = [s for s in spec if (with_college or s[0] != "college")]
    spec = [s for s in spec if (with_capital or s[0] not in ("shares", "capital"))]

    def cents_of(m: Member) -> int:
        if capital is not None:
            return capital.get(m.id, 0)
        return holdings.get(m.id, 0) * org.share_nominal_cents

    values: list[list[str]] = []
    for m in listed:
        left = m.exit_date if m.exit_date is not None and m.exit_date <= at else None
        cells = {
            "number": m.number, "name": m.display_name, "person": person_label(m.kind, lang),
            "category": categories.get(m.category_key, m.category_key),
            "college": colleges.get(m.college_key, m.college_key),
            "admission": format_date(m.admission_date, lang) if m.admission_date else "",
            "decision": m.admission_decision,
            "exit": format_date(left, lang) if left else "",
            "exit_cause": exit_label(m.exit_cause, lang) if left else "",
            "shares": format_int(holdings.get(m.id, 0), lang),
            "capital": format_cents(cents_of(m), lang),
        }  # fmt: skip
        values.append([cells[key] for key, _ in spec])
    total_cents = sum(cents_of(m) for m in listed)
    active = sum(1 for m in listed if m.is_member_on(at))
    totals = {"number": text("members.total", lang, active=format_int(active, lang), date=format_date(at, lang)),
              "shares": format_int(sum(holdings.get(m.id, 0) for m in listed), lang),
              "capital": format_cents(total_cents, lang)}  # fmt: skip
    columns, rows, total_row = _table(
        spec, values, [totals.get(key, "") for key, _ in spec], lang, progress, cancel
    )
    head = letterhead(text("members.title", lang), org, at, total_cents, lang)
    table = RegisterTable(columns, rows, total_row, text("members.empty", lang))
    return build_pdf(head, table, at=at, lang=lang, progress=progress, done=len(rows),
                     total=2 * len(rows), cancel=cancel)  # fmt: skip


def share_register_pdf(
    org: Organisation,
    movements: Sequence[MovementLine],
    at: date,
    *,
    lang: str = "fr",
    progress: Progress | None = None,
    cancel: Cancellable | None = None,
) -> bytes:
    """The register of share movements up to ``at``, in date order, as PDF bytes.

    Each line carries the totals after it: shares in issue and nominal capital
    (subscriptions add, redemptions subtract, transfers change neither).

    Args:
        movements: the movements with both members' names (``MovementListItem``);
            those dated after ``at`` are left out.
        progress, cancel: as for :func:`members_register_pdf`.

    Raises:
        Cancelled: through ``cancel``.
        UserError: ``reports.font_missing`` on a broken installation.
    """
    spec = [("line", True), ("date", False), ("kind", False), ("from", False), ("to", False),
            ("count", True), ("nominal", True), ("amount", True), ("reference", False),
            ("total_shares", True), ("total_capital", True)]  # fmt: skip
    listed = sorted((m for m in movements if m.on <= at), key=lambda m: (m.on, m.id))
    shares_total, capital_total = 0, 0
    values: list[list[str]] = []
    sign = {MovementKind.SUBSCRIPTION: 1, MovementKind.TRANSFER: 0, MovementKind.REDEMPTION: -1}
    for line, m in enumerate(listed, start=1):
        amount = m.count * m.nominal_cents
        shares_total += sign[m.kind] * m.count
        capital_total += sign[m.kind] * amount
        values.append([
            format_int(line, lang), format_date(m.on, lang), movement_label(m.kind, lang),
            m.from_name, m.to_name, format_int(m.count, lang), format_cents(m.nominal_cents, lang),
            format_cents(amount, lang), m.reference, format_int(shares_total, lang),
            format_cents(capital_total, lang),
        ])  # fmt: skip
    summary = text("shares.total", lang, count=format_int(len(listed), lang))
    totals = [summary, "", "", "", "", "", "", "", "", format_int(shares_total, lang),
              format_cents(capital_total, lang)]  # fmt: skip
    columns, rows, total_row = _table(spec, values, totals, lang, progress, cancel)
    head = letterhead(share_register_title(org.form, lang), org, at, capital_total, lang)
    table = RegisterTable(columns, rows, total_row, text("shares.empty", lang))
    return build_pdf(head, table, at=at, lang=lang, progress=progress, done=len(rows),
                     total=2 * len(rows), cancel=cancel)  # fmt: skip
