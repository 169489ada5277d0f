# SPDX-License-Identifier: GPL-3.0-or-later
"""The summary of what a service call changed, so views refresh only what they show."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Aggregate(enum.StrEnum):
    """Families of records a view may display."""

    ORGANISATION = "organisation"
    STATUTES = "statutes"
    MEMBERS = "members"
    SHARES = "shares"
    MANDATES = "mandates"
    APPLICATIONS = "applications"
    CATEGORIES = "categories"
    MEETINGS = "meetings"  # a meeting's details or status
    AGENDA = "agenda"  # items, candidates, amendments
    LIBRARY = "library"  # documents and their attachments
    CONVOCATIONS = "convocations"  # the sending log, mail settings
    SESSION = "session"  # attendance, signatures, proxies, postal forms, bureau, quorum
    KEYS = "keys"  # the organisation key, members' certificates, revocations
    POLLS = "polls"  # polls, ballots, hand counts, results
    MINUTES = "minutes"  # minutes, their signatures, errata, the registers of deliberations
    SYNC = "sync"  # the shared folder: its setting, what was published, imported, quarantined


@dataclass(frozen=True)
class Changes:
    """Which aggregates (and which ids) a service call changed."""

    aggregates: frozenset[Aggregate]
    ids: frozenset[int] = frozenset()

    @classmethod
    def of(cls, *aggregates: Aggregate, ids: tuple[int, ...] = ()) -> Changes:
        """Build a summary from aggregates and optional ids."""
        return cls(frozenset(aggregates), frozenset(ids))

    def touches(self, *aggregates: Aggregate) -> bool:
        """Whether any of ``aggregates`` changed."""
        return any(a in self.aggregates for a in aggregates)
