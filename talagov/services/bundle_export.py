# SPDX-License-Identifier: GPL-3.0-or-later
"""Export a closed meeting as one archive that proves itself (docs/bundle-format.md).

:func:`export_meeting` seals the journal, gathers every file of the archive from the
database (``bundle_records``, ``bundle_polls``, ``bundle_minutes``, ``bundle_keys``,
``bundle_pdfs``: one read per kind), lists them in the manifest and ``SHA256SUMS``,
signs both with the organisation's key and writes the ZIP atomically. Nothing comes
from the clock: exporting the same meeting twice gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from talagov import __version__
from talagov.core import bundle_format as bf
from talagov.core import certificates
from talagov.core.bundle_codec import encode_contents
from talagov.core.bundle_model import BundleContents
from talagov.core.canonical import canonical
from talagov.core.errors import Cancelled, UserError
from talagov.core.journal import records_to_file
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.signing import sign_bytes
from talagov.services import bundle_records as records
from talagov.services import journal
from talagov.services.agenda import require_meeting
from talagov.services.bundle_keys import gather_documents, gather_keys
from talagov.services.bundle_minutes import gather_minutes
from talagov.services.bundle_pdfs import meeting_pdfs
from talagov.services.bundle_polls import gather_polls
from talagov.services.bundle_readme import Examples, readme
from talagov.services.bundle_zip import zip_bytes
from talagov.services.files import save_file
from talagov.services.key_lists import check_org_key, org_row
from talagov.services.uow import UnitOfWork

Progress = Callable[[int, int], None]
_ARCHIVABLE = frozenset({MeetingStatus.CLOSED, MeetingStatus.ARCHIVED})
_STEPS = 100  # progress: gathering up to 60, the ZIP up to 95, the file 100


@dataclass(frozen=True)
class ExportResult:
    """The archive written.

    Attributes:
        size: bytes of the ZIP file. files: members listed by the manifest.
        organisation_fingerprint: SHA-256 of the organisation certificate (hex).
    """

    path: Path
    size: int
    files: int
    organisation_fingerprint: str


class _Steps:
    """Progress and cancellation through the gathering steps."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress, self.cancelled = progress, cancelled

    def at(self, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        if self.progress is not None:
            self.progress(done, _STEPS)


def _examples(members: dict[str, bytes], contents: BundleContents) -> Examples:
    ballots = [b for r in contents.polls for b in r.ballots]
    own = [b.path for b in ballots if b.channel.value in ("booth", "file")]
    pdfs = [m.pdf for m in contents.minutes if m.pdf and m.signatures]
    entries = [m.register.path for m in contents.minutes if m.register is not None]
    certs = sorted(n for n in members if n.startswith(bf.MEMBER_CERTS))
    anyone = own or [b.path for b in ballots]
    return Examples(ballot=anyone[0] if anyone else None,
                    certificate=certs[0] if certs else None,
                    minutes_pdf=pdfs[0] if pdfs else None,
                    register_entry=entries[0] if entries else None)  # fmt: skip


def _gather(uow: UnitOfWork, meeting: Meeting, steps: _Steps) -> tuple[dict[str, bytes],
                                                                        BundleContents]:
    polls = gather_polls(uow, meeting.id)
    steps.at(25)
    minutes = gather_minutes(uow, meeting.id)
    keys = gather_keys(uow, minutes.certificates)
    documents, document_files = gather_documents(uow, meeting.id)
    steps.at(35)
    contents = BundleContents(
        organisation=records.organisation_data(uow, meeting), roll=records.roll_data(uow, meeting),
        meeting=records.meeting_data(uow, meeting, documents),
        convocations=records.convocation_log(uow, meeting.id),
        attendance=records.attendance_data(uow, meeting.id),
        proxies=records.proxies_data(uow, meeting.id), polls=polls.records,
        minutes=minutes.records, keys=keys.index,
    )  # fmt: skip
    members = {name: canonical(data) for name, data in encode_contents(contents).items()}
    members[bf.JOURNAL] = records_to_file(journal.meeting_span(uow, meeting.id))
    steps.at(45)
    members.update(meeting_pdfs(uow, meeting, polls=bool(polls.records)))
    steps.at(60)
    for part in (polls.files, minutes.files, keys.files, document_files):
        members.update(part)
    return members, contents


def export_meeting(uow: UnitOfWork, meeting_id: int, path: Path, *,
                   org_key: ec.EllipticCurvePrivateKey, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the archive of a closed meeting to ``path`` (see the module docstring).

    Args:
        org_key: the organisation's unlocked key: it signs the manifest, ``SHA256SUMS``
            and the journal's pending entries.
        progress: called with ``(done, total)`` as the work advances.
        cancelled: polled between steps; when it returns true the export stops and
            nothing is written.

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``archive.not_closed``, ``keys.no_org_key``, ``keys.org_key_mismatch``,
            ``archive.document_missing``, ``archive.document_altered``, ``file.unwritable``.
        Cancelled: through ``cancelled``.
    """
    steps = _Steps(progress, cancelled)
    meeting = require_meeting(uow, meeting_id)
    if meeting.status not in _ARCHIVABLE:
        raise UserError("archive.not_closed", {"title": meeting.title})
    org = org_row(uow)
    check_org_key(org_key, certificates.from_pem(org.certificate_pem))
    journal.seal(uow, org_key)
    steps.at(5)
    members, contents = _gather(uow, meeting, steps)
    organisation = contents.organisation.organisation.name
    examples = _examples(members, contents)
    for lang, name in (("fr", bf.README_FR), ("en", bf.README_EN)):
        members[name] = readme(lang, organisation=organisation, meeting=meeting.title,
                               date=meeting.on.isoformat(), fingerprint=org.fingerprint,
                               examples=examples)  # fmt: skip
    files = bf.entries_for(members)
    exported = meeting.closed_at.isoformat(timespec="seconds") if meeting.closed_at \
        else meeting.on.isoformat()
    manifest = bf.manifest_bytes(bf.Manifest(
        organisation=organisation, organisation_fingerprint=org.fingerprint,
        meeting_id=meeting.id, meeting_title=meeting.title, meeting_date=meeting.on.isoformat(),
        exported_at=exported, generator=f"TalaGov {__version__}", files=files))  # fmt: skip
    sums = bf.sums_bytes(files)
    listed = len(members)
    members.update({bf.MANIFEST: manifest, bf.MANIFEST_SIG: sign_bytes(manifest, org_key),
                    bf.SUMS: sums, bf.SUMS_SIG: sign_bytes(sums, org_key)})
    data = zip_bytes(members, cancelled=cancelled,
                     progress=None if progress is None
                     else lambda done, total: progress(60 + 35 * done // total, _STEPS))
    steps.at(95)
    save_file(Path(path), data)
    steps.at(_STEPS)
    return ExportResult(Path(path), len(data), listed, org.fingerprint)
