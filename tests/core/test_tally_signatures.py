# SPDX-License-Identifier: GPL-3.0-or-later
"""The payload bytes and fingerprints used by the judgement are exactly those of RFC 8785
and of ``SignedBallot.fingerprint``, whatever the texts a ballot carries."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core.ballots import SignedBallot, signature_valid
from talagov.core.canonical import canonical
from talagov.core.tally_signatures import fingerprint_from, signature_ok, signed_bytes
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
    assert signed_bytes(content) == expected


@settings(max_examples=100)
@given(st.lists(texts, max_size=3), texts, st.binary(max_size=80))
def test_the_composed_fingerprint_is_the_ballot_s(choices: list[str], nonce: str,
                                                  signature: bytes) -> None:
    ballot = SignedBallot(replace(BALLOT.content, choices=tuple(choices), nonce=nonce),
                          signature, BALLOT.certificate)
    fresh = SignedBallot(ballot.content, ballot.signature, ballot.certificate)
    data = signed_bytes(ballot.content)
    if data is None:
        assert fingerprint_from(fresh, data).startswith("!")
        return
    assert fingerprint_from(fresh, data) == ballot.fingerprint
    assert fingerprint_from(ballot, None) == ballot.fingerprint  # already known: reused


def test_the_signature_check_agrees_with_the_ballot_module() -> None:
    key = BALLOT.certificate.public_key()
    assert signature_ok(signed_bytes(BALLOT.content), BALLOT.signature, key)  # type: ignore[arg-type]
    assert signature_valid(BALLOT)
    forged = vf.tampered(BALLOT, choices=("against",))
    assert not signature_ok(signed_bytes(forged.content), forged.signature, key)  # type: ignore[arg-type]
    assert not signature_valid(forged)
    assert not signature_ok(None, BALLOT.signature, key)  # type: ignore[arg-type]
    assert not signature_ok(signed_bytes(BALLOT.content), BALLOT.signature, None)


def test_a_payload_that_cannot_be_serialised_cannot_have_been_signed() -> None:
    for change in ({"choices": ("\ud800",)}, {"sequence": 2**60}, {"nonce": "é\ud800"}):
        content = replace(BALLOT.content, **change)  # type: ignore[arg-type]
        assert signed_bytes(content) is None
        ballot = SignedBallot(content, BALLOT.signature, BALLOT.certificate)
        assert not signature_valid(ballot)
        assert fingerprint_from(ballot, None).startswith("!")
