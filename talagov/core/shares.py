# SPDX-License-Identifier: GPL-3.0-or-later
"""The share register: subscriptions, transfers, redemptions, and holdings at a date."""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from talagov.core.findings import Finding, Severity


class MovementKind(enum.StrEnum):
    """The three movements of a variable-capital register."""

    SUBSCRIPTION = "subscription"
    TRANSFER = "transfer"
    REDEMPTION = "redemption"


@dataclass(frozen=True, slots=True)
class ShareMovement:
    """One line of the share register.

    A subscription has only ``to_member_id``, a redemption only ``from_member_id``, a
    transfer both. ``count`` is always positive; ``nominal_cents`` is the nominal value
    of one share at the time of the movement.
    """

    id: int
    kind: MovementKind
    on: date
    count: int
    nominal_cents: int
    from_member_id: int | None = None
    to_member_id: int | None = None
    reference: str = ""
    note: str = ""

    @property
    def amount_cents(self) -> int:
        """Nominal amount moved, in cents."""
        return self.count * self.nominal_cents


def movement_problems(m: ShareMovement) -> tuple[Finding, ...]:
    """Shape problems of one movement, independent of the rest of the register."""
    problems: list[Finding] = []
    if m.count <= 0:
        problems.append(Finding("shares.count_positive", Severity.VIOLATION, field="count"))
    if m.nominal_cents <= 0:
        problems.append(Finding("shares.nominal_positive", Severity.VIOLATION, field="nominal"))
    needs_from = m.kind in (MovementKind.TRANSFER, MovementKind.REDEMPTION)
    needs_to = m.kind in (MovementKind.TRANSFER, MovementKind.SUBSCRIPTION)
    if needs_from != (m.from_member_id is not None):
        problems.append(Finding("shares.from_member", Severity.VIOLATION, field="from"))
    if needs_to != (m.to_member_id is not None):
        problems.append(Finding("shares.to_member", Severity.VIOLATION, field="to"))
    if m.kind is MovementKind.TRANSFER and m.from_member_id == m.to_member_id:
        problems.append(Finding("shares.transfer_to_self", Severity.VIOLATION, field="to"))
    return tuple(problems)


def _ordered(movements: Iterable[ShareMovement]) -> list[ShareMovement]:
    # Same-day movements apply subscriptions first, so that a subscription and a
    # redemption entered for one day never show a transient negative balance.
    rank = {MovementKind.SUBSCRIPTION: 0, MovementKind.TRANSFER: 1, MovementKind.REDEMPTION: 2}
    return sorted(movements, key=lambda m: (m.on, rank[m.kind], m.id))


def holdings_at(movements: Iterable[ShareMovement], at: date) -> dict[int, int]:
    """Shares held by each member at the end of day ``at`` (members at zero omitted)."""
    held: dict[int, int] = defaultdict(int)
    for m in movements:
        if m.on > at:
            continue
        if m.to_member_id is not None:
            held[m.to_member_id] += m.count
        if m.from_member_id is not None:
            held[m.from_member_id] -= m.count
    return {k: v for k, v in held.items() if v != 0}


def capital_at(movements: Iterable[ShareMovement], at: date) -> dict[int, int]:
    """Nominal capital held by each member at the end of ``at``, in cents."""
    held: dict[int, int] = defaultdict(int)
    for m in movements:
        if m.on > at:
            continue
        if m.to_member_id is not None:
            held[m.to_member_id] += m.amount_cents
        if m.from_member_id is not None:
            held[m.from_member_id] -= m.amount_cents
    return {k: v for k, v in held.items() if v != 0}


def balance_problems(movements: Iterable[ShareMovement]) -> tuple[Finding, ...]:
    """Movements that would make a member hold a negative number of shares.

    Returns one finding per offending movement, with the member, the date and the
    balance it would leave.
    """
    held: dict[int, int] = defaultdict(int)
    problems: list[Finding] = []
    for m in _ordered(movements):
        if m.to_member_id is not None:
            held[m.to_member_id] += m.count
        if m.from_member_id is not None:
            held[m.from_member_id] -= m.count
            if held[m.from_member_id] < 0:
                problems.append(
                    Finding(
                        "shares.negative_balance",
                        Severity.VIOLATION,
                        params={
                            "movement_id": m.id,
                            "member_id": m.from_member_id,
                            "date": m.on,
                            "balance": held[m.from_member_id],
                        },
                    )
                )
    return tuple(problems)
