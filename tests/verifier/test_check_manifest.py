# SPDX-License-Identifier: GPL-3.0-or-later
"""check_manifest: every listed file intact, the manifest and SHA256SUMS signed and
agreeing; one failed line per altered file, naming it."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import bundle_format as fmt
from talagov.core.canonical import canonical
from talagov.core.signing import new_private_key, sign_bytes
from talagov.messages import render
from talagov.verifier.check_manifest import check_manifest
from talagov.verifier.reader import BundleFiles, read_bundle
from talagov.verifier.report import Area, Cancelled, CheckLine, Status
from tests.verifier.bundle_factory import Bundle, make_bundle, zip_bytes

DATA = fmt.ORGANISATION


def _read(tmp_path: Path, data: bytes) -> BundleFiles:
    path = tmp_path / "bundle.zip"
    path.write_bytes(data)
    return read_bundle(path)


def _check(tmp_path: Path, bundle: Bundle, replaced: dict[str, bytes] | None = None
           ) -> list[CheckLine]:
    members = {**bundle.members, **(replaced or {})}
    return check_manifest(_read(tmp_path, zip_bytes(members)), bundle.key.public_key())


def _summary(lines: list[CheckLine]) -> list[tuple[Status, str, str]]:
    return [(line.status, line.code, line.file) for line in lines]


@pytest.fixture
def bundle() -> Bundle:
    return make_bundle()


def test_a_valid_bundle_passes_every_line(bundle: Bundle, tmp_path: Path) -> None:
    lines = _check(tmp_path, bundle)
    assert _summary(lines) == [
        (Status.OK, "bundle.check.files", ""),
        (Status.OK, "bundle.check.manifest_signed", fmt.MANIFEST_SIG),
        (Status.OK, "bundle.check.sums_match", fmt.SUMS),
        (Status.OK, "bundle.check.sums_signed", fmt.SUMS_SIG),
    ]
    assert all(line.area is Area.MANIFEST for line in lines)
    assert lines[0].params == {"count": 4}
    assert render(lines[0].code, lines[0].params, "fr").startswith("Les 4 fichiers")


def test_one_byte_flipped_in_a_file_names_that_file(bundle: Bundle, tmp_path: Path) -> None:
    original = bundle.members[DATA]
    flipped = original[:10] + bytes([original[10] ^ 1]) + original[11:]
    lines = _check(tmp_path, bundle, {DATA: flipped})
    assert _summary(lines)[0] == (Status.FAILED, "bundle.check.file_hash", DATA)
    assert [line.status for line in lines[1:]] == [Status.OK] * 3  # the manifest is intact
    assert DATA in render(lines[0].code, lines[0].params, "en")
    assert DATA in render(lines[0].code, lines[0].params, "fr")


def test_a_file_of_another_size_says_both_sizes(bundle: Bundle, tmp_path: Path) -> None:
    lines = _check(tmp_path, bundle, {DATA: b"{}"})
    assert (lines[0].code, lines[0].file) == ("bundle.check.file_size", DATA)
    assert lines[0].params == {"file": DATA, "size": len(bundle.members[DATA]), "actual": 2}
    assert "2 bytes" in render(lines[0].code, lines[0].params, "en")


def test_every_altered_file_has_its_own_line(bundle: Bundle, tmp_path: Path) -> None:
    lines = _check(tmp_path, bundle, {fmt.README_EN: b"Changed.\n",
                                      fmt.README_FR: "Archive de réunion!\n".encode()})
    failed = [(line.code, line.file) for line in lines if line.status is Status.FAILED]
    assert failed == [("bundle.check.file_hash", fmt.README_FR),
                      ("bundle.check.file_size", fmt.README_EN)]
    assert not any(line.code == "bundle.check.files" for line in lines)


def test_a_bundle_signed_by_another_key(bundle: Bundle, tmp_path: Path) -> None:
    lines = check_manifest(_read(tmp_path, bundle.data), new_private_key().public_key())
    assert _summary(lines)[1:] == [
        (Status.FAILED, "bundle.check.manifest_signature", fmt.MANIFEST_SIG),
        (Status.OK, "bundle.check.sums_match", fmt.SUMS),
        (Status.FAILED, "bundle.check.sums_signature", fmt.SUMS_SIG),
    ]


def test_a_manifest_altered_after_signing(bundle: Bundle, tmp_path: Path) -> None:
    payload = bundle.manifest.payload()
    payload["meeting"]["title"] = "Assemblée générale extraordinaire"
    lines = _check(tmp_path, bundle, {fmt.MANIFEST: canonical(payload)})
    assert (lines[1].status, lines[1].code) == (Status.FAILED, "bundle.check.manifest_signature")
    assert [lines[0].status, lines[2].status, lines[3].status] == [Status.OK] * 3


def test_sha256sums_that_differ_from_the_manifest(bundle: Bundle, tmp_path: Path) -> None:
    sums = bundle.members[fmt.SUMS].replace(b"  " + DATA.encode(), b"  data/other.json")
    lines = _check(tmp_path, bundle, {fmt.SUMS: sums,
                                    fmt.SUMS_SIG: sign_bytes(sums, bundle.key)})
    assert (lines[2].status, lines[2].code, lines[2].subject) == (
        Status.FAILED, "bundle.check.sums_differ", DATA)
    assert lines[3].status is Status.OK  # signed, yet not what the manifest says


def test_sha256sums_differing_only_in_line_endings(bundle: Bundle, tmp_path: Path) -> None:
    sums = bundle.members[fmt.SUMS].replace(b"\n", b"\r\n")
    lines = _check(tmp_path, bundle, {fmt.SUMS: sums})
    assert (lines[2].code, lines[2].subject) == ("bundle.check.sums_differ", "")
    assert lines[3].code == "bundle.check.sums_signature"


def test_a_signature_that_is_not_der(bundle: Bundle, tmp_path: Path) -> None:
    lines = _check(tmp_path, bundle, {fmt.MANIFEST_SIG: b"\x00garbage"})
    assert lines[1].code == "bundle.check.manifest_signature"


def test_cancelling_stops_the_check(bundle: Bundle, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        check_manifest(_read(tmp_path, bundle.data), bundle.key.public_key(),
                       cancelled=lambda: True)


_NAMES = st.lists(st.text(string.ascii_lowercase, min_size=1, max_size=8), min_size=1,
                  max_size=6, unique=True)


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(names=_NAMES, data=st.data())
def test_the_failed_lines_name_exactly_the_altered_files(names: list[str],
                                                         data: st.DataObject) -> None:
    import tempfile

    listed = {f"documents/{name}.txt": name.encode() * 3 for name in names}
    bundle = make_bundle(listed)
    altered = data.draw(st.sets(st.sampled_from(sorted(listed))))
    members = {**bundle.members, **{name: listed[name] + b"!" for name in altered}}
    with tempfile.TemporaryDirectory() as folder:
        lines = check_manifest(_read(Path(folder), zip_bytes(members)), bundle.key.public_key())
    failed = {line.file for line in lines if line.status is Status.FAILED}
    assert failed == altered
    assert (lines[0].code == "bundle.check.files") == (not altered)
