# SPDX-License-Identifier: GPL-3.0-or-later
"""The layout of a bundle's ZIP: exactly the one TalaGov's exporter writes.

:mod:`zipfile` reads an archive through its central directory (found from the end);
streaming readers (Java's ``ZipInputStream``, ``funzip``, ``unzip`` fed from a pipe)
read the local headers from the start. Any byte the directory does not account for
— a prefix, data after the end record, a comment, a gap between members, a second
directory that nothing points to — or a local header that says something else than
the directory, lets two tools show two different archives from one file, of which
TalaGov would vouch for one. So the reader accepts only this layout
(docs/bundle-format.md § Limits):

* the end of central directory record is the file's last 22 bytes: comment length 0,
  one disk, no ZIP64 (the limits keep a bundle far below 4 GiB);
* the central directory ends where that record starts, begins where the record says
  (nothing precedes the archive) and holds exactly the entries it counts, with no
  extra field, comment, data descriptor or flag other than UTF-8 names;
* members are listed in sorted name order, stored in that order from offset 0, each
  one's data ending exactly where the next local header — or the directory — begins;
* every local header repeats its entry's version needed, flags, method, time, date,
  CRC-32, sizes and name, with no extra field.

Every refusal is a :class:`~talagov.verifier.report.BundleUnreadable` (``bundle.*``).
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from itertools import pairwise
from typing import BinaryIO, NamedTuple

from talagov.verifier.report import BundleUnreadable

END = struct.Struct("<4s4H2LH")  # end of central directory record (22 bytes)
END_SIGNATURE = b"PK\x05\x06"
_LOCATOR_SIGNATURE = b"PK\x06\x07"  # a ZIP64 locator stands just before the end record
_LOCATOR_SIZE = 20
_CENTRAL = struct.Struct("<4s6H3L5H2L")  # central directory entry (46 bytes + name)
_CENTRAL_SIGNATURE = b"PK\x01\x02"
_LOCAL = struct.Struct("<4s5H3L2H")  # local header (30 bytes + name)
_LOCAL_SIGNATURE = b"PK\x03\x04"
_UTF8_NAME = 0x0800  # the only flag the exporter may set (names are ASCII: it sets none)


@dataclass(frozen=True)
class Directory:
    """Where the central directory lies (``start`` to ``end``, where the end record
    begins) and how many entries the end record counts."""

    start: int
    end: int
    count: int


class Entry(NamedTuple):
    """One central directory entry, as its bytes say: what the local header repeats.

    A named tuple (not a frozen dataclass): a bundle's directory holds thousands."""

    raw_name: bytes
    shared: tuple[int, ...]  # version needed, flags, method, time, date, CRC, both sizes
    offset: int

    @property
    def compress_size(self) -> int:
        """The size of the member's data in the file."""
        return self.shared[6]


def shown(name: str) -> str:
    """``name`` as a message may print it: unprintable characters escaped, at most 120
    characters (a hostile name must not garble the terminal or the dialog)."""
    text = name if name.isprintable() else ascii(name)[1:-1]
    return text if len(text) <= 120 else text[:119] + "…"


def _name(raw: bytes, flags: int) -> str:
    return shown(raw.decode("utf-8" if flags & _UTF8_NAME else "cp437", "replace"))


def check_end(fp: BinaryIO, size: int, at: int) -> Directory:
    """Refuse the end record found at ``at`` unless it is the file's last 22 bytes, has
    no comment, one disk, no ZIP64, and its directory ends right before it and begins
    where it says; return where the directory lies."""
    fp.seek(at)
    record = fp.read(END.size)
    if len(record) < END.size or record[:4] != END_SIGNATURE:
        raise BundleUnreadable("bundle.layout_directory", {})
    _, disk, directory_disk, on_disk, entries, directory_size, directory_offset, comment = (
        END.unpack(record))
    if comment:
        raise BundleUnreadable("bundle.layout_comment", {})
    if at + END.size != size:
        raise BundleUnreadable("bundle.layout_trailing", {})
    fp.seek(max(at - _LOCATOR_SIZE, 0))
    locator = at >= _LOCATOR_SIZE and fp.read(4) == _LOCATOR_SIGNATURE
    if locator or 0xFFFF in (disk, directory_disk, on_disk, entries) or 0xFFFFFFFF in (
            directory_size, directory_offset):
        raise BundleUnreadable("bundle.layout_zip64", {})
    start = at - directory_size
    if disk or directory_disk or on_disk != entries or start < 0 or directory_offset > start:
        raise BundleUnreadable("bundle.layout_directory", {})
    if directory_offset < start:  # bytes before the archive shift every offset
        raise BundleUnreadable("bundle.layout_prefix", {})
    return Directory(start, at, entries)


def _entries(fp: BinaryIO, start: int, end: int, path: str) -> list[Entry]:
    """The central directory's entries, parsed from its bytes (not zipfile's view)."""
    fp.seek(start)
    data = fp.read(end - start)
    entries: list[Entry] = []
    at = 0
    while at < len(data):
        if len(data) - at < _CENTRAL.size or data[at:at + 4] != _CENTRAL_SIGNATURE:
            raise BundleUnreadable("bundle.damaged", {"path": path})
        fields = _CENTRAL.unpack_from(data, at)
        flags, name_length, extra, comment, disk, offset = (
            fields[3], fields[10], fields[11], fields[12], fields[13], fields[16])
        raw_name = data[at + _CENTRAL.size:at + _CENTRAL.size + name_length]
        if len(raw_name) != name_length:
            raise BundleUnreadable("bundle.damaged", {"path": path})
        if extra or comment or disk or flags & ~_UTF8_NAME:
            raise BundleUnreadable("bundle.layout_entry", {"name": _name(raw_name, flags)})
        entries.append(Entry(raw_name, fields[2:10], offset))
        at += _CENTRAL.size + name_length
    return entries


def _data_start(fp: BinaryIO, entry: Entry, name: str) -> int:
    """Where the member's data begins, after a local header that repeats its entry."""
    fp.seek(entry.offset)
    raw_name = entry.raw_name
    # The header and the name it must repeat, in one read (a header giving another
    # name length names another member: refused below like a different name).
    header = fp.read(_LOCAL.size + len(raw_name))
    if len(header) < _LOCAL.size:
        raise BundleUnreadable("bundle.member_truncated", {"name": name})
    fields = _LOCAL.unpack_from(header)
    name_length, extra = fields[9], fields[10]
    if fields[0] != _LOCAL_SIGNATURE or name_length != len(raw_name) \
            or header[_LOCAL.size:] != raw_name:
        raise BundleUnreadable("bundle.header_mismatch", {"name": name})  # two names
    if fields[1:9] != entry.shared or extra:
        raise BundleUnreadable("bundle.local_header_mismatch", {"name": name})
    return entry.offset + _LOCAL.size + int(name_length)


def check_layout(fp: BinaryIO, infos: list[zipfile.ZipInfo], directory: Directory,
                 path: str) -> list[tuple[zipfile.ZipInfo, int]]:
    """Check the central directory (as :func:`check_end` found it), the order, the
    local headers and that the members tile the file up to the directory; return each
    member with where its data begins, in file order.

    ``infos`` is zipfile's reading of the same directory, already checked by
    :mod:`talagov.verifier.zip_members` (names, kinds, limits).
    """
    start_dir = directory.start
    entries = _entries(fp, start_dir, directory.end, path)
    if not len(entries) == len(infos) == directory.count:
        raise BundleUnreadable("bundle.layout_directory", {})
    for entry, info in zip(entries, infos, strict=True):
        # zipfile must have read the very entries parsed here, or the checks below
        # would judge another archive than the one the members are read from.
        if entry.offset != info.header_offset or entry.raw_name != _raw(info):
            raise BundleUnreadable("bundle.damaged", {"path": path})
    for before, after in pairwise(infos):
        if not before.orig_filename < after.orig_filename:  # the exporter sorts names
            raise BundleUnreadable("bundle.layout_order", {"name": _shown(after)})
    starts = [_data_start(fp, entry, _shown(info))
              for entry, info in zip(entries, infos, strict=True)]
    placed = sorted(range(len(entries)), key=lambda index: entries[index].offset)
    if placed and entries[placed[0]].offset != 0:
        raise BundleUnreadable("bundle.layout_prefix", {})
    if not placed and start_dir != 0:
        raise BundleUnreadable("bundle.layout_prefix", {})
    for position, index in enumerate(placed):
        following = (entries[placed[position + 1]].offset if position + 1 < len(placed)
                     else start_dir)
        data_end = starts[index] + entries[index].compress_size
        if data_end > following:  # the "overlapping files" zip bomb
            raise BundleUnreadable("bundle.overlapping_members", {"name": _shown(infos[index])})
        if data_end < following:  # room for a hidden entry or a second directory
            raise BundleUnreadable("bundle.layout_gap", {"name": _shown(infos[index])})
    if placed != sorted(placed):  # stored in another order than listed
        first = next(index for position, index in enumerate(placed) if index != position)
        raise BundleUnreadable("bundle.layout_order", {"name": _shown(infos[first])})
    return [(infos[index], starts[index]) for index in placed]


def _raw(info: zipfile.ZipInfo) -> bytes:
    try:
        return info.orig_filename.encode("utf-8" if info.flag_bits & _UTF8_NAME else "cp437")
    except UnicodeEncodeError:
        return b""


def _shown(info: zipfile.ZipInfo) -> str:
    return shown(info.orig_filename)
