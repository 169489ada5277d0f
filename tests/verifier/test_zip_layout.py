# SPDX-License-Identifier: GPL-3.0-or-later
"""The reader accepts only the ZIP layout TalaGov's exporter writes
(talagov/verifier/zip_layout.py): a prefix, trailing bytes, a comment, a gap, a second
directory, hidden local entries, a local header that disagrees with the directory or
members out of order are refused, each with its code; what the exporter writes is read."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import bundle_format as fmt
from talagov.messages import render
from talagov.services.bundle_zip import zip_bytes as export_zip
from talagov.verifier.reader import read_bundle
from talagov.verifier.report import BundleUnreadable
from talagov.verifier.zip_members import read_members
from tests.verifier.bundle_factory import Bundle, make_bundle, patch_entry, zip_bytes
from tests.verifier.meeting_setup import ExportedMeeting

DATA = fmt.ORGANISATION


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
    for language in ("fr", "en"):
        assert render(caught.value.code, caught.value.params, language) != caught.value.code
    return caught.value


def _end(data: bytes) -> int:
    return data.rfind(b"PK\x05\x06")


def _directory(data: bytes) -> tuple[int, int]:
    """(size, offset) of the central directory, as the end record says."""
    size, offset = struct.unpack_from("<LL", data, _end(data) + 12)
    return size, offset


def insert(data: bytes, at: int, junk: bytes) -> bytes:
    """``data`` with ``junk`` inserted at ``at`` (at most where the end record starts)
    and every offset past it moved in the directory and the end record, so that a
    central-directory reader still finds every member: only the layout is wrong."""
    end = _end(data)
    size, offset = _directory(data)
    directory = bytearray(data[offset:offset + size])
    pos = 0
    while pos < len(directory):
        name, extra, comment = struct.unpack_from("<3H", directory, pos + 28)
        header = struct.unpack_from("<L", directory, pos + 42)[0]
        if header >= at:
            struct.pack_into("<L", directory, pos + 42, header + len(junk))
        pos += 46 + name + extra + comment
    out = bytearray(data[:offset] + directory + data[offset + size:])
    out[at:at] = junk
    struct.pack_into("<L", out, end + len(junk) + 16, offset + len(junk) if offset >= at else offset)
    return bytes(out)


def _offset(data: bytes, name: str) -> int:
    return zipfile.ZipFile(io.BytesIO(data)).getinfo(name).header_offset


# What TalaGov writes is read --------------------------------------------------------------


def test_the_factory_bundle_is_read(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    assert read_bundle(write(bundle.data)).read(DATA) == bundle.members[DATA]


def test_a_real_export_is_read(exported: ExportedMeeting) -> None:
    files = read_bundle(exported.bundle)
    assert len(files.names()) == len(files.manifest.files)


def test_utf8_name_flag_is_allowed(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    assert read_bundle(write(patch_entry(bundle.data, DATA, flags=0x800))).read(DATA)


_NAME = st.from_regex(r"[a-z0-9]{1,6}(/[a-z0-9]{1,6}){0,2}\.(txt|json|pdf)", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(members=st.dictionaries(_NAME, st.binary(max_size=3000), max_size=12))
def test_whatever_the_exporter_zips_is_read_back(members: dict[str, bytes]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bundle.zip"
        path.write_bytes(export_zip(members))
        read = read_members(path)
    assert {name: member.data for name, member in read.items()} == members


# Bytes the directory does not account for ------------------------------------------------


def test_a_zip_prepended_to_the_bundle(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    doctored = zip_bytes({"README.txt": b"All resolutions were rejected.\n"})
    assert refused(write(doctored + bundle.data)).code == "bundle.layout_prefix"


def test_bytes_before_the_first_member_with_every_offset_moved(
        bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    assert refused(write(insert(bundle.data, 0, b"J" * 64))).code == "bundle.layout_prefix"


def test_bytes_after_the_end_record(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    assert refused(write(bundle.data + b"X" * 1000)).code == "bundle.layout_trailing"


def test_a_zip_comment(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    data = bytearray(bundle.data)
    struct.pack_into("<H", data, _end(bundle.data) + 20, 12)
    assert refused(write(bytes(data) + b"hello world!")).code == "bundle.layout_comment"


def test_junk_between_the_last_member_and_the_directory(
        bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    error = refused(write(insert(bundle.data, _directory(bundle.data)[1], b"J" * 500)))
    assert (error.code, error.params) == ("bundle.layout_gap", {"name": max(bundle.members)})


def test_junk_between_two_members(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    names = sorted(bundle.members)
    after = names[names.index(DATA) + 1]
    error = refused(write(insert(bundle.data, _offset(bundle.data, after), b"J" * 10)))
    assert (error.code, error.params) == ("bundle.layout_gap", {"name": DATA})


def test_a_second_directory_nothing_points_to(bundle: Bundle,
                                              write: Callable[[bytes], Path]) -> None:
    size, offset = _directory(bundle.data)
    fake = bundle.data[offset:offset + size].replace(b"README.txt", b"README.exe")
    assert refused(write(insert(bundle.data, offset, fake))).code == "bundle.layout_gap"


def test_doctored_local_entries_hidden_before_the_directory(
        bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    blob = zip_bytes({"README.txt": b"DOCTORED\n", DATA: b'{"doctored": true}'})
    hidden = blob[:blob.find(b"PK\x01\x02")]  # its local entries only
    error = refused(write(insert(bundle.data, _directory(bundle.data)[1], hidden)))
    assert error.code == "bundle.layout_gap"


# The end record and the directory --------------------------------------------------------


def test_zip64_is_refused(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    data = bytearray(bundle.data)
    struct.pack_into("<HH", data, _end(bundle.data) + 8, 0xFFFF, 0xFFFF)
    assert refused(write(bytes(data))).code == "bundle.layout_zip64"
    locator = b"PK\x06\x07" + bytes(16)
    assert refused(write(insert(bundle.data, _end(bundle.data), locator))).code == (
        "bundle.layout_zip64")


@pytest.mark.parametrize(("field", "value"), [(4, 1), (6, 1), (8, 1)])
def test_an_end_record_of_another_disk_or_count(field: int, value: int, bundle: Bundle,
                                                write: Callable[[bytes], Path]) -> None:
    data = bytearray(bundle.data)
    struct.pack_into("<H", data, _end(bundle.data) + field, value)
    assert refused(write(bytes(data))).code == "bundle.layout_directory"


def test_an_end_record_counting_fewer_entries(bundle: Bundle,
                                              write: Callable[[bytes], Path]) -> None:
    data = bytearray(bundle.data)
    count = len(bundle.members) - 1
    struct.pack_into("<HH", data, _end(bundle.data) + 8, count, count)
    assert refused(write(bytes(data))).code == "bundle.layout_directory"


def _written(bundle: Bundle, **changes: object) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in bundle.members.items():
            info = zipfile.ZipInfo(name, date_time=fmt.ZIP_DATE)
            if name == DATA:
                for attribute, value in changes.items():
                    setattr(info, attribute, value)
            archive.writestr(info, data)
    return buffer.getvalue()


@pytest.mark.parametrize("changes", [{"extra": b"\xfe\xca\x00\x00"}, {"comment": b"note"}])
def test_an_entry_with_an_extra_field_or_a_comment(changes: dict[str, bytes], bundle: Bundle,
                                                   write: Callable[[bytes], Path]) -> None:
    error = refused(write(_written(bundle, **changes)))
    assert (error.code, error.params) == ("bundle.layout_entry", {"name": DATA})


def test_a_data_descriptor_flag(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    error = refused(write(patch_entry(bundle.data, DATA, flags=0x08)))
    assert (error.code, error.params) == ("bundle.layout_entry", {"name": DATA})


# Local headers -----------------------------------------------------------------------------

# Offsets in a local header (APPNOTE 4.3.7): what each lie rewrites.
_LIES = {"version": (4, "<H", 45), "flags": (6, "<H", 0x800), "method": (8, "<H", 0),
         "time": (10, "<H", 0x1234), "date": (12, "<H", 0x5678), "crc": (14, "<L", 0xDEADBEEF),
         "compress_size": (18, "<L", 1), "file_size": (22, "<L", 1), "extra": (28, "<H", 4)}


@pytest.mark.parametrize("lie", sorted(_LIES))
def test_a_local_header_disagreeing_with_the_directory(lie: str, bundle: Bundle,
                                                       write: Callable[[bytes], Path]) -> None:
    offset, kind, value = _LIES[lie]
    data = bytearray(bundle.data)
    struct.pack_into(kind, data, _offset(bundle.data, DATA) + offset, value)
    error = refused(write(bytes(data)))
    assert (error.code, error.params) == ("bundle.local_header_mismatch", {"name": DATA})


def test_the_review_case_a_stored_local_header_with_a_false_crc(
        bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    data = bytearray(bundle.data)  # the first member, as the review rewrote it
    struct.pack_into("<HHHL", data, 8, 0, 0x1234, 0x5678, 0xDEADBEEF)
    struct.pack_into("<LL", data, 18, 1, 1)
    assert refused(write(bytes(data))).code == "bundle.local_header_mismatch"


# Order ------------------------------------------------------------------------------------


def test_members_reordered_and_stored(bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    reordered = dict(reversed(list(bundle.members.items())))
    data = zip_bytes(reordered, compression=zipfile.ZIP_STORED)
    error = refused(write(data))
    assert error.code == "bundle.layout_order"


def test_a_sorted_directory_over_members_stored_in_another_order(
        bundle: Bundle, write: Callable[[bytes], Path]) -> None:
    data = zip_bytes(dict(reversed(list(bundle.members.items()))))
    size, offset = _directory(data)
    entries: list[bytes] = []
    pos = offset
    while pos < offset + size:
        name = struct.unpack_from("<H", data, pos + 28)[0]
        entries.append(data[pos:pos + 46 + name])
        pos += 46 + name
    entries.sort(key=lambda entry: entry[46:])  # by name: the directory looks sorted
    directory = b"".join(entries)
    error = refused(write(data[:offset] + directory + data[offset + size:]))
    assert error.code == "bundle.layout_order"
