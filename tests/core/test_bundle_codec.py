# SPDX-License-Identifier: GPL-3.0-or-later
"""Every data file of a bundle, written and read back together."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import bundle_format as bf
from talagov.core.bundle_codec import DATA_MEMBERS, decode_contents, encode_contents
from talagov.core.bundle_model import BundleContents, BundleDataError
from talagov.core.canonical import canonical
from tests.core import bundle_strategies as s

contents = st.builds(BundleContents, s.organisations, s.rolls, s.meetings(), s.sendings,
                     s.attendances, s.proxies, s.polls, s.minutes, s.keys)


@settings(max_examples=25, deadline=None)
@given(contents)
def test_the_data_files_read_back_exactly(value: BundleContents) -> None:
    files = {name: canonical(data) for name, data in encode_contents(value).items()}
    assert sorted(files) == sorted(DATA_MEMBERS)
    assert all(bf.safe_name(name) and name.startswith("data/") for name in files)
    assert decode_contents(lambda name: json.loads(files[name])) == value


@settings(max_examples=5, deadline=None)
@given(contents)
def test_a_file_under_another_name_is_refused(value: BundleContents) -> None:
    files = encode_contents(value)
    files[bf.ROLL], files[bf.MEETING] = files[bf.MEETING], files[bf.ROLL]
    with pytest.raises(BundleDataError) as caught:
        decode_contents(lambda name: files[name])
    assert caught.value.path == bf.ROLL
