# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal chain: every tampering is named with the entry's sequence and what broke."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core.canonical import canonical, sha256_hex
from talagov.core.journal import (
    GENESIS,
    BreakKind,
    EventKind,
    JournalPayload,
    JournalRecord,
    parse_payload,
    records_from_file,
    records_to_file,
    verify_records,
)
from talagov.core.signing import new_private_key, sign_bytes

KEY = new_private_key()
OTHER = new_private_key()
SIGNER = "ab" * 32
SIGNERS = {SIGNER: KEY.public_key()}
INSTALL = "0123456789abcdef" * 2


def chain(n: int, *, signed: int | None = None, install: str = INSTALL,
          meeting: int | None = None) -> list[JournalRecord]:
    """``n`` entries; the first ``signed`` (all by default) signed by KEY."""
    out: list[JournalRecord] = []
    previous = GENESIS
    for i in range(1, n + 1):
        payload = JournalPayload(install, i, previous, f"2026-06-30T14:{i % 60:02d}:00",
                                 EventKind.BALLOT_ACCEPTED.value, meeting,
                                 {"ballot_id": i, "name": "Lebœuf Françoise"})
        data = payload.canonical()
        sealed = signed is None or i <= signed
        out.append(JournalRecord(data, sha256_hex(data), sign_bytes(data, KEY) if sealed else None,
                                 SIGNER if sealed else ""))
        previous = sha256_hex(data)
    return out


def kinds(records: list[JournalRecord], **kw: object) -> list[tuple[int | None, BreakKind]]:
    report = verify_records(records, SIGNERS, contiguous=kw.pop("contiguous", True), **kw)  # type: ignore[arg-type]
    return [(b.sequence, b.kind) for b in report.breaks]


def test_a_sound_journal_holds_and_says_where_it_ends() -> None:
    records = chain(5)
    report = verify_records(records, SIGNERS, contiguous=True)
    assert report.ok and report.entries == 5 and report.signed == 5 and report.pending == 0
    assert report.install == INSTALL
    assert report.last == (5, records[-1].hash)


def test_a_pending_tail_is_legitimate() -> None:
    report = verify_records(chain(5, signed=3), SIGNERS, contiguous=True)
    assert report.ok and report.signed == 3 and report.pending == 2


def test_an_unsigned_entry_before_a_signed_one_is_a_break() -> None:
    records = chain(4)
    records[1] = dataclasses.replace(records[1], signature=None, signer="")
    assert kinds(records) == [(2, BreakKind.UNSIGNED)]


@pytest.mark.parametrize("target", range(3))
def test_every_flipped_byte_of_every_entry_is_caught_where_it_is(target: int) -> None:
    records = chain(3)
    data = records[target].data
    for i in range(len(data)):
        for flip in (0x01, 0x80):
            tampered = bytearray(data)
            tampered[i] ^= flip
            copy = list(records)
            copy[target] = dataclasses.replace(records[target], data=bytes(tampered))
            assert kinds(copy) == [(target + 1, BreakKind.ALTERED)], (i, flip)


def test_every_flipped_byte_of_a_signature_is_caught() -> None:
    records = chain(2)
    signature = records[0].signature
    assert signature is not None
    for i in range(len(signature)):
        tampered = bytearray(signature)
        tampered[i] ^= 0x01
        copy = [dataclasses.replace(records[0], signature=bytes(tampered)), records[1]]
        assert kinds(copy) == [(1, BreakKind.SIGNATURE)], i


def test_a_rewritten_entry_with_its_new_hash_fails_its_signature_and_the_chain() -> None:
    records = chain(3)
    body = json.loads(records[1].data)
    body["subject"]["name"] = "Quelqu'un d'autre"
    data = canonical(body)
    records[1] = dataclasses.replace(records[1], data=data, hash=sha256_hex(data))
    assert kinds(records) == [(2, BreakKind.SIGNATURE), (3, BreakKind.CHAIN)]


def test_a_rewritten_pending_entry_breaks_the_chain_of_the_next() -> None:
    records = chain(3, signed=0)
    body = json.loads(records[0].data)
    body["subject"]["ballot_id"] = 99
    data = canonical(body)
    records[0] = JournalRecord(data, sha256_hex(data), None, "")
    assert kinds(records) == [(2, BreakKind.CHAIN)]


def test_a_removed_entry_is_one_break() -> None:
    records = chain(5)
    del records[2]
    assert kinds(records) == [(4, BreakKind.MISNUMBERED)]


def test_reordered_entries_are_named() -> None:
    records = chain(5)
    records[1], records[2] = records[2], records[1]
    assert kinds(records) == [(3, BreakKind.MISNUMBERED), (2, BreakKind.MISNUMBERED)]


def test_a_replayed_entry_is_named() -> None:
    records = chain(4)
    records.insert(2, records[1])
    assert kinds(records) == [(2, BreakKind.MISNUMBERED)]


def test_a_renumbered_entry_cannot_keep_its_signature() -> None:
    records = chain(3)
    body = json.loads(records[2].data)
    body["sequence"] = 7
    data = canonical(body)
    records[2] = dataclasses.replace(records[2], data=data, hash=sha256_hex(data))
    assert kinds(records) == [(3, BreakKind.SIGNATURE)]


def test_the_first_entry_must_start_the_journal() -> None:
    assert kinds(chain(4)[1:]) == [(2, BreakKind.MISNUMBERED)]
    # A selection (an archive's entries of one meeting) may start anywhere.
    assert kinds(chain(4)[1:], contiguous=False) == []


def test_a_selection_checks_the_chain_between_consecutive_entries() -> None:
    records = chain(6)
    selection = [records[0], records[2], records[3], records[5]]
    assert kinds(selection, contiguous=False) == []
    assert kinds([records[3], records[2]], contiguous=False) == [(3, BreakKind.MISNUMBERED)]
    forged = chain(6)
    body = json.loads(forged[3].data)
    body["previous"] = "f" * 64
    data = canonical(body)
    forged[3] = JournalRecord(data, sha256_hex(data), sign_bytes(data, KEY), SIGNER)
    assert kinds([forged[2], forged[3]], contiguous=False) == [(4, BreakKind.CHAIN)]


def test_an_unknown_signer_is_named() -> None:
    records = chain(3)
    data = records[1].data
    records[1] = JournalRecord(data, records[1].hash, sign_bytes(data, OTHER), "cd" * 32)
    assert kinds(records) == [(2, BreakKind.UNKNOWN_SIGNER)]
    # Signed by another key under the trusted fingerprint: the signature fails.
    records[1] = JournalRecord(data, records[1].hash, sign_bytes(data, OTHER), SIGNER)
    assert kinds(records) == [(2, BreakKind.SIGNATURE)]


def test_an_entry_of_another_install_is_named() -> None:
    mine, theirs = chain(3), chain(3, install="f" * 32)
    assert kinds([mine[0], mine[1], theirs[2]]) == [(3, BreakKind.INSTALL)]
    assert kinds(mine, install="f" * 32) == [(1, BreakKind.INSTALL), (2, BreakKind.INSTALL),
                                            (3, BreakKind.INSTALL)]


def test_a_re_spaced_entry_is_altered_even_with_its_own_hash() -> None:
    records = chain(2)
    data = json.dumps(json.loads(records[0].data), indent=1).encode()
    records[0] = JournalRecord(data, sha256_hex(data), sign_bytes(data, KEY), SIGNER)
    assert kinds(records) == [(1, BreakKind.ALTERED), (2, BreakKind.CHAIN)]


@pytest.mark.parametrize("field, value", [
    ("sequence", True), ("sequence", 0), ("sequence", "1"), ("install", "XYZ"),
    ("previous", "0" * 63), ("at", "2026-06-30 14:00:00"), ("at", "2026-02-30T14:00:00"),
    ("kind", ""), ("kind", "Ballot"), ("meeting_id", 1.5), ("meeting_id", False),
    ("subject", []), ("subject", {"x": 1.5}), ("format", "talagov.journal-entry/2"),
])  # fmt: skip
def test_parsing_is_strict(field: str, value: object) -> None:
    body = json.loads(chain(1)[0].data)
    body[field] = value
    with pytest.raises(ValueError):
        parse_payload(json.dumps(body, sort_keys=True, separators=(",", ":")).encode())


def test_parsing_refuses_a_missing_or_extra_key_and_duplicates() -> None:
    body = json.loads(chain(1)[0].data)
    with pytest.raises(ValueError):
        parse_payload(canonical({**body, "extra": 1}))
    with pytest.raises(ValueError):
        parse_payload(canonical({k: v for k, v in body.items() if k != "at"}))
    text = chain(1)[0].data.decode()
    with pytest.raises(ValueError):
        parse_payload(text.replace('"at":', '"at":"2026-01-01T00:00:00","at":', 1).encode())


def test_the_file_round_trips_signed_and_pending_entries() -> None:
    records = chain(4, signed=2)
    data = records_to_file(records)
    assert records_from_file(data) == tuple(records)
    assert json.loads(data)["entries"][3]["signature"] is None


@pytest.mark.parametrize("mutate", [
    lambda b: {**b, "format": "talagov.journal/2"},
    lambda b: {**b, "extra": 1},
    lambda b: {"format": b["format"]},
    lambda b: {**b, "entries": {}},
    lambda b: {**b, "entries": [{**b["entries"][0], "hash": "A" * 64}]},
    lambda b: {**b, "entries": [{**b["entries"][0], "signature": "***"}]},
    lambda b: {**b, "entries": [{**b["entries"][0], "signer": ""}]},
    lambda b: {**b, "entries": [{**b["entries"][0], "signature": None}]},
    lambda b: {**b, "entries": [{**b["entries"][0], "entry": 5}]},
    lambda b: {**b, "entries": [{k: v for k, v in b["entries"][0].items() if k != "hash"}]},
])  # fmt: skip
def test_a_malformed_file_is_refused(mutate: object) -> None:
    body = json.loads(records_to_file(chain(1)))
    with pytest.raises(ValueError):
        records_from_file(json.dumps(mutate(body)).encode())  # type: ignore[operator]


def test_the_file_refuses_nan_and_broken_utf8() -> None:
    with pytest.raises(ValueError):
        records_from_file(b'{"format": NaN, "entries": []}')
    with pytest.raises(ValueError):
        records_from_file(b'{"format": "\xff", "entries": []}')
    with pytest.raises(ValueError):
        records_from_file(b"[" * 100_000)


_FILE = records_to_file(chain(3, signed=2))


@settings(max_examples=400, deadline=None)
@given(position=st.integers(0, len(_FILE) - 1), flip=st.integers(1, 255))
def test_any_byte_flipped_in_the_file_is_refused_or_caught(position: int, flip: int) -> None:
    tampered = bytearray(_FILE)
    tampered[position] ^= flip
    try:
        records = records_from_file(bytes(tampered))
    except ValueError:
        return
    report = verify_records(records, SIGNERS, contiguous=True)
    # A flip may only turn "pending" into nothing else: it never goes unnoticed.
    assert not report.ok or records == records_from_file(_FILE)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 12), data=st.data())
def test_one_tampering_of_any_entry_is_one_break_at_its_sequence(n: int, data: st.DataObject) -> None:
    records = chain(n)
    target = data.draw(st.integers(0, n - 1))
    position = data.draw(st.integers(0, len(records[target].data) - 1))
    tampered = bytearray(records[target].data)
    tampered[position] ^= data.draw(st.integers(1, 255))
    records[target] = dataclasses.replace(records[target], data=bytes(tampered))
    assert kinds(records) == [(target + 1, BreakKind.ALTERED)]
