# SPDX-License-Identifier: GPL-3.0-or-later
"""The signed envelope of the organisation's files: exactly canonical, one format, and
only the organisation's key makes a signature that opens."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import certificates
from talagov.core.bundle_codec_base import Node
from talagov.core.canonical import canonical
from talagov.core.errors import UserError
from talagov.core.signing import new_private_key
from talagov.core.sync_envelope import (
    bounded_list,
    open_signed,
    peek,
    seal,
    text,
    time_with_offset,
)

KEY = new_private_key()
CERT = certificates.organisation_certificate(KEY, name="Coop", now=datetime(2026, 1, 1, tzinfo=UTC))
OTHER = new_private_key()
OTHER_CERT = certificates.organisation_certificate(OTHER, name="Coop",
                                                   now=datetime(2026, 1, 1, tzinfo=UTC))
FORMAT = "talagov.test"
PAYLOAD: dict[str, Any] = {"name": "Coopérative « du Val »", "n": 3, "items": [1, 2], "x": None}


def _code(call: Any) -> str:
    with pytest.raises(UserError) as caught:
        call()
    return caught.value.code


def _envelope(data: bytes) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(data)
    return value


def test_a_sealed_file_opens_with_the_organisation_certificate() -> None:
    data = seal(FORMAT, PAYLOAD, KEY)
    assert data == canonical(_envelope(data))
    assert _envelope(data)["format"] == FORMAT and _envelope(data)["version"] == 1
    assert peek(data, FORMAT) == PAYLOAD
    assert open_signed(data, FORMAT, CERT) == PAYLOAD


def test_sealing_the_same_payload_twice_gives_the_same_bytes() -> None:
    # Deterministic signatures: an unchanged file keeps its name (its digest).
    assert seal(FORMAT, PAYLOAD, KEY) == seal(FORMAT, PAYLOAD, KEY)


def test_another_key_or_an_altered_payload_is_a_bad_signature() -> None:
    data = seal(FORMAT, PAYLOAD, KEY)
    assert _code(lambda: open_signed(data, FORMAT, OTHER_CERT)) == "sync.bad_signature"
    altered = _envelope(data)
    altered["payload"]["n"] = 4
    forged = canonical(altered)
    assert peek(forged, FORMAT)["n"] == 4  # peek does not judge the signature
    assert _code(lambda: open_signed(forged, FORMAT, CERT)) == "sync.bad_signature"


def test_a_high_s_copy_of_the_signature_is_refused() -> None:
    from cryptography.hazmat.primitives.asymmetric.utils import (
        decode_dss_signature,
        encode_dss_signature,
    )

    from talagov.core.signing import P256_ORDER

    data = seal(FORMAT, PAYLOAD, KEY)
    envelope = _envelope(data)
    r, s = decode_dss_signature(base64.b64decode(envelope["signature"]))
    envelope["signature"] = base64.b64encode(encode_dss_signature(r, P256_ORDER - s)).decode()
    assert _code(lambda: open_signed(canonical(envelope), FORMAT, CERT)) == "sync.bad_signature"


@pytest.mark.parametrize("change", [
    lambda e: e.update(format="talagov.other"),
    lambda e: e.update(version=2),
    lambda e: e.update(version=True),
    lambda e: e.update(extra=1),
    lambda e: e.pop("signature"),
    lambda e: e.update(signature="not base64!"),
    lambda e: e.update(signature=12),
    lambda e: e.update(payload=[1, 2]),
])  # fmt: skip
def test_an_envelope_of_another_shape_is_malformed(change: Any) -> None:
    envelope = _envelope(seal(FORMAT, PAYLOAD, KEY))
    change(envelope)
    with pytest.raises(UserError) as caught:
        peek(canonical(envelope), FORMAT)
    assert caught.value.code == "sync.malformed" and caught.value.params == {"format": FORMAT}


@pytest.mark.parametrize("mangle", [
    lambda d: json.dumps(json.loads(d), indent=1).encode(),  # re-encoded
    lambda d: d + b"\n",
    lambda d: d.replace(b'"n":3', b'"n":3.0'),  # a float
    lambda d: d.replace(b'"n":3', b'"n":NaN'),
    lambda d: d.replace(b'"items":[1,2]', b'"items":[1,2],"items":[1,2]'),  # a key twice
    lambda d: d[: len(d) // 2],  # truncated: a sync in progress
    lambda d: b"\xff" + d,
    lambda d: b"",
    lambda d: d.replace(b'"n":3', b'"n":12345678901234567890'),
])  # fmt: skip
def test_bytes_that_are_not_exactly_canonical_are_malformed(mangle: Any) -> None:
    data = mangle(seal(FORMAT, PAYLOAD, KEY))
    assert _code(lambda: peek(data, FORMAT)) == "sync.malformed"


def test_a_file_over_the_limit_is_refused_unread() -> None:
    data = seal(FORMAT, PAYLOAD, KEY)
    assert _code(lambda: peek(data, FORMAT, limit=len(data) - 1)) == "sync.malformed"
    assert peek(data, FORMAT, limit=len(data)) == PAYLOAD


def test_deep_nesting_is_malformed_not_a_crash() -> None:
    data = b'{"format":"talagov.test","payload":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert _code(lambda: peek(data, FORMAT)) == "sync.malformed"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        peek(data, FORMAT)
    except UserError as exc:
        assert exc.code == "sync.malformed"


def test_field_helpers_are_strict() -> None:
    assert text(Node("abc", "t"), limit=3) == "abc"
    with pytest.raises(ValueError):
        text(Node("abcd", "t"), limit=3)
    with pytest.raises(ValueError):
        text(Node(3, "t"))
    assert time_with_offset(Node("2026-06-30T14:00:00+02:00", "t")) == "2026-06-30T14:00:00+02:00"
    for bad in ("2026-06-30T14:00:00", "2026-06-30", "hier", 5):
        with pytest.raises(ValueError):
            time_with_offset(Node(bad, "t"))
    assert len(bounded_list(Node([1, 2], "t"), 2)) == 2
    with pytest.raises(ValueError):
        bounded_list(Node([1, 2, 3], "t"), 2)
