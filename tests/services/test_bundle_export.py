# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive of the demo's past AG: byte-identical twice, every file listed and signed,
the data files readable, and the README's commands working with the standard tools."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import bundle_format as bf
from talagov.core import certificates
from talagov.core.ballot_check import Verdict
from talagov.core.bundle_codec import decode_contents
from talagov.core.canonical import sha256_hex
from talagov.core.errors import Cancelled, UserError
from talagov.core.journal import records_from_file
from talagov.core.signing import new_private_key, verify_bytes
from talagov.services import journal, keys
from talagov.services.bundle_export import export_meeting
from talagov.services.bundle_readme import INDENT
from talagov.services.demo.votes import SECRETARY_PASSPHRASE
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database

PAST_AG, UPCOMING_AG = 1, 2  # the demo's meetings, in the order it writes them


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Database]:
    database = open_database(demo_path)
    yield database
    database.close()


def org_key(db: Database) -> ec.EllipticCurvePrivateKey:
    with UnitOfWork(db) as uow:
        return keys.unlock_organisation(uow, SECRETARY_PASSPHRASE)


def export(db: Database, path: Path, meeting_id: int = PAST_AG, **options: object) -> Path:
    with UnitOfWork(db) as uow:
        return export_meeting(uow, meeting_id, path, org_key=org_key(db), **options).path  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def archives(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[Path, Path, Database]:
    """The past AG exported twice from one copy of the demo (read-only tests share it)."""
    folder = tmp_path_factory.mktemp("bundle")
    shutil.copy(_demo_template, folder / "demo.sqlite")
    shutil.copytree(_demo_template.with_name("demo-library"), folder / "demo-library")
    database = open_database(folder / "demo.sqlite")
    first, second = export(database, folder / "a.zip"), export(database, folder / "b.zip")
    yield first, second, database  # type: ignore[misc]
    database.close()


@pytest.fixture
def archive(archives: tuple[Path, Path, Database]) -> Path:
    return archives[0]


def test_the_same_meeting_exported_twice_gives_the_same_bytes(
        archives: tuple[Path, Path, Database]) -> None:
    first, second, _ = archives
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as zf:
        infos = zf.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {(i.date_time, i.external_attr >> 16) for i in infos} == {(bf.ZIP_DATE, 0o100644)}


def test_every_file_is_listed_hashed_and_signed(archive: Path) -> None:
    with zipfile.ZipFile(archive) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = bf.parse_manifest(json.loads(members[bf.MANIFEST]))
    assert {f.path for f in manifest.files} == set(members) - bf.UNLISTED
    assert all(sha256_hex(members[f.path]) == f.sha256 and len(members[f.path]) == f.size
               for f in manifest.files)
    assert members[bf.SUMS] == bf.sums_bytes(manifest.files)
    ca = certificates.from_pem(members[bf.ORG_CERT])
    public = certificates.ec_public_key(ca)
    assert public is not None and manifest.organisation_fingerprint == certificates.fingerprint(ca)
    assert verify_bytes(members[bf.MANIFEST], members[bf.MANIFEST_SIG], public)
    assert verify_bytes(members[bf.SUMS], members[bf.SUMS_SIG], public)
    assert manifest.exported_at == "2026-06-13T12:25:00"  # the closing, not the clock
    expected = {bf.README_FR, bf.README_EN, bf.JOURNAL, "pdf/convocation.pdf",
                "pdf/attendance.pdf", "pdf/results.pdf", "minutes/1.pdf",
                "minutes/1.content.json", "register/ag-1.json", "register/ag-1.sig"}
    assert expected <= set(members)
    assert all(bf.safe_name(name) for name in members)


def test_the_data_files_say_what_the_record_says(archives: tuple[Path, Path, Database]) -> None:
    archive, _, demo = archives
    with zipfile.ZipFile(archive) as zf:
        contents = decode_contents(lambda name: json.loads(zf.read(name)))
        ballot_files = {n for n in zf.namelist() if n.startswith(bf.BALLOTS)}
        records = records_from_file(zf.read(bf.JOURNAL))
    assert contents.meeting.meeting.id == PAST_AG and not contents.meeting.board
    assert contents.polls and all(r.result is not None and r.setting is not None
                                  for r in contents.polls)
    assert {b.path for r in contents.polls for b in r.ballots} == ballot_files
    counted = [b for r in contents.polls for b in r.ballots if b.verdict is Verdict.COUNTED]
    assert counted and all(r.result is not None and r.result.total_votes >= 1
                           for r in contents.polls)
    voters = contents.roll.voters(contents.meeting.meeting)
    assert voters and all(r.setting is not None and r.setting.voters == voters
                          for r in contents.polls)
    signed = [m for m in contents.minutes if m.signatures]
    assert signed and signed[0].register is not None
    assert all(r.signature is not None for r in records)  # the export sealed the journal
    assert contents.meeting.documents and contents.attendance.quorum_records
    with UnitOfWork(demo) as uow:
        assert journal.pending(uow) == 0


def test_an_open_meeting_is_refused_and_nothing_written(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "draft.zip"
    with pytest.raises(UserError) as caught:
        export(demo, target, UPCOMING_AG)
    assert caught.value.code == "archive.not_closed" and not target.exists()


def test_another_key_than_the_organisations_is_refused(demo: Database, tmp_path: Path) -> None:
    with UnitOfWork(demo) as uow, pytest.raises(UserError) as caught:
        export_meeting(uow, PAST_AG, tmp_path / "x.zip", org_key=new_private_key())
    assert caught.value.code == "keys.org_key_mismatch"


def test_progress_runs_to_the_end_and_cancelling_writes_nothing(demo: Database,
                                                                tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export(demo, tmp_path / "a.zip", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (100, 100) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    calls = iter(range(1000))
    with pytest.raises(Cancelled):
        export(demo, tmp_path / "b.zip", cancelled=lambda: next(calls) >= 3)
    assert not (tmp_path / "b.zip").exists()


def test_a_document_whose_file_changed_stops_the_export(demo: Database, demo_path: Path,
                                                        tmp_path: Path) -> None:
    library = demo_path.with_name("demo-library")
    stored = next(p for p in library.rglob("*") if p.is_file())
    stored.write_bytes(b"altered")
    with pytest.raises(UserError) as caught:
        export(demo, tmp_path / "ag.zip")
    assert caught.value.code == "archive.document_altered"
    stored.unlink()
    with pytest.raises(UserError) as caught:
        export(demo, tmp_path / "ag.zip")
    assert caught.value.code == "archive.document_missing"


# -- the README's commands, run with the standard tools --------------------------------


def _sections(readme: str) -> list[list[str]]:
    """The README's command blocks: consecutive lines indented by exactly INDENT."""
    blocks: list[list[str]] = []
    previous = False
    for line in readme.splitlines():
        command = line.startswith(INDENT) and not line.startswith(INDENT + " ")
        if command:
            if not previous:
                blocks.append([])
            blocks[-1].append(line[len(INDENT):])
        previous = command
    return blocks


@pytest.fixture
def extracted(archive: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "extracted"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(folder)
    return folder


@pytest.mark.parametrize("readme", [bf.README_EN, bf.README_FR])
def test_the_readme_gives_the_same_commands_in_both_languages(extracted: Path,
                                                              readme: str) -> None:
    english = _sections((extracted / bf.README_EN).read_text("utf-8"))
    assert _sections((extracted / readme).read_text("utf-8")) == english
    tools = [block[0].split()[0] for block in english]
    assert tools[:3] == ["sha256sum", "openssl", "openssl"] and "pdfsig" in tools


def _expected(block: list[str], fingerprint: str) -> list[str]:
    """What a block must print: every hash OK, every signature verified."""
    first, last = block[0], block[-1]
    if first.startswith("sha256sum"):
        return [": OK"]
    if first.startswith("pdfsig"):
        return ["Signature Validation: Signature is Valid."]
    if "-outform DER" in first:
        return [fingerprint]
    found = [": OK"] if any(c.startswith("openssl verify") for c in block) else []
    return found + (["Verified OK"] if last.startswith("openssl dgst") else [])


def test_the_readme_commands_work(extracted: Path) -> None:
    blocks = _sections((extracted / bf.README_EN).read_text("utf-8"))
    fingerprint = json.loads((extracted / bf.MANIFEST).read_bytes())["organisation_fingerprint"]
    ran = 0
    for block in blocks:
        tool = block[0].split()[0]
        tools = {tool} if tool in ("sha256sum", "pdfsig") else {"openssl", "sed"}
        if any(shutil.which(t) is None for t in tools):
            continue  # the tool is not installed here
        script = "set -e\n" + "\n".join(block) + "\n"
        done = subprocess.run(["sh", "-c", script], cwd=extracted, capture_output=True,
                              text=True, timeout=60, check=False)
        assert done.returncode == 0, (block, done.stderr)
        for wanted in _expected(block, fingerprint):
            assert wanted in done.stdout, (block, done.stdout)
        assert "FAILED" not in done.stdout and "Verification Failure" not in done.stdout
        assert "Digest Mismatch" not in done.stdout
        ran += 1
    if not ran:
        pytest.skip("neither sha256sum, openssl nor pdfsig is installed")
    assert ran == len(blocks) or shutil.which("pdfsig") is None or shutil.which("openssl") is None


@pytest.mark.slow
def test_five_thousand_ballots_export_in_a_few_seconds(demo: Database, tmp_path: Path) -> None:
    from tests.services.bundle_setup import add_signed_ballots

    add_signed_ballots(demo, 1, 5_000, org_key=org_key(demo))
    started = time.process_time()  # CPU time: other processes on the machine do not count
    path = export(demo, tmp_path / "big.zip")
    elapsed = time.process_time() - started
    with zipfile.ZipFile(path) as zf:
        ballots = [n for n in zf.namelist() if n.startswith(bf.BALLOTS)]
    assert len(ballots) >= 5_000
    # About 5 s of one core, half of it reading the 5,000 ballot files twice (once to
    # record each verdict, once more by the results PDF); generous for slow machines.
    assert elapsed < 15, f"{elapsed:.1f} s"
