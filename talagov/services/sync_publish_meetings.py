# SPDX-License-Identifier: GPL-3.0-or-later
"""Which meeting packages, and which of their documents, a publishing pass plans.

A package is planned for every convened or in-session meeting whose content digest
differs from the newest one of ours in the folder, and once more when a published
meeting changed status (closed, back to draft). It is checked as every reader will read
it first: one that a member's install would refuse (a document over the size limit, too
long a text) is a :class:`~talagov.services.sync_publish_plan.Problem`
``sync.package_unpublishable`` for the secretary, never published, and neither are its
documents (no package would name them). A package is signed only when it is written, so
its name is known then (see :func:`plan_package`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import sync_format as sf
from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError
from talagov.core.meeting_package import MeetingPackage, content_digest, package_file
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.sync_format import Kind
from talagov.services.sync_package import build_package, unreadable_cause
from talagov.services.sync_publish_plan import (
    CHANGED,
    NEW,
    Pending,
    PlannedFile,
    Problem,
    SeenFolder,
    Survey,
    add_ready,
)
from talagov.services.uow import UnitOfWork

ACTIVE = frozenset({MeetingStatus.CONVENED, MeetingStatus.IN_SESSION})
ENDED = frozenset({MeetingStatus.CLOSED.value, MeetingStatus.ARCHIVED.value})


def wanted(meeting: Meeting, newest: MeetingPackage | None) -> bool:
    """Whether a meeting's package is to be built and compared at all."""
    if meeting.status in ACTIVE:
        return True
    if newest is None:  # never published (or nothing of it verifies): nothing to follow up
        return False
    # A published meeting that left the convened states gets one package saying so,
    # and no more once it is over (its archive then follows).
    return newest.status != meeting.status.value and not (
        newest.status in ENDED and meeting.status.value in ENDED)


def unpublishable(package: MeetingPackage) -> Problem | None:
    """The problem of a package members' installs would refuse, if it is one."""
    cause = unreadable_cause(package)
    if cause is None:
        return None
    return Problem(Kind.PACKAGE, package.meeting_id, "sync.package_unpublishable",
                   {"meeting": str(package.meeting_id), "title": package.title,
                    "cause": cause})  # fmt: skip


def add_documents(survey: Survey, seen: SeenFolder, package: MeetingPackage,
                  documents: dict[str, bytes]) -> None:
    """Plan the documents of ``package`` the folder lacks (``documents``: bytes by
    SHA-256, as :func:`~talagov.services.sync_package.build_package` gives them; those
    planned are taken out of it)."""
    for doc in package.documents:
        if doc.sha256 in documents:
            add_ready(survey, seen, Kind.DOCUMENT, sf.DOCUMENTS_DIR, doc.file_name,
                      documents.pop(doc.sha256), package.meeting_id)


def plan_package(survey: Survey, numbered: MeetingPackage, reason: str,
                 make: Callable[[ec.EllipticCurvePrivateKey], bytes | None]) -> None:
    """Plan the package ``numbered`` (its sequence set), signed by ``make`` when it is
    written (``None``: nothing to write after all).

    Its maker raises ``UserError`` ``sync.package_unpublishable`` when the signed file
    is larger than readers take (the pass reports it as a problem)."""
    meeting_id, sequence = numbered.meeting_id, numbered.sequence

    def signed(key: ec.EllipticCurvePrivateKey | None) -> tuple[str, bytes] | None:
        assert key is not None, "a package is made with the key"
        data = make(key)
        if data is None:
            return None
        if len(data) > sf.MAX_PACKAGE:  # no reader would take it: the secretary hears why
            raise UserError("sync.package_unpublishable", {
                "meeting": str(meeting_id), "title": numbered.title,
                "cause": f"{len(data)} > {sf.MAX_PACKAGE} bytes"})  # fmt: skip
        return sf.package_name(meeting_id, sequence, sha256_hex(data)[:16]), data

    survey.pending.append(Pending(
        PlannedFile(f"{sf.MEETINGS_DIR}/{sf.package_name(meeting_id, sequence, '*')}",
                    Kind.PACKAGE, meeting_id, reason), sf.MEETINGS_DIR, signed))  # fmt: skip


def survey_package(uow: UnitOfWork, survey: Survey, seen: SeenFolder, meeting: Meeting,
                   newest: MeetingPackage | None, now: datetime, lang: str) -> None:
    """Plan the package of a meeting without an archive to publish (and its documents),
    when it is :func:`wanted` and its content changed since ``newest``.

    Raises:
        UserError: from :func:`~talagov.services.sync_package.build_package` (a library
            file missing or altered): a problem of this meeting only.
    """
    if not wanted(meeting, newest):
        return
    package, documents = build_package(uow, meeting.id, now=now, lang=lang)
    if newest is not None and content_digest(newest) == content_digest(package):
        add_documents(survey, seen, package, documents)
        survey.unchanged += 1
        return
    # Numbered after every package of ours, even one that does not read: never the
    # same sequence again and again behind an unreadable newest file.
    numbered = replace(package, sequence=seen.next_sequence(meeting.id))
    problem = unpublishable(numbered)
    if problem is not None:  # nor its documents: no package would name them
        survey.problems.append(problem)
        return
    add_documents(survey, seen, numbered, documents)
    plan_package(survey, numbered, NEW if newest is None else CHANGED,
                 lambda key: package_file(numbered, key))
