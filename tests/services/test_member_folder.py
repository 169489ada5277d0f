# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading the shared folder from a member's install: only what the trusted key signed is
shown, anything else is refused loudly, and the member's certificate is picked up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talagov.core import certificates as c
from talagov.core.canonical import readable_fingerprint, sha256_hex
from talagov.core.errors import UserError
from talagov.core.keyseal import TEST_KDF, sealed_public_key
from talagov.core.meeting_package import PackageArchive, package_payload
from talagov.core.signing import new_private_key
from talagov.core.sync_envelope import seal
from talagov.core.sync_format import (
    ARCHIVES_DIR,
    DOCUMENTS_DIR,
    MEETINGS_DIR,
    PACKAGE_FORMAT,
    archive_name,
    package_name,
)
from talagov.services import personal_keys
from talagov.services.member_actions import enrol
from talagov.services.member_folder import (
    CertificateState,
    archive_path,
    document_path,
    read_folder,
)
from talagov.services.member_home import keystore
from tests.services.member_setup import (
    NOW,
    PASSPHRASE,
    REPORT,
    Folder,
    identity,
    impostor,
    joined_home,
    later,
    package,
    shared_folder,
    tilleuls,
)


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    return shared_folder(tmp_path)


@pytest.fixture
def home(folder: Folder, tmp_path: Path) -> Path:
    return joined_home(folder, tmp_path)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_the_newest_package_of_each_meeting_newest_meeting_first(folder: Folder, home: Path) -> None:
    first = package(tilleuls(), meeting_id=3)
    folder.publish_package(first)
    folder.publish_package(later(first, title="AG 2026 (lieu changé)", place="Mairie"))
    folder.publish_package(package(tilleuls(), meeting_id=4, on=first.on.replace(year=2027)))
    view = read_folder(home, now=NOW)
    assert [(p.meeting_id, p.sequence) for p in view.meetings] == [(4, 1), (3, 2)]
    assert view.meeting(3) is not None and view.meeting(3).place == "Mairie"  # type: ignore[union-attr]
    assert view.identity is not None and view.identity.name == "Coopérative des Tilleuls"
    assert view.refused == ()


def test_a_lower_sequence_arriving_later_is_simply_older(folder: Folder, home: Path) -> None:
    first = package(tilleuls())
    second = folder.publish_package(later(first, place="Mairie"))
    old = folder.publish_package(first)
    os.utime(second, ns=(1, 1))  # the newer one arrived first, days ago
    assert old.stat().st_mtime_ns > second.stat().st_mtime_ns
    view = read_folder(home, now=NOW)
    assert [p.sequence for p in view.meetings] == [2] and view.refused == ()


def test_a_package_signed_by_another_organisation_is_refused_loudly(folder: Folder, home: Path) -> None:
    genuine = package(tilleuls())
    folder.publish_package(genuine)
    forged = folder.publish_package(later(package(impostor(), polls=0)), key=impostor().key)
    view = read_folder(home, now=NOW)
    assert [p.sequence for p in view.meetings] == [1]  # the genuine one still shows
    [refused] = view.refused
    assert refused.reason_code == "member.foreign_signature"
    assert refused.path == f"{MEETINGS_DIR}/{forged.name}"
    assert refused.params["expected"] == readable_fingerprint(tilleuls().fingerprint)
    assert refused.params["found"] == readable_fingerprint(impostor().fingerprint)


def test_a_package_carrying_our_certificate_but_another_signature_is_refused(
        folder: Folder, home: Path) -> None:
    folder.publish_package(package(tilleuls()), key=impostor().key)
    view = read_folder(home, now=NOW)
    assert view.meetings == ()
    assert [r.reason_code for r in view.refused] == ["member.bad_signature"]


def test_an_identity_of_another_organisation_is_refused(folder: Folder, home: Path) -> None:
    folder.publish_identity(identity(impostor(), sequence=5), key=impostor().key)
    view = read_folder(home, now=NOW)
    assert view.identity is not None and view.identity.organisation == tilleuls().fingerprint
    assert [r.reason_code for r in view.refused] == ["member.foreign_signature"]


@pytest.mark.parametrize("data", [b"{}", b"[1]", b'{"format":"talagov.meeting-package"}'])
def test_a_malformed_package_is_refused_never_a_crash(folder: Folder, home: Path, data: bytes) -> None:
    (folder.root / MEETINGS_DIR).mkdir(parents=True)
    (folder.root / MEETINGS_DIR / "meeting-3-7-0123456789abcdef.json").write_bytes(data)
    view = read_folder(home, now=NOW)
    assert [r.reason_code for r in view.refused] == ["member.file_malformed"]


def test_a_package_still_being_copied_is_not_refused_and_is_read_once_whole(
        folder: Folder, home: Path) -> None:
    folder.publish_package(package(tilleuls(), meeting_id=3, sequence=1))
    whole = next((folder.root / MEETINGS_DIR).glob("meeting-*.json"))
    data = whole.read_bytes()
    for cut in (b"", data[: len(data) // 2], b"\xff" * 10):
        whole.write_bytes(cut)  # a network share or a USB copy, halfway
        view = read_folder(home, now=NOW)
        assert view.refused == () and view.meetings == ()
    whole.write_bytes(data)
    assert [m.meeting_id for m in read_folder(home, now=NOW).meetings] == [3]


def test_partial_stray_files_and_conflict_copies(folder: Folder, home: Path) -> None:
    path = folder.publish_package(package(tilleuls()))
    directory = path.parent
    (directory / f".{path.name}.1a2b3c4d.part").write_bytes(path.read_bytes()[:50])
    (directory / "notes.txt").write_text("hello")
    (directory / path.name.replace(".json", ".sync-conflict-20260620-101500-ABCDEF7.json")
     ).write_bytes(path.read_bytes())
    view = read_folder(home, now=NOW)
    assert [p.meeting_id for p in view.meetings] == [3] and view.refused == ()


def test_reading_writes_nothing_into_the_folder(folder: Folder, home: Path) -> None:
    folder.publish_package(package(tilleuls()))
    folder.publish_package(package(tilleuls()), key=impostor().key)
    before = _files(folder.root)
    read_folder(home, now=NOW)
    assert _files(folder.root) == before


def test_the_certificate_is_picked_up_once_published(folder: Folder, home: Path) -> None:
    assert read_folder(home, now=NOW).certificate_state is CertificateState.NONE
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    membership = read_folder(home, now=NOW).membership
    assert read_folder(home, now=NOW).certificate_state is CertificateState.REQUESTED
    [cert] = folder.approve_requests(membership.install_id)
    view = read_folder(home, now=NOW)
    assert view.certificate_state is CertificateState.ISSUED
    assert view.certificate is not None and c.fingerprint(view.certificate) == c.fingerprint(cert)
    _, installed = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    assert c.fingerprint(installed) == c.fingerprint(cert)


def test_a_certificate_for_another_key_or_from_another_authority_is_not_installed(
        folder: Folder, home: Path) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    folder.publish_certificate(folder.issue(new_private_key().public_key(), 2))  # not our key
    public = personal_keys.personal_keys(keystore(home))[0]
    request_key = _keystore_public(home)
    forged = folder.publish_certificate(folder.issue(request_key, 2, org=impostor()))
    view = read_folder(home, now=NOW)
    assert view.certificate_state is CertificateState.REQUESTED and public.certificate is None
    assert [(r.path.rsplit("/", 1)[1], r.reason_code) for r in view.refused] == \
        [(forged.name, "member.bad_signature")]
    assert not personal_keys.certificate_path(keystore(home), 2).exists()


def _keystore_public(home: Path) -> ec.EllipticCurvePublicKey:
    return sealed_public_key(personal_keys.key_path(keystore(home), 2).read_bytes())


def test_a_revoked_certificate_shows_as_revoked(folder: Folder, home: Path) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    membership = read_folder(home, now=NOW).membership
    [cert] = folder.approve_requests(membership.install_id)
    assert read_folder(home, now=NOW).certificate_state is CertificateState.ISSUED
    folder.publish_revocations(1, [])
    folder.publish_revocations(2, [cert])
    folder.publish_revocations(3, [], key=impostor().key)  # a forged "newer" list
    view = read_folder(home, now=NOW)
    assert view.certificate_state is CertificateState.REVOKED
    assert [r.reason_code for r in view.refused] == ["member.bad_signature"]


def test_a_revocation_list_not_signed_by_the_organisation_is_refused(folder: Folder, home: Path) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    [cert] = folder.approve_requests(read_folder(home, now=NOW).membership.install_id)
    folder.publish_revocations(3, [cert], key=impostor().key)
    view = read_folder(home, now=NOW)
    assert view.certificate_state is CertificateState.ISSUED
    assert [r.reason_code for r in view.refused] == ["member.bad_signature"]


def test_an_expired_certificate_means_a_new_key_is_needed(folder: Folder, home: Path) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    folder.publish_certificate(folder.issue(_keystore_public(home), 2, days=10))
    view = read_folder(home, now=NOW)  # expired before it was picked up: not installed
    assert view.certificate_state is CertificateState.NONE and view.certificate is None
    assert not personal_keys.certificate_path(keystore(home), 2).exists()


def test_a_certificate_revoked_before_the_pickup_shows_as_revoked(folder: Folder, home: Path) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    [cert] = folder.approve_requests(read_folder(home, now=NOW).membership.install_id)
    folder.publish_revocations(1, [cert])  # revoked before this install read the folder
    view = read_folder(home, now=NOW)
    assert view.certificate_state is CertificateState.REVOKED  # "make a new key", not "wait"
    assert view.certificate is not None and c.fingerprint(view.certificate) == c.fingerprint(cert)


def test_a_document_is_opened_only_if_it_is_the_published_one(folder: Folder, home: Path) -> None:
    document = folder.publish_document(REPORT)
    folder.publish_package(package(tilleuls(), documents=(document,)))
    view = read_folder(home, now=NOW)
    in_folder = folder.root / DOCUMENTS_DIR / document.file_name
    in_folder.write_bytes(REPORT + b"altered")
    with pytest.raises(UserError) as caught:
        document_path(view, 3, document.sha256)
    assert caught.value.code == "member.document_altered"
    in_folder.write_bytes(REPORT.replace(b"Rapport", b"Faux rap"))  # same size, other bytes
    with pytest.raises(UserError) as caught:
        document_path(view, 3, document.sha256)
    assert caught.value.code == "member.document_altered"
    assert not (home / "documents" / document.file_name).exists()
    in_folder.unlink()
    for meeting, digest, code in [(3, document.sha256, "member.document_missing"),
                                  (3, "0" * 64, "member.document_missing"),
                                  (9, document.sha256, "member.unknown_meeting")]:
        with pytest.raises(UserError) as caught:
            document_path(view, meeting, digest)
        assert caught.value.code == code


def test_the_viewer_gets_a_verified_copy_in_the_home_not_the_folders_file(
        folder: Folder, home: Path) -> None:
    document = folder.publish_document(REPORT)
    folder.publish_package(package(tilleuls(), documents=(document,)))
    view = read_folder(home, now=NOW)
    path = document_path(view, 3, document.sha256)
    assert path == home / "documents" / document.file_name and path.read_bytes() == REPORT
    assert [p.name for p in path.parent.iterdir()] == [document.file_name]  # no .part left
    # Swapped in the folder after the check: the copy is what the viewer opens.
    (folder.root / DOCUMENTS_DIR / document.file_name).write_bytes(b"%PDF forged")
    assert document_path(view, 3, document.sha256).read_bytes() == REPORT


def _archive(folder: Folder, data: bytes, meeting_id: int = 3) -> PackageArchive:
    digest = sha256_hex(data)
    name = archive_name(meeting_id, digest[:16])
    (folder.root / ARCHIVES_DIR).mkdir(parents=True, exist_ok=True)
    (folder.root / ARCHIVES_DIR / name).write_bytes(data)
    return PackageArchive(sha256=digest, file_name=name, size=len(data))


def test_only_the_archives_the_signed_packages_name_are_listed(folder: Folder, home: Path) -> None:
    genuine = _archive(folder, b"PK genuine archive")
    _archive(folder, b"PK forged archive, same meeting")  # anyone can drop one: ignored
    _archive(folder, b"PK an archive no package names", meeting_id=5)
    folder.publish_package(package(tilleuls(), polls=0, status="closed", archive=genuine))
    view = read_folder(home, now=NOW)
    assert view.archives == ((3, folder.root / ARCHIVES_DIR / genuine.file_name),)
    assert view.refused == ()
    copy = archive_path(view, 3)
    assert copy == home / "archives" / genuine.file_name
    assert copy.read_bytes() == b"PK genuine archive"


def test_an_archive_altered_or_not_there_yet_is_not_opened(folder: Folder, home: Path) -> None:
    genuine = _archive(folder, b"PK genuine archive")
    folder.publish_package(package(tilleuls(), polls=0, status="closed", archive=genuine))
    folder.publish_package(package(tilleuls(), meeting_id=4))  # no archive (not closed)
    view = read_folder(home, now=NOW)
    path = folder.root / ARCHIVES_DIR / genuine.file_name
    for data in (b"PK genuine archivE", b"PK genuine archive, longer"):
        path.write_bytes(data)
        assert _code(lambda: archive_path(view, 3)) == "member.archive_altered"
    path.unlink()
    assert _code(lambda: archive_path(view, 3)) == "member.archive_missing"
    assert read_folder(home, now=NOW).archives == ()  # named, but not (yet) in the folder
    assert _code(lambda: archive_path(view, 4)) == "member.archive_missing"
    assert _code(lambda: archive_path(view, 9)) == "member.unknown_meeting"
    assert not (home / "archives" / genuine.file_name).exists()


def _code(call: object) -> str:
    assert callable(call)
    with pytest.raises(UserError) as caught:
        call()
    return caught.value.code


def test_a_missing_folder_says_so(folder: Folder, home: Path, tmp_path: Path) -> None:
    folder.root.rename(tmp_path / "elsewhere")
    with pytest.raises(UserError) as caught:
        read_folder(home, now=NOW)
    assert caught.value.code == "member.folder_missing"


def test_a_renewed_certificate_for_the_same_key_replaces_an_expired_one(folder: Folder, home: Path) -> None:
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    expired = folder.issue(_keystore_public(home), 2, days=10)
    personal_keys.install_certificate(keystore(home), c.to_pem(expired).encode("ascii"))
    assert read_folder(home, now=NOW).certificate_state is CertificateState.NONE
    renewed = folder.issue(_keystore_public(home), 2)
    folder.publish_certificate(renewed)
    view = read_folder(home, now=NOW)
    assert view.certificate_state is CertificateState.ISSUED
    assert view.certificate is not None and c.fingerprint(view.certificate) == c.fingerprint(renewed)


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6)
_PAYLOAD = package_payload(package(tilleuls(), proxies=((1, 2),)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(sorted(_PAYLOAD)), value=_json)
def test_any_signed_payload_is_read_or_refused_never_a_crash(
        folder: Folder, home: Path, key: str, value: object) -> None:
    payload = {**_PAYLOAD, key: value}
    data = seal(PACKAGE_FORMAT, payload, tilleuls().key)
    directory = folder.root / MEETINGS_DIR
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.iterdir():
        old.unlink()
    (directory / package_name(3, 1, sha256_hex(data)[:16])).write_bytes(data)
    view = read_folder(home, now=NOW)
    assert len(view.meetings) + len(view.refused) == 1
    assert all(r.reason_code == "member.file_malformed" for r in view.refused)
