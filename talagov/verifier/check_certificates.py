# SPDX-License-Identifier: GPL-3.0-or-later
"""The certificates of a bundle: the organisation's CA, the members' certificates it
issued, its signed revocation list, and the keys index (``data/keys.json``) that says
whose each certificate is.

Everything else the verifier checks trusts the organisation certificate found here,
so its fingerprint is what a reader compares with the one printed on paper; a bundle
rewritten under another key passes every other check and differs only there (and in
the manifest, which names the fingerprint it was signed for). Every entry of the keys
index must describe its file exactly, every member certificate file must be indexed,
and a certificate is revoked in the index exactly when the signed list revokes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates, revocation
from talagov.core.bundle_format import KEYS, MEMBER_CERTS, ORG_CERT, REVOCATIONS
from talagov.core.bundle_model import KeysIndex
from talagov.core.certificates import CertProblem
from talagov.core.errors import UserError
from talagov.core.revocation import RevocationList
from talagov.verifier.lines import certificate_subject, failed, ok
from talagov.verifier.report import Area, CheckLine

_A = Area.CERTIFICATES
_MEMBER_FILE = re.compile(r"^(\d{1,18})-([0-9a-f]{1,40})\.pem$")


@dataclass(frozen=True)
class CertificateFacts:
    """What the certificates established, for the checks that follow.

    Attributes:
        ca: the organisation's certificate, ``None`` when unreadable or not a CA.
        fingerprint: its SHA-256 (hex), ``""`` when unreadable.
        members: fingerprint -> member certificate issued by the organisation.
        paths: the file of each of those certificates -> its fingerprint.
        revocations: the revocation list, ``None`` when absent or not the
            organisation's.
        revoked_at: serial -> when it was revoked (aware UTC).
    """

    ca: x509.Certificate | None
    fingerprint: str
    members: Mapping[str, x509.Certificate] = field(default_factory=dict)
    paths: Mapping[str, str] = field(default_factory=dict)
    revocations: RevocationList | None = None
    revoked_at: Mapping[str, datetime] = field(default_factory=dict)

    @property
    def public_key(self) -> ec.EllipticCurvePublicKey | None:
        """The organisation's public key (what signs the manifest, the register, the
        journal, the hand counts and the postal ballots)."""
        return certificates.ec_public_key(self.ca) if self.ca is not None else None


def read_organisation(pem: bytes | None) -> tuple[x509.Certificate | None, str]:
    """The organisation certificate of ``certificates/organisation.pem`` and its
    fingerprint, or ``(None, "")`` when it is missing or unreadable."""
    if pem is None:
        return None, ""
    try:
        cert = certificates.from_pem(pem)
    except UserError:
        return None, ""
    return cert, certificates.fingerprint(cert)


def _ca_problem(cert: x509.Certificate) -> str | None:
    """Why ``cert`` is not a self-signed P-256 certificate authority (``None``: it is)."""
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return "not_self_signed"
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return "not_ca"
    if not constraints.ca:
        return "not_ca"
    key = certificates.ec_public_key(cert)
    if key is None or not isinstance(key.curve, ec.SECP256R1):
        return "not_p256"
    return None


def check_organisation(pem: bytes | None, manifest_fingerprint: str
                       ) -> tuple[list[CheckLine], x509.Certificate | None, str]:
    """The organisation certificate: readable, a self-signed CA with a P-256 key, and
    the one the manifest names. Returns the lines, the certificate (``None`` when it
    cannot be trusted for anything) and its fingerprint."""
    cert, fingerprint = read_organisation(pem)
    if cert is None:
        code = "verify.cert.org_missing" if pem is None else "verify.cert.org_unreadable"
        return [failed(_A, code, ORG_CERT)], None, ""
    problem = _ca_problem(cert)
    if problem is not None:
        return [failed(_A, f"verify.cert.org_{problem}", ORG_CERT,
                       certificate_subject(fingerprint))], None, fingerprint
    lines = [ok(_A, "verify.cert.org_ok", ORG_CERT, certificate_subject(fingerprint),
                name=certificates.info(cert).organisation or certificates.info(cert).name)]
    if fingerprint != manifest_fingerprint:
        lines.append(failed(_A, "verify.cert.org_not_manifest", ORG_CERT,
                            certificate_subject(fingerprint),
                            manifest=manifest_fingerprint, found=fingerprint))
    return lines, cert, fingerprint


def _member_problem(name: str, cert: x509.Certificate, ca: x509.Certificate) -> str | None:
    """Why a member certificate file does not hold: not issued by the organisation or
    not a member certificate (checked at the middle of its validity: whether it was
    valid when used is each ballot's and signature's check), or a file name that names
    another member or serial."""
    middle = cert.not_valid_before_utc + (cert.not_valid_after_utc - cert.not_valid_before_utc) / 2
    found = certificates.check_member_certificate(cert, ca, at=middle)
    if found is CertProblem.NOT_ISSUED_BY_ORG:
        return "not_issued"
    if found is not None:
        return "malformed"
    match = _MEMBER_FILE.fullmatch(name.rsplit("/", 1)[-1])
    if match is None or int(match.group(1)) != certificates.member_id_of(cert) \
            or match.group(2) != certificates.serial_hex(cert):
        return "misnamed"
    return None


def check_members(files: Mapping[str, bytes], ca: x509.Certificate | None
                  ) -> tuple[list[CheckLine], dict[str, x509.Certificate], dict[str, str]]:
    """Every file of ``certificates/members/``: a member certificate the organisation
    issued, named ``<member id>-<serial hex>.pem`` after what it says. Returns the
    lines, the certificates that hold by fingerprint, and their files."""
    lines: list[CheckLine] = []
    held: dict[str, x509.Certificate] = {}
    paths: dict[str, str] = {}
    if ca is None:
        if files:
            lines.append(failed(_A, "verify.cert.members_unchecked", MEMBER_CERTS,
                                count=len(files)))
        return lines, held, paths
    for name, pem in sorted(files.items()):
        try:
            cert = certificates.from_pem(pem)
        except UserError:
            lines.append(failed(_A, "verify.cert.member_unreadable", name))
            continue
        fingerprint = certificates.fingerprint(cert)
        problem = _member_problem(name, cert, ca)
        if problem is not None:
            lines.append(failed(_A, f"verify.cert.member_{problem}", name,
                                certificate_subject(fingerprint),
                                member=certificates.member_id_of(cert) or "?"))
            continue
        held[fingerprint] = cert
        paths[name] = fingerprint
    if held or not lines:
        lines.insert(0, ok(_A, "verify.cert.members_ok", MEMBER_CERTS, count=len(held)))
    return lines, held, paths


def check_revocations(data: bytes | None, ca: x509.Certificate | None, fingerprint: str
                      ) -> tuple[list[CheckLine], RevocationList | None, dict[str, datetime]]:
    """The revocation list: signed by the organisation and naming it. Returns the
    lines, the list and serial -> revocation time (aware UTC)."""
    if data is None:
        return [ok(_A, "verify.cert.no_revocations", REVOCATIONS)], None, {}
    public_key = certificates.ec_public_key(ca) if ca is not None else None
    if public_key is None:
        return [failed(_A, "verify.cert.revocations_unchecked", REVOCATIONS)], None, {}
    try:
        rl = revocation.read_list(data, public_key)
    except UserError as exc:
        code = ("verify.cert.revocations_bad_signature" if exc.code == "revocation.bad_signature"
                else "verify.cert.revocations_malformed")
        return [failed(_A, code, REVOCATIONS)], None, {}
    if rl.organisation != fingerprint:
        return [failed(_A, "verify.cert.revocations_other_org", REVOCATIONS,
                       named=rl.organisation)], None, {}
    times: dict[str, datetime] = {}
    for entry in rl.entries:
        try:
            times[entry.serial] = datetime.fromisoformat(entry.revoked_at).astimezone(UTC)
        except ValueError:
            return [failed(_A, "verify.cert.revocations_malformed", REVOCATIONS)], None, {}
    return [ok(_A, "verify.cert.revocations_ok", REVOCATIONS, count=len(rl.entries),
               sequence=rl.sequence)], rl, times


def check_certificates(org_pem: bytes | None, manifest_fingerprint: str,
                       member_files: Mapping[str, bytes], revocations: bytes | None
                       ) -> tuple[list[CheckLine], CertificateFacts]:
    """Every certificate check (see the module docstring), with what they established.

    Args:
        org_pem: ``certificates/organisation.pem`` (``None`` when absent).
        manifest_fingerprint: the organisation fingerprint the manifest names.
        member_files: the files of ``certificates/members/`` by name.
        revocations: ``certificates/revocations.json`` (``None`` when absent).
    """
    lines, ca, fingerprint = check_organisation(org_pem, manifest_fingerprint)
    found, members, paths = check_members(member_files, ca)
    lines += found
    found, rl, times = check_revocations(revocations, ca, fingerprint)
    lines += found
    return lines, CertificateFacts(ca, fingerprint, members, paths, rl, times)


def check_keys(keys: KeysIndex, facts: CertificateFacts, member_files: Iterable[str]
               ) -> list[CheckLine]:
    """Each entry of the keys index against its certificate file and the revocation
    list; each certificate file against the index."""
    lines: list[CheckLine] = []
    present = set(member_files)
    if keys.organisation_fingerprint != facts.fingerprint:
        lines.append(failed(_A, "verify.keys.organisation", KEYS,
                            named=keys.organisation_fingerprint, found=facts.fingerprint))
    revoked = facts.revocations.serials if facts.revocations is not None else frozenset()
    indexed = set()
    for entry in keys.certificates:
        indexed.add(entry.path)
        subject = certificate_subject(entry.fingerprint)
        fingerprint = facts.paths.get(entry.path)
        if entry.path not in present:
            lines.append(failed(_A, "verify.keys.file_missing", entry.path, subject))
            continue
        if fingerprint is None:
            continue  # the file does not hold: its own line says so
        cert = facts.members[fingerprint]
        if (fingerprint != entry.fingerprint or certificates.serial_hex(cert) != entry.serial
                or certificates.member_id_of(cert) != entry.member_id):
            lines.append(failed(_A, "verify.keys.entry_differs", KEYS, subject,
                                path=entry.path))
        elif (entry.revoked_at is not None) != (entry.serial in revoked):
            lines.append(failed(_A, "verify.keys.revocation_differs", KEYS, subject,
                                path=entry.path, revoked=entry.serial in revoked))
    for name in sorted(present):
        if name.startswith(MEMBER_CERTS) and name not in indexed:
            lines.append(failed(_A, "verify.keys.not_indexed", name))
    if not lines:
        lines.append(ok(_A, "verify.keys.ok", KEYS, count=len(keys.certificates)))
    return lines
