# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes and keys files read back exactly; paths outside their folders are refused."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from talagov.core.bundle_codec_minutes import (
    decode_keys,
    decode_minutes,
    encode_keys,
    encode_minutes,
    member_certificate_path,
    minutes_content_path,
    register_path,
)
from talagov.core.bundle_model import BundleDataError, KeysIndex, MinutesRecord
from talagov.core.canonical import canonical
from tests.core.bundle_strategies import keys, minutes


def through_json(data: dict[str, Any]) -> Any:
    return json.loads(canonical(data))


@settings(max_examples=100, deadline=None)
@given(minutes)
def test_the_minutes_read_back_exactly(records: tuple[MinutesRecord, ...]) -> None:
    assert decode_minutes(through_json(encode_minutes(records))) == records


@settings(max_examples=100, deadline=None)
@given(keys)
def test_the_keys_index_reads_back_exactly(index: KeysIndex) -> None:
    assert decode_keys(through_json(encode_keys(index))) == index


def test_paths_are_those_of_the_format() -> None:
    assert minutes_content_path(4) == "minutes/4.content.json"
    assert register_path("ag", 7) == "register/ag-7.json"
    assert member_certificate_path(12, "0A1B") == "certificates/members/12-0a1b.pem"


def _minutes(**change: Any) -> dict[str, Any]:
    return {"id": 4, "kind": "minutes", "corrects_id": None, "status": "signed", "lang": "fr",
            "content": "minutes/4.content.json", "content_hash": "d" * 64,
            "pdf": "minutes/4.pdf", "signed_pdf_size": 1000, "timestamp": "local",
            "submitted_at": "2026-07-01T10:00:00", "signed_at": "2026-07-02T10:00:00",
            "signatures": [], "register": None, **change}


@pytest.mark.parametrize(("record", "where"), [
    (_minutes(kind="letter"), "minutes[0].kind"),
    (_minutes(status="final"), "minutes[0].status"),
    (_minutes(content="minutes/5.content.json"), "minutes[0].content"),
    (_minutes(pdf="../4.pdf"), "minutes[0].pdf"),
    (_minutes(content_hash="D" * 64), "minutes[0].content_hash"),
    (_minutes(signatures=[{"member_id": 1, "role": "chair", "certificate": "a.pem",
                           "signature": "", "signed_at": "2026-07-02T10:00:00",
                           "timestamped": False}]), "signatures[0].certificate"),
    (_minutes(register={"register": "ag", "number": 1, "entry_hash": "e" * 64,
                        "entered_at": "2026-07-02T10:00:00", "path": "register/ag-2.json",
                        "signature_path": "register/ag-2.sig"}), "register.path"),
    (_minutes(register={"register": "../ag", "number": 1, "entry_hash": "e" * 64,
                        "entered_at": "2026-07-02T10:00:00", "path": "register/../ag-1.json",
                        "signature_path": "register/../ag-1.sig"}), "register.path"),
])
def test_a_wrong_minutes_file_is_refused(record: dict[str, Any], where: str) -> None:
    data = {"format": "talagov.bundle.minutes", "version": 1, "minutes": [record]}
    with pytest.raises(BundleDataError) as caught:
        decode_minutes(data)
    assert caught.value.path == "data/minutes.json" and where in caught.value.detail


def test_a_keys_index_naming_other_files_is_refused() -> None:
    data = {"format": "talagov.bundle.keys", "version": 1,
            "organisation": "certificates/organisation.pem",
            "organisation_fingerprint": "a" * 64, "revocations": None,
            "certificates": [{"member_id": 3, "serial": "0f", "fingerprint": "b" * 64,
                              "issued_at": "2026-01-01T00:00:00+00:00",
                              "not_after": "2029-01-01T00:00:00+00:00", "revoked_at": None,
                              "revoked_reason": "", "path": "certificates/members/3-0f.pem"}]}
    assert decode_keys(data).paths_of(3) == ("certificates/members/3-0f.pem",)
    data["certificates"][0]["path"] = "certificates/members/4-0f.pem"
    with pytest.raises(BundleDataError, match=r"certificates\[0\]\.path"):
        decode_keys(data)
    data["organisation"] = "org.pem"
    with pytest.raises(BundleDataError, match="organisation"):
        decode_keys(data)
