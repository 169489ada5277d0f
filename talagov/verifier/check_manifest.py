# SPDX-License-Identifier: GPL-3.0-or-later
"""The manifest check: every listed file intact, the manifest and SHA256SUMS signed.

This is what ``sha256sum -c SHA256SUMS`` and ``openssl dgst -sha256 -verify`` check by
hand (docs/bundle-format.md). Each finding is a :class:`CheckLine` of area
:attr:`Area.MANIFEST` whose ``bundle.check.*`` code is worded in
``talagov/messages/bundle.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import zip_longest

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import bundle_format as fmt
from talagov.core.signing import verify_bytes
from talagov.verifier.reader import BundleFiles
from talagov.verifier.report import Area, Cancelled, CheckLine, Status
from talagov.verifier.zip_members import shown


def _line(status: Status, code: str, member: str = "", subject: str = "",
          **params: object) -> CheckLine:
    """A manifest line about ``member``; its name is also the message's ``{file}``."""
    if member:
        params = {"file": member, **params}
    return CheckLine(Area.MANIFEST, status, code, params, file=member, subject=subject)


def check_files(files: BundleFiles, cancelled: Callable[[], bool] | None = None
                ) -> list[CheckLine]:
    """Every listed file against its listed size and SHA-256: one OK line, or one
    FAILED line per file that differs (what holds without any key)."""
    failed: list[CheckLine] = []
    for entry in files.manifest.files:
        if cancelled is not None and cancelled():
            raise Cancelled()
        size = len(files.read(entry.path))
        if size != entry.size:
            failed.append(_line(Status.FAILED, "bundle.check.file_size", entry.path,
                                size=entry.size, actual=size))
        elif files.sha256(entry.path) != entry.sha256:
            failed.append(_line(Status.FAILED, "bundle.check.file_hash", entry.path))
    if failed:
        return failed
    return [_line(Status.OK, "bundle.check.files", count=len(files.manifest.files))]


def _first_difference(expected: bytes, actual: bytes) -> str:
    """The path on the first line that differs between two SHA256SUMS texts (``""``
    when only the line endings differ)."""
    for ours, theirs in zip_longest(expected.splitlines(), actual.splitlines()):
        if ours != theirs:
            line = ours if ours is not None else theirs
            return shown(line.split(b"  ", 1)[-1].decode("utf-8", "replace"))
    return ""


def check_manifest(files: BundleFiles, org_public_key: ec.EllipticCurvePublicKey, *,
                   cancelled: Callable[[], bool] | None = None) -> list[CheckLine]:
    """Check the bundle's files against its manifest and the manifest's signatures.

    Args:
        files: the bundle as :func:`~talagov.verifier.reader.read_bundle` returned it.
        org_public_key: the organisation's public key (from the bundle's certificate,
            whose fingerprint the caller compares with the manifest's).
        cancelled: polled between files; raises :class:`Cancelled` when true.

    Returns:
        In this order: one OK line ``bundle.check.files`` when every listed file has
        its listed size and SHA-256, else one FAILED line per file that differs
        (``bundle.check.file_size`` or ``bundle.check.file_hash``, naming it); then the
        manifest's signature (``bundle.check.manifest_signed`` /
        ``bundle.check.manifest_signature``), SHA256SUMS against the manifest
        (``bundle.check.sums_match`` / ``bundle.check.sums_differ``) and its signature
        (``bundle.check.sums_signed`` / ``bundle.check.sums_signature``).
    """
    lines = check_files(files, cancelled)
    if verify_bytes(files.manifest_data, files.manifest_signature, org_public_key):
        lines.append(_line(Status.OK, "bundle.check.manifest_signed", fmt.MANIFEST_SIG))
    else:
        lines.append(_line(Status.FAILED, "bundle.check.manifest_signature", fmt.MANIFEST_SIG))
    expected = fmt.sums_bytes(files.manifest.files)
    if files.sums == expected:
        lines.append(_line(Status.OK, "bundle.check.sums_match", fmt.SUMS))
    else:
        lines.append(_line(Status.FAILED, "bundle.check.sums_differ", fmt.SUMS,
                           _first_difference(expected, files.sums)))
    if verify_bytes(files.sums, files.sums_signature, org_public_key):
        lines.append(_line(Status.OK, "bundle.check.sums_signed", fmt.SUMS_SIG))
    else:
        lines.append(_line(Status.FAILED, "bundle.check.sums_signature", fmt.SUMS_SIG))
    return lines
