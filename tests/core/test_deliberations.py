# SPDX-License-Identifier: GPL-3.0-or-later
"""The register of deliberations: a chain built as the service builds it verifies, and
altering, removing, reordering or re-filing any entry is found at that entry."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import deliberations as dl
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.deliberations import (
    GENESIS,
    Break,
    ChainReport,
    EntryPayload,
    EntrySignature,
    StoredEntry,
)
from talagov.core.signing import b64, new_private_key, sign_bytes, verify_bytes

ORG_KEY = new_private_key()
OTHER_KEY = new_private_key()


def checker(key: ec.EllipticCurvePrivateKey) -> Callable[[bytes, bytes], bool]:
    """The organisation's signature check (memoised: the byte loops verify the same
    untouched entries thousands of times)."""
    public = key.public_key()

    @functools.cache
    def check(data: bytes, signature: bytes) -> bool:
        return verify_bytes(data, signature, public)

    return check


CHECK = checker(ORG_KEY)


def payload(number: int, previous: str, register: str = "ag") -> EntryPayload:
    return EntryPayload(
        register=register, number=number, previous=previous, meeting_id=10 + number,
        meeting_date=f"2026-0{number}-13", title=f"AG n°{number} « comptes »",
        kind="erratum" if number == 4 else "minutes", corrects=2 if number == 4 else None,
        content_hash=sha256_hex(f"content {number}".encode()),
        pdf_sha256=sha256_hex(f"pdf {number}".encode()), pdf_size=40_000 + number,
        signatures=(EntrySignature(5, "Jeanne Martin", "Présidente de séance", "ab" * 32,
                                   b64(b"sig" * 20), f"2026-0{number}-14T10:00:00"),
                    EntrySignature(8, "Paul Durand", "Secrétaire", "cd" * 32,
                                   b64(b"sag" * 20), f"2026-0{number}-14T11:00:00")),
        entered_at=f"2026-0{number}-14T11:00:05", timestamp="local" if number % 2 else "rfc3161")


def stored(p: EntryPayload, key: ec.EllipticCurvePrivateKey = ORG_KEY) -> StoredEntry:
    """An entry recorded the way the service records it."""
    data = p.canonical()
    return StoredEntry(p.register, p.number, data, sha256_hex(data), sign_bytes(data, key))


def resigned(data: bytes, entry: StoredEntry,
             key: ec.EllipticCurvePrivateKey = ORG_KEY) -> StoredEntry:
    """``entry`` with other bytes, its hash recomputed and signed again by ``key``."""
    return replace(entry, data=data, recorded_hash=sha256_hex(data), signature=sign_bytes(data, key))


def chain(n: int = 5, register: str = "ag") -> list[StoredEntry]:
    entries: list[StoredEntry] = []
    for _ in range(n):
        number, previous = dl.next_previous(entries)
        entries.append(stored(payload(number, previous, register)))
    return entries


CHAIN = chain()


def verify(entries: list[StoredEntry], register: str = "ag") -> ChainReport:
    return dl.verify(register, entries, CHECK)


def test_a_chain_built_entry_by_entry_verifies() -> None:
    report = verify(CHAIN)
    assert report.ok and report.entries == 5
    assert (report.first_break, report.at_number, report.expected) == (None, None, "")
    assert [json.loads(e.data)["previous"] for e in CHAIN] == [GENESIS] + [
        e.recorded_hash for e in CHAIN[:-1]]
    assert [json.loads(e.data)["number"] for e in CHAIN] == [1, 2, 3, 4, 5]


def test_the_stored_bytes_are_the_canonical_payload() -> None:
    p = payload(1, GENESIS)
    assert p.canonical() == canonical(p.data()) == CHAIN[0].data
    assert p.hash() == sha256_hex(p.canonical()) == CHAIN[0].recorded_hash
    assert p.data()["format"] == dl.FORMAT
    assert len(p.data()["signatures"]) == 2


def test_an_empty_register_verifies() -> None:
    assert verify([]) == ChainReport("ag", 0)


def test_next_previous() -> None:
    assert dl.next_previous([]) == (1, GENESIS)
    assert dl.next_previous(CHAIN[:1]) == (2, CHAIN[0].recorded_hash)
    assert dl.next_previous(iter(CHAIN)) == (6, CHAIN[4].recorded_hash)


def _flip(data: bytes, position: int) -> bytes:
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1:]


@pytest.mark.parametrize("index", range(5))
def test_flipping_any_byte_of_any_entry_is_found_at_that_entry(index: int) -> None:
    entry = CHAIN[index]
    for position in range(len(entry.data)):
        altered = list(CHAIN)
        altered[index] = replace(entry, data=_flip(entry.data, position))
        report = verify(altered)
        assert (report.first_break, report.at_number) == (Break.ALTERED, entry.number), position


@pytest.mark.parametrize("index", range(5))
def test_any_byte_altered_and_rehashed_without_the_key_is_found(index: int) -> None:
    # The attacker recomputes the recorded hash but cannot sign with the organisation key.
    entry = CHAIN[index]
    seen = set()
    for position in range(len(entry.data)):
        data = _flip(entry.data, position)
        altered = list(CHAIN)
        altered[index] = replace(entry, data=data, recorded_hash=sha256_hex(data))
        report = verify(altered)
        assert report.at_number == entry.number, position
        assert report.first_break in (Break.ALTERED, Break.MISFILED, Break.SIGNATURE), position
        seen.add(report.first_break)
    # Most bytes keep the JSON canonical: the signature is what gives them away.
    assert Break.SIGNATURE in seen and Break.ALTERED in seen


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 4), st.data())
def test_any_byte_changed_to_any_value_is_found(index: int, data: st.DataObject) -> None:
    entry = CHAIN[index]
    position = data.draw(st.integers(0, len(entry.data) - 1))
    value = data.draw(st.integers(0, 255).filter(lambda v: v != entry.data[position]))
    rehash = data.draw(st.booleans())
    new = entry.data[:position] + bytes([value]) + entry.data[position + 1:]
    altered = list(CHAIN)
    altered[index] = replace(entry, data=new,
                             recorded_hash=sha256_hex(new) if rehash else entry.recorded_hash)
    report = verify(altered)
    assert not report.ok and report.at_number == entry.number


def test_a_changed_title_rehashed_is_a_signature_break() -> None:
    p = payload(3, CHAIN[1].recorded_hash)
    data = replace(p, title="AG n°3 « comptes rejetés »").canonical()
    altered = [*CHAIN[:2], replace(CHAIN[2], data=data, recorded_hash=sha256_hex(data)), *CHAIN[3:]]
    assert verify(altered) == ChainReport("ag", 3, Break.SIGNATURE, 3)


def test_signed_with_another_key_is_a_signature_break() -> None:
    p = payload(2, CHAIN[0].recorded_hash)
    forged = [CHAIN[0], stored(p, OTHER_KEY), *CHAIN[2:]]
    assert verify(forged) == ChainReport("ag", 2, Break.SIGNATURE, 2)


def test_a_middle_entry_altered_and_resigned_with_the_key_breaks_the_chain_after() -> None:
    p = replace(payload(3, CHAIN[1].recorded_hash), pdf_sha256="ee" * 32)
    altered = [*CHAIN[:2], resigned(p.canonical(), CHAIN[2]), *CHAIN[3:]]
    report = verify(altered)
    assert (report.first_break, report.at_number) == (Break.CHAIN, 4)
    assert report.expected == altered[2].recorded_hash


def test_the_last_entry_altered_with_the_key_is_only_found_by_the_content_check() -> None:
    # Nothing follows it: the chain alone cannot tell; the service compares the content
    # and PDF hashes with the minutes (Break.CONTENT). Here the chain does hold.
    p = replace(payload(5, CHAIN[3].recorded_hash), title="Autre")
    assert verify([*CHAIN[:4], resigned(p.canonical(), CHAIN[4])]).ok


def test_a_removed_entry_is_found_at_the_next_one() -> None:
    for index in range(4):
        report = verify(CHAIN[:index] + CHAIN[index + 1:])
        assert report.first_break is Break.MISNUMBERED
        assert report.at_number == index + 2
        assert report.expected == str(index + 1)


def test_the_last_entry_removed_leaves_a_valid_shorter_register() -> None:
    # Also for the service: a signed minutes with no entry is Break.MISSING.
    assert verify(CHAIN[:4]) == ChainReport("ag", 4)


def test_two_entries_swapped_are_misnumbered() -> None:
    swapped = [CHAIN[0], CHAIN[2], CHAIN[1], *CHAIN[3:]]
    assert verify(swapped) == ChainReport("ag", 2, Break.MISNUMBERED, 3, "2")
    assert verify([CHAIN[1], CHAIN[0], *CHAIN[2:]]).at_number == 2


def test_a_repeated_entry_is_misnumbered() -> None:
    assert verify([*CHAIN[:3], CHAIN[2], *CHAIN[3:]]) == ChainReport(
        "ag", 4, Break.MISNUMBERED, 3, "4")


def test_an_entry_renumbered_to_fill_a_gap_is_misfiled() -> None:
    # Entry 3 removed and entry 4 moved up as number 3 in storage: its bytes still say 4.
    moved = [*CHAIN[:2], replace(CHAIN[3], number=3), replace(CHAIN[4], number=4)]
    assert verify(moved) == ChainReport("ag", 3, Break.MISFILED, 3)


def test_an_entry_renumbered_and_resigned_with_the_key_breaks_the_chain() -> None:
    p = replace(payload(4, CHAIN[2].recorded_hash), number=3)
    moved = [*CHAIN[:2], resigned(p.canonical(), replace(CHAIN[3], number=3))]
    report = verify(moved)
    assert (report.first_break, report.at_number) == (Break.CHAIN, 3)
    assert report.expected == CHAIN[1].recorded_hash


def test_an_entry_of_another_register_is_misfiled() -> None:
    board = chain(2, "body-3")
    assert verify([CHAIN[0], board[1]]) == ChainReport("ag", 2, Break.MISFILED, 2)
    assert verify(board, "body-3").ok
    assert verify(board, "ag") == ChainReport("ag", 1, Break.MISFILED, 1)


def test_a_respaced_copy_with_the_same_meaning_is_altered() -> None:
    for options in ({"indent": 1}, {}, {"sort_keys": True, "separators": (",", ":")}):
        data = json.dumps(json.loads(CHAIN[1].data), **options).encode()
        assert data != CHAIN[1].data
        # Even re-signed with the key: only the canonical bytes are an entry.
        altered = [CHAIN[0], resigned(data, CHAIN[1]), *CHAIN[2:]]
        assert verify(altered) == ChainReport("ag", 2, Break.ALTERED, 2, altered[1].recorded_hash)


@pytest.mark.parametrize("data", [
    b"", b"null", b"[]", b'"x"', b"\xff\xfe", b"{}", b'{"format":"talagov.register-entry/2"}',
    b'{"format":"talagov.register-entry/1","number":NaN}',
    b'{"format":"talagov.register-entry/1","number":1e400}',
    b'{"format":"talagov.register-entry/1","number":9007199254740993}',
    b'{"format":"talagov.register-entry/1","title":"\\ud800"}',
    b'{"format":"talagov.register-entry/1","x":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
])
def test_bytes_that_are_not_an_entry_are_altered_never_a_crash(data: bytes) -> None:
    # The recorded hash matches (someone rewrote both): the verifier reports, it does not
    # fail with a traceback.
    report = verify([CHAIN[0], resigned(data, CHAIN[1]), *CHAIN[2:]])
    assert (report.first_break, report.at_number) == (Break.ALTERED, 2)


def test_a_wrong_recorded_hash_is_altered() -> None:
    altered = [CHAIN[0], replace(CHAIN[1], recorded_hash="0" * 64), *CHAIN[2:]]
    assert verify(altered) == ChainReport("ag", 2, Break.ALTERED, 2, "0" * 64)


def test_a_first_entry_not_starting_from_genesis_breaks_the_chain() -> None:
    first = stored(payload(1, "f" * 64))
    assert verify([first]) == ChainReport("ag", 1, Break.CHAIN, 1, GENESIS)


def test_canonical_again() -> None:
    assert dl.canonical_again(CHAIN[0].data)
    assert not dl.canonical_again(CHAIN[0].data + b" ")
    assert not dl.canonical_again(b'{"format":"talagov.register-entry/1","a":NaN}')


def test_group_keeps_each_register_in_stored_order() -> None:
    board = chain(2, "body-3")
    grouped = dl.group([CHAIN[0], board[0], CHAIN[1], board[1]])
    assert grouped == {"ag": CHAIN[:2], "body-3": board}
