# SPDX-License-Identifier: GPL-3.0-or-later
"""Rewriting an exported bundle with one change, for the verifier's tamper tests.

:class:`Rewrite` holds every member of a bundle in memory; a test changes one (a byte
flipped, a JSON value edited, a member added or removed) and writes the ZIP again,
either keeping the original manifest (the manifest check must catch the change) or,
with ``resign=True``, with a manifest and SHA256SUMS rebuilt for the new members and
signed again with the organisation key, as someone holding that key would: then only
the deeper check of the file itself can catch the change.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import bundle_format as fmt
from talagov.core.canonical import canonical
from talagov.core.journal import (
    JournalPayload,
    JournalRecord,
    records_from_file,
    records_to_file,
)
from talagov.core.signing import sign_bytes
from tests.verifier.bundle_factory import zip_bytes


def flip(data: bytes, index: int, mask: int = 0x01) -> bytes:
    """``data`` with one bit of byte ``index`` flipped (negative: from the end)."""
    out = bytearray(data)
    out[index] ^= mask
    return bytes(out)


@dataclass
class Rewrite:
    """The members of a bundle, to change and write again."""

    members: dict[str, bytes]
    key: ec.EllipticCurvePrivateKey
    manifest: fmt.Manifest = field(init=False)

    def __post_init__(self) -> None:
        self.manifest = fmt.parse_manifest(json.loads(self.members[fmt.MANIFEST]))

    @classmethod
    def of(cls, path: Path, key: ec.EllipticCurvePrivateKey) -> Rewrite:
        """Every member of the bundle at ``path``."""
        with zipfile.ZipFile(path) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
        return cls(members, key)

    def json(self, name: str) -> Any:
        """The parsed JSON of one member."""
        return json.loads(self.members[name])

    def edit_json(self, name: str, edit: Callable[[Any], object]) -> Rewrite:
        """Change one JSON member in place (``edit`` mutates the parsed value; what it
        returns is ignored) and write it back in canonical form."""
        value = self.json(name)
        edit(value)
        self.members[name] = canonical(value)
        return self

    def edit_journal(self, edit: Callable[[list[dict[str, Any]]], object]) -> Rewrite:
        """Change the journal's entries as someone holding the organisation key would:
        ``edit`` mutates the list of entry payloads (dicts; it may remove or reorder
        them), then every entry is chained again to the one of the sequence before (when
        present) and signed again with the organisation key."""
        records = records_from_file(self.members[fmt.JOURNAL])
        signer = next(r.signer for r in records if r.signature is not None)
        payloads = [json.loads(r.data) for r in records]
        edit(payloads)
        hashes: dict[int, str] = {}
        out = []
        for p in payloads:
            previous = hashes.get(p["sequence"] - 1, p["previous"])
            payload = JournalPayload(p["install"], p["sequence"], previous, p["at"], p["kind"],
                                     p["meeting_id"], p["subject"])  # fmt: skip
            data = payload.canonical()
            hashes[payload.sequence] = payload.hash()
            out.append(JournalRecord(data, payload.hash(), sign_bytes(data, self.key), signer))
        self.members[fmt.JOURNAL] = records_to_file(out)
        return self

    def flip(self, name: str, index: int, mask: int = 0x01) -> Rewrite:
        """Flip one bit of one member."""
        self.members[name] = flip(self.members[name], index, mask)
        return self

    def put(self, name: str, data: bytes) -> Rewrite:
        """Add or replace a member."""
        self.members[name] = data
        return self

    def drop(self, name: str) -> Rewrite:
        """Remove a member."""
        del self.members[name]
        return self

    def signed_members(self) -> dict[str, bytes]:
        """The members with the manifest, SHA256SUMS and both signatures rebuilt for
        them, signed with the organisation key."""
        listed = {n: d for n, d in self.members.items() if n not in fmt.UNLISTED}
        entries = fmt.entries_for(listed)
        manifest = replace(self.manifest, files=entries)
        data, sums = fmt.manifest_bytes(manifest), fmt.sums_bytes(entries)
        return {**listed, fmt.MANIFEST: data, fmt.MANIFEST_SIG: sign_bytes(data, self.key),
                fmt.SUMS: sums, fmt.SUMS_SIG: sign_bytes(sums, self.key)}

    def write(self, path: Path, *, resign: bool) -> Path:
        """Write the ZIP (members sorted, as the exporter writes them)."""
        members = self.signed_members() if resign else dict(self.members)
        path.write_bytes(zip_bytes(dict(sorted(members.items()))))
        return path
