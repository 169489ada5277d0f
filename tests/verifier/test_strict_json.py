# SPDX-License-Identifier: GPL-3.0-or-later
"""load_json: what json.loads would let through is refused, naming the member."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import bundle_format as fmt
from talagov.core.canonical import canonical
from talagov.verifier.report import BundleUnreadable
from talagov.verifier.strict_json import load_json

NAME = "data/roll.json"


def _code(data: bytes) -> tuple[str, dict[str, object]]:
    with pytest.raises(BundleUnreadable) as caught:
        load_json(NAME, data)
    return caught.value.code, dict(caught.value.params)


@pytest.mark.parametrize(("data", "code"), [
    (b'{"a": 1, "a": 2}', "bundle.json_duplicate_key"),
    (b'[{"x": {"a": 1, "a": 1}}]', "bundle.json_duplicate_key"),
    (b"NaN", "bundle.json_not_finite"),
    (b'{"a": -Infinity}', "bundle.json_not_finite"),
    (b"[1e400]", "bundle.json_not_finite"),
    (b"\xff\xfe{}", "bundle.json_encoding"),
    (b'"\\ud800"', "bundle.json_encoding"),
    (b'{"\\udc00": 1}', "bundle.json_encoding"),
    (b"\xef\xbb\xbf{}", "bundle.bad_json"),  # a byte-order mark
    (b"{'a': 1}", "bundle.bad_json"),
    (b"[1, 2,]", "bundle.bad_json"),
    (b"", "bundle.bad_json"),
    (b"[" * 50_000 + b"]" * 50_000, "bundle.json_too_deep"),
    (b"9" * 5000, "bundle.json_number_too_long"),
])
def test_refusals(data: bytes, code: str) -> None:
    found, params = _code(data)
    assert found == code and params["name"] == NAME


def test_a_duplicate_key_and_a_syntax_error_are_located() -> None:
    assert _code(b'{"a": 1, "a": 2}')[1]["key"] == "a"
    assert _code(b'{\n  "a": tru\n}')[1] == {"name": NAME, "line": 2, "column": 8}


def test_a_member_above_the_json_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "MAX_JSON_SIZE", 10)
    assert _code(b'{"a": "0123456789"}') == (
        "bundle.json_too_large", {"name": NAME, "size": 19, "limit": 10})


def test_a_valid_surrogate_pair_and_finite_floats_are_read() -> None:
    assert load_json(NAME, b'["\\ud83d\\ude00", 1.5, -0.0, 1e300]') == ["😀", 1.5, -0.0, 1e300]


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=4),
    max_leaves=20)


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(_JSON)
def test_canonical_json_reads_back_as_itself(value: object) -> None:
    assert load_json(NAME, canonical(value)) == value
    assert load_json(NAME, json.dumps(value).encode()) == value


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.binary(max_size=200) | st.text(alphabet='{}[]",:0123456789.eE+-\\untrfalsNIy ',
                                         max_size=60).map(str.encode))
def test_any_bytes_give_a_value_or_a_bundle_error(data: bytes) -> None:
    try:
        load_json(NAME, data)
    except BundleUnreadable as exc:
        assert exc.code.startswith(("bundle.json_", "bundle.bad_json"))
