# SPDX-License-Identifier: GPL-3.0-or-later
"""Proxies (pouvoirs): who may represent whom, under the statutes' rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Proxy:
    """A proxy given by ``principal_id`` to ``holder_id`` (``None``: a blank proxy).

    A blank proxy is sent to the company without naming a holder: the chair holds it,
    and it votes FOR the resolutions presented by management and AGAINST the others.

    Attributes:
        document_id: the scanned form in the governance library, if any.
    """

    id: int
    meeting_id: int
    principal_id: int
    holder_id: int | None
    received_on: date
    document_id: int | None = None
    note: str = ""

    @property
    def blank(self) -> bool:
        """No holder named."""
        return self.holder_id is None
