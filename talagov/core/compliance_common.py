# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared pieces of the compliance checks: share thresholds and register-wide rules.

A share threshold is checked with integer cross-multiplication only; a value within
two percentage points of its threshold (on the safe side) gives a WARNING with the
code suffixed ``.near``, so that the secretary sees the risk before the law is broken.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from talagov.core.findings import Finding, Severity
from talagov.core.floors import college_findings
from talagov.core.members import PersonKind
from talagov.core.ratio import Ratio
from talagov.core.register import RegisterSnapshot
from talagov.core.voting_rights import current_members

NEAR_POINTS = 2  # percentage points that make a value "near" its threshold


def ratio_bp(ratio: Ratio) -> int:
    """A ratio in hundredths of a percent, rounded down (``1/3`` → 3333)."""
    return ratio.num * 10_000 // ratio.den


def severity_for(snapshot: RegisterSnapshot, path: str) -> Severity:
    """VIOLATION for a legal or statutory value, WARNING for a mere preset suggestion."""
    return Severity.WARNING if path in snapshot.statutes.suggested else Severity.VIOLATION


def source_for(snapshot: RegisterSnapshot, path: str, default: str) -> str:
    """The source recorded in the statutes for ``path``, else ``default``."""
    return snapshot.statutes.source(path) or default


def share_at_least(code: str, part: int, whole: int, required: Ratio, *, source: str, path: str,
                   severity: Severity = Severity.VIOLATION, **extra: Any) -> Finding | None:
    """A finding when ``part/whole`` is below ``required`` (or within 2 points above it).

    Args:
        code: the finding code; the warning uses ``code + ".near"``.
        part, whole: integers (cents, votes); nothing is found when ``whole <= 0``.
        required: the minimum share, inclusive ("at least 51 %").
        extra: further params (the raw part and whole, named by the caller).

    Returns:
        The finding, with ``actual_bp`` (rounded down) and ``required_bp``, or ``None``.
    """
    if whole <= 0:
        return None
    params = {"actual_bp": part * 10_000 // whole, "required_bp": -(-required.num * 10_000 // required.den),
              **extra}
    if not required.reached_by(part, whole):
        return Finding(code, severity, source, params, path)
    # part/whole < required + NEAR_POINTS/100, cross-multiplied over den * 100.
    if part * required.den * 100 < whole * (required.num * 100 + NEAR_POINTS * required.den):
        return Finding(f"{code}.near", Severity.WARNING, source, params, path)
    return None


def share_at_most(code: str, part: int, whole: int, allowed: Ratio, *, source: str, path: str,
                  severity: Severity = Severity.VIOLATION, **extra: Any) -> Finding | None:
    """A finding when ``part/whole`` exceeds ``allowed`` (or is within 2 points below it).

    Same conventions as :func:`share_at_least`; ``actual_bp`` is rounded up here so
    that a violation never displays the bound itself.
    """
    if whole <= 0:
        return None
    params = {"actual_bp": -(-part * 10_000 // whole), "required_bp": ratio_bp(allowed), **extra}
    if allowed.reached_by(part, whole, strict=True):
        return Finding(code, severity, source, params, path)
    if part * allowed.den * 100 > whole * (allowed.num * 100 - NEAR_POINTS * allowed.den):
        return Finding(f"{code}.near", Severity.WARNING, source, params, path)
    return None


def representative_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    """A WARNING for each legal-entity member without a representative on the date."""
    for m in current_members(snapshot):
        if m.kind is PersonKind.LEGAL and m.representative_on(snapshot.at) is None:
            yield Finding("member.no_representative", Severity.WARNING, "",
                          {"member": m.display_name, "number": m.number}, "representatives")


def college_membership_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    """Colleges out of bounds, and members whose college is not in the statutes."""
    statutes = snapshot.statutes
    if not statutes.colleges:
        return
    comp = statutes.composition
    source = source_for(snapshot, "colleges", "Statuts")
    yield from college_findings(statutes.colleges, low=comp.college_min, high=comp.college_max,
                                min_count=comp.min_colleges, source=source)
    keys = {c.key for c in statutes.colleges}
    for m in current_members(snapshot):
        if m.college_key not in keys:
            yield Finding("member.college_unknown", Severity.VIOLATION, source,
                          {"member": m.display_name, "number": m.number, "college": m.college_key},
                          "college_key")


def max_associates_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    """More associates than the statutes (SARL: 100, C. com. L223-3) allow."""
    cap = snapshot.statutes.composition.max_associates
    count = len(current_members(snapshot))
    if cap > 0 and count > cap:
        path = "composition.max_associates"
        yield Finding("sarl.max_associates", severity_for(snapshot, path),
                      source_for(snapshot, path, "C. com. L223-3"),
                      {"actual": count, "required": cap}, path)


def common_findings(snapshot: RegisterSnapshot) -> tuple[Finding, ...]:
    """The checks that apply to every legal form."""
    return (*max_associates_findings(snapshot), *college_membership_findings(snapshot),
            *representative_findings(snapshot))
