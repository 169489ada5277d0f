# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's ZIP: the same members always give the same bytes."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import bundle_format as bf
from talagov.core.errors import Cancelled
from talagov.services.bundle_zip import zip_bytes

names = st.from_regex(r"[a-z]{1,8}(/[a-z0-9._-]{1,8}){0,2}", fullmatch=True).filter(bf.safe_name)


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(names, st.binary(max_size=200), max_size=6))
def test_the_same_members_in_any_order_give_the_same_zip(members: dict[str, bytes]) -> None:
    reordered = dict(reversed(list(members.items())))
    data = zip_bytes(members)
    assert zip_bytes(reordered) == data
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.namelist() == sorted(members)
        assert all(zf.read(name) == members[name] for name in members)
        assert all(i.date_time == bf.ZIP_DATE and i.external_attr >> 16 == 0o100644
                   and i.compress_type == zipfile.ZIP_DEFLATED for i in zf.infolist())


def test_an_unsafe_name_is_a_bug_and_cancelling_stops() -> None:
    with pytest.raises(ValueError):
        zip_bytes({"../evil": b""})
    with pytest.raises(Cancelled):
        zip_bytes({"a": b"", "b": b""}, cancelled=lambda: True)
    seen: list[tuple[int, int]] = []
    zip_bytes({"a": b"", "b": b""}, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
