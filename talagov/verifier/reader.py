# SPDX-License-Identifier: GPL-3.0-or-later
"""Open an archive bundle as untrusted input: :func:`read_bundle` and :class:`BundleFiles`.

A bundle is whatever file someone hands the auditor. :func:`read_bundle` reads it
through :mod:`talagov.verifier.zip_members` (ZIP structure, limits, zip bombs, CRC;
and, through :mod:`talagov.verifier.zip_layout`, exactly the layout the exporter writes,
so that no other ZIP tool can show other contents than those verified), then
requires the manifest and SHA256SUMS with their signatures, parses the manifest and
requires the members present to be exactly those it lists (plus those four). It
refuses anything else with :class:`~talagov.verifier.report.BundleUnreadable` (exit
code 2) and a ``bundle.*`` code naming the problem and the member.

It does not judge the content: a listed member whose size or SHA-256 differs from the
manifest, or a signature that does not verify, is a *failed check*
(:mod:`talagov.verifier.check_manifest`), not an unreadable bundle.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from talagov.core import bundle_format as fmt
from talagov.verifier.report import BundleUnreadable
from talagov.verifier.strict_json import load_json
from talagov.verifier.zip_members import Member, read_members, shown

# Names Windows maps to devices whatever the extension ("con.pdf" is the console).
_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                      *(f"LPT{i}" for i in range(1, 10))})


class BundleFiles:
    """The members of a bundle that :func:`read_bundle` accepted, held in memory.

    Attributes:
        path: the file read.
        manifest: the parsed ``manifest.json``.
        manifest_data: its raw bytes (what ``manifest.sig`` signs).
        manifest_signature: the bytes of ``manifest.sig``.
        sums: the bytes of ``SHA256SUMS``.
        sums_signature: the bytes of ``SHA256SUMS.sig``.
    """

    def __init__(self, path: Path, manifest: fmt.Manifest, members: Mapping[str, Member]) -> None:
        self.path = path
        self.manifest = manifest
        self._members = dict(members)
        self._listed = tuple(sorted(entry.path for entry in manifest.files))
        self.manifest_data = members[fmt.MANIFEST].data
        self.manifest_signature = members[fmt.MANIFEST_SIG].data
        self.sums = members[fmt.SUMS].data
        self.sums_signature = members[fmt.SUMS_SIG].data

    def names(self, prefix: str = "") -> tuple[str, ...]:
        """The listed members whose name starts with ``prefix``, sorted (the four
        signing members, listed by nobody, are not among them)."""
        return tuple(name for name in self._listed if name.startswith(prefix))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self._members

    def _member(self, name: str) -> Member:
        member = self._members.get(name)
        if member is None:
            raise BundleUnreadable("bundle.no_such_file", {"name": shown(name)})
        return member

    def read(self, name: str) -> bytes:
        """The bytes of member ``name`` (a listed member or one of the four signing
        members). Raises :class:`BundleUnreadable` (``bundle.no_such_file``) for any
        other name."""
        return self._member(name).data

    def sha256(self, name: str) -> str:
        """The SHA-256 (lowercase hex) of member ``name``'s bytes, computed as they
        were read. Raises like :meth:`read`."""
        return self._member(name).sha256

    def json(self, name: str) -> Any:
        """The JSON value of member ``name``, strictly parsed (UTF-8, no duplicate key,
        no NaN or Infinity, at most ``MAX_JSON_SIZE`` bytes).

        Raises:
            BundleUnreadable: ``bundle.no_such_file``, ``bundle.bad_json`` and the
                other ``bundle.json_*`` codes of :func:`load_json`.
        """
        return load_json(name, self.read(name))

    def extract(self, name: str, directory: Path) -> Path:
        """Write member ``name`` under ``directory`` (which must exist) and return its path.

        The member's folders are created inside ``directory``; none of them, nor the
        file, may be a symbolic link, so the write cannot land outside ``directory``.
        An existing file of that name is replaced.

        Raises:
            BundleUnreadable: ``bundle.no_such_file``; ``bundle.unsafe_name`` for a name
                Windows reserves for a device; ``bundle.extract_outside`` when a link
                inside ``directory`` would lead the write elsewhere.
            OSError: the directory cannot be written.
        """
        data = self.read(name)
        parts = name.split("/")
        if any(part.split(".")[0].upper() in _DEVICES for part in parts):
            raise BundleUnreadable("bundle.unsafe_name", {"name": shown(name)})
        base = Path(directory).resolve(strict=True)
        current = base
        for part in parts[:-1]:
            current = current / part
            if current.is_symlink():
                raise BundleUnreadable("bundle.extract_outside", {"name": shown(name)})
            current.mkdir(exist_ok=True)
        target = current / parts[-1]
        if target.is_symlink() or not target.parent.resolve(strict=True).is_relative_to(base):
            raise BundleUnreadable("bundle.extract_outside", {"name": shown(name)})
        # O_NOFOLLOW: a link planted between the check and the open is not followed.
        flags = (os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_BINARY", 0))
        with os.fdopen(os.open(target, flags, 0o644), "wb") as out:
            out.write(data)
        return target


def _manifest(data: bytes) -> fmt.Manifest:
    value = load_json(fmt.MANIFEST, data)
    if not isinstance(value, dict) or value.get("format") != fmt.FORMAT:
        raise BundleUnreadable("bundle.not_a_manifest", {"name": fmt.MANIFEST})
    version = value.get("version")
    if type(version) is not int or version != fmt.VERSION:
        raise BundleUnreadable("bundle.manifest_version",
                               {"version": "…" if isinstance(version, (list, dict))
                                else shown(json.dumps(version)), "supported": fmt.VERSION})
    try:
        return fmt.parse_manifest(value)
    except fmt.ManifestError as exc:
        raise BundleUnreadable("bundle.bad_manifest", {"detail": shown(exc.reason)}) from None


def read_bundle(path: Path, *, cancelled: Callable[[], bool] | None = None) -> BundleFiles:
    """Read the bundle at ``path`` into memory, refusing anything that is not one.

    Args:
        path: the ZIP file (untrusted).
        cancelled: polled between reads; when it returns true,
            :class:`~talagov.verifier.report.Cancelled` is raised.

    Returns:
        The members, with the manifest parsed. Sizes and hashes are not compared with
        the manifest yet: :func:`~talagov.verifier.check_manifest.check_manifest` does.

    Raises:
        BundleUnreadable: see :func:`~talagov.verifier.zip_members.read_members`, and
            ``bundle.missing_manifest`` / ``bundle.missing_signature`` (one of the four
            signing members absent), the manifest's JSON codes, ``bundle.not_a_manifest``,
            ``bundle.manifest_version``, ``bundle.bad_manifest``,
            ``bundle.unlisted_member`` (present but not listed), ``bundle.missing_member``
            (listed but absent).
        Cancelled: ``cancelled()`` returned true.
    """
    path = Path(path)
    members = read_members(path, cancelled=cancelled)
    for name in (fmt.MANIFEST, fmt.SUMS):
        if name not in members:
            raise BundleUnreadable("bundle.missing_manifest", {"name": name})
    for name in (fmt.MANIFEST_SIG, fmt.SUMS_SIG):
        if name not in members:
            raise BundleUnreadable("bundle.missing_signature", {"name": name})
    manifest = _manifest(members[fmt.MANIFEST].data)
    listed = {entry.path for entry in manifest.files}
    for name in sorted(members):
        if name not in listed and name not in fmt.UNLISTED:
            raise BundleUnreadable("bundle.unlisted_member", {"name": shown(name)})
    for name in sorted(listed):
        if name not in members:
            raise BundleUnreadable("bundle.missing_member", {"name": shown(name)})
    return BundleFiles(path, manifest, members)
