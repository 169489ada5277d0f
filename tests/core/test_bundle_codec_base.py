# SPDX-License-Identifier: GPL-3.0-or-later
"""The strict reader names the member and the place of every refusal."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.bundle_codec_base import Node, b64, document
from talagov.core.bundle_model import BundleDataError
from talagov.core.meetings import MeetingType
from talagov.core.ratio import Ratio


def node(value: object) -> Node:
    return Node(value, "data/x.json", "top")


def test_booleans_are_not_integers_nor_integers_booleans() -> None:
    with pytest.raises(BundleDataError, match="top: integer expected"):
        node(True).integer()
    with pytest.raises(BundleDataError, match="boolean expected"):
        node(1).boolean()
    with pytest.raises(BundleDataError, match="integer expected"):
        node(1.0).integer()
    with pytest.raises(BundleDataError, match="integer expected"):
        node(2**53).integer(None)  # beyond what RFC 8785 writes exactly
    with pytest.raises(BundleDataError, match="at least 0"):
        node(-1).integer()
    assert node(-1).integer(None) == -1


def test_an_object_must_have_exactly_its_keys_and_paths_nest() -> None:
    n = node({"a": {"b": [1, "x"]}})
    with pytest.raises(BundleDataError, match=r"missing \['c'\], unexpected \['a'\]"):
        n.object(["c"])
    inner = n.object(["a"])["a"].object(["b"])["b"].items()[1]
    with pytest.raises(BundleDataError) as caught:
        inner.integer()
    assert caught.value.path == "data/x.json" and caught.value.detail.startswith("top.a.b[1]")


@pytest.mark.parametrize("text", ["2026-6-1", "2026-06-31", "20260601", 20260601, "x"])
def test_only_iso_dates_are_dates(text: object) -> None:
    with pytest.raises(BundleDataError):
        node(text).date()


def test_iso_times_keep_their_offset_and_a_date_alone_is_not_a_time() -> None:
    assert node("2026-06-01T10:00:00+02:00").datetime().utcoffset() is not None
    assert node("2026-06-01T10:00:00.250000").datetime() == datetime(2026, 6, 1, 10, 0, 0, 250000)
    assert node("2026-06-01").date() == date(2026, 6, 1)
    with pytest.raises(BundleDataError):
        node("2026-06-01").datetime()


def test_enums_hex_base64_and_ratios() -> None:
    assert node("ago").enum(MeetingType) is MeetingType.AGO
    with pytest.raises(BundleDataError, match="unknown MeetingType 'AGO'"):
        node("AGO").enum(MeetingType)
    with pytest.raises(BundleDataError):
        node("AB" * 32).hex64()
    with pytest.raises(BundleDataError, match="base64"):
        node("a b").b64()
    assert node([2, 3]).ratio() == Ratio(2, 3)
    for bad in ([3, 2], [1, 0], [1], [True, 2]):
        with pytest.raises(BundleDataError):
            node(bad).ratio()


@given(st.binary(max_size=80))
def test_base64_reads_back(data: bytes) -> None:
    assert node(b64(data)).b64() == data


@pytest.mark.parametrize(("data", "message"), [
    ({"format": "talagov.bundle.x", "version": 2}, "unsupported version 2"),
    ({"format": "talagov.bundle.x", "version": True}, "unsupported version True"),
    ({"format": "talagov.bundle.y", "version": 1}, "format"),
    ({"format": "talagov.bundle.x", "version": 1}, "missing ['k']"),
])
def test_a_data_file_names_its_format_and_version(data: object, message: str) -> None:
    with pytest.raises(BundleDataError) as caught:
        document(data, "data/x.json", "x", ["k"])
    assert message in str(caught.value)
