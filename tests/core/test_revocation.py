# SPDX-License-Identifier: GPL-3.0-or-later
"""The signed revocation list: grows one entry at a time, and only the organisation signs it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.canonical import canonical
from talagov.core.errors import UserError
from talagov.core.revocation import (
    RevocationList,
    Revoked,
    read_list,
    sign_list,
    with_entry,
)
from talagov.core.signing import new_private_key
from tests.core.hostile_der import DEEP

KEY = new_private_key()
EMPTY = RevocationList(organisation="ab" * 32, sequence=0, issued_at="2026-11-01T10:00:00+00:00")
LOST = Revoked(serial="7f01", member_id=3, revoked_at="2026-11-02T10:00:00+00:00", reason="lost")
LEFT = Revoked(serial="0a99", member_id=5, revoked_at="2026-11-03T10:00:00+00:00", reason="left")


def _code(data: bytes) -> str:
    with pytest.raises(UserError) as caught:
        read_list(data, KEY.public_key())
    return caught.value.code


def test_each_revocation_makes_the_next_list() -> None:
    first = with_entry(EMPTY, LOST, issued_at="2026-11-02T10:00:00+00:00")
    second = with_entry(first, LEFT, issued_at="2026-11-03T10:00:00+00:00")
    assert (first.sequence, second.sequence) == (1, 2)
    assert second.serials == frozenset({"7f01", "0a99"})
    assert second.issued_at == "2026-11-03T10:00:00+00:00"
    assert [e["serial"] for e in second.payload()["entries"]] == ["0a99", "7f01"]


def test_revoking_the_same_certificate_twice_changes_nothing() -> None:
    first = with_entry(EMPTY, LOST, issued_at="2026-11-02T10:00:00+00:00")
    again = with_entry(first, Revoked("7f01", 3, "2026-11-09T10:00:00+00:00", "replaced"),
                       issued_at="2026-11-09T10:00:00+00:00")
    assert again == first and again.sequence == 1
    assert again.entries[0].reason == "lost"


def test_a_signed_list_reads_back() -> None:
    rl = with_entry(with_entry(EMPTY, LOST, issued_at="x"), LEFT, issued_at="y")
    data = sign_list(rl, KEY)
    assert read_list(data, KEY.public_key()) == rl
    document = json.loads(data)
    assert set(document) == {"payload", "signature"}
    assert document["payload"]["format"] == "talagov.revocations"
    assert canonical(document["payload"]) in data  # the signed bytes are in the file


def test_a_list_signed_by_another_key_is_refused() -> None:
    data = sign_list(with_entry(EMPTY, LOST, issued_at="x"), new_private_key())
    assert _code(data) == "revocation.bad_signature"


@pytest.mark.parametrize("change", [
    lambda d: d["payload"]["entries"].pop(),
    lambda d: d["payload"].update(sequence=99),
    lambda d: d["payload"]["entries"][0].update(member_id=4),
], ids=["entry-removed", "sequence", "member"])
def test_a_tampered_list_is_refused(change: Any) -> None:
    document = json.loads(sign_list(with_entry(EMPTY, LOST, issued_at="x"), KEY))
    change(document)
    assert _code(json.dumps(document).encode()) == "revocation.bad_signature"


@pytest.mark.parametrize("change", [
    lambda d: d.pop("signature"),
    lambda d: d.update(signature="***"),
    lambda d: d["payload"].update(format="talagov.ballot"),
    lambda d: d["payload"].update(version=2),
    lambda d: d["payload"].update(sequence="1"),
    lambda d: d["payload"].update(sequence=True),
    lambda d: d["payload"].update(sequence=2**60),
    lambda d: d["payload"]["entries"][0].pop("reason"),
    lambda d: d["payload"]["entries"].append(d["payload"]["entries"][0]),
    lambda d: d["payload"].update(entries={}),
    lambda d: d["payload"].update(extra=1),
], ids=["no-signature", "base64", "format", "version", "str-sequence", "bool-sequence",
        "huge-sequence", "entry-key", "duplicate-serial", "entries-type", "extra-key"])
def test_a_malformed_list_is_refused(change: Any) -> None:
    document = json.loads(sign_list(with_entry(EMPTY, LOST, issued_at="x"), KEY))
    change(document)
    assert _code(json.dumps(document).encode()) == "revocation.malformed"


@pytest.mark.parametrize("data", [b"\xff", b"not json", b"[]", b"{}"])
def test_what_is_not_a_list_is_malformed(data: bytes) -> None:
    assert _code(data) == "revocation.malformed"


@given(st.lists(st.tuples(st.text("0123456789abcdef", min_size=1, max_size=8),
                          st.integers(0, 10**6), st.text(max_size=10)), max_size=8))
def test_payload_round_trip(rows: list[tuple[str, int, str]]) -> None:
    rl = EMPTY
    for serial, member, reason in rows:
        rl = with_entry(rl, Revoked(serial, member, "t", reason), issued_at="t")
    assert RevocationList.from_payload(json.loads(canonical(rl.payload()))) == rl
    assert rl.sequence == len({serial for serial, _, _ in rows})


def test_deep_json_is_malformed_not_a_crash() -> None:
    # A revocation list's name in the shared folder can hold anything (RecursionError
    # is not a ValueError).
    assert _code(DEEP) == "revocation.malformed"
