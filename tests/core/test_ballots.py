# SPDX-License-Identifier: GPL-3.0-or-later
"""Signed ballots: signed, verified, written to a file and read back; checkable with openssl."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core import ballots as b
from talagov.core import certificates as c
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.signing import b64, new_private_key
from talagov.messages import catalogue, render_error
from tests.core.hostile_der import DEEP, twice_key_usage

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
ORG_KEY = new_private_key()
CA = c.organisation_certificate(ORG_KEY, name="Coopérative des Tilleuls", now=NOW)
VOTER_KEY = new_private_key()
VOTER = c.issue_member_certificate(ORG_KEY, CA, VOTER_KEY.public_key(), member_id=42,
                                   name="Zoé Martin", now=NOW)
CONTENT = b.BallotContent(
    organisation=c.fingerprint(CA), meeting_id=3, poll_id=11, definition_hash="d" * 64,
    voter_id=42, on_behalf_of=17, choices=("for",), nonce=b.new_nonce(),
    cast_at=b.receipt_time(NOW), sequence=1,
)
BALLOT = b.sign_ballot(CONTENT, VOTER_KEY, VOTER)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "formats.md"


def _malformed(data: bytes) -> str:
    with pytest.raises(UserError) as caught:
        b.from_file(data)
    assert caught.value.code.startswith("ballot.malformed.")
    assert caught.value.code in catalogue()  # worded in both languages
    return str(caught.value.params["reason"])


def _edit(change: Any) -> bytes:
    document = json.loads(b.to_file(BALLOT))
    change(document)
    return json.dumps(document).encode()


def test_a_signed_ballot_verifies() -> None:
    assert b.signature_valid(BALLOT)


def test_a_witnessed_postal_ballot_is_signed_by_the_organisation() -> None:
    witnessed = b.sign_ballot(replace(CONTENT, voter_id=17), ORG_KEY, CA)
    assert b.signature_valid(witnessed)


def test_signing_with_a_key_that_is_not_the_certificates_is_refused() -> None:
    with pytest.raises(ValueError):
        b.sign_ballot(CONTENT, new_private_key(), VOTER)


@pytest.mark.parametrize("change", [
    {"choices": ("against",)}, {"on_behalf_of": 42}, {"sequence": 2}, {"poll_id": 12},
    {"definition_hash": "e" * 64}, {"nonce": "0" * 32},
])
def test_a_tampered_ballot_does_not_verify(change: dict[str, Any]) -> None:
    tampered = replace(BALLOT, content=replace(CONTENT, **change))
    assert not b.signature_valid(tampered)


def test_a_ballot_under_another_certificate_does_not_verify() -> None:
    other = c.issue_member_certificate(ORG_KEY, CA, new_private_key().public_key(),
                                       member_id=42, name="Zoé Martin", now=NOW)
    assert not b.signature_valid(replace(BALLOT, certificate=other))


def test_the_file_round_trips() -> None:
    data = b.to_file(BALLOT)
    back = b.from_file(data)
    assert back == BALLOT and b.signature_valid(back)
    assert back.fingerprint == BALLOT.fingerprint
    assert data == canonical(json.loads(data))  # the file is canonical JSON itself
    assert canonical(CONTENT.payload()) in data


def test_a_pretty_printed_file_still_reads() -> None:
    pretty = json.dumps(json.loads(b.to_file(BALLOT)), indent=2).encode()
    assert b.signature_valid(b.from_file(pretty))


def test_the_fingerprint_is_the_digest_of_payload_and_signature() -> None:
    expected = sha256_hex(canonical({"payload": CONTENT.payload(),
                                     "signature": b64(BALLOT.signature)}))
    assert BALLOT.fingerprint == expected
    again = b.sign_ballot(replace(CONTENT, nonce=b.new_nonce()), VOTER_KEY, VOTER)
    assert again.fingerprint != BALLOT.fingerprint  # same vote, another nonce


def test_file_names_are_unique_per_ballot() -> None:
    name = b.file_name(BALLOT)
    assert name == f"ballot-3-11-{BALLOT.fingerprint[:16]}.json"
    again = b.sign_ballot(replace(CONTENT, nonce=b.new_nonce()), VOTER_KEY, VOTER)
    assert b.file_name(again) != name


def test_nonces_are_random_hex() -> None:
    nonces = {b.new_nonce() for _ in range(50)}
    assert len(nonces) == 50
    assert all(re.fullmatch(r"[0-9a-f]{32}", n) for n in nonces)


def test_receipt_time_has_seconds_and_offset() -> None:
    assert b.receipt_time(NOW + timedelta(microseconds=5)) == "2026-11-20T09:30:00+00:00"


@pytest.mark.parametrize("data", [b"\xff\xfe", b"{not json", b"[1]", b'"ballot"'])
def test_what_is_not_json_object_is_malformed(data: bytes) -> None:
    _malformed(data)


def test_a_malformed_file_is_explained_in_the_users_language() -> None:
    # The problem used to reach French users as an English detail: « (not JSON) ».
    with pytest.raises(UserError) as caught:
        b.from_file(b"{not json")
    assert caught.value.code == "ballot.malformed.not_json"
    assert render_error(caught.value.code, caught.value.params, "fr") == (
        "Ce fichier n'est pas un bulletin TalaGov lisible\u00a0: ce n'est pas du JSON.")
    assert render_error(caught.value.code, caught.value.params, "en") == (
        "This file is not a readable TalaGov ballot: it is not JSON.")
    assert {f"ballot.malformed.{p}" for p in b.MALFORMED.values()} <= catalogue().keys()


@pytest.mark.parametrize("change", [
    lambda d: d.update(format="talagov.sealed-key"),
    lambda d: d.update(version=2),
    lambda d: d.update(version=True),
    lambda d: d.pop("certificate"),
    lambda d: d.update(extra="x"),
    lambda d: d.update(signature="not base64!"),
    lambda d: d.update(signature=12),
    lambda d: d.update(certificate="-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"),
    lambda d: d.update(certificate=None),
    lambda d: d.update(payload=[]),
    lambda d: d["payload"].pop("nonce"),
    lambda d: d["payload"].update(colour="blue"),
    lambda d: d["payload"].update(format="talagov.poll"),
    lambda d: d["payload"].update(version=2),
    lambda d: d["payload"].update(poll_id="11"),
    lambda d: d["payload"].update(voter_id=True),
    lambda d: d["payload"].update(sequence=0),
    lambda d: d["payload"].update(sequence=2**60),
    lambda d: d["payload"].update(choices="for"),
    lambda d: d["payload"].update(choices=["for", 1]),
    lambda d: d["payload"].update(nonce=7),
    lambda d: d["payload"].update(cast_at=None),
], ids=["format", "version", "bool-version", "missing", "extra", "base64", "signature-type",
        "pem", "certificate-type", "payload-type", "payload-missing", "payload-extra",
        "payload-format", "payload-version", "str-int", "bool-int", "sequence-0",
        "huge-int", "choices-str", "choices-int", "nonce-type", "cast-at-type"])
def test_every_malformed_file_is_refused(change: Any) -> None:
    assert _malformed(_edit(change))


_text = st.text(max_size=20)
_ids = st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)


@given(st.builds(
    b.BallotContent, organisation=_text, meeting_id=_ids, poll_id=_ids, definition_hash=_text,
    voter_id=_ids, on_behalf_of=_ids, choices=st.lists(_text, max_size=4).map(tuple),
    nonce=_text, cast_at=_text, sequence=st.integers(1, 2**53 - 1),
))
def test_payload_round_trip(content: b.BallotContent) -> None:
    assert b.BallotContent.from_payload(json.loads(canonical(content.payload()))) == content


def _doc_commands() -> str:
    text = DOCS.read_text(encoding="utf-8")
    marker = text.index("<!-- the block below is run by tests/core/test_ballots.py -->")
    match = re.search(r"```sh\n(.*?)```", text[marker:], re.S)
    assert match is not None
    return match.group(1)


@pytest.mark.skipif(shutil.which("openssl") is None or shutil.which("bash") is None,
                    reason="openssl (and bash) are needed to run the documented check")
def test_the_documented_openssl_check_works(tmp_path: Path) -> None:
    now = datetime.now(UTC)  # openssl verify uses its own clock
    ca = c.organisation_certificate(ORG_KEY, name="Coopérative des Tilleuls", now=now)
    voter = c.issue_member_certificate(ORG_KEY, ca, VOTER_KEY.public_key(), member_id=42,
                                       name="Zoé Martin", now=now)
    content = replace(CONTENT, organisation=c.fingerprint(ca), choices=("candidate:7", "é\"/\\"),
                      cast_at=b.receipt_time(now))
    ballot = b.sign_ballot(content, VOTER_KEY, voter)
    (tmp_path / "ballot.json").write_bytes(b.to_file(ballot))
    (tmp_path / "org.pem").write_text(c.to_pem(ca))
    run = subprocess.run(["bash", "-euo", "pipefail", "-c", _doc_commands()], cwd=tmp_path,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "voter.pem: OK" in run.stdout
    assert f"organisation {c.fingerprint(ca)}" in run.stdout
    assert "Verified OK" in run.stdout
    assert ballot.fingerprint in run.stdout
    assert (tmp_path / "payload.json").read_bytes() == canonical(content.payload())

    forged = replace(ballot, content=replace(content, choices=("against",)))
    (tmp_path / "ballot.json").write_bytes(b.to_file(forged))
    refused = subprocess.run(["bash", "-euo", "pipefail", "-c", _doc_commands()], cwd=tmp_path,
                             capture_output=True, text=True)
    assert refused.returncode != 0 and "Verified OK" not in refused.stdout


def test_deep_json_and_a_doubled_extension_are_malformed_not_a_crash() -> None:
    # RecursionError and x509.DuplicateExtension are not ValueErrors: either used to
    # escape, and one such file in the shared folder stopped every import pass.
    assert _malformed(DEEP).startswith("not JSON")
    assert _malformed(_edit(lambda d: d.update(
        certificate=twice_key_usage(d["certificate"])))) == "bad certificate"
