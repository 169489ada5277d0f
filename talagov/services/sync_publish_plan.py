# SPDX-License-Identifier: GPL-3.0-or-later
"""What a publishing pass plans and reports (:mod:`talagov.services.sync_publish`).

The value types a pass returns (:class:`PlannedFile`, :class:`Problem`,
:class:`PublishPlan`, :class:`PublishReport`), and the pass's working state: the survey
of what ``organisation/`` lacks (:class:`Survey`, a list of :class:`Pending` files, each
made only when it is written, :data:`Maker`) and what the folder was found to hold
(:class:`SeenFolder`). A file whose bytes are known before the key is needed is added
with :func:`add_ready`, which counts it as unchanged when the folder has it already.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.canonical import sha256_hex
from talagov.core.sync_format import Kind
from talagov.services.sync_folder import FileState, OrganisationFiles, file_state

Progress = Callable[[int, int], None]
NEW, CHANGED = "new", "changed"
SIGNED_KINDS = frozenset({Kind.IDENTITY, Kind.PACKAGE, Kind.ARCHIVE})
# What a file names is written before it: documents and archives before packages.
ORDER = (Kind.IDENTITY, Kind.CERTIFICATE, Kind.REVOCATIONS, Kind.DOCUMENT, Kind.ARCHIVE,
         Kind.PACKAGE)


@dataclass(frozen=True)
class PlannedFile:
    """One file a pass writes: its path relative to the folder (POSIX; ``*`` for the
    digest of a file not signed yet), kind, meeting, and ``reason`` (``new``: nothing
    of it in the folder yet; ``changed``: a newer version of one that is)."""

    path: str
    kind: Kind
    meeting_id: int | None
    reason: str


@dataclass(frozen=True)
class Problem:
    """What a pass could not publish of one meeting (its package, its archive), and
    why: a :class:`UserError`'s code and params, to translate. The rest is published."""

    kind: Kind
    meeting_id: int | None
    code: str
    params: dict[str, object]


@dataclass(frozen=True)
class PublishPlan:
    """What a pass would write; ``needs_key`` when some of it must be signed.

    ``damaged``: names in the folder holding other bytes than ours (never overwritten).
    """

    files: tuple[PlannedFile, ...]
    needs_key: bool
    damaged: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class PublishReport:
    """What a pass wrote (with the actual names), how many files were already up to
    date, those it ``left`` for want of the key, the ``damaged`` names it met and the
    ``problems`` that kept a meeting's files from being made."""

    written: tuple[PlannedFile, ...]
    unchanged: int
    left: tuple[PlannedFile, ...] = ()
    damaged: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


# -> (name, bytes), or None when there is nothing to write after all (what it depends
# on could not be written, and was reported); the key is None for the kinds needing none.
Maker = Callable[[ec.EllipticCurvePrivateKey | None], tuple[str, bytes] | None]


@dataclass(frozen=True)
class Pending:
    """A file the pass will make and write under ``directory`` (relative to the folder)."""

    planned: PlannedFile
    directory: str
    make: Maker
    placed: Callable[[], None] | None = None  # called once the file is in the folder


@dataclass
class Survey:
    """What a pass found to do: the files to write, in the order they are written, how
    many are already in the folder, and what it met on the way."""

    pending: list[Pending]
    unchanged: int = 0
    damaged: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)


def ready(name: str, data: bytes) -> Maker:
    """The maker of a file whose bytes are known now (it needs no key)."""
    return lambda _key: (name, data)


def signed(make_bytes: Callable[[ec.EllipticCurvePrivateKey], bytes],
           name_of: Callable[[str], str]) -> Maker:
    """The maker of a file signed with the key, named after the first 16 hex digits of
    its SHA-256 by ``name_of``."""
    def make(key: ec.EllipticCurvePrivateKey | None) -> tuple[str, bytes]:
        assert key is not None, "a signed file is made with the key"
        data = make_bytes(key)
        return name_of(sha256_hex(data)[:16]), data

    return make


class SeenFolder(OrganisationFiles):
    """What the folder holds, and what this pass found damaged or already planned."""

    def __init__(self, folder: Path, cert: x509.Certificate) -> None:
        super().__init__(folder, cert)
        self.damaged: list[str] = []
        self.planned: set[str] = set()  # names already planned (a document of two meetings)

    def check(self, directory: str, name: str, data: bytes) -> FileState:
        """The state of one name; a damaged one is remembered for the report."""
        state = file_state(self.folder / directory / name, data)
        if state is FileState.OTHER:
            self.damaged.append(f"{directory}/{name}")
        return state


def add_ready(survey: Survey, seen: SeenFolder, kind: Kind, directory: str, name: str,
              data: bytes, meeting_id: int | None = None) -> None:
    """Plan ``directory/name`` with ``data`` unless it is planned already; a name the
    folder holds with these bytes counts as unchanged, with others as damaged."""
    path = f"{directory}/{name}"
    if path in seen.planned:
        return
    seen.planned.add(path)
    state = seen.check(directory, name, data)
    if state is FileState.MISSING:
        survey.pending.append(Pending(PlannedFile(path, kind, meeting_id, NEW),
                                      directory, ready(name, data)))  # fmt: skip
    elif state is FileState.SAME:
        survey.unchanged += 1
