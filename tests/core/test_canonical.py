# SPDX-License-Identifier: GPL-3.0-or-later
"""Canonical JSON follows RFC 8785 (its own examples), and fingerprints read in groups."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given
from hypothesis import strategies as st

from talagov.core.canonical import canonical, digest, readable_fingerprint, sha256_hex


def test_rfc8785_section_3_2_2_example() -> None:
    source = json.loads(
        '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],'
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",'
        ' "literals": [null, true, false]}'
    )
    expected = ('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,'
                '1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}')
    assert canonical(source) == expected.encode("utf-8")


def test_rfc8785_sorting_example_uses_utf16_code_units() -> None:
    source = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    order = [key for key in json.loads(canonical(source))]
    assert order == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]


def test_rfc8785_number_serialisation() -> None:
    assert canonical([0, -0, 1, -1, 9007199254740991, 1e21, 1e-7, 0.000001]) \
        == b"[0,0,1,-1,9007199254740991,1e+21,1e-7,0.000001]"


def test_strings_keep_non_ascii_and_escape_only_what_must_be() -> None:
    assert canonical("é€😀/") == '"é€😀/"'.encode()
    assert canonical("\b\f\n\r\t\x01\x7f") == b'"\\b\\f\\n\\r\\t\\u0001\x7f"'
    assert canonical({"b": 1, "a": {"d": [], "c": None}}) == b'{"a":{"c":null,"d":[]},"b":1}'


def test_digests() -> None:
    assert sha256_hex(b"abc") == hashlib.sha256(b"abc").hexdigest()
    assert digest({"b": 1, "a": 2}) == sha256_hex(b'{"a":2,"b":1}')


def test_readable_fingerprint_example() -> None:
    assert readable_fingerprint("3f2a91c0" + "0" * 56)[:9] == "3F2A 91C0"
    assert len(readable_fingerprint("a" * 64).split(" ")) == 16
    assert readable_fingerprint("a" * 64, groups=4) == "AAAA AAAA AAAA AAAA"


@given(st.text("0123456789abcdef", max_size=80), st.integers(1, 20))
def test_readable_fingerprint_groups(hex_digest: str, groups: int) -> None:
    text = readable_fingerprint(hex_digest, groups=groups)
    parts = text.split(" ") if text else []
    assert all(len(p) == 4 for p in parts[:-1]) and all(1 <= len(p) <= 4 for p in parts)
    assert len(parts) == min(groups, -(-len(hex_digest) // 4))
    assert "".join(parts) == hex_digest.upper()[:groups * 4]
