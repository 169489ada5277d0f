# SPDX-License-Identifier: GPL-3.0-or-later
"""read_bundle refuses every crafted archive with its own code, naming the member
(through talagov/verifier/zip_members.py), and returns the members of a valid one."""

from __future__ import annotations

import os
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from talagov.core import bundle_format as fmt
from talagov.messages import render
from talagov.verifier import zip_members
from talagov.verifier.reader import BundleFiles, read_bundle
from talagov.verifier.report import BundleUnreadable, Cancelled
from tests.verifier.bundle_factory import Bundle, make_bundle, patch_entry, zip_bytes

DATA = fmt.ORGANISATION  # a listed JSON member of the factory's bundle

def info_of(data: bytes, name: str) -> zipfile.ZipInfo:
    import io

    return zipfile.ZipFile(io.BytesIO(data)).getinfo(name)


@pytest.fixture
def bundle() -> Bundle:
    return make_bundle()


@pytest.fixture
def write(tmp_path: Path) -> Callable[[bytes], Path]:
    def _write(data: bytes) -> Path:
        path = tmp_path / "bundle.zip"
        path.write_bytes(data)
        return path
    return _write


def refused(path: Path) -> BundleUnreadable:
    with pytest.raises(BundleUnreadable) as caught:
        read_bundle(path)
    text = render(caught.value.code, caught.value.params, "en")
    assert text != caught.value.code, f"{caught.value.code} has no wording"
    return caught.value


def with_extra(bundle: Bundle, *pairs: tuple[str, bytes]) -> bytes:
    # Sorted, as the exporter writes members: out of order, the layout check would
    # refuse the archive first (bundle.layout_order, tests/verifier/test_zip_layout.py).
    return zip_bytes(sorted([*bundle.members.items(), *pairs]))


# A valid bundle -------------------------------------------------------------------------


def test_a_valid_bundle_is_read_into_memory(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    files = read_bundle(write(bundle.data))
    assert isinstance(files, BundleFiles)
    assert files.manifest == bundle.manifest
    assert files.names() == tuple(sorted(e.path for e in bundle.manifest.files))
    assert files.names("data/") == (DATA,)
    assert files.read(DATA) == bundle.members[DATA]
    assert files.json(DATA)["name"] == "Coopérative d'essai"
    assert files.sha256(DATA) == next(e.sha256 for e in bundle.manifest.files if e.path == DATA)
    assert files.manifest_data == bundle.members[fmt.MANIFEST]
    assert files.manifest_signature == bundle.members[fmt.MANIFEST_SIG]
    assert (files.sums, files.sums_signature) == (bundle.members[fmt.SUMS],
                                                  bundle.members[fmt.SUMS_SIG])
    assert DATA in files and "nope" not in files and fmt.MANIFEST in files


def test_stored_members_are_read_too(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    files = read_bundle(write(zip_bytes(bundle.members, compression=zipfile.ZIP_STORED)))
    assert files.read(DATA) == bundle.members[DATA]


def test_a_name_the_bundle_lacks_is_refused_by_read_and_json(
        bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    files = read_bundle(write(bundle.data))
    with pytest.raises(BundleUnreadable) as caught:
        files.read("data/roll.json")
    assert (caught.value.code, caught.value.params) == ("bundle.no_such_file",
                                                        {"name": "data/roll.json"})
    with pytest.raises(BundleUnreadable) as caught:
        files.json(fmt.README_EN)
    assert caught.value.code == "bundle.bad_json"


def test_extract_writes_inside_the_directory_only(bundle: Bundle, tmp_path: Path,
                                                  write: Callable[[bytes], Path]) -> None:
    files = read_bundle(write(bundle.data))
    target = tmp_path / "out"
    target.mkdir()
    path = files.extract(fmt.ORG_CERT, target)
    assert path == target.resolve() / "certificates" / "organisation.pem"
    assert path.read_bytes() == bundle.members[fmt.ORG_CERT]
    assert files.extract(fmt.ORG_CERT, target) == path  # again: replaced, same bytes


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_extract_does_not_follow_a_link_out_of_the_directory(
        bundle: Bundle, tmp_path: Path, write: Callable[[bytes], Path]) -> None:
    files = read_bundle(write(bundle.data))
    target, outside = tmp_path / "out", tmp_path / "elsewhere"
    target.mkdir()
    outside.mkdir()
    (target / "certificates").symlink_to(outside)
    (target / fmt.README_EN).symlink_to(outside / "readme")
    for name in (fmt.ORG_CERT, fmt.README_EN):
        with pytest.raises(BundleUnreadable) as caught:
            files.extract(name, target)
        assert caught.value.code == "bundle.extract_outside"
    assert list(outside.iterdir()) == []


def test_extract_refuses_a_windows_device_name(tmp_path: Path,
                                               write: Callable[[bytes], Path]) -> None:
    files = read_bundle(write(make_bundle({"documents/con.txt": b"x"}).data))
    with pytest.raises(BundleUnreadable) as caught:
        files.extract("documents/con.txt", tmp_path)
    assert caught.value.code == "bundle.unsafe_name"


def test_cancelling_stops_the_read(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    with pytest.raises(Cancelled):
        read_bundle(write(bundle.data), cancelled=lambda: True)


# The file itself ------------------------------------------------------------------------


def test_a_missing_file_a_folder_and_an_empty_file(tmp_path: Path,
                                                   write: Callable[[bytes], Path]) -> None:
    assert refused(tmp_path / "absent.zip").code == "bundle.not_found"
    assert refused(tmp_path).code == "bundle.cannot_open"
    error = refused(write(b""))
    assert error.code == "bundle.empty" and error.params["path"].endswith("bundle.zip")


def test_not_a_zip(write: Callable[[bytes], Path]) -> None:
    assert refused(write(b"%PDF-1.7\n" + b"x" * 500)).code == "bundle.not_zip"


def test_a_truncated_zip(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    for cut in (10, len(bundle.data) // 2, len(bundle.data) - 5):
        assert refused(write(bundle.data[:cut])).code == "bundle.truncated"


def test_a_damaged_central_directory(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    data = bytearray(bundle.data)
    at = data.find(b"PK\x01\x02")
    data[at:at + 4] = b"XXXX"
    assert refused(write(bytes(data))).code == "bundle.damaged"


# Member names and kinds -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["../x", "/etc/x", "a/../../x", "C:\\x", "a\\b", "a/./b",
                                  "a//b", "C:x", "é.txt", " x", "x" * 300])
def test_unsafe_names_are_refused(name: str, bundle: Bundle,
                                  write: Callable[[bytes], Path]) -> None:
    error = refused(write(with_extra(bundle, (name, b"x"))))
    assert (error.code, error.params["name"][:100]) == ("bundle.unsafe_name", name[:100])


def test_a_name_with_control_characters_is_shown_escaped(bundle: Bundle,
                                                         write: Callable[[bytes], Path]) -> None:
    error = refused(write(with_extra(bundle, ("a\x1b[2Jb", b"x"))))
    assert error.code == "bundle.unsafe_name" and error.params["name"] == "a\\x1b[2Jb"


@pytest.mark.parametrize("twin", [DATA, DATA.upper()])
def test_duplicate_members_are_refused(twin: str, bundle: Bundle,
                                       write: Callable[[bytes], Path]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        data = zip_bytes([*bundle.members.items(), (twin, b"{}")])  # the original first
    error = refused(write(data))
    assert (error.code, error.params["name"]) == ("bundle.duplicate_member", twin)


def test_a_file_and_a_folder_of_the_same_name(bundle: Bundle,
                                              write: Callable[[bytes], Path]) -> None:
    error = refused(write(with_extra(bundle, ("data", b"x"))))
    assert (error.code, error.params["name"]) == ("bundle.name_conflict", "data")


def _entry(name: str, mode: int) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name, date_time=fmt.ZIP_DATE)
    info.external_attr = mode << 16
    return info, b""


def _zip_infos(bundle: Bundle, *extra: tuple[zipfile.ZipInfo, bytes]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in bundle.members.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "mode", "code"), [
    ("data/", 0o40755, "bundle.directory_member"),
    ("folder", 0o40755, "bundle.directory_member"),
    ("link", 0o120777, "bundle.symlink_member"),
    ("fifo", 0o10644, "bundle.special_member"),
    ("device", 0o20644, "bundle.special_member"),
])
def test_folders_links_and_special_files_are_refused(name: str, mode: int, code: str,
                                                     bundle: Bundle,
                                                     write: Callable[[bytes], Path]) -> None:
    info, data = _entry(name, mode)
    if code == "bundle.symlink_member":
        data = b"/etc/passwd"
    error = refused(write(_zip_infos(bundle, (info, data))))
    assert (error.code, error.params["name"]) == (code, name)


def test_an_ms_dos_folder_attribute_is_refused(bundle: Bundle,
                                               write: Callable[[bytes], Path]) -> None:
    data = patch_entry(bundle.data, DATA, external_attr=0x10)
    assert refused(write(data)).code == "bundle.directory_member"


def test_an_encrypted_member_is_refused(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    flags = info_of(bundle.data, DATA).flag_bits
    error = refused(write(patch_entry(bundle.data, DATA, flags=flags | 0x1)))
    assert (error.code, error.params["name"]) == ("bundle.encrypted_member", DATA)


def test_another_compression_method_is_refused(bundle: Bundle,
                                               write: Callable[[bytes], Path]) -> None:
    data = zip_bytes(bundle.members, compression=zipfile.ZIP_BZIP2)
    error = refused(write(data))
    assert error.code == "bundle.unsupported_compression" and error.params["method"] == 12


# Counts and sizes -----------------------------------------------------------------------


def test_too_many_members(bundle: Bundle, write: Callable[[bytes], Path],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "MAX_MEMBERS", len(bundle.members) - 1)
    error = refused(write(bundle.data))
    assert error.params == {"count": len(bundle.members), "limit": len(bundle.members) - 1}
    assert error.code == "bundle.too_many_members"


def test_too_many_members_even_when_the_end_record_understates_them(
        bundle: Bundle, write: Callable[[bytes], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "MAX_MEMBERS", len(bundle.members) - 1)
    data = bytearray(bundle.data)
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 2, 2)  # entries on this disk, in total
    error = refused(write(bytes(data)))
    assert error.code == "bundle.too_many_members" and error.params["count"] == len(bundle.members)


def test_a_central_directory_too_large_for_the_member_limit(
        bundle: Bundle, write: Callable[[bytes], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "MAX_MEMBERS", len(bundle.members))
    monkeypatch.setattr(zip_members, "ENTRY_BUDGET", 20)
    assert refused(write(bundle.data)).code == "bundle.directory_too_large"


def test_a_member_too_large_by_its_header(bundle: Bundle, write: Callable[[bytes], Path],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "MAX_MEMBER_SIZE", 1000)
    data = make_bundle({"documents/1-big.txt": b"a" * 1001}).data
    error = refused(write(data))
    assert error.code == "bundle.member_too_large"
    assert error.params == {"name": "documents/1-big.txt", "size": 1001, "limit": 1000}


def test_total_size_above_the_limit(bundle: Bundle, write: Callable[[bytes], Path],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    total = sum(len(data) for data in bundle.members.values())
    monkeypatch.setattr(fmt, "MAX_TOTAL_SIZE", total - 1)
    error = refused(write(bundle.data))
    assert error.params == {"size": total, "limit": total - 1}


def test_a_deflate_bomb_is_refused_by_its_ratio(write: Callable[[bytes], Path]) -> None:
    data = make_bundle({"documents/1-bomb.txt": bytes(3 * 1024 * 1024)}).data
    error = refused(write(data))
    assert error.code == "bundle.compression_ratio"
    assert error.params["name"] == "documents/1-bomb.txt" and error.params["ratio"] > 200


def test_a_header_understating_the_size_is_caught_without_inflating_the_rest(
        write: Callable[[bytes], Path]) -> None:
    name = "documents/1-bomb.txt"
    bomb = make_bundle({name: bytes(64 * 1024 * 1024)}).data  # 64 MiB of zeros
    lying = patch_entry(bomb, name, file_size=100, crc=zlib.crc32(bytes(100)))
    inflated: list[int] = []
    original = zlib.decompressobj

    class Counting:
        def __init__(self) -> None:
            self.inner = original(-zlib.MAX_WBITS)

        def decompress(self, data: bytes, max_length: int = 0) -> bytes:
            assert 0 < max_length <= 101
            out = self.inner.decompress(data, max_length)
            inflated.append(len(out))
            return out

        def __getattr__(self, attr: str) -> object:
            return getattr(self.inner, attr)

    counting = SimpleNamespace(decompressobj=lambda wbits: Counting(), error=zlib.error,
                               MAX_WBITS=zlib.MAX_WBITS, crc32=zlib.crc32)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(zip_members, "zlib", counting)
        error = refused(write(lying))
    assert (error.code, error.params) == ("bundle.size_mismatch", {"name": name, "size": 100})
    assert 101 in inflated and sum(inflated) < 4096  # not 64 MiB


def test_a_header_overstating_the_size(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    size = info_of(bundle.data, DATA).file_size
    error = refused(write(patch_entry(bundle.data, DATA, file_size=size + 1)))
    assert (error.code, error.params) == ("bundle.size_mismatch", {"name": DATA, "size": size + 1})


def test_a_stored_member_whose_sizes_differ(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    data = zip_bytes(bundle.members, compression=zipfile.ZIP_STORED)
    size = info_of(data, DATA).file_size
    assert refused(write(patch_entry(data, DATA, file_size=size - 1))).code == "bundle.size_mismatch"


# Damaged data ---------------------------------------------------------------------------


def test_a_crc_mismatch(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    crc = info_of(bundle.data, DATA).CRC
    error = refused(write(patch_entry(bundle.data, DATA, crc=crc ^ 1)))
    assert (error.code, error.params) == ("bundle.crc_mismatch", {"name": DATA})


def test_a_damaged_deflate_stream(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    info = info_of(bundle.data, DATA)
    start = info.header_offset + 30 + len(DATA)
    data = bytearray(bundle.data)
    data[start:start + info.compress_size] = b"\xff" * info.compress_size
    assert refused(write(bytes(data))).code == "bundle.bad_deflate"


def test_data_after_the_end_of_the_deflate_stream(bundle: Bundle,
                                                  write: Callable[[bytes], Path]) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = bundle.members[DATA]
    stream = packer.compress(raw) + packer.flush() + b"trailing"
    members = dict(bundle.members)
    members[DATA] = stream
    data = zip_bytes(members, compression=zipfile.ZIP_STORED)
    data = patch_entry(data, DATA, method=zipfile.ZIP_DEFLATED, file_size=len(raw),
                       crc=zlib.crc32(raw))
    assert refused(write(data)).code == "bundle.bad_deflate"


def test_a_local_header_naming_another_file(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    data = bytearray(bundle.data)
    at = data.find(DATA.encode())  # the local header's copy comes first
    data[at:at + 4] = b"DATA"
    error = refused(write(bytes(data)))
    assert (error.code, error.params) == ("bundle.header_mismatch", {"name": DATA})


def test_overlapping_members(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    size = info_of(bundle.data, DATA).compress_size
    error = refused(write(patch_entry(bundle.data, DATA, compress_size=size + 40)))
    assert (error.code, error.params) == ("bundle.overlapping_members", {"name": DATA})


def test_a_member_whose_header_lies_beyond_the_end_of_the_file(
        bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    data = patch_entry(bundle.data, DATA, header_offset=len(bundle.data) - 10)
    assert refused(write(data)).code == "bundle.member_truncated"


# The manifest and what it lists ---------------------------------------------------------


@pytest.mark.parametrize(("member", "code"), [
    (fmt.MANIFEST, "bundle.missing_manifest"), (fmt.SUMS, "bundle.missing_manifest"),
    (fmt.MANIFEST_SIG, "bundle.missing_signature"), (fmt.SUMS_SIG, "bundle.missing_signature"),
])
def test_a_missing_manifest_or_signature(member: str, code: str, bundle: Bundle,
                                         write: Callable[[bytes], Path]) -> None:
    members = {k: v for k, v in bundle.members.items() if k != member}
    error = refused(write(zip_bytes(members)))
    assert (error.code, error.params) == (code, {"name": member})


def _with_manifest(bundle: Bundle, text: bytes) -> bytes:
    return zip_bytes({**bundle.members, fmt.MANIFEST: text})


@pytest.mark.parametrize(("text", "code"), [
    (b"not json", "bundle.bad_json"),
    (b'{"format": "talagov.bundle", "format": "x"}', "bundle.json_duplicate_key"),
    (b'{"format": "talagov.bundle", "version": NaN}', "bundle.json_not_finite"),
    (b'{"format": "talagov.bundle", "version": 1e999}', "bundle.json_not_finite"),
    (b'{"format": "caf\xe9"}', "bundle.json_encoding"),
    (b"[" * 100_000, "bundle.json_too_deep"),
    (b"[]", "bundle.not_a_manifest"),
    (b'{"format": "talagov.other", "version": 1}', "bundle.not_a_manifest"),
    (b'{"format": "talagov.bundle", "version": 2}', "bundle.manifest_version"),
    (b'{"format": "talagov.bundle", "version": "1"}', "bundle.manifest_version"),
    (b'{"format": "talagov.bundle", "version": 1, "meeting": {}, "files": {}}',
     "bundle.bad_manifest"),
])
def test_a_manifest_that_does_not_parse(text: bytes, code: str, bundle: Bundle,
                                        write: Callable[[bytes], Path]) -> None:
    error = refused(write(_with_manifest(bundle, text)))
    assert error.code == code
    if code.startswith(("bundle.json", "bundle.bad_json", "bundle.not_a")):
        assert error.params["name"] == fmt.MANIFEST


def test_wrong_types_in_the_manifest_are_explained(bundle: Bundle,
                                                   write: Callable[[bytes], Path]) -> None:
    payload = bundle.manifest.payload()
    payload["meeting"]["id"] = "1"
    from talagov.core.canonical import canonical

    error = refused(write(_with_manifest(bundle, canonical(payload))))
    assert error.code == "bundle.bad_manifest" and "id" in error.params["detail"]
    assert render(error.code, error.params, "fr").startswith("Le manifeste de l'archive est mal")


def test_a_member_the_manifest_does_not_list(bundle: Bundle,
                                             write: Callable[[bytes], Path]) -> None:
    error = refused(write(with_extra(bundle, ("ballots/poll-1/ab.json", b"{}"))))
    assert (error.code, error.params) == ("bundle.unlisted_member",
                                          {"name": "ballots/poll-1/ab.json"})


def test_a_listed_member_that_is_absent(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    members = {k: v for k, v in bundle.members.items() if k != DATA}
    error = refused(write(zip_bytes(members)))
    assert (error.code, error.params) == ("bundle.missing_member", {"name": DATA})


def test_a_listed_member_altered_is_read_for_the_manifest_check(
        bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    altered = zip_bytes({**bundle.members, DATA: b'{"name": "forged"}'})
    assert read_bundle(write(altered)).read(DATA) == b'{"name": "forged"}'
