# SPDX-License-Identifier: GPL-3.0-or-later
"""A member's certificate request file: written once, read back strictly, and its key's
fingerprint is the one the secretary compares."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from hypothesis import given
from hypothesis import strategies as st

from talagov.core import certificates as c
from talagov.core.canonical import canonical
from talagov.core.errors import UserError
from talagov.core.signing import new_private_key
from talagov.core.sync_format import Kind, parse_name
from talagov.core.sync_request import (
    CertificateRequest,
    file_name,
    key_fingerprint,
    parse_request,
    public_key_fingerprint,
    request_file,
)
from tests.core.hostile_der import DEEP, request_twice_key_usage

KEY = new_private_key()
OTHER = new_private_key()
PEM = c.request_to_pem(c.certificate_request(KEY, member_id=7, name="Zoé Martin"))
REQUEST = CertificateRequest(organisation="ab" * 32, install_id="0123456789abcdef" * 2,
                             member_id=7, name="Zoé Martin", request_pem=PEM,
                             made_at="2026-11-02T10:00:00+01:00")  # fmt: skip


def _code(data: bytes) -> str:
    with pytest.raises(UserError) as caught:
        parse_request(data)
    return caught.value.code


def _edit(change: Any) -> bytes:
    document = json.loads(request_file(REQUEST))
    change(document)
    return json.dumps(document).encode("utf-8")


def test_a_request_reads_back_as_written() -> None:
    data = request_file(REQUEST)
    assert parse_request(data) == REQUEST
    assert data == canonical(json.loads(data))  # one canonical line


def test_its_name_carries_the_digest_of_its_bytes() -> None:
    name = file_name(request_file(REQUEST))
    parsed = parse_name(name, (Kind.REQUEST,))
    assert parsed is not None and parsed.kind is Kind.REQUEST
    assert file_name(request_file(replace(REQUEST, made_at="2026-11-02T10:00:01+01:00"))) != name


def test_the_fingerprint_is_the_new_keys() -> None:
    fingerprint = key_fingerprint(REQUEST)
    assert fingerprint == public_key_fingerprint(KEY.public_key())
    assert fingerprint != public_key_fingerprint(OTHER.public_key())
    assert len(fingerprint) == 64


def test_a_request_naming_another_member_is_refused() -> None:
    assert _code(request_file(replace(REQUEST, member_id=8))) == "member.request_malformed"


def test_a_request_whose_own_signature_fails_is_refused() -> None:
    request = c.certificate_request(KEY, member_id=7, name="Zoé Martin")
    der = bytearray(request.public_bytes(serialization.Encoding.DER))
    der[-10] ^= 0x01  # a bit inside the signature
    body = base64.encodebytes(bytes(der)).decode("ascii")
    broken = f"-----BEGIN CERTIFICATE REQUEST-----\n{body}-----END CERTIFICATE REQUEST-----\n"
    assert _code(request_file(replace(REQUEST, request_pem=broken))) == "member.request_malformed"


def test_a_request_for_another_kind_of_key_is_refused() -> None:
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    request = (x509.CertificateSigningRequestBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.USER_ID, "7")]))
               .sign(rsa_key, hashes.SHA256()))  # fmt: skip
    pem = request.public_bytes(serialization.Encoding.PEM).decode("ascii")
    assert _code(request_file(replace(REQUEST, request_pem=pem))) == "member.request_malformed"


@pytest.mark.parametrize("change", [
    lambda d: d.update(format="talagov.proxy"),
    lambda d: d.update(version=2),
    lambda d: d.update(version=True),
    lambda d: d.pop("name"),
    lambda d: d.update(extra=1),
    lambda d: d.update(member_id="7"),
    lambda d: d.update(member_id=True),
    lambda d: d.update(member_id=0),
    lambda d: d.update(member_id=2**60),
    lambda d: d.update(organisation="AB" * 32),
    lambda d: d.update(install_id="not-an-install"),
    lambda d: d.update(name="  "),
    lambda d: d.update(name="a\nb"),
    lambda d: d.update(name="\ud800"),
    lambda d: d.update(made_at="2026-11-02T10:00:00"),
    lambda d: d.update(made_at="yesterday"),
    lambda d: d.update(request_pem="-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n"),
    lambda d: d.update(request_pem=None),
], ids=["format", "version", "bool-version", "missing", "extra", "str-id", "bool-id", "zero-id",
        "huge-id", "upper-hex", "install", "blank-name", "control-name", "surrogate-name",
        "naive-time", "bad-time", "bad-pem", "pem-type"])
def test_every_malformed_request_is_refused(change: Any) -> None:
    assert _code(_edit(change)) == "member.request_malformed"


@pytest.mark.parametrize("data", [b"", b"\xff", b"[]", b"null", b"{", b" " * (4 * 1024 * 1024 + 1)])
def test_what_is_not_a_request_is_refused(data: bytes) -> None:
    assert _code(data) == "member.request_malformed"


@given(st.binary(max_size=300))
def test_any_bytes_are_refused_or_read_never_crash(data: bytes) -> None:
    try:
        parse_request(data)
    except UserError as exc:
        assert exc.code == "member.request_malformed"


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


@given(st.sampled_from(sorted(json.loads(request_file(REQUEST)))), _json)
def test_any_value_in_any_field_is_read_or_refused(key: str, value: Any) -> None:
    document = json.loads(request_file(REQUEST))
    document[key] = value
    try:
        parsed = parse_request(json.dumps(document).encode("utf-8"))
    except UserError as exc:
        assert exc.code == "member.request_malformed"
    else:  # only a harmless value (a name, a time) can be read
        assert key in {"name", "made_at"} and request_file(parsed)


def test_deep_json_and_a_doubled_extension_are_refused_not_a_crash() -> None:
    assert _code(DEEP) == "member.request_malformed"
    doubled = _edit(lambda d: d.update(request_pem=request_twice_key_usage(7)))
    assert _code(doubled) == "member.request_malformed"
