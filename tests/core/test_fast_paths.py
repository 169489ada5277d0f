# SPDX-License-Identifier: GPL-3.0-or-later
"""The fast paths that read a large bundle at the speed of its hashing refuse exactly
what the slow paths refuse: a journal entry not in RFC 8785 form, a ballot payload
RFC 8785 cannot write, a ballot index entry that is not as TalaGov writes it, a
certificate text that does not read (however often it is seen)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import journal as journal_module
from talagov.core.ballots import from_file, to_file
from talagov.core.bundle_codec_base import Node
from talagov.core.bundle_codec_polls import _ballot, _ballot_as_written, ballot_path
from talagov.core.bundle_model import BundleDataError
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.journal import JournalRecord, parse_payload, verify_records
from tests.core import vote_fixtures as vf
from tests.core.test_journal import INSTALL, SIGNERS, chain

BALLOT = vf.signed(vf.open_poll(vf.resolution()), 3, ("for",))
ENTRY = json.loads(chain(1)[0].data)
json_scalars = st.none() | st.booleans() | st.integers(-(2**60), 2**60) | st.text(max_size=6)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                           max_leaves=8)


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8", "surrogatepass")


def _parses(data: bytes) -> bool:
    try:
        parse_payload(data)
    except ValueError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=4), json_values, max_size=4))
def test_a_journal_entry_is_read_exactly_when_it_is_canonical(subject: dict[str, Any]) -> None:
    body = {**ENTRY, "subject": subject}
    try:
        expected: bytes | None = canonical(body)
    except ValueError:
        expected = None
    if expected is not None:
        assert _parses(expected)
    # What json.dumps writes is read only where it is RFC 8785's form.
    assert _parses(_dumps(body)) == (_dumps(body) == expected)


def test_keys_beyond_the_bmp_must_be_in_utf16_order() -> None:
    # Python orders U+FB01 before U+1F600; RFC 8785 (UTF-16 code units) after it.
    body = {**ENTRY, "subject": {"\ufb01": 1, "\U0001f600": 2}}
    assert canonical(body) != _dumps(body)
    assert _parses(canonical(body))
    assert not _parses(_dumps(body))


@pytest.mark.parametrize("written", [
    lambda text: text.replace(",", ", ", 1),  # re-spaced
    lambda text: text.replace("Lebœuf", "Lebœuf".encode("ascii", "backslashreplace")
                              .decode("ascii"), 1),  # an escape RFC 8785 does not write
    lambda text: text.replace('"at":', '"at":"2026-01-01T00:00:00","at":', 1),  # duplicate
    lambda text: json.dumps(dict(reversed(json.loads(text).items())), ensure_ascii=False,
                            separators=(",", ":")),  # keys in another order
])  # fmt: skip
def test_a_journal_entry_written_otherwise_is_refused(written: Any) -> None:
    text = chain(1)[0].data.decode()
    assert written(text) != text
    assert not _parses(written(text).encode())


def test_verify_records_gives_each_payload_once_read() -> None:
    records = chain(3)
    altered = records[1].data.replace("Lebœuf".encode(), b"Leboeuf")
    records[1] = JournalRecord(altered, records[1].hash, records[1].signature, records[1].signer)
    report = verify_records(records, SIGNERS, contiguous=True)
    assert report.payloads[0] == parse_payload(records[0].data)
    assert report.payloads[1] is None  # its bytes do not give its hash
    assert report.payloads[2] is not None and report.payloads[2].install == INSTALL


def _file_with(**payload: object) -> bytes:
    document = json.loads(to_file(BALLOT))
    document["payload"].update(payload)
    return json.dumps(document).encode("ascii")  # a lone surrogate as its escape


@pytest.mark.parametrize("payload", [{"sequence": 2**53}, {"voter_id": -(2**60)},
                                     {"nonce": "\ud800"}, {"choices": ["for\udfff"]}])
def test_a_ballot_payload_rfc8785_cannot_write_is_refused(payload: dict[str, object]) -> None:
    with pytest.raises(UserError) as err:
        from_file(_file_with(**payload))
    assert err.value.code == "ballot.malformed.bad_payload"


def test_a_ballot_file_need_not_be_canonical_but_its_signed_bytes_are() -> None:
    spaced = json.dumps(json.loads(to_file(BALLOT)), indent=2).encode()
    ballot = from_file(spaced)
    assert ballot.signed_bytes == canonical(BALLOT.content.payload())
    assert ballot.fingerprint == BALLOT.fingerprint


def test_a_certificate_text_is_read_once_and_a_bad_one_every_time() -> None:
    known: dict[str, Any] = {}
    first, second = from_file(to_file(BALLOT), known=known), from_file(to_file(BALLOT),
                                                                         known=known)
    assert first.certificate is second.certificate and len(known) == 1
    pem = json.loads(to_file(BALLOT))["certificate"]
    broken = pem.replace(pem.splitlines()[3], pem.splitlines()[3][::-1])
    document = {**json.loads(to_file(BALLOT)), "certificate": broken}
    for _ in range(2):
        with pytest.raises(UserError) as err:
            from_file(json.dumps(document).encode(), known=known)
        assert err.value.code == "ballot.malformed.bad_certificate"
    assert list(known) == [pem]


POLL_ID = 4
FINGERPRINT = sha256_hex(b"ballot")
INDEX_ENTRY: dict[str, Any] = {
    "id": 7, "path": ballot_path(POLL_ID, FINGERPRINT), "fingerprint": FINGERPRINT,
    "channel": "file", "received_at": "2026-06-30T14:20:00", "origin": "import",
    "verdict": "counted", "reason": None, "detail": {}}  # fmt: skip
odd_values = (st.none() | st.booleans() | st.integers(-(2**60), 2**60) | st.text(max_size=8)
              | st.sampled_from(["rejected", "superseded", "no_proxy", "booth", "file",
                                 "2026-06-30T14:20:00+02:00", "2026-13-01T00:00:00", "x" * 64,
                                 FINGERPRINT.upper()])
              | st.dictionaries(st.text(max_size=3), st.integers() | st.floats() | st.text(),
                                max_size=2) | st.lists(st.integers(), max_size=2))


def _slow(value: object) -> object:
    try:
        return _ballot(Node(value, "data/polls.json"), POLL_ID)
    except BundleDataError:
        return None


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from([*INDEX_ENTRY, "extra"]), odd_values, max_size=3),
       st.sets(st.sampled_from(list(INDEX_ENTRY)), max_size=1))
def test_the_index_fast_path_accepts_only_what_the_strict_reader_accepts(
        changes: dict[str, object], removed: set[str]) -> None:
    value = {k: v for k, v in {**INDEX_ENTRY, **changes}.items() if k not in removed}
    fast = _ballot_as_written(value, POLL_ID)
    if fast is not None:
        node = Node(value, "data/polls.json")
        node.object(list(INDEX_ENTRY))  # what the strict reader would check first
        assert fast == _slow(value)
    else:
        slow = _slow(value)
        # The slow path reads what the fast one leaves to it, with the same result.
        assert slow is None or _ballot(Node(value, "data/polls.json"), POLL_ID) == slow


def test_the_usual_index_entry_takes_the_fast_path() -> None:
    fast = _ballot_as_written(dict(INDEX_ENTRY), POLL_ID)
    assert fast is not None and fast == _slow(dict(INDEX_ENTRY))
    assert fast.received_at == datetime(2026, 6, 30, 14, 20)
    rejected = {**INDEX_ENTRY, "verdict": "rejected", "reason": "no_proxy",
                "detail": {"voter": 3, "principal": 9}}
    assert _ballot_as_written(rejected, POLL_ID) == _slow(rejected)
    assert _ballot_as_written({**INDEX_ENTRY, "reason": "no_proxy"}, POLL_ID) is None
    assert _slow({**INDEX_ENTRY, "reason": "no_proxy"}) is None


def test_content_unchanged_by_replace() -> None:
    # The signed bytes of a ballot read from a file are its payload's, not cached stale.
    other = replace(BALLOT, content=replace(BALLOT.content, nonce="ab" * 16))
    assert other.signed_bytes == canonical(other.content.payload())


def _outcome(data: bytes) -> object:
    try:
        return parse_payload(data)
    except ValueError as exc:
        return f"refused: {exc}"


numbers = (st.integers(-(2**60), 2**60) | st.floats(allow_nan=False, allow_infinity=False)
           | st.sampled_from([2**53 - 1, 2**53, -(2**53), 10**400]))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["sequence", "meeting_id", "subject", "install", "at"]),
       numbers | st.lists(numbers, max_size=2) | st.dictionaries(st.text(max_size=2), numbers,
                                                                  max_size=2))
def test_an_entry_with_a_float_or_a_large_integer_is_judged_as_by_the_slow_path(
        field: str, value: object) -> None:
    body = {**ENTRY, field: {"n": value} if field == "subject" else value}
    data = json.dumps(body, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")
    fast = _outcome(data)
    with pytest.MonkeyPatch.context() as patch:  # every text taken down the slow path
        patch.setattr(journal_module, "_loads_plain",
                      lambda _data: (_ for _ in ()).throw(journal_module._NotPlain()))
        slow = _outcome(data)
    assert fast == slow
    if isinstance(value, float) and field in ("subject", "sequence", "meeting_id"):
        assert fast == f"refused: {field}"


def test_a_number_of_too_many_digits_is_refused_as_before() -> None:
    data = canonical(ENTRY).replace(b'"sequence":1', b'"sequence":' + b"9" * 5000)
    assert str(_outcome(data)).startswith("refused:")


def test_whole_lists_are_read_at_once_and_refused_element_by_element() -> None:
    assert Node([1, 2, 3], "data/x.json").ints() == (1, 2, 3)
    assert Node(["a", "b"], "data/x.json").texts() == ("a", "b")
    for bad, detail in [([1, True], "integer expected"), ([1, -1], "integer of at least 0"),
                        ([1, 2**53], "integer expected"), ([1.0], "integer expected")]:
        with pytest.raises(BundleDataError) as err:
            Node({"v": bad}, "data/x.json").object(["v"])["v"].ints()
        assert err.value.detail.startswith(f"v[{len(bad) - 1}]: {detail}")
    with pytest.raises(BundleDataError) as err:
        Node({"v": ["a", 1]}, "data/x.json").object(["v"])["v"].texts()
    assert err.value.detail == "v[1]: text expected"


def test_the_place_of_a_refusal_is_spelt_as_before() -> None:
    root = Node({"polls": [{"setting": {"voters": [1, "x"]}}]}, "data/polls.json")
    voter = root["polls"].items()[0]["setting"]["voters"].items()[1]
    assert voter.where == "polls[0].setting.voters[1]"
    assert voter.fail("integer expected").detail == "polls[0].setting.voters[1]: integer expected"
    assert Node(1, "m", "top").where == "top"
    assert root.fail("object expected").detail == "object expected"


def test_a_byte_order_mark_is_refused_with_json_loads_words() -> None:
    data = "\ufeff".encode() + canonical(ENTRY)
    assert str(_outcome(data)).startswith("refused: Unexpected UTF-8 BOM")
