# SPDX-License-Identifier: GPL-3.0-or-later
"""The first reading of a member's file: bounded, UTF-8 JSON, one object of exactly the
format's keys, this format and version 1 — each refusal in words, never an exception."""

from __future__ import annotations

import json

import pytest

from talagov.core.errors import UserError
from talagov.core.sync_format import MAX_SMALL_FILE
from talagov.core.sync_member_file import check_object, read_object

KEYS = frozenset({"format", "version", "x"})
GOOD = {"format": "talagov.example", "version": 1, "x": 3}


def _read(data: bytes) -> dict[str, object]:
    return read_object(data, KEYS, "talagov.example", code="test.malformed", kind="example")


def _detail(data: bytes) -> str:
    with pytest.raises(UserError) as caught:
        _read(data)
    assert caught.value.code == "test.malformed"
    return str(caught.value.params["detail"])


def test_an_object_of_exactly_the_keys_reads_back() -> None:
    assert _read(json.dumps(GOOD).encode()) == GOOD


@pytest.mark.parametrize(("data", "detail"), [
    (b" " * (MAX_SMALL_FILE + 1), "file too large"),
    (b"\xff{}", "not UTF-8 JSON"),
    (b"{", "not UTF-8 JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "not UTF-8 JSON"),  # RecursionError, refused
    (b"[]", "missing or unexpected keys"),
    (json.dumps({**GOOD, "y": 1}).encode(), "missing or unexpected keys"),
    (json.dumps({**GOOD, "format": "talagov.other"}).encode(), "not a version 1 example"),
    (json.dumps({**GOOD, "version": 2}).encode(), "not a version 1 example"),
    (json.dumps({**GOOD, "version": True}).encode(), "not a version 1 example"),
])  # fmt: skip
def test_anything_else_is_refused_with_its_reason(data: bytes, detail: str) -> None:
    assert _detail(data) == detail


def test_an_object_inside_a_file_says_where() -> None:
    with pytest.raises(UserError) as caught:
        check_object({"x": 1}, KEYS, "talagov.example", code="test.malformed", kind="example",
                     where="payload: ")
    assert caught.value.params == {"detail": "payload: missing or unexpected keys"}
