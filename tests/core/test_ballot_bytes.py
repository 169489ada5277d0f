# SPDX-License-Identifier: GPL-3.0-or-later
"""A ballot's signed bytes (the fast path of ``payload_bytes``) are exactly RFC 8785's, and
its fingerprint, composed from them, is the canonical one, whatever the texts it carries."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core.ballots import SignedBallot, payload_bytes, signature_valid
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.signing import b64, verify_bytes
from tests.core import vote_fixtures as vf

POLL = vf.open_poll(vf.resolution())
BALLOT = vf.signed(POLL, 3, ("for",))
texts = st.text(max_size=12)  # any code point, escapes and surrogates included
ints = st.integers(-(2**60), 2**60)


@settings(max_examples=400)
@given(st.lists(texts, max_size=3), texts, texts, ints, ints)
def test_signed_bytes_are_the_canonical_payload(choices: list[str], nonce: str, cast_at: str,
                                                sequence: int, voter: int) -> None:
    content = replace(BALLOT.content, choices=tuple(choices), nonce=nonce, cast_at=cast_at,
                      sequence=sequence, voter_id=voter)
    try:
        expected: bytes | None = canonical(content.payload())
    except ValueError:
        expected = None
    assert payload_bytes(content) == expected


@settings(max_examples=100)
@given(st.lists(texts, max_size=3), texts, st.binary(max_size=80))
def test_the_composed_fingerprint_is_the_ballot_s(choices: list[str], nonce: str,
                                                  signature: bytes) -> None:
    ballot = SignedBallot(replace(BALLOT.content, choices=tuple(choices), nonce=nonce),
                          signature, BALLOT.certificate)
    fresh = SignedBallot(ballot.content, ballot.signature, ballot.certificate)
    data = ballot.signed_bytes
    if data is None:
        assert fresh.fingerprint.startswith("!")
        return
    expected = sha256_hex(canonical({"payload": ballot.content.payload(),
                                     "signature": b64(signature)}))
    assert fresh.fingerprint == expected == ballot.fingerprint
    assert ballot.fingerprint is ballot.fingerprint  # computed once: reused


def test_the_signature_check_agrees_with_the_ballot_module() -> None:
    key = BALLOT.certificate.public_key()
    assert BALLOT.signed_bytes is not None
    assert verify_bytes(BALLOT.signed_bytes, BALLOT.signature, key)  # type: ignore[arg-type]
    assert signature_valid(BALLOT)
    forged = vf.tampered(BALLOT, choices=("against",))
    assert forged.signed_bytes is not None
    assert not verify_bytes(forged.signed_bytes, forged.signature, key)  # type: ignore[arg-type]
    assert not signature_valid(forged)
    unsigned = SignedBallot(replace(BALLOT.content, sequence=2**60), BALLOT.signature,
                            BALLOT.certificate)
    assert unsigned.signed_bytes is None and not signature_valid(unsigned)


def test_a_payload_that_cannot_be_serialised_cannot_have_been_signed() -> None:
    for change in ({"choices": ("\ud800",)}, {"sequence": 2**60}, {"nonce": "é\ud800"}):
        content = replace(BALLOT.content, **change)  # type: ignore[arg-type]
        assert payload_bytes(content) is None
        ballot = SignedBallot(content, BALLOT.signature, BALLOT.certificate)
        assert not signature_valid(ballot)
        assert ballot.fingerprint.startswith("!")
