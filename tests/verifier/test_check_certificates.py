# SPDX-License-Identifier: GPL-3.0-or-later
"""The certificate checks on PEM bytes (the organisation's CA, members' certificates,
the revocation list) and the keys index against them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import bundle_format as bf
from talagov.core import certificates, revocation
from talagov.core.revocation import RevocationList, Revoked
from talagov.core.signing import new_private_key
from talagov.verifier.check_certificates import check_certificates
from talagov.verifier.report import Status
from tests.verifier.conftest import Tamper, failed_with

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _org(name: str = "Coop") -> tuple[ec.EllipticCurvePrivateKey, bytes, str]:
    key = new_private_key()
    cert = certificates.organisation_certificate(key, name=name, now=NOW)
    return key, certificates.to_pem(cert).encode(), certificates.fingerprint(cert)


def _member(ca_key: ec.EllipticCurvePrivateKey, ca_pem: bytes, member_id: int
            ) -> tuple[str, bytes]:
    ca = certificates.from_pem(ca_pem)
    cert = certificates.issue_member_certificate(ca_key, ca, new_private_key().public_key(),
                                                 member_id=member_id, name="Léa", now=NOW)
    name = f"certificates/members/{member_id}-{certificates.serial_hex(cert)}.pem"
    return name, certificates.to_pem(cert).encode()


def _codes(lines: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(x.status.value, x.code) for x in lines]


def test_a_genuine_set_of_certificates_holds() -> None:
    key, pem, fp = _org()
    name, member = _member(key, pem, 7)
    signed = revocation.sign_list(RevocationList(fp, 1, "2026-06-02T00:00:00+00:00",
                                                 (Revoked("ab", 3, "2026-06-02T00:00:00+00:00",
                                                          "lost"),)), key)
    lines, facts = check_certificates(pem, fp, {name: member}, signed)
    assert all(x.status is Status.OK for x in lines), _codes(lines)
    assert facts.fingerprint == fp and len(facts.members) == 1
    assert facts.paths[name] in facts.members
    assert set(facts.revoked_at) == {"ab"}


def test_a_member_certificate_from_another_authority_is_named() -> None:
    _key, pem, fp = _org()
    forger, forged_pem, _ = _org("Coop")  # same name, another key
    name, member = _member(forger, forged_pem, 7)
    lines, facts = check_certificates(pem, fp, {name: member}, None)
    failed = [x for x in lines if x.status is Status.FAILED]
    assert [(x.code, x.file) for x in failed] == [("verify.cert.member_not_issued", name)]
    assert failed[0].subject.startswith("certificate ")
    assert facts.members == {}


def test_a_misnamed_member_file_is_named() -> None:
    key, pem, fp = _org()
    _, member = _member(key, pem, 7)
    lines, _ = check_certificates(pem, fp, {"certificates/members/8-1.pem": member}, None)
    assert ("failed", "verify.cert.member_misnamed") in _codes(lines)


def test_the_manifest_must_name_the_organisation_certificate() -> None:
    _, pem, _ = _org()
    _, _, other = _org()
    lines, _ = check_certificates(pem, other, {}, None)
    assert ("failed", "verify.cert.org_not_manifest") in _codes(lines)


def test_an_unreadable_or_missing_organisation_certificate_fails() -> None:
    lines, facts = check_certificates(None, "0" * 64, {}, None)
    assert _codes(lines)[0] == ("failed", "verify.cert.org_missing")
    assert facts.ca is None and facts.public_key is None
    _key, pem, fp = _org()
    broken = pem.replace(b"MII", b"MIJ", 1)
    lines, facts = check_certificates(broken, fp, {}, None)
    assert lines[0].status is Status.FAILED and facts.ca is None


def test_a_member_certificate_is_not_an_organisation() -> None:
    key, pem, _fp = _org()
    _, member = _member(key, pem, 7)
    cert = certificates.from_pem(member)
    lines, facts = check_certificates(member, certificates.fingerprint(cert), {}, None)
    assert _codes(lines)[0][0] == "failed" and facts.ca is None


def test_a_revocation_list_signed_by_another_key_fails() -> None:
    key, pem, fp = _org()
    other, _, _ = _org()
    signed = revocation.sign_list(RevocationList(fp, 1, "2026-06-02T00:00:00+00:00"), other)
    lines, facts = check_certificates(pem, fp, {}, signed)
    assert ("failed", "verify.cert.revocations_bad_signature") in _codes(lines)
    assert facts.revocations is None
    mine = revocation.sign_list(RevocationList("f" * 64, 1, "2026-06-02T00:00:00+00:00"), key)
    lines, _ = check_certificates(pem, fp, {}, mine)
    assert ("failed", "verify.cert.revocations_other_org") in _codes(lines)


# The keys index, in an exported bundle signed again after the change.


def test_an_index_entry_naming_another_member_is_caught(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["certificates"][0]["fingerprint"] = data["certificates"][1]["fingerprint"]

    [line] = failed_with(tampered(lambda r: r.edit_json(bf.KEYS, edit)), "verify.keys.entry_differs")
    assert line.subject.startswith("certificate ")


def test_a_revocation_the_signed_list_does_not_make_is_caught(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["certificates"][0]["revoked_at"] = "2026-06-30T12:00:00"

    result = tampered(lambda r: r.edit_json(bf.KEYS, edit))
    [line] = failed_with(result, "verify.keys.revocation_differs")
    assert line.params["revoked"] is False


def test_a_certificate_file_outside_the_index_is_named(tampered: Tamper) -> None:
    left_out: list[str] = []

    def edit(data: dict[str, Any]) -> None:
        left_out.append(data["certificates"].pop(0)["path"])

    result = tampered(lambda r: r.edit_json(bf.KEYS, edit))
    assert [x.file for x in failed_with(result, "verify.keys.not_indexed")] == left_out
