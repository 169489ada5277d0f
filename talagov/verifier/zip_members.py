# SPDX-License-Identifier: GPL-3.0-or-later
"""The members of an untrusted ZIP, read into memory within the bundle's limits.

:mod:`zipfile` parses the central directory (the list of members); every member is
then checked against :mod:`talagov.core.bundle_format`'s limits *before* a byte is
inflated, and inflated here rather than by ``ZipFile.open``, so that nothing the
headers say is trusted: output is capped at the declared size plus one byte (a header
that understates the size is caught, not obeyed), the deflate stream must end exactly
where the compressed size says, and the CRC-32 is checked. Before that,
:mod:`talagov.verifier.zip_layout` holds the file to the exporter's exact layout (no
prefix, gap, trailing data or comment; members in order, tiling the file; local headers
equal to the directory), so that no other ZIP tool can show other contents. The SHA-256 of each member is computed on the way,
so the manifest check does not hash the bundle a second time.

Every refusal is a :class:`~talagov.verifier.report.BundleUnreadable` whose ``bundle.*``
code names the member. Nothing is written anywhere.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from talagov.core import bundle_format as fmt
from talagov.verifier.report import BundleUnreadable, Cancelled
from talagov.verifier.zip_layout import END, END_SIGNATURE, Directory, check_end, check_layout
from talagov.verifier.zip_layout import shown as shown

# Declared sizes above this are held to MAX_RATIO (docs/bundle-format.md § Limits):
# small members legitimately compress far better (a JSON file of zeros and keys).
RATIO_FLOOR = 1024 * 1024
# A central directory entry is 46 bytes plus its name and extra field: what the
# exporter writes stays far below this, and it bounds what zipfile parses into memory.
ENTRY_BUDGET = 46 + fmt.MAX_NAME_LENGTH + 128
_CHUNK = 256 * 1024

_LOCAL_SIGNATURE = b"PK\x03\x04"
_ENCRYPTED = 0x0001 | 0x0040 | 0x2000  # traditional, strong, masked central directory
_DOS_DIRECTORY = 0x10

# What zipfile raises on a damaged central directory (UnicodeDecodeError for a name
# flagged UTF-8 that is not, NotImplementedError for a newer ZIP version).
_DIRECTORY_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
                     struct.error, OverflowError, NotImplementedError)


@dataclass(frozen=True)
class Member:
    """One member read: its bytes and their SHA-256 (lowercase hex)."""

    data: bytes
    sha256: str


def _refuse(code: str, name: str, **params: object) -> BundleUnreadable:
    return BundleUnreadable(code, {"name": shown(name), **params})


def _end_record(fp: BinaryIO, size: int) -> int | None:
    """Where the end of central directory record starts, searched where zipfile looks
    for it (the comment it may carry is refused later); ``None`` when there is none."""
    tail_size = min(size, END.size + 0xFFFF)
    fp.seek(size - tail_size)
    tail = fp.read(tail_size)
    at = tail.rfind(END_SIGNATURE, 0, len(tail) - END.size + len(END_SIGNATURE))
    return None if at < 0 else size - tail_size + at


def _open_archive(fp: BinaryIO, size: int, path: str) -> tuple[zipfile.ZipFile, Directory]:
    if size == 0:
        raise BundleUnreadable("bundle.empty", {"path": path})
    at = _end_record(fp, size)
    if at is None:
        fp.seek(0)
        truncated = fp.read(len(_LOCAL_SIGNATURE)) == _LOCAL_SIGNATURE
        raise BundleUnreadable("bundle.truncated" if truncated else "bundle.not_zip",
                               {"path": path})
    directory = check_end(fp, size, at)  # before zipfile reads anything the record says
    if directory.count > fmt.MAX_MEMBERS:
        raise BundleUnreadable("bundle.too_many_members",
                               {"count": directory.count, "limit": fmt.MAX_MEMBERS})
    directory_size = directory.end - directory.start
    if directory_size > fmt.MAX_MEMBERS * ENTRY_BUDGET:
        raise BundleUnreadable("bundle.directory_too_large",
                               {"size": directory_size, "limit": fmt.MAX_MEMBERS * ENTRY_BUDGET})
    try:
        return zipfile.ZipFile(fp), directory
    except _DIRECTORY_ERRORS:
        raise BundleUnreadable("bundle.damaged", {"path": path}) from None


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse, before inflating anything, what the central directory already shows."""
    if len(infos) > fmt.MAX_MEMBERS:
        raise BundleUnreadable("bundle.too_many_members",
                               {"count": len(infos), "limit": fmt.MAX_MEMBERS})
    seen: set[str] = set()
    for info in infos:
        name = info.orig_filename
        kind = stat.S_IFMT(info.external_attr >> 16)
        if name.endswith("/") or kind == stat.S_IFDIR or info.external_attr & _DOS_DIRECTORY:
            raise _refuse("bundle.directory_member", name)
        if kind == stat.S_IFLNK:
            raise _refuse("bundle.symlink_member", name)
        if kind not in (0, stat.S_IFREG):
            raise _refuse("bundle.special_member", name)
        if not fmt.safe_name(name):
            raise _refuse("bundle.unsafe_name", name)
        # Case-folded: "Data/x" and "data/x" are one file on Windows and macOS.
        if name.casefold() in seen:
            raise _refuse("bundle.duplicate_member", name)
        seen.add(name.casefold())
        if info.flag_bits & _ENCRYPTED:
            raise _refuse("bundle.encrypted_member", name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse("bundle.unsupported_compression", name, method=info.compress_type)
        if info.file_size > fmt.MAX_MEMBER_SIZE:
            raise _refuse("bundle.member_too_large", name, size=info.file_size,
                          limit=fmt.MAX_MEMBER_SIZE)
        if info.file_size > RATIO_FLOOR and info.file_size > fmt.MAX_RATIO * info.compress_size:
            raise _refuse("bundle.compression_ratio", name,
                          ratio=info.file_size // max(info.compress_size, 1), limit=fmt.MAX_RATIO)
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise _refuse("bundle.size_mismatch", name, size=info.file_size)
    # "a" and "a/b" cannot both be extracted: "a" would be a file and a folder.
    folders = {name.rsplit("/", depth)[0] for name in seen for depth in range(1, name.count("/") + 1)}
    for info in infos:
        if info.orig_filename.casefold() in folders:
            raise _refuse("bundle.name_conflict", info.orig_filename)
    total = sum(info.file_size for info in infos)
    if total > fmt.MAX_TOTAL_SIZE:
        raise BundleUnreadable("bundle.total_too_large",
                               {"size": total, "limit": fmt.MAX_TOTAL_SIZE})


def _inflate(fp: BinaryIO, info: zipfile.ZipInfo,
             cancelled: Callable[[], bool] | None) -> Member:
    """Read and inflate one member, never producing more than its declared size + 1."""
    name, declared = info.orig_filename, info.file_size
    deflated = info.compress_type == zipfile.ZIP_DEFLATED
    inflater = zlib.decompressobj(-zlib.MAX_WBITS) if deflated else None
    remaining, produced, crc = info.compress_size, 0, 0
    digest, chunks = hashlib.sha256(), []
    while remaining:
        if cancelled is not None and cancelled():
            raise Cancelled()
        pending = fp.read(min(_CHUNK, remaining))
        if not pending:
            raise _refuse("bundle.member_truncated", name)
        remaining -= len(pending)
        while pending:
            if inflater is None:
                out, pending = pending, b""
            else:
                try:
                    out = inflater.decompress(pending, declared + 1 - produced)
                except zlib.error:
                    raise _refuse("bundle.bad_deflate", name) from None
                pending = inflater.unconsumed_tail
                if inflater.unused_data or (inflater.eof and remaining):
                    raise _refuse("bundle.bad_deflate", name)  # data after the stream's end
            produced += len(out)
            if produced > declared:
                raise _refuse("bundle.size_mismatch", name, size=declared)
            crc = zlib.crc32(out, crc)
            digest.update(out)
            chunks.append(out)
    if inflater is not None and not inflater.eof:
        raise _refuse("bundle.bad_deflate", name)  # the stream stops before its end
    if produced != declared:
        raise _refuse("bundle.size_mismatch", name, size=declared)
    if crc != info.CRC:
        raise _refuse("bundle.crc_mismatch", name)
    return Member(b"".join(chunks), digest.hexdigest())


def _read_all(fp: BinaryIO, path: str,
              cancelled: Callable[[], bool] | None) -> dict[str, Member]:
    size: int = os.fstat(fp.fileno()).st_size
    archive, directory = _open_archive(fp, size, path)
    with archive:
        infos = archive.infolist()
        _check_entries(infos)
        members: dict[str, Member] = {}
        for info, start in check_layout(fp, infos, directory, path):
            if cancelled is not None and cancelled():
                raise Cancelled()
            fp.seek(start)
            members[info.orig_filename] = _inflate(fp, info, cancelled)
        return members


def read_members(path: Path, *, cancelled: Callable[[], bool] | None = None) -> dict[str, Member]:
    """Every member of the ZIP at ``path``, by name, checked against the bundle limits.

    Args:
        path: the ZIP file (untrusted).
        cancelled: polled between reads; when it returns true, :class:`Cancelled` is raised.

    Raises:
        BundleUnreadable: the file cannot be opened, is empty, not a ZIP, truncated or
            damaged, its layout is not the exporter's (``bundle.layout_*``,
            ``bundle.local_header_mismatch``), or one member breaks a rule (``bundle.*``
            code naming it).
        Cancelled: ``cancelled()`` returned true.
    """
    shown_path = str(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a directory, a FIFO, a device
            raise BundleUnreadable("bundle.cannot_open", {"path": shown_path})
        fp = path.open("rb")
    except FileNotFoundError:
        raise BundleUnreadable("bundle.not_found", {"path": shown_path}) from None
    except OSError:
        raise BundleUnreadable("bundle.cannot_open", {"path": shown_path}) from None
    with fp:
        try:
            return _read_all(fp, shown_path, cancelled)
        except OSError:  # a read error of the disk, after zipfile parsed the directory
            raise BundleUnreadable("bundle.cannot_open", {"path": shown_path}) from None
