# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation's identity file: self-signed, strict, its fingerprint that of the
certificate it carries."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import certificates
from talagov.core.canonical import canonical
from talagov.core.errors import UserError
from talagov.core.signing import new_private_key
from talagov.core.sync_envelope import seal
from talagov.core.sync_format import IDENTITY_FORMAT
from talagov.core.sync_identity import (
    Identity,
    certificate,
    identity_digest,
    identity_file,
    identity_payload,
    parse_identity,
    read_identity,
)

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
KEY = new_private_key()
CERT = certificates.organisation_certificate(KEY, name="Fonderie du Val", now=NOW)
IDENTITY = Identity(
    organisation=certificates.fingerprint(CERT), name="Fonderie du Val",
    certificate_pem=certificates.to_pem(CERT), sequence=1,
    issued_at="2026-06-01T09:00:00+00:00", members=((1, "Ada Martin"), (2, "Léon Roux")),
)  # fmt: skip


def _code(payload: Any) -> str:
    with pytest.raises(UserError) as caught:
        parse_identity(payload)
    return caught.value.code


def test_an_identity_reads_back_as_written() -> None:
    data = identity_file(IDENTITY, KEY)
    assert read_identity(data) == IDENTITY
    assert certificates.fingerprint(certificate(IDENTITY)) == IDENTITY.organisation
    assert parse_identity(identity_payload(IDENTITY)) == IDENTITY


def test_an_identity_signed_by_another_key_than_its_certificate_is_refused() -> None:
    # Someone who swaps in their own certificate must sign with their own key, and then
    # the fingerprint is theirs: what the member compares with the convocation.
    data = seal(IDENTITY_FORMAT, identity_payload(IDENTITY), new_private_key())
    with pytest.raises(UserError) as caught:
        read_identity(data)
    assert caught.value.code == "sync.bad_signature"


def test_the_digest_ignores_only_the_sequence_and_the_time() -> None:
    later = replace(IDENTITY, sequence=7, issued_at="2026-07-01T09:00:00+00:00")
    assert identity_digest(later) == identity_digest(IDENTITY)
    renamed = replace(IDENTITY, members=((1, "Ada Martin-Roux"), (2, "Léon Roux")))
    assert identity_digest(renamed) != identity_digest(IDENTITY)


def test_a_fingerprint_that_is_not_the_certificates_is_refused() -> None:
    other = certificates.organisation_certificate(new_private_key(), name="Autre", now=NOW)
    payload = identity_payload(replace(IDENTITY, certificate_pem=certificates.to_pem(other)))
    assert _code(payload) == "sync.identity_malformed"


def test_a_member_certificate_is_not_an_organisation() -> None:
    member_key = new_private_key()
    member = certificates.issue_member_certificate(KEY, CERT, member_key.public_key(),
                                                   member_id=3, name="Ada", now=NOW)  # fmt: skip
    payload = identity_payload(replace(IDENTITY, certificate_pem=certificates.to_pem(member),
                                       organisation=certificates.fingerprint(member)))  # fmt: skip
    assert _code(payload) == "sync.identity_malformed"


@pytest.mark.parametrize("change", [
    lambda p: p.update(sequence=0),
    lambda p: p.update(sequence=True),
    lambda p: p.update(sequence="1"),
    lambda p: p.update(issued_at="2026-06-01T09:00:00"),  # no offset
    lambda p: p.update(name=None),
    lambda p: p.update(name="x" * 20_000),
    lambda p: p.update(members=[{"id": 1, "name": "A"}, {"id": 1, "name": "B"}]),
    lambda p: p.update(members=[{"id": True, "name": "A"}]),
    lambda p: p.update(members=[{"id": 1, "name": "A", "extra": 0}]),
    lambda p: p.update(members=[[1, "A"]]),
    lambda p: p.update(certificate_pem="-----BEGIN CERTIFICATE-----\nAAAA\n"),
    lambda p: p.update(organisation="AB" * 32),
    lambda p: p.pop("members"),
    lambda p: p.update(extra=1),
])  # fmt: skip
def test_a_payload_of_another_shape_is_refused(change: Any) -> None:
    payload = identity_payload(IDENTITY)
    change(payload)
    assert _code(payload) == "sync.identity_malformed"


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(identity_payload(IDENTITY))),
                       st.one_of(st.none(), st.booleans(), st.integers(-3, 3),
                                 st.text(max_size=5), st.lists(st.integers(), max_size=2))))  # fmt: skip
def test_any_change_of_one_field_type_is_refused_never_a_crash(fields: dict[str, Any]) -> None:
    payload = {**identity_payload(IDENTITY), **fields}
    try:
        parsed = parse_identity(payload)
    except UserError as exc:
        assert exc.code == "sync.identity_malformed"
    else:  # only what a valid identity could say gets through
        assert canonical(identity_payload(parsed)) == canonical(payload)


def test_the_file_is_the_canonical_envelope() -> None:
    data = identity_file(IDENTITY, KEY)
    envelope = json.loads(data)
    assert set(envelope) == {"format", "version", "payload", "signature"}
    assert envelope["format"] == IDENTITY_FORMAT and canonical(envelope) == data
