# SPDX-License-Identifier: GPL-3.0-or-later
"""Whatever anyone leaves in the shared folder, a member's reading of it ends, and says
what it refused: links (to ``/dev/zero``), FIFOs, directories under a file's name, deeply
nested JSON, certificates that ``cryptography`` refuses late, linked directories."""

from __future__ import annotations

import base64
import os
import sys
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talagov.core import certificates as c
from talagov.core.keyseal import TEST_KDF
from talagov.core.signing import new_private_key
from talagov.core.sync_format import (
    BALLOTS,
    CERTIFICATES_DIR,
    IDENTITY_DIR,
    MEETINGS_DIR,
    PROXIES,
    REVOCATIONS_DIR,
    member_dir,
)
from talagov.services.member_actions import enrol
from talagov.services.member_folder import CertificateState, read_folder
from talagov.services.member_home import load
from tests.services.member_setup import (
    NOW,
    PASSPHRASE,
    Folder,
    joined_home,
    package,
    shared_folder,
    tilleuls,
)

posix = pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "mkfifo"),
                           reason="POSIX links and FIFOs")
DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    return shared_folder(tmp_path, package(tilleuls()))


@pytest.fixture
def home(folder: Folder, tmp_path: Path) -> Path:
    return joined_home(folder, tmp_path)


def _where(home: Path, relative: str) -> str:
    return relative.replace("OWN", member_dir(load(home).install_id))


def _plant(folder: Folder, home: Path, relative: str) -> Path:
    path = folder.root / _where(home, relative)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


PLACES = [f"{MEETINGS_DIR}/meeting-3-9-0123456789abcdef.json",
          f"{IDENTITY_DIR}/identity-0123456789abcdef.json",
          f"{REVOCATIONS_DIR}/revocations-9-0123456789abcdef.json",
          f"{CERTIFICATES_DIR}/member-2-0123456789abcdef.pem",
          f"OWN/{BALLOTS}/ballot-3-70-0123456789abcdef.json",
          f"OWN/{PROXIES}/proxy-3-0123456789abcdef.json"]


def _read_refused(home: Path) -> dict[str, str]:
    started = time.monotonic()
    view = read_folder(home, now=NOW)
    assert time.monotonic() - started < 5  # never reads for ever, never blocks
    assert [p.meeting_id for p in view.meetings] == [3]  # the genuine package still shows
    return {r.path: r.reason_code for r in view.refused}


@posix
@pytest.mark.parametrize("relative", PLACES)
def test_a_link_to_dev_zero_is_refused_not_read(folder: Folder, home: Path, relative: str) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)  # the certificates are read
    _plant(folder, home, relative).symlink_to("/dev/zero")
    assert _read_refused(home) == {_where(home, relative): "member.not_regular"}


@posix
@pytest.mark.parametrize("relative", PLACES)
def test_a_fifo_is_refused_without_blocking(folder: Folder, home: Path, relative: str) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    os.mkfifo(_plant(folder, home, relative))
    assert _read_refused(home) == {_where(home, relative): "member.not_regular"}


@pytest.mark.parametrize("relative", PLACES)
def test_a_directory_under_a_files_name_is_refused(folder: Folder, home: Path, relative: str) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    _plant(folder, home, relative).mkdir()
    assert _read_refused(home) == {_where(home, relative): "member.not_regular"}


@pytest.mark.parametrize("relative", [p for p in PLACES if p.endswith(".json")])
def test_deeply_nested_json_is_refused_not_a_crash(folder: Folder, home: Path, relative: str) -> None:
    _plant(folder, home, relative).write_bytes(DEEP)
    refused = _read_refused(home)
    assert list(refused) == [_where(home, relative)]
    assert refused[_where(home, relative)] in ("member.file_malformed", "member.not_written_here")


def _duplicate_extension(cert: x509.Certificate) -> str:
    """The certificate with keyUsage listed twice (one byte of an OID changed):
    ``cryptography`` raises ``DuplicateExtension`` only when the extensions are read."""
    der = cert.public_bytes(serialization.Encoding.DER)
    ski, ku = b"\x06\x03\x55\x1d\x0e", b"\x06\x03\x55\x1d\x0f"
    assert ski in der and ku in der
    text = base64.encodebytes(der.replace(ski, ku, 1)).decode().replace("\n", "")
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


def test_a_certificate_with_a_duplicated_extension_is_refused(folder: Folder, home: Path) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)  # waiting: certificates are read
    path = _plant(folder, home, f"{CERTIFICATES_DIR}/member-2-0123456789abcdef.pem")
    path.write_text(_duplicate_extension(folder.issue(new_private_key().public_key(), 2)))
    view = read_folder(home, now=NOW)
    assert view.certificate_state is CertificateState.REQUESTED
    assert [(r.path, r.reason_code) for r in view.refused] == \
        [(f"{CERTIFICATES_DIR}/{path.name}", "member.file_malformed")]


@posix
def test_an_organisation_directory_that_is_a_link_is_refused(folder: Folder, home: Path,
                                                             tmp_path: Path) -> None:
    meetings = folder.root / MEETINGS_DIR
    moved = tmp_path / "meetings-elsewhere"
    meetings.rename(moved)
    meetings.symlink_to(moved)
    view = read_folder(home, now=NOW)
    assert view.meetings == ()
    assert [(r.path, r.reason_code) for r in view.refused] == [(MEETINGS_DIR, "file.unsafe_dir")]


@posix
def test_a_linked_ballots_directory_is_refused_and_its_ballots_not_listed(
        folder: Folder, home: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "ballot-3-70-0123456789abcdef.json").write_bytes(b"{}")
    link = _plant(folder, home, f"OWN/{BALLOTS}")
    link.symlink_to(outside)
    view = read_folder(home, now=NOW)
    assert view.ballots_written == () and view.votes_written == ()
    assert [(r.path, r.reason_code) for r in view.refused] == \
        [(_where(home, f"OWN/{BALLOTS}"), "file.unsafe_dir")]


def test_a_certificate_not_issued_by_the_organisation_is_still_refused(
        folder: Folder, home: Path) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    foreign = c.organisation_certificate(new_private_key(), name="Autre", now=NOW)
    path = _plant(folder, home, f"{CERTIFICATES_DIR}/member-2-0123456789abcdef.pem")
    path.write_text(c.to_pem(foreign))
    assert [r.reason_code for r in read_folder(home, now=NOW).refused] == ["member.bad_signature"]


def _genuine(folder: Folder) -> bytes:
    """The bytes of the genuine package (a valid file to mutate)."""
    return next((folder.root / MEETINGS_DIR).iterdir()).read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.sampled_from(PLACES), data=st.binary(max_size=300),
       flips=st.lists(st.integers(min_value=0), max_size=4), mutate=st.booleans())
def test_whatever_bytes_anywhere_a_reading_ends_and_never_raises(
        folder: Folder, home: Path, where: str, data: bytes, flips: list[int], mutate: bool) -> None:
    if mutate:  # a genuine signed file with a few bytes changed
        genuine = bytearray(_genuine(folder))
        for flip in flips:
            genuine[flip % len(genuine)] ^= 1 << (flip % 8)
        data = bytes(genuine)
    path = _plant(folder, home, where)
    path.write_bytes(data)
    try:
        view = read_folder(home, now=NOW)
        assert [p.meeting_id for p in view.meetings] == [3] or where.startswith(MEETINGS_DIR)
    finally:
        path.unlink()
