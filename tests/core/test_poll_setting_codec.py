# SPDX-License-Identifier: GPL-3.0-or-later
"""A frozen poll setting reads back exactly, and rebuilds the electorate it froze."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from talagov.core.bundle_codec_base import Node
from talagov.core.bundle_model import BundleDataError, FrozenSetting
from talagov.core.canonical import canonical
from talagov.core.poll_setting_codec import setting_from_data, setting_of, setting_to_data
from talagov.core.tally_model import Bases
from tests.core.bundle_strategies import settings_
from tests.core.vote_fixtures import org


@settings(max_examples=100, deadline=None)
@given(settings_)
def test_a_setting_reads_back_exactly(setting: FrozenSetting) -> None:
    data = json.loads(canonical(setting_to_data(setting)))
    assert setting_from_data(Node(data, "poll.setting")) == setting


@settings(max_examples=30, deadline=None)
@given(settings_)
def test_the_electorate_is_rebuilt_under_the_organisation_certificate(
        setting: FrozenSetting) -> None:
    electorate = setting.electorate(org().cert)
    assert electorate.ca_certificate == org().cert
    assert setting_of(electorate, setting.bases, setting.participants) == setting


@pytest.mark.parametrize("change", [
    {"version": 2}, {"format": "talagov.poll"}, {"voters": [1, True]},
    {"proxies": [[1, 2], [1, 3]]}, {"colleges": [[1]]}, {"revoked_at": [["0a", "yesterday"]]},
])
def test_a_wrong_setting_is_refused(change: dict[str, object]) -> None:
    data = setting_to_data(FrozenSetting(frozenset(), {}, {}, frozenset(), {}, frozenset(), {},
                                         frozenset(), frozenset(), Bases(0, 0)))
    data.update(change)
    with pytest.raises(BundleDataError):
        setting_from_data(Node(data, "poll.setting"))
