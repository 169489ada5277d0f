# SPDX-License-Identifier: GPL-3.0-or-later
"""Findings: rule outcomes carried as data (the Beancount ``(result, errors)`` style).

A finding names a rule (``code``), the values that explain it (``params``), the legal
source and how serious it is. Texts are produced by the presentation layers.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.StrEnum):
    """How a finding should be treated."""

    INFO = "info"
    WARNING = "warning"
    VIOLATION = "violation"


@dataclass(frozen=True, slots=True)
class Finding:
    """One outcome of a rule.

    Attributes:
        code: stable identifier (``"scop.employee_capital"``).
        severity: violation (the law is broken), warning (to watch) or info.
        source: the legal source quoted to the user (``"Loi 78-763 art. 5"``).
        params: values used by the message (numbers as ints or strings).
        field: the statutes/record field concerned, when there is one.
    """

    code: str
    severity: Severity
    source: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    field: str = ""

    def param(self, name: str, default: Any = None) -> Any:
        """Return one parameter, or ``default``."""
        return self.params.get(name, default)
