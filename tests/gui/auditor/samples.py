# SPDX-License-Identifier: GPL-3.0-or-later
"""Verifications built by hand, as the verifier returns them, for the auditor's tests."""

from __future__ import annotations

from talagov.core.bundle_format import FileEntry, Manifest
from talagov.verifier.report import Area, CheckLine, Status, Verification

FINGERPRINT = "3f2a91c077b104de" * 4
MANIFEST = Manifest(
    organisation="Autopartage des Deux Rives", organisation_fingerprint=FINGERPRINT,
    meeting_id=3, meeting_title="Assemblée générale 2026", meeting_date="2026-06-13",
    exported_at="2026-06-13T18:42:00", generator="TalaGov 0.6.0",
    files=(FileEntry("data/polls.json", "ab" * 32, 120),),
)  # fmt: skip


def ok(area: Area, code: str, file: str = "", subject: str = "", **params: object) -> CheckLine:
    """A line that holds."""
    return CheckLine(area, Status.OK, code, params, file, subject)


GREEN = (
    ok(Area.MANIFEST, "verify.manifest.signature", "manifest.json"),
    ok(Area.MANIFEST, "verify.manifest.hashes", "", "", count=12),
    ok(Area.CERTIFICATES, "verify.certificates.organisation", "certificates/organisation.pem"),
    ok(Area.BALLOTS, "verify.ballot.valid", "ballots/poll-1/" + "c" * 64 + ".json", "ballot cccc"),
    ok(Area.TALLY, "verify.tally.equal", "data/polls.json", "poll 1"),
)
RED_LINE = CheckLine(Area.TALLY, Status.FAILED, "verify.tally.differs", {"number": 2},
                     "data/polls.json", "poll 2")
AMBER_LINE = CheckLine(Area.MINUTES, Status.WARNING, "verify.minutes.no_timestamp", {},
                       "minutes/1.pdf", "minutes 1")


def verification(*lines: CheckLine, path: str = "/tmp/ag-2026.zip") -> Verification:
    """A verification of ``lines`` (the green ones when none are given), with no contents."""
    return Verification(path, MANIFEST, FINGERPRINT, tuple(lines or GREEN))
