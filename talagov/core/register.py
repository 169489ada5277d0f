# SPDX-License-Identifier: GPL-3.0-or-later
"""A snapshot of the registers, the input of every composition and voting-right rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from talagov.core.mandates import Body, Mandate
from talagov.core.members import Category, Member
from talagov.core.organisation import Organisation
from talagov.core.shares import ShareMovement
from talagov.core.statutes import Statutes


@dataclass(frozen=True)
class RegisterSnapshot:
    """Everything the rules need, loaded once by the services layer.

    Attributes:
        at: the date the rules are evaluated on (today, or a record date).
    """

    organisation: Organisation
    statutes: Statutes
    members: tuple[Member, ...]
    movements: tuple[ShareMovement, ...]
    categories: tuple[Category, ...]
    bodies: tuple[Body, ...]
    mandates: tuple[Mandate, ...]
    at: date

    def category(self, key: str) -> Category | None:
        """The category with ``key``, if configured."""
        for cat in self.categories:
            if cat.key == key:
                return cat
        return None
