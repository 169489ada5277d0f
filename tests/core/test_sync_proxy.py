# SPDX-License-Identifier: GPL-3.0-or-later
"""The electronic proxy file: signed by the principal, read back strictly, and any change
to what was signed shows."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core import certificates as c
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.signing import b64, new_private_key
from talagov.core.sync_format import Kind, parse_name
from talagov.core.sync_proxy import (
    ProxyContent,
    SignedProxy,
    file_name,
    parse_proxy,
    proxy_file,
    proxy_signature_valid,
    sign_proxy,
)
from tests.core.hostile_der import DEEP, twice_key_usage

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
ORG_KEY = new_private_key()
ORG_CERT = c.organisation_certificate(ORG_KEY, name="Coopérative des Tilleuls", now=NOW)
KEY = new_private_key()
CERT = c.issue_member_certificate(ORG_KEY, ORG_CERT, KEY.public_key(), member_id=7,
                                  name="Zoé Martin", now=NOW)
CONTENT = ProxyContent(organisation=c.fingerprint(ORG_CERT), meeting_id=3, principal_id=7,
                       holder_id=12, given_at="2026-11-02T11:00:00+01:00", nonce="0f" * 16)
PROXY = sign_proxy(CONTENT, KEY, CERT)


def _code(data: bytes) -> str:
    with pytest.raises(UserError) as caught:
        parse_proxy(data)
    return caught.value.code


def _edit(change: Any) -> bytes:
    document = json.loads(proxy_file(PROXY))
    change(document)
    return json.dumps(document).encode("utf-8")


def test_a_signed_proxy_reads_back_and_verifies() -> None:
    read = parse_proxy(proxy_file(PROXY))
    assert read.content == CONTENT and read.signature == PROXY.signature
    assert read.fingerprint == PROXY.fingerprint
    assert c.fingerprint(read.certificate) == c.fingerprint(CERT)
    assert proxy_signature_valid(read)


def test_the_fingerprint_covers_payload_and_signature() -> None:
    expected = sha256_hex(canonical({"payload": CONTENT.payload(), "signature": b64(PROXY.signature)}))
    assert PROXY.fingerprint == expected
    again = sign_proxy(replace(CONTENT, nonce="1e" * 16), KEY, CERT)
    assert again.fingerprint != PROXY.fingerprint


def test_a_blank_proxy_has_no_holder() -> None:
    blank = sign_proxy(replace(CONTENT, holder_id=None), KEY, CERT)
    read = parse_proxy(proxy_file(blank))
    assert read.content.holder_id is None and proxy_signature_valid(read)


def test_the_file_is_canonical_and_named_by_its_digest() -> None:
    data = proxy_file(PROXY)
    assert data == canonical(json.loads(data))
    name = parse_name(file_name(PROXY), (Kind.PROXY,))
    assert name is not None and name.meeting_id == 3
    assert name.digest == sha256_hex(data)[:16]


def test_a_changed_holder_no_longer_verifies() -> None:
    forged = parse_proxy(_edit(lambda d: d["payload"].update(holder_id=13)))
    assert not proxy_signature_valid(forged)


def test_a_signature_by_another_key_does_not_verify() -> None:
    other = new_private_key()
    signed = sign_proxy(CONTENT, other, c.issue_member_certificate(
        ORG_KEY, ORG_CERT, other.public_key(), member_id=7, name="Zoé Martin", now=NOW))
    swapped = SignedProxy(CONTENT, CERT, signed.signature, signed.fingerprint)
    assert not proxy_signature_valid(parse_proxy(proxy_file(swapped)))


def test_signing_with_a_key_that_is_not_the_certificates_is_a_bug() -> None:
    with pytest.raises(ValueError):
        sign_proxy(CONTENT, new_private_key(), CERT)


@pytest.mark.parametrize("change", [
    lambda d: d.update(format="talagov.ballot"),
    lambda d: d.update(version=2),
    lambda d: d.pop("certificate"),
    lambda d: d.update(extra=None),
    lambda d: d.update(signature="***"),
    lambda d: d.update(signature=5),
    lambda d: d.update(certificate="-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
    lambda d: d.update(payload=[]),
    lambda d: d["payload"].update(format="talagov.ballot"),
    lambda d: d["payload"].update(version="1"),
    lambda d: d["payload"].pop("nonce"),
    lambda d: d["payload"].update(more=1),
    lambda d: d["payload"].update(meeting_id=0),
    lambda d: d["payload"].update(meeting_id=True),
    lambda d: d["payload"].update(principal_id=2**60),
    lambda d: d["payload"].update(holder_id="12"),
    lambda d: d["payload"].update(holder_id=7),
    lambda d: d["payload"].update(organisation="ab"),
    lambda d: d["payload"].update(given_at="2026-11-02 11:00"),
    lambda d: d["payload"].update(nonce="XYZ"),
], ids=["format", "version", "missing", "extra", "base64", "signature-type", "pem", "payload-type",
        "payload-format", "payload-version", "payload-missing", "payload-extra", "zero-meeting",
        "bool-meeting", "huge-principal", "str-holder", "own-holder", "organisation", "naive-time",
        "nonce"])
def test_every_malformed_proxy_is_refused(change: Any) -> None:
    assert _code(_edit(change)) == "member.proxy_malformed"


@pytest.mark.parametrize("data", [b"", b"\xfe", b"[]", b"{}", b"{" * 10, b" " * (4 * 1024 * 1024 + 1)])
def test_what_is_not_a_proxy_is_refused(data: bytes) -> None:
    assert _code(data) == "member.proxy_malformed"


@given(st.binary(max_size=300))
def test_any_bytes_are_refused_never_crash(data: bytes) -> None:
    with pytest.raises(UserError) as caught:
        parse_proxy(data)
    assert caught.value.code == "member.proxy_malformed"


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


@given(st.sampled_from(sorted(CONTENT.payload())), _json)
def test_any_value_in_any_payload_field_is_refused_or_fails_to_verify(key: str, value: Any) -> None:
    document = json.loads(proxy_file(PROXY))
    document["payload"][key] = value
    try:
        read = parse_proxy(json.dumps(document).encode("utf-8"))
    except UserError as exc:
        assert exc.code == "member.proxy_malformed"
    else:
        assert proxy_signature_valid(read) == (read.content == CONTENT)


@given(st.sampled_from(sorted(json.loads(proxy_file(PROXY)))), _json)
def test_any_value_in_any_file_field_is_refused_or_fails_to_verify(key: str, value: Any) -> None:
    document = json.loads(proxy_file(PROXY))
    document[key] = value
    try:
        read = parse_proxy(json.dumps(document).encode("utf-8"))
    except UserError as exc:
        assert exc.code == "member.proxy_malformed"
    else:
        assert not proxy_signature_valid(read) or read.content == CONTENT


def test_deep_json_and_a_doubled_extension_are_refused_not_a_crash() -> None:
    assert _code(DEEP) == "member.proxy_malformed"
    doubled = _edit(lambda d: d.update(certificate=twice_key_usage(d["certificate"])))
    assert _code(doubled) == "member.proxy_malformed"
