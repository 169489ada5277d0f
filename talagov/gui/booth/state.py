# SPDX-License-Identifier: GPL-3.0-or-later
"""What the booth holds in memory, and how it lets go of it.

Unlocked keys reach the GUI thread inside a :class:`KeyHolder`: the task runner keeps
the last result of every task it ran, so a key returned bare would stay reachable for
as long as the application lives. The booth takes the key out of the holder, which is
left empty. :class:`VoterSession` is everything about the voter at the booth; the
window replaces it with a fresh one when the voter is done (or walks away).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.keyseal import DEFAULT_KDF, KdfParams
from talagov.gui.booth.vote_items import VoteItem

#: The steps of the booth, in the order of its pages.
FIND, UNLOCK, ENROL, POLLS, REVIEW, CONFIRM, RECEIPT, GATE = range(8)

#: The key-derivation cost of keys created in the booth; tests set ``TEST_KDF``.
ENROL_KDF: KdfParams = DEFAULT_KDF

T = TypeVar("T")


class KeyHolder(Generic[T]):
    """One secret value, handed over once by :meth:`take`."""

    def __init__(self, value: T | None) -> None:
        self._value = value

    def take(self) -> T | None:
        """The value, leaving the holder empty."""
        value, self._value = self._value, None
        return value


@dataclass
class VoterSession:
    """The voter at the booth: who, their unlocked key, their ballots and receipts."""

    member_id: int = 0
    name: str = ""
    key: ec.EllipticCurvePrivateKey | None = None
    certificate: x509.Certificate | None = None
    items: list[VoteItem] = field(default_factory=list)
    choices: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    receipts: list[Any] = field(default_factory=list)

    @property
    def unlocked(self) -> bool:
        """Whether the voter's key is in memory."""
        return self.key is not None and self.certificate is not None

    def drop_key(self) -> None:
        """Forget the key and certificate (back to the unlock step, or done)."""
        self.key = None
        self.certificate = None
