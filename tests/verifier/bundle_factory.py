# SPDX-License-Identifier: GPL-3.0-or-later
"""Minimal bundles for the verifier's tests, built with zipfile alone (no database).

``make_bundle()`` gives a valid bundle signed with a fresh organisation key: a few
listed files (the organisation certificate, a JSON data file, the two READMEs) plus
the manifest, SHA256SUMS and their signatures. ``make_bundle(listed)`` lists your own
files instead; ``zip_bytes(members)`` zips any members as given (to tamper after
signing: ``zip_bytes({**bundle.members, "data/x.json": b"..."})``), and
``patch_entry(data, name, crc=0)`` rewrites a member's ZIP header fields (to craft
archives that lie).
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import bundle_format as fmt
from talagov.core.canonical import canonical
from talagov.core.certificates import fingerprint, organisation_certificate, to_pem
from talagov.core.signing import new_private_key, sign_bytes

ORGANISATION = "Coopérative d'essai"
NOW = datetime(2026, 6, 30, 18, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Bundle:
    """A built bundle: its ZIP bytes, every member by name, the key and certificate."""

    data: bytes
    members: dict[str, bytes]
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    manifest: fmt.Manifest

    def write(self, path: Path) -> Path:
        """Write the ZIP to ``path`` and return it."""
        path.write_bytes(self.data)
        return path


def zip_bytes(members: Mapping[str, bytes] | Iterable[tuple[str, bytes]], *,
              compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP of ``members`` (name -> bytes, or pairs: pairs may repeat a name), in the
    order given, with the exporter's fixed date."""
    pairs = members.items() if isinstance(members, Mapping) else members
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in pairs:
            info = zipfile.ZipInfo(name, date_time=fmt.ZIP_DATE)
            info.compress_type = compression
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def sample_listed(certificate: x509.Certificate) -> dict[str, bytes]:
    """The listed files of the minimal bundle."""
    return {
        fmt.ORG_CERT: to_pem(certificate).encode("ascii"),
        fmt.ORGANISATION: canonical({"format": "talagov.bundle.organisation", "version": 1,
                                     "name": ORGANISATION}),
        fmt.README_FR: "Archive de réunion.\n".encode(),
        fmt.README_EN: b"Meeting archive.\n",
    }


def signed_members(listed: Mapping[str, bytes], key: ec.EllipticCurvePrivateKey,
                   certificate: x509.Certificate) -> tuple[fmt.Manifest, dict[str, bytes]]:
    """The manifest of ``listed`` and every member of the bundle: ``listed`` plus the
    manifest, SHA256SUMS and their signatures by ``key``."""
    entries = fmt.entries_for(listed)
    manifest = fmt.Manifest(
        organisation=ORGANISATION, organisation_fingerprint=fingerprint(certificate),
        meeting_id=1, meeting_title="Assemblée générale 2026", meeting_date="2026-06-30",
        exported_at="2026-06-30T18:00:00", generator="TalaGov tests", files=entries)
    manifest_data, sums = fmt.manifest_bytes(manifest), fmt.sums_bytes(entries)
    members = dict(listed)
    members[fmt.MANIFEST] = manifest_data
    members[fmt.MANIFEST_SIG] = sign_bytes(manifest_data, key)
    members[fmt.SUMS] = sums
    members[fmt.SUMS_SIG] = sign_bytes(sums, key)
    return manifest, dict(sorted(members.items()))


def make_bundle(listed: Mapping[str, bytes] | None = None, *,
                key: ec.EllipticCurvePrivateKey | None = None) -> Bundle:
    """A valid bundle signed by ``key`` (default: a fresh organisation key) listing
    ``listed``, or by default :func:`sample_listed` (which carries the organisation
    certificate; with your own ``listed``, add ``fmt.ORG_CERT`` if the test needs it)."""
    key = key or new_private_key()
    certificate = organisation_certificate(key, name=ORGANISATION, now=NOW)
    files = dict(listed) if listed is not None else sample_listed(certificate)
    manifest, members = signed_members(files, key, certificate)
    return Bundle(zip_bytes(members), members, key, certificate, manifest)


# Offsets of fields in a central directory entry and in a local header (APPNOTE 4.3.7, 4.3.12).
_CENTRAL = {"flags": (8, "H"), "method": (10, "H"), "crc": (16, "L"), "compress_size": (20, "L"),
            "file_size": (24, "L"), "external_attr": (38, "L"), "header_offset": (42, "L")}
_LOCAL = {"flags": (6, "H"), "method": (8, "H"), "crc": (14, "L"), "compress_size": (18, "L"),
          "file_size": (22, "L")}


def patch_entry(data: bytes, name: str, **fields: int) -> bytes:
    """``data`` with the header fields of member ``name`` replaced, in the central
    directory and (for the fields it has) in the local header. ``fields``: ``flags``,
    ``method``, ``crc``, ``compress_size``, ``file_size``, ``external_attr``,
    ``header_offset`` (unsigned 16-bit for the first two, 32-bit for the others)."""
    out = bytearray(data)
    encoded = name.encode()
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46:at + 46 + length] == encoded:
            break
        at = out.find(b"PK\x01\x02", at + 4)
    assert at >= 0, name
    local = struct.unpack_from("<L", out, at + 42)[0]
    for field, value in fields.items():
        offset, kind = _CENTRAL[field]
        struct.pack_into("<" + kind, out, at + offset, value)
        if field in _LOCAL:
            offset, kind = _LOCAL[field]
            struct.pack_into("<" + kind, out, local + offset, value)
    return bytes(out)
