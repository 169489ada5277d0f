# SPDX-License-Identifier: GPL-3.0-or-later
"""ECDSA P-256 signatures over canonical JSON, and the base64 they travel in."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given
from hypothesis import strategies as st

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
