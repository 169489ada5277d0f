# SPDX-License-Identifier: GPL-3.0-or-later
"""Demo data: a realistic, fictional cooperative built from a seed.

Same seed and reference date, same data: the only randomness is one
``random.Random(seed)`` and no date is read from the clock. Modules: :mod:`.people`
(names and places), :mod:`.plan` (the in-memory plan and its register bookkeeping),
:mod:`.scic`, :mod:`.scop`, :mod:`.association` (one planner per family) and
:mod:`.builder` (writing a plan in one unit of work).
"""

from __future__ import annotations

from talagov.services.demo.builder import (
    DEFAULT_SEED,
    REFERENCE_DATE,
    DemoOptions,
    DemoSummary,
    build_demo,
    default_members,
    member_count,
    min_members,
    plan_demo,
    write_plan,
)
from talagov.services.demo.plan import DemoPlan

__all__ = [
    "DEFAULT_SEED",
    "REFERENCE_DATE",
    "DemoOptions",
    "DemoPlan",
    "DemoSummary",
    "build_demo",
    "default_members",
    "member_count",
    "min_members",
    "plan_demo",
    "write_plan",
]
