# SPDX-License-Identifier: GPL-3.0-or-later
"""What the verifier reads once per run is still checked: a member certificate the
organisation did not sign is refused in the certificates and, carried by ballots of
several polls (its text read once for all of them), rejects each of those ballots; a
member written as ``json.dumps`` writes it is read as the strict parse reads it; the
first key written twice is the one a refusal names."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import bundle_format as bf
from talagov.core import certificates
from talagov.core.signing import new_private_key
from talagov.verifier import strict_json
from talagov.verifier.report import BundleUnreadable
from talagov.verifier.strict_json import load_json
from tests.verifier.conftest import Tamper, failed_with
from tests.verifier.meeting_setup import ExportedMeeting
from tests.verifier.tamper import Rewrite
from tests.verifier.test_check_votes import add_ballot, signed_ballot


def test_a_forged_member_certificate_is_refused_for_every_ballot_it_signs(
        tampered: Tamper, exported: ExportedMeeting) -> None:
    a5 = exported.assembly.members[5]
    now = datetime(2026, 6, 1, tzinfo=UTC)
    key = new_private_key()
    added: list[str] = []

    def change(r: Rewrite) -> None:
        real = x509.load_pem_x509_certificate(r.members[bf.ORG_CERT])
        # A CA of the very same name, so that the forged certificate names the
        # organisation as its issuer: only the signature tells them apart.
        forger = new_private_key()
        name = real.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
        fake_ca = certificates.organisation_certificate(forger, name=str(name), now=now)
        cert = certificates.issue_member_certificate(forger, fake_ca, key.public_key(),
                                                     member_id=a5, name="Associé05", now=now)
        assert cert.issuer == real.subject
        r.put(f"{bf.MEMBER_CERTS}{a5}-{certificates.serial_hex(cert)}.pem",
              cert.public_bytes(serialization.Encoding.PEM))
        for poll in (0, 1):
            added.append(add_ballot(r, poll, signed_ballot(r, poll, a5, key, cert),
                                    ballot_id=90 + poll))

    result = tampered(change)
    assert failed_with(result, "verify.cert.member_not_issued")
    differs = failed_with(result, "verify.ballots.verdict_differs")
    assert sorted(x.file for x in differs) == sorted(added)
    assert {x.params["computed"] for x in differs} == {"rejected: bad_certificate"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("abcd"), min_size=1, max_size=8))
def test_the_first_key_written_twice_is_named(keys: list[str]) -> None:
    text = "{" + ",".join(f'"{k}":{i}' for i, k in enumerate(keys)) + "}"
    seen: set[str] = set()
    first = next((k for k in keys if k in seen or seen.add(k)), None)  # type: ignore[func-returns-value]
    if first is None:
        assert load_json("data/x.json", text.encode()) == {k: i for i, k in enumerate(keys)}
    else:
        with pytest.raises(BundleUnreadable) as err:
            load_json("data/x.json", text.encode())
        assert err.value.code == "bundle.json_duplicate_key"
        assert err.value.params["key"] == first


def _loaded(text: str) -> object:
    try:
        return "value", load_json("data/x.json", text.encode("utf-8", "surrogatepass"))
    except BundleUnreadable as exc:
        return exc.code, exc.params


_SCALARS = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=4) \
    | st.sampled_from(["\ud800", "\U0001f600", "\n\"\\", 1.5, 1e300])
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.sampled_from("abc"), inner, max_size=3), max_leaves=8)
_WRITTEN = st.sampled_from([
    lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":")),  # the fast path's
    lambda v: json.dumps(v, separators=(",", ":")),  # escaped: \\ud800 and friends
    lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":")).replace(
        '{"a":', '{"a":0,"a":', 1),  # a key written twice
    lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":")).replace(
        "1.5", "NaN", 1).replace("1e+300", "1e999", 1),  # not finite
    lambda v: json.dumps(v, ensure_ascii=False).replace("]", ",]", 1),  # not JSON
])


@settings(max_examples=500, deadline=None)
@given(_VALUES, _WRITTEN)
def test_a_member_written_as_json_dumps_writes_it_is_read_as_by_the_strict_parse(
        value: object, written: Any) -> None:
    text = written(value)
    fast = _loaded(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(strict_json, "_as_written", lambda _text: strict_json._NOT_WRITTEN)
        assert _loaded(text) == fast
    if '{"a":0,"a":' in text:  # refused (a lone surrogate in it is refused first)
        assert fast[0] in ("bundle.json_duplicate_key", "bundle.json_encoding")


def test_what_talagov_writes_takes_the_fast_path_and_nothing_doubtful_does() -> None:
    assert strict_json._as_written('{"a":[1,"é",null,true]}') == {"a": [1, "é", None, True]}
    for doubtful in ['{"a":1,"a":1}', '{"a": 1}', '["\\ud800"]', '[NaN]', '[1e999]', '[1.0e0]']:
        assert strict_json._as_written(doubtful) is strict_json._NOT_WRITTEN
