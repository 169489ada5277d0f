# SPDX-License-Identifier: GPL-3.0-or-later
"""Certificate checks cached per certificate give the answers of the uncached check,
at every moment of reception."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from talagov.core import certificates as c
from talagov.core.certificates import CertProblem
from talagov.core.tally_certificates import CertificateChecks
from tests.core import vote_fixtures as vf

ORG = vf.org()
CERT = ORG.certs[3]
START, END = CERT.not_valid_before_utc, CERT.not_valid_after_utc
MOMENTS = [START - timedelta(seconds=1), START, START + timedelta(days=1), END,
           END + timedelta(seconds=1)]


@pytest.mark.parametrize("revoked", [frozenset(), frozenset({c.serial_hex(CERT)})])
@pytest.mark.parametrize("member", [3, 4])
def test_cached_checks_agree_with_check_member_certificate(revoked: frozenset[str],
                                                           member: int) -> None:
    checks = CertificateChecks(ORG.cert, revoked)
    for at in MOMENTS:
        found = checks.member_problem(CERT, at=at, member_id=member)
        expected = c.check_member_certificate(CERT, ORG.cert, at=at, revoked_serials=revoked,
                                              member_id=member)
        assert (None if found is None else found[0]) is expected, at


def test_another_organisation_s_certificate_is_never_accepted() -> None:
    checks = CertificateChecks(ORG.cert)
    found = checks.member_problem(vf.other_org().certs[2], at=START + timedelta(days=1),
                                  member_id=2)
    assert found == (CertProblem.NOT_ISSUED_BY_ORG, {"problem": "not_issued_by_org"})


def test_naive_times_are_local_times() -> None:
    checks = CertificateChecks(ORG.cert)
    local = (END + timedelta(hours=1)).astimezone().replace(tzinfo=None)
    found = checks.member_problem(CERT, at=local, member_id=3)
    assert found is not None and found[0] is CertProblem.EXPIRED
    assert checks.member_problem(CERT, at=datetime(2026, 6, 30, 10, 0), member_id=3) is None


def test_the_witness_is_the_organisation_certificate_itself() -> None:
    checks = CertificateChecks(ORG.cert)
    copy = c.from_pem(c.to_pem(ORG.cert))
    assert checks.is_witness(copy) and checks.is_witness(ORG.cert)
    assert not checks.is_witness(CERT)
    assert checks.public_key(CERT) is not None
    assert START.tzinfo is UTC or START.utcoffset() == timedelta(0)
