# SPDX-License-Identifier: GPL-3.0-or-later
"""README § "Checking an archive by hand": the shell block between its markers, run as it
stands with ``sh -e`` in an extracted archive, checks it with the standard tools alone."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from talagov.core import bundle_format as bf
from talagov.core.canonical import readable_fingerprint
from talagov.services.bundle_readme import Examples, sections
from talagov.storage.database import Database
from tests.readme_blocks import shell_block
from tests.verifier.meeting_setup import export_meeting

START, END = "<!-- archive-route:start -->", "<!-- archive-route:end -->"
TOOLS = ("sh", "sha256sum", "openssl", "sed", "grep", "cut", "tr")


def route() -> str:
    """This section's shell block, as the README shows it."""
    return shell_block(START, END)


def without_pdfsig(script: str) -> str:
    """The script without its ``pdfsig`` line (the only poppler command)."""
    lines = script.splitlines()
    assert sum(line.startswith("pdfsig ") for line in lines) == 1
    return "\n".join(line for line in lines if not line.startswith("pdfsig ")) + "\n"


def test_the_block_runs_the_commands_the_archive_s_own_readme_gives() -> None:
    script = route()
    # The exporter's LISEZMOI/README commands, the ballot recipe on a ballot of the
    # archive ("$b"): the README runs each of them as the archive words it.
    own = sections(Examples(ballot="X", certificate=None, minutes_pdf=None, register_entry=None))
    commands = [c for _, block in own for c in block if c != "b=X"]
    assert len(commands) > 8
    for command in commands:
        assert command in script, command
    for command in ("b=$(ls ballots/*/*.json | head -n 1)",
                    "openssl verify -CAfile certificates/organisation.pem certificates/members/*.pem",
                    "pdfsig "):
        assert command in script, command


@pytest.fixture
def extracted(db: Database, tmp_path: Path) -> Path:
    """A closed AG with ballots of every channel and signed minutes, exported and unzipped."""
    exported = export_meeting(db, tmp_path)
    folder = tmp_path / "extracted"
    with zipfile.ZipFile(exported.bundle) as zf:
        zf.extractall(folder)
    return folder


def test_the_route_checks_an_exported_archive_with_the_standard_tools(extracted: Path) -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)}")
    with_pdfsig = shutil.which("pdfsig") is not None
    script = route() if with_pdfsig else without_pdfsig(route())

    done = subprocess.run(["sh", "-e", "-c", script], cwd=extracted, capture_output=True,
                          text=True, timeout=120, check=False)
    out = done.stdout
    assert done.returncode == 0, (done.stdout, done.stderr)

    listed = (extracted / bf.SUMS).read_text("utf-8").splitlines()
    intact = [line for line in out.splitlines() if line.endswith(": OK")]
    for line in listed:
        assert f"{line.split('  ', 1)[1]}: OK" in intact
    certificates = sorted((extracted / bf.MEMBER_CERTS).glob("*.pem"))
    assert certificates
    for cert in certificates:
        assert f"certificates/members/{cert.name}: OK" in intact
    assert "voter.pem: OK" in intact
    # SHA256SUMS, the manifest, the ballot, the minutes' content, the register entry.
    assert out.count("Verified OK") == 5
    manifest = json.loads((extracted / bf.MANIFEST).read_bytes())
    assert readable_fingerprint(manifest["organisation_fingerprint"]) in out
    if with_pdfsig:
        minutes = json.loads((extracted / bf.MINUTES).read_bytes())["minutes"]
        signatories = len(minutes[0]["signatures"])
        assert signatories and out.count("Signature is Valid") == signatories
    for bad in ("FAILED", "Verification Failure", "Digest Mismatch", "not valid", "error"):
        assert bad not in out


def test_the_route_stops_on_a_ballot_changed_after_signing(extracted: Path) -> None:
    if any(shutil.which(tool) is None for tool in TOOLS):
        pytest.skip("the standard tools are not all installed")
    ballot = sorted(extracted.glob("ballots/*/*.json"))[0]
    data = ballot.read_bytes()
    # The sequence number of the signed payload, one more: still a ballot file. (A voter who
    # changed their mind has a ballot numbered 2, so the number is read, not assumed.)
    changed = re.sub(rb'"sequence":(\d+)', lambda m: b'"sequence":%d' % (int(m[1]) + 1), data,
                     count=1)
    ballot.write_bytes(changed)
    assert ballot.read_bytes() != data
    done = subprocess.run(["sh", "-e", "-c", without_pdfsig(route())], cwd=extracted,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode != 0
    assert "FAILED" in done.stdout  # sha256sum -c, the first line, already says so
