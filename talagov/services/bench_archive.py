# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive measurements for ``talagov bench``: exporting and verifying a large meeting.

Target (issue "Archive bundles"): exporting and verifying a meeting with 5,000 ballots,
the verification within 1.5x of the bare cost, measured in the same run, of reading the
bundle's members, hashing their bytes and verifying its signatures. The scene
(:mod:`talagov.services.bench_archive_scene`) is one closed AG: file voters sending a
ballot per resolution, a show of hands witnessed by the organisation, signed minutes
entered in the register. The baseline (:func:`bare_check`) reads the ZIP with
:mod:`zipfile`, SHA-256s every member and verifies every ECDSA signature the bundle
holds with bare ``cryptography`` calls: nothing of TalaGov's judgement, only what it
takes to find the signed bytes, the signature and the key.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import time
import zipfile
from base64 import b64decode
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import bundle_format as bf
from talagov.core.canonical import canonical
from talagov.core.tally_certificates import clear_cache
from talagov.core.tally_codec import HAND_COUNT_FORMAT, HAND_COUNT_VERSION
from talagov.services.bench_archive_scene import POLLS, build_scene
from talagov.services.bundle_export import export_meeting
from talagov.services.uow import UnitOfWork
from talagov.verifier.api import verify_bundle

TARGET_RATIO = 1.5
_ECDSA = ec.ECDSA(hashes.SHA256())
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")
_Check = tuple[ec.EllipticCurvePublicKey, bytes, bytes]  # key, signature, signed bytes


@dataclass(frozen=True)
class BareCheck:
    """What the baseline read, hashed and verified."""

    members: int
    hashed_bytes: int
    signatures: Counter[str]  # kind -> signatures verified
    invalid: int  # of those, how many did not verify

    @property
    def total(self) -> int:
        """Every signature verified."""
        return sum(self.signatures.values())


@dataclass(frozen=True)
class ArchiveBench:
    """Export and verification of one meeting's archive against the bare cost, in seconds."""

    ballots: int  # ballot files in the archive
    members: int  # on the meeting's roll
    files: int  # members of the ZIP
    size: int  # bytes of the ZIP
    signatures: int  # signatures the baseline verified
    export_s: float  # export_meeting, best of the repetitions
    verify_s: float  # verify_bundle with a cold certificate cache, best of the repetitions
    baseline_s: float  # bare read + SHA-256 + signature verifications, best of the repetitions
    verified: bool  # every check of the verification held

    @property
    def ratio(self) -> float:
        """How many times the bare cost the verification takes."""
        return self.verify_s / self.baseline_s if self.baseline_s else 0.0


def _between(data: bytes, start: bytes, end: bytes) -> bytes:
    """The bytes of a canonical JSON file between two markers (the signed payload of a
    ballot or of the revocation list appears there verbatim, keys being sorted)."""
    first = data.index(start) + len(start)
    return data[first:data.index(end, first)]


def _ballots(members: dict[str, bytes]) -> Iterator[_Check]:
    keys: dict[str, ec.EllipticCurvePublicKey] = {}
    for name, data in members.items():
        if not name.startswith(bf.BALLOTS):
            continue
        document = json.loads(data)
        pem = document["certificate"]
        key = keys.get(pem)
        if key is None:  # one parse per distinct certificate, as any script would cache
            key = keys[pem] = _ec(x509.load_pem_x509_certificate(pem.encode("ascii")))
        yield key, b64decode(document["signature"]), _between(data, b'"payload":',
                                                               b',"signature":')


def _ec(cert: x509.Certificate) -> ec.EllipticCurvePublicKey:
    key = cert.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    return key


def _hand_counts(polls: Any, org: ec.EllipticCurvePublicKey) -> Iterator[_Check]:
    for poll in polls["polls"]:
        if poll["hand_count"] is None or not poll["hand_count_signature"]:
            continue
        hand = poll["hand_count"]
        payload = {"format": HAND_COUNT_FORMAT, "version": HAND_COUNT_VERSION,
                   "organisation": poll["definition"]["organisation"], "poll_id": hand["poll_id"],
                   "definition_hash": poll["definition_hash"], "counts": hand["counts"],
                   "scrutineers": hand["scrutineers"], "at": hand["at"]}  # fmt: skip
        yield org, b64decode(poll["hand_count_signature"]), canonical(payload)


def _pades(pdf: bytes) -> Iterator[_Check]:
    """Each PDF signature: the CMS signature over its signed attributes (parsed with
    asn1crypto, verified with cryptography), once its byte ranges match their digest."""
    for match in _BYTE_RANGE.finditer(pdf):
        a, b, c, d = (int(x) for x in match.groups())
        signed = cms.ContentInfo.load(bytes.fromhex(pdf[a + b + 1:c - 1].decode("ascii")),
                                      strict=False)["content"]  # fmt: skip
        signer = signed["signer_infos"][0]
        serial = signer["sid"].chosen["serial_number"].native
        cert = next(x509.load_der_x509_certificate(choice.chosen.dump())
                    for choice in signed["certificates"] if choice.chosen.serial_number == serial)
        attrs = signer["signed_attrs"]
        digest = next(attr["values"][0].native for attr in attrs
                      if attr["type"].native == "message_digest")
        # DER of the attributes as signed: a SET, not the [0] IMPLICIT tag they sit under.
        data = b"\x31" + attrs.dump()[1:]
        if digest != hashlib.sha256(pdf[a:a + b] + pdf[c:c + d]).digest():
            data = b""  # the PDF changed after signing: this signature cannot verify
        yield _ec(cert), signer["signature"].native, data


def _signatures(members: dict[str, bytes]) -> Iterator[tuple[str, _Check]]:
    ca = x509.load_pem_x509_certificate(members[bf.ORG_CERT])
    org = _ec(ca)
    yield "certificate", (org, ca.signature, ca.tbs_certificate_bytes)
    for name in sorted(n for n in members if n.startswith(bf.MEMBER_CERTS)):
        cert = x509.load_pem_x509_certificate(members[name])
        yield "certificate", (org, cert.signature, cert.tbs_certificate_bytes)
    yield "manifest", (org, members[bf.MANIFEST_SIG], members[bf.MANIFEST])
    yield "manifest", (org, members[bf.SUMS_SIG], members[bf.SUMS])
    if bf.REVOCATIONS in members:
        data = members[bf.REVOCATIONS]
        yield "revocations", (org, b64decode(json.loads(data)["signature"]),
                              _between(data, b'"payload":', b',"signature":'))
    for check in _ballots(members):
        yield "ballot", check
    for entry in json.loads(members[bf.JOURNAL])["entries"]:
        if entry["signature"] is not None:  # this install's key: the organisation's
            yield "journal", (org, b64decode(entry["signature"]), entry["entry"].encode("utf-8"))
    for check in _hand_counts(json.loads(members[bf.POLLS]), org):
        yield "hand_count", check
    for m in json.loads(members[bf.MINUTES])["minutes"]:
        for s in m["signatures"]:
            signer = _ec(x509.load_pem_x509_certificate(members[s["certificate"]]))
            yield "minutes", (signer, b64decode(s["signature"]), members[m["content"]])
        if m["pdf"]:
            for check in _pades(members[m["pdf"]]):
                yield "pdf_signature", check
        if m["register"] is not None:
            entry = m["register"]
            yield "register", (org, members[entry["signature_path"]], members[entry["path"]])


def bare_check(path: Path) -> BareCheck:
    """Read every member of the archive at ``path``, SHA-256 it and verify every
    signature with bare ``cryptography`` calls."""
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    hashed = 0
    for data in members.values():
        hashlib.sha256(data).digest()
        hashed += len(data)
    kinds: Counter[str] = Counter()
    invalid = 0
    for kind, (key, signature, signed) in _signatures(members):
        try:
            key.verify(signature, signed, _ECDSA)
        except InvalidSignature:
            invalid += 1  # a ballot edited after signing, say: verified all the same
        kinds[kind] += 1
    return BareCheck(len(members), hashed, kinds, invalid)


def _time(fn: Callable[[], object]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def measure_archive(ballots: int = 5_000, *, repeat: int = 3) -> ArchiveBench:
    """Export a closed AG of about ``ballots`` ballot files and verify the archive, against
    :func:`bare_check` of the same archive; best of ``repeat`` interleaved runs."""
    with tempfile.TemporaryDirectory(prefix="talagov-bench-archive-") as tmp:
        folder = Path(tmp)
        scene = build_scene(folder / "archive.sqlite", max(1, ballots // POLLS))
        target = folder / "meeting.zip"

        def export() -> object:
            with UnitOfWork(scene.db) as uow:
                return export_meeting(uow, scene.meeting_id, target, org_key=scene.org_key)

        def verify() -> object:
            clear_cache()  # a fresh process: no certificate checked yet
            return verify_bundle(target)

        try:
            times: dict[str, list[float]] = {"export": [], "verify": [], "baseline": []}
            verified, bare = True, BareCheck(0, 0, Counter(), 0)
            # Interleaved, so that a busy machine slows all three alike.
            for _ in range(repeat):
                seconds, _ = _time(export)
                times["export"].append(seconds)
                seconds, verification = _time(verify)
                times["verify"].append(seconds)
                verified = verified and verification.ok
                seconds, bare = _time(lambda: bare_check(target))
                times["baseline"].append(seconds)
            size = target.stat().st_size
        finally:
            scene.db.close()
    return ArchiveBench(scene.file_ballots, scene.members, bare.members, size, bare.total,
                        min(times["export"]), min(times["verify"]), min(times["baseline"]),
                        verified)  # fmt: skip
