# SPDX-License-Identifier: GPL-3.0-or-later
"""Compliance of the registers with the law and the statutes, on one date.

The services call :func:`check_compliance` after every change to members, shares,
mandates or statutes. Each finding carries its code, severity, legal source, the
field concerned and the numbers that explain it (``*_bp`` in hundredths of a
percent, ``*_cents`` in euro cents, counts as ints). The checks live in
:mod:`compliance_common`, :mod:`compliance_scop`, :mod:`compliance_scic` and
:mod:`compliance_bodies`; each one runs only when the statutes set its threshold.
"""

from __future__ import annotations

from talagov.core.compliance_bodies import bodies_findings
from talagov.core.compliance_common import common_findings
from talagov.core.compliance_scic import scic_findings
from talagov.core.compliance_scop import scop_findings
from talagov.core.findings import Finding, Severity
from talagov.core.register import RegisterSnapshot

_ORDER = {Severity.VIOLATION: 0, Severity.WARNING: 1, Severity.INFO: 2}


def check_compliance(snapshot: RegisterSnapshot) -> tuple[Finding, ...]:
    """Every compliance finding on ``snapshot.at``, violations first.

    Args:
        snapshot: the registers and statutes; ``snapshot.at`` is the evaluation date.

    Returns:
        Findings sorted by severity (violations, then warnings), in a stable order
        within each severity; empty when everything complies.
    """
    found = (*scop_findings(snapshot), *scic_findings(snapshot), *bodies_findings(snapshot),
             *common_findings(snapshot))
    return tuple(sorted(found, key=lambda f: _ORDER[f.severity]))


def violations(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Only the findings that break the law or the statutes."""
    return tuple(f for f in findings if f.severity is Severity.VIOLATION)
