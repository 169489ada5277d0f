# SPDX-License-Identifier: GPL-3.0-or-later
"""What the verifier reads once per run is still checked: a member certificate the
organisation did not sign is refused in the certificates and, carried by ballots of
several polls (its text read once for all of them), rejects each of those ballots."""

from __future__ import annotations

from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from talagov.core import bundle_format as bf
from talagov.core import certificates
from talagov.core.signing import new_private_key
from tests.verifier.conftest import Tamper, failed_with
from tests.verifier.meeting_setup import ExportedMeeting
from tests.verifier.tamper import Rewrite
from tests.verifier.test_check_votes import add_ballot, signed_ballot


def test_a_forged_member_certificate_is_refused_for_every_ballot_it_signs(
        tampered: Tamper, exported: ExportedMeeting) -> None:
    a5 = exported.assembly.members[5]
    now = datetime(2026, 6, 1, tzinfo=UTC)
    key = new_private_key()
    added: list[str] = []

    def change(r: Rewrite) -> None:
        real = x509.load_pem_x509_certificate(r.members[bf.ORG_CERT])
        # A CA of the very same name, so that the forged certificate names the
        # organisation as its issuer: only the signature tells them apart.
        forger = new_private_key()
        name = real.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
        fake_ca = certificates.organisation_certificate(forger, name=str(name), now=now)
        cert = certificates.issue_member_certificate(forger, fake_ca, key.public_key(),
                                                     member_id=a5, name="Associé05", now=now)
        assert cert.issuer == real.subject
        r.put(f"{bf.MEMBER_CERTS}{a5}-{certificates.serial_hex(cert)}.pem",
              cert.public_bytes(serialization.Encoding.PEM))
        for poll in (0, 1):
            added.append(add_ballot(r, poll, signed_ballot(r, poll, a5, key, cert),
                                    ballot_id=90 + poll))

    result = tampered(change)
    assert failed_with(result, "verify.cert.member_not_issued")
    differs = failed_with(result, "verify.ballots.verdict_differs")
    assert sorted(x.file for x in differs) == sorted(added)
    assert {x.params["computed"] for x in differs} == {"rejected: bad_certificate"}
