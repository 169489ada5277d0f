# SPDX-License-Identifier: GPL-3.0-or-later
"""A bundle opened for the auditor: its verification and what the browse tabs show.

:func:`open_bundle` runs on the auditor window's worker thread (no Qt here, no
database): it verifies the file, then prepares what the tabs need from the members
the verification read — each poll's ballots with voter and choices (none for a secret
poll: its tab shows totals only), each minutes' signed content decoded. A member whose
bytes do not match the signed manifest is never shown or extracted: the checklist
already names it, and the tabs say it cannot be shown.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talagov.core.ballot_check import Verdict
from talagov.core.ballots import from_file as ballot_from_file
from talagov.core.bundle_format import Manifest
from talagov.core.bundle_model import BundleContents, MinutesRecord, PollRecord
from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError
from talagov.core.minutes_codec import from_data as minutes_from_data
from talagov.core.minutes_content import MinutesContent
from talagov.services.ballots import BallotLine
from talagov.verifier.report import Verification

if TYPE_CHECKING:
    from talagov.verifier.reader import BundleFiles


@dataclass(frozen=True)
class PollView:
    """One poll as its tab shows it.

    Attributes:
        ballots: every ballot received, with voter and choices read from its file;
            empty for a secret poll (totals only).
        verdicts: how many ballots got each verdict (shown for every poll).
    """

    record: PollRecord
    ballots: tuple[BallotLine, ...] = ()
    verdicts: Mapping[Verdict, int] = field(default_factory=dict)

    @property
    def secret(self) -> bool:
        """Whether only totals may be shown."""
        return self.record.poll.definition.secret


#: Why a minutes' content is not shown (worded by the minutes tab).
DRAFT, MISMATCH, MALFORMED = "draft", "mismatch", "malformed"


@dataclass(frozen=True)
class MinutesView:
    """One minutes: its record, its signed content decoded (``None`` when it cannot be
    shown; ``problem`` says why: :data:`DRAFT`, :data:`MISMATCH` or :data:`MALFORMED`)."""

    record: MinutesRecord
    content: MinutesContent | None
    problem: str = ""


class MemberMismatch(Exception):
    """A member is not listed, or its bytes differ from the manifest's hash: it is
    neither shown nor extracted."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass(frozen=True)
class Opened:
    """The verification, and what the browse tabs show (``contents`` ``None``: the
    data could not be decoded; the checklist says why)."""

    verification: Verification
    files: BundleFiles | None = None
    polls: tuple[PollView, ...] = ()
    minutes: tuple[MinutesView, ...] = ()

    @property
    def contents(self) -> BundleContents | None:
        """The decoded bundle."""
        value = self.verification.contents
        return value if isinstance(value, BundleContents) else None

    @property
    def manifest(self) -> Manifest:
        """The manifest the verification read."""
        return self.verification.manifest

    def read(self, name: str) -> bytes:
        """The bytes of a listed member, only if they match the signed manifest.

        Raises:
            MemberMismatch: not listed, not read, or its SHA-256 differs.
        """
        expected = {f.path: f.sha256 for f in self.manifest.files}.get(name)
        if self.files is None or expected is None:
            raise MemberMismatch(name)
        data = self.files.read(name)
        if sha256_hex(data) != expected:
            raise MemberMismatch(name)
        return data

    def extract(self, name: str, directory: Path) -> Path:
        """Write one listed, matching member under ``directory`` (for a viewer).

        Raises:
            MemberMismatch: see :meth:`read`.
            BundleUnreadable: the reader refused the name.
        """
        self.read(name)  # refuses a member that does not match
        assert self.files is not None
        return self.files.extract(name, directory)


def _ballot_lines(opened: Opened, record: PollRecord, names: Mapping[int, str]) -> list[BallotLine]:
    out = []
    for entry in record.ballots:
        voter, principal, sequence = "", "", 0
        choices: tuple[str, ...] = ()
        try:
            content = ballot_from_file(opened.read(entry.path)).content
        except (UserError, MemberMismatch):
            pass  # shown without its contents; the checklist names the file
        else:
            voter = names.get(content.voter_id, str(content.voter_id))
            principal = ("" if content.on_behalf_of == content.voter_id
                         else names.get(content.on_behalf_of, str(content.on_behalf_of)))
            sequence, choices = content.sequence, content.choices
        out.append(BallotLine(
            id=entry.id, channel=entry.channel, voter_name=voter, principal_name=principal,
            sequence=sequence, received_at=entry.received_at, verdict=entry.verdict,
            reason=entry.reason, detail=entry.detail, fingerprint=entry.fingerprint,
            choices=tuple(choices), origin=entry.origin,
        ))  # fmt: skip
    return out


def _minutes_view(opened: Opened, record: MinutesRecord) -> MinutesView:
    if record.content is None:
        return MinutesView(record, None, DRAFT)
    try:
        data: Any = json.loads(opened.read(record.content).decode("utf-8"))
        return MinutesView(record, minutes_from_data(data))
    except MemberMismatch:
        return MinutesView(record, None, MISMATCH)
    except (UserError, ValueError):  # ValueError covers bad UTF-8 and bad JSON
        return MinutesView(record, None, MALFORMED)


def prepare(verification: Verification, files: BundleFiles | None) -> Opened:
    """What the browse tabs show of a verified bundle (see the module docstring)."""
    opened = Opened(verification, files)
    contents = opened.contents
    if contents is None:
        return opened
    names = contents.roll.names()
    polls = []
    for record in contents.polls:
        verdicts = dict(Counter(entry.verdict for entry in record.ballots))
        ballots = () if record.poll.definition.secret else tuple(_ballot_lines(opened, record, names))
        polls.append(PollView(record, ballots, verdicts))
    minutes = tuple(_minutes_view(opened, record) for record in contents.minutes)
    return Opened(verification, files, tuple(polls), minutes)


def open_bundle(path: Path, progress: Callable[[int, int], None],
                cancelled: Callable[[], bool]) -> Opened:  # fmt: skip
    """Verify ``path`` and prepare its browsing (worker thread).

    Raises:
        BundleUnreadable: not a readable bundle (the reader's ``bundle.*`` code).
        Cancelled: ``cancelled()`` turned true.
    """
    from talagov.verifier.api import verify_files
    from talagov.verifier.reader import read_bundle

    # Read once: the files browsed are the very files verified (and each member's bytes
    # are still checked against the manifest by Opened.read before being shown).
    files = read_bundle(path, cancelled=cancelled)
    return prepare(verify_files(files, progress=progress, cancelled=cancelled), files)
