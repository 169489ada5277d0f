# SPDX-License-Identifier: GPL-3.0-or-later
"""Members (associés, sociétaires), their categories and colleges."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from talagov.core.text import search_key


class PersonKind(enum.StrEnum):
    """A natural person or a legal entity (a commune, a company, an association)."""

    NATURAL = "natural"
    LEGAL = "legal"


class CategoryRole(enum.StrEnum):
    """What a category means to the law (SCIC categories, SCOP employees)."""

    EMPLOYEE = "employee"
    BENEFICIARY = "beneficiary"
    PRODUCER = "producer"
    VOLUNTEER = "volunteer"
    PUBLIC_BODY = "public_body"  # collectivités territoriales and their groupings
    PARTNER = "partner"
    FOUNDER = "founder"
    OTHER = "other"


class ExitCause(enum.StrEnum):
    """Why a member left, or why an employment ended (S3, S6)."""

    RESIGNATION = "resignation"
    EXCLUSION = "exclusion"
    DEATH = "death"
    RETIREMENT = "retirement"
    ECONOMIC_DISMISSAL = "economic_dismissal"
    INVALIDITY = "invalidity"
    END_OF_EMPLOYMENT = "end_of_employment"
    DISSOLUTION = "dissolution"
    OTHER = "other"


# Former employees who still count as employees for the 51 % capital test (S3).
CAPITAL_TEST_KEEPS = frozenset(
    {ExitCause.RETIREMENT, ExitCause.ECONOMIC_DISMISSAL, ExitCause.INVALIDITY}
)


@dataclass(frozen=True, slots=True)
class Category:
    """A configurable category of associates (SCIC C3)."""

    key: str
    label: str
    role: CategoryRole


@dataclass(frozen=True, slots=True)
class EmploymentPeriod:
    """A period during which the member was employed by the cooperative."""

    start: date
    end: date | None = None
    end_cause: ExitCause | None = None

    def covers(self, at: date) -> bool:
        """Whether the member was employed on ``at``."""
        return self.start <= at and (self.end is None or at <= self.end)


@dataclass(frozen=True, slots=True)
class Representative:
    """The natural person who represents a legal-entity member for a period."""

    name: str
    function: str
    start: date
    end: date | None = None

    def covers(self, at: date) -> bool:
        """Whether this designation was in force on ``at``."""
        return self.start <= at and (self.end is None or at <= self.end)


@dataclass(frozen=True, slots=True)
class Arrears:
    """A formal notice for unpaid subscriptions; the vote is suspended until cured."""

    notice_date: date
    cured_on: date | None = None


@dataclass(frozen=True, slots=True)
class Member:
    """One associate. Never deleted once it has history: it exits instead.

    Attributes:
        number: the membership number shown to people (``"S-0042"``).
        name: family name (natural person) or corporate name (legal entity).
        first_name: empty for a legal entity.
        consent_date / consent_address: consent to electronic convocation (K3).
    """

    id: int
    number: str
    kind: PersonKind
    name: str
    first_name: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    category_key: str = ""
    college_key: str = ""
    admission_date: date | None = None
    admission_decision: str = ""
    exit_date: date | None = None
    exit_cause: ExitCause | None = None
    consent_date: date | None = None
    consent_address: str = ""
    notes: str = ""
    birth_date: date | None = None  # optional; used by the over-70 board rule
    aliases: tuple[str, ...] = ()
    employment: tuple[EmploymentPeriod, ...] = ()
    representatives: tuple[Representative, ...] = ()
    arrears: tuple[Arrears, ...] = ()

    @property
    def display_name(self) -> str:
        """``"Name First"`` for a person, the corporate name for an entity."""
        if self.kind is PersonKind.LEGAL or not self.first_name:
            return self.name
        return f"{self.name} {self.first_name}"

    def is_member_on(self, at: date) -> bool:
        """Admitted on or before ``at`` and not exited on or before it."""
        if self.admission_date is None or self.admission_date > at:
            return False
        return self.exit_date is None or self.exit_date > at

    def is_employee_on(self, at: date) -> bool:
        """Employed by the cooperative on ``at``."""
        return any(p.covers(at) for p in self.employment)

    def was_ever_employee_before(self, at: date) -> bool:
        """Had an employment that started on or before ``at``."""
        return any(p.start <= at for p in self.employment)

    def representative_on(self, at: date) -> Representative | None:
        """The designated representative of a legal entity on ``at``."""
        for rep in self.representatives:
            if rep.covers(at):
                return rep
        return None

    def search_text(self) -> str:
        """Folded text searched by the filters (names, aliases, number, e-mail, city)."""
        if not (self.aliases or self.representatives):  # most members: no list to build
            return search_key(self.number, self.name, self.first_name, self.email, self.address)
        reps = [r.name for r in self.representatives]
        return search_key(self.number, self.name, self.first_name, self.email, self.address, *self.aliases, *reps)
