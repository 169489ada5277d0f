# SPDX-License-Identifier: GPL-3.0-or-later
"""Boards and mandates: sizes, terms, age limit, SCOP non-employee share, SCOP-SARL CS.

Only mandates in office on ``snapshot.at`` with a vote count (advisory seats neither
vote nor count in a board's size). Limits come from :class:`MandateRules`; a limit the
preset only suggests gives a WARNING instead of a VIOLATION.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from talagov.core.compliance_common import severity_for, source_for
from talagov.core.findings import Finding
from talagov.core.legal_forms import CompanyType
from talagov.core.mandates import GOVERNING_BODIES, Body, BodyKind, Mandate
from talagov.core.register import RegisterSnapshot
from talagov.core.voting_rights import current_members


def seated(snapshot: RegisterSnapshot, body: Body) -> list[Mandate]:
    """Voting mandates of ``body`` in office on the snapshot date."""
    return [m for m in snapshot.mandates
            if m.body_id == body.id and m.votes and m.active_on(snapshot.at)]


def over_70(birth: date | None, at: date) -> bool:
    """Past the 70th birthday on ``at`` ("ayant dépassé l'âge de 70 ans", L225-19).

    Unknown birth dates count as not over 70. A 29 February birthday falls on 1 March.
    """
    if birth is None:
        return False
    try:
        seventieth = birth.replace(year=birth.year + 70)
    except ValueError:
        seventieth = date(birth.year + 70, 3, 1)
    return at > seventieth


def _size(snapshot: RegisterSnapshot, body: Body, count: int, low_path: str,
          high_path: str, prefix: str, low: int, high: int) -> Iterator[Finding]:
    if count < low:
        yield Finding(f"{prefix}.too_small", severity_for(snapshot, low_path),
                      source_for(snapshot, low_path, "Statuts"),
                      {"body": body.name, "actual": count, "required": low}, low_path)
    elif count > high:
        yield Finding(f"{prefix}.too_large", severity_for(snapshot, high_path),
                      source_for(snapshot, high_path, "Statuts"),
                      {"body": body.name, "actual": count, "required": high}, high_path)


def _board_findings(snapshot: RegisterSnapshot, body: Body) -> Iterator[Finding]:
    rules = snapshot.statutes.mandates
    seats = seated(snapshot, body)
    if not seats and snapshot.statutes.form.company_type is not CompanyType.SA:
        return  # an empty body outside an SA is an unused body, not a board too small
    yield from _size(snapshot, body, len(seats), "mandates.board_min", "mandates.board_max",
                     "board", rules.board_min, rules.board_max)
    births = {m.id: m.birth_date for m in snapshot.members}
    old = sum(1 for s in seats if over_70(births.get(s.member_id), snapshot.at))
    cap = rules.over_70_max
    if seats and cap.reached_by(old, len(seats), strict=True):
        path = "mandates.over_70_max"
        yield Finding("board.over_70", severity_for(snapshot, path),
                      source_for(snapshot, path, "Statuts"),
                      {"body": body.name, "actual": old, "seats": len(seats), "required": cap}, path)


def _term_findings(snapshot: RegisterSnapshot, body: Body) -> Iterator[Finding]:
    rules = snapshot.statutes.mandates
    names = {m.id: m.display_name for m in snapshot.members}
    limits = [("mandate.term_too_long", "mandates.term_max_years", rules.term_max_years)]
    if body.kind is BodyKind.MANAGEMENT and rules.gerant_term_max_years > 0:
        limits.append(("mandate.gerant_term_too_long", "mandates.gerant_term_max_years",
                       rules.gerant_term_max_years))
    for mandate in seated(snapshot, body):
        months = mandate.term_months()
        for code, path, years in limits:
            if years > 0 and months is not None and months > years * 12:
                yield Finding(code, severity_for(snapshot, path), source_for(snapshot, path, "Statuts"),
                              {"member": names.get(mandate.member_id, "?"), "body": body.name,
                               "actual_months": months, "required_years": years}, path)


def _non_employee_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    cap = snapshot.statutes.mandates.non_employee_mandates_max
    if cap is None:
        return
    members = {m.id: m for m in snapshot.members}
    seats = [s for b in snapshot.bodies if b.kind in GOVERNING_BODIES for s in seated(snapshot, b)]
    outside = sum(1 for s in seats
                  if s.member_id not in members or not members[s.member_id].is_employee_on(snapshot.at))
    if seats and cap.reached_by(outside, len(seats), strict=True):
        path = "mandates.non_employee_mandates_max"
        yield Finding("scop.non_employee_mandates", severity_for(snapshot, path),
                      source_for(snapshot, path, "Loi 78-763 art. 15"),
                      {"actual": outside, "total": len(seats), "required": cap}, path)


def _supervisory_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    rules = snapshot.statutes.mandates
    boards = [b for b in snapshot.bodies if b.kind is BodyKind.SUPERVISORY_BOARD]
    in_office = [(b, len(seated(snapshot, b))) for b in boards]
    for body, count in in_office:
        if count:
            yield from _size(snapshot, body, count, "mandates.supervisory_board_min",
                             "mandates.supervisory_board_max", "supervisory_board",
                             rules.supervisory_board_min, rules.supervisory_board_max)
    associates = len(current_members(snapshot))
    above = rules.supervisory_board_above
    if above > 0 and associates > above and not any(count for _, count in in_office):
        path = "mandates.supervisory_board_above"
        yield Finding("scop.supervisory_board_required", severity_for(snapshot, path),
                      source_for(snapshot, path, "Loi 78-763 art. 16"),
                      {"actual": associates, "required": above}, path)


def bodies_findings(snapshot: RegisterSnapshot) -> tuple[Finding, ...]:
    """Board sizes and ages, mandate terms, SCOP non-employee share of governing
    mandates (≤ 1/3) and the SCOP-SARL supervisory board above 20 associates."""
    found: list[Finding] = []
    for body in snapshot.bodies:
        if body.kind is BodyKind.BOARD:
            found.extend(_board_findings(snapshot, body))
        if body.kind in GOVERNING_BODIES:
            found.extend(_term_findings(snapshot, body))
    found.extend(_non_employee_findings(snapshot))
    found.extend(_supervisory_findings(snapshot))
    return tuple(found)
