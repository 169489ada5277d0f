# SPDX-License-Identifier: GPL-3.0-or-later
"""What a verification found: one line per check, each named and explained.

Every check of :mod:`talagov.verifier` yields :class:`CheckLine` values: a message
code of the ``verify`` area (worded in French and English by the catalogue) with its
parameters, the file of the bundle it concerns and, when there is one, its subject (a
ballot's fingerprint, a poll, a minutes, a certificate). The verification holds only
when no line failed.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from talagov.core.bundle_format import Manifest


class Area(enum.StrEnum):
    """What a line checks (the checklist's groups, in this order)."""

    MANIFEST = "manifest"
    CERTIFICATES = "certificates"
    BALLOTS = "ballots"
    TALLY = "tally"
    QUORUM = "quorum"
    MINUTES = "minutes"
    JOURNAL = "journal"
    DOCUMENTS = "documents"


class Status(enum.StrEnum):
    """How one check came out."""

    OK = "ok"
    FAILED = "failed"
    WARNING = "warning"  # holds, with something a reader should know (no time-stamp…)


@dataclass(frozen=True)
class CheckLine:
    """One check and its outcome.

    Attributes:
        code: a message code of the ``verify`` area (``talagov/messages/verify.py``).
        params: the message's parameters (JSON-serialisable values only).
        file: the bundle member concerned (``""`` for the whole bundle).
        subject: what inside it (``"ballot 3f2a…"``, ``"poll 2"``…), ``""`` if none.
    """

    area: Area
    status: Status
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    file: str = ""
    subject: str = ""


class BundleUnreadable(Exception):
    """The file is not a readable bundle (exit code 2): ``code`` is a message code of
    the ``bundle`` area, ``params`` its parameters."""

    def __init__(self, code: str, params: Mapping[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params: Mapping[str, Any] = dict(params or {})


class Cancelled(Exception):
    """The verification was cancelled by the caller (nothing was written anywhere)."""


@dataclass(frozen=True)
class Verification:
    """The outcome of verifying one bundle.

    Attributes:
        path: the file verified (as given).
        manifest: the manifest read (its signature is one of the lines).
        organisation_fingerprint: SHA-256 of the organisation certificate in the bundle,
            to compare with the digits printed on paper.
        lines: every check, grouped by :class:`Area` in its order.
        contents: the decoded bundle (for browsing in auditor mode), ``None`` when the
            data could not be decoded far enough.
    """

    path: str
    manifest: Manifest
    organisation_fingerprint: str
    lines: tuple[CheckLine, ...]
    contents: Any = None

    @property
    def ok(self) -> bool:
        """Whether every check held (warnings hold)."""
        return all(line.status is not Status.FAILED for line in self.lines)

    @property
    def failures(self) -> tuple[CheckLine, ...]:
        """The lines that failed."""
        return tuple(line for line in self.lines if line.status is Status.FAILED)
