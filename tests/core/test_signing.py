# SPDX-License-Identifier: GPL-3.0-or-later
"""ECDSA P-256 signatures over canonical JSON, and the base64 they travel in."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given
from hypothesis import strategies as st

from talagov.core import signing
from talagov.core.canonical import canonical
from talagov.core.signing import b64, new_private_key, sign, unb64, verify, verify_bytes

KEY = new_private_key()
PAYLOAD = {"poll": 3, "choices": ["for"], "name": "Zoé"}


def test_keys_are_p256() -> None:
    assert isinstance(KEY.curve, ec.SECP256R1)


def test_a_signature_verifies_under_its_key_only() -> None:
    signature = sign(PAYLOAD, KEY)
    assert verify(PAYLOAD, signature, KEY.public_key())
    assert verify({"name": "Zoé", "choices": ["for"], "poll": 3}, signature, KEY.public_key())
    assert verify_bytes(canonical(PAYLOAD), signature, KEY.public_key())
    assert not verify(PAYLOAD, signature, new_private_key().public_key())
    assert not verify(dict(PAYLOAD, poll=4), signature, KEY.public_key())


def test_garbage_signatures_are_just_invalid() -> None:
    assert not verify(PAYLOAD, b"", KEY.public_key())
    assert not verify(PAYLOAD, b"\x30\x02\x00\x00", KEY.public_key())


@given(st.binary(max_size=100))
def test_base64_round_trip(data: bytes) -> None:
    assert unb64(b64(data)) == data


@pytest.mark.parametrize("text", ["not base64!", "abc", "é", "YQ==\n"])
def test_bad_base64_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        unb64(text)


def test_signatures_are_low_s_and_the_high_s_twin_is_refused() -> None:
    # (r, n - s) is a second valid ECDSA signature of the same message: accepting it would
    # let anyone give a ballot a second fingerprint without knowing the key.
    from cryptography.hazmat.primitives.asymmetric.utils import (
        decode_dss_signature,
        encode_dss_signature,
    )

    key = signing.new_private_key()
    for n in range(40):
        payload = {"n": n}
        signature = signing.sign(payload, key)
        r, s = decode_dss_signature(signature)
        assert s <= signing.P256_ORDER // 2
        twin = encode_dss_signature(r, signing.P256_ORDER - s)
        assert signing.verify(payload, signature, key.public_key())
        assert not signing.verify(payload, twin, key.public_key())
