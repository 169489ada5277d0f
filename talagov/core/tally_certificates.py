# SPDX-License-Identifier: GPL-3.0-or-later
"""Certificate checks of the ballots of one poll, done once per distinct certificate.

A poll may receive thousands of ballots signed with a few hundred certificates. What
does not depend on the ballot (issued by the organisation and well-formed, checked at
the middle of the certificate's validity; its public key, member, serial and validity
dates) is a pure function of the certificate and the organisation's certificate: it is
learnt once and remembered for the life of the process, since a poll is judged again
whenever a ballot arrives. What depends on the ballot (the time of reception, the
voter it must name) and on the poll (the revocation list) is compared for each ballot.
The order of the problems is that of
:func:`talagov.core.certificates.check_member_certificate`: not issued or malformed,
then validity, then revocation, then the member.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates
from talagov.core.certificates import CertProblem

WITNESS_MISMATCH = "not_witness"  # a postal ballot not signed by the organisation itself
CACHE_SIZE = 16_384  # certificates remembered per organisation (about 2 kB each)
_MARGIN = timedelta(days=1)  # more than any change of UTC offset


@dataclass(frozen=True)
class _Known:
    """What one certificate is, as far as the organisation's certificate can tell.

    ``surely_valid`` are naive local times between which the certificate is valid
    whatever the UTC offset of the moment: converting a naive time of reception to UTC
    is needed only near the ends.
    """

    public_key: ec.EllipticCurvePublicKey | None
    problem: CertProblem | None  # NOT_ISSUED_BY_ORG, MALFORMED or None
    member_id: int | None
    serial: str
    fingerprint: str
    not_before: datetime
    not_after: datetime
    surely_valid: tuple[datetime, datetime]


_LEARNT: dict[x509.Certificate, dict[x509.Certificate, _Known]] = {}  # CA -> certificate


def _learn(cert: x509.Certificate, ca: x509.Certificate, issued: frozenset[str]) -> _Known:
    try:
        return _learn_checked(cert, ca, issued)
    except ValueError:
        # A name or extension that cryptography can only parse lazily is malformed: the
        # ballot is rejected for its certificate instead of stopping the whole count.
        epoch = datetime(1970, 1, 1, tzinfo=UTC)
        return _Known(None, CertProblem.MALFORMED, None, "", "", epoch, epoch,
                      (epoch.replace(tzinfo=None), epoch.replace(tzinfo=None)))


def _learn_checked(cert: x509.Certificate, ca: x509.Certificate,
                   issued: frozenset[str]) -> _Known:
    not_before, not_after = cert.not_valid_before_utc, cert.not_valid_after_utc
    fingerprint = certificates.fingerprint(cert)
    problem: CertProblem | None
    if fingerprint in issued and cert.issuer == ca.subject:
        # The very bytes the organisation signed and recorded when it issued them: a
        # second verification of that signature would tell nothing new.
        problem = None if certificates.is_member_profile(cert) else CertProblem.MALFORMED
    else:
        problem = certificates.check_member_certificate(
            cert, ca, at=not_before + (not_after - not_before) / 2)
    if problem not in (CertProblem.NOT_ISSUED_BY_ORG, CertProblem.MALFORMED):
        problem = None  # each ballot's time of reception is compared afterwards
    surely = (not_before.astimezone().replace(tzinfo=None) + _MARGIN,
              not_after.astimezone().replace(tzinfo=None) - _MARGIN)
    return _Known(certificates.ec_public_key(cert), problem, certificates.member_id_of(cert),
                  certificates.serial_hex(cert), fingerprint,
                  not_before, not_after, surely)


def clear_cache() -> None:
    """Forget every certificate already checked (tests)."""
    _LEARNT.clear()


class CertificateChecks:
    """The certificate checks of one poll's ballots.

    Ballots read from files each carry their own certificate object: a certificate is
    looked up by identity first, then by value (its DER), so that equal certificates
    share one check.

    Args:
        ca_certificate: the organisation's certificate (issuer and postal witness).
        revoked_serials: serials of the newest valid revocation list.
        issued_fingerprints: certificates the organisation's register records as issued.
        revoked_at: serial -> when it was revoked (aware); a ballot received earlier keeps
            its certificate.
    """

    def __init__(self, ca_certificate: x509.Certificate,
                 revoked_serials: frozenset[str] = frozenset(),
                 issued_fingerprints: frozenset[str] = frozenset(),
                 revoked_at: Mapping[str, datetime] | None = None) -> None:
        self.ca = ca_certificate
        self.revoked = revoked_serials
        self.issued = issued_fingerprints
        self.revoked_at = revoked_at or {}
        if len(_LEARNT) > 64:  # a long test run, or many organisations: start afresh
            _LEARNT.clear()
        self._learnt = _LEARNT.setdefault(ca_certificate, {})
        self._ca_fingerprint = certificates.fingerprint(ca_certificate)
        # id -> (the object, kept alive so that its id is not reused, and what it is)
        self._by_id: dict[int, tuple[x509.Certificate, _Known]] = {}

    def public_key(self, cert: x509.Certificate) -> ec.EllipticCurvePublicKey | None:
        """The certificate's EC public key (``None`` when it has none)."""
        return self._known(cert).public_key

    def member_problem(self, cert: x509.Certificate, *, at: datetime,
                       member_id: int) -> tuple[CertProblem, dict[str, object]] | None:
        """Why ``cert`` may not sign ``member_id``'s ballot received at ``at`` (naive
        times are local), with message params; ``None`` when it may."""
        known = self._known(cert)
        problem = known.problem
        if problem is None and not (at.tzinfo is None
                                    and known.surely_valid[0] < at < known.surely_valid[1]):
            when = at.astimezone(UTC)
            if when < known.not_before:
                problem = CertProblem.NOT_YET_VALID
            elif when > known.not_after:
                problem = CertProblem.EXPIRED
        if problem is None and self.revoked and known.serial in self.revoked:
            since = self.revoked_at.get(known.serial)
            if since is None or at.astimezone(UTC) >= since:
                problem = CertProblem.REVOKED
        if problem is None and known.member_id != member_id:
            problem = CertProblem.WRONG_MEMBER
        if problem is None:
            return None
        detail: dict[str, object] = {"problem": problem.value}
        if problem is CertProblem.REVOKED:
            detail["serial"] = known.serial
        elif problem is CertProblem.WRONG_MEMBER:
            detail["signer"] = "" if known.member_id is None else known.member_id
        return problem, detail

    def is_witness(self, cert: x509.Certificate) -> bool:
        """Whether ``cert`` is the organisation's own certificate (postal ballots)."""
        return self._known(cert).fingerprint == self._ca_fingerprint

    def _known(self, cert: x509.Certificate) -> _Known:
        hit = self._by_id.get(id(cert))
        if hit is not None and hit[0] is cert:
            return hit[1]
        known = self._learnt.get(cert)
        if known is None:
            if len(self._learnt) >= CACHE_SIZE:
                self._learnt.clear()
            known = self._learnt[cert] = _learn(cert, self.ca, self.issued)
        self._by_id[id(cert)] = (cert, known)
        return known
