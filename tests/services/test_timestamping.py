# SPDX-License-Identifier: GPL-3.0-or-later
"""The time-stamping authority setting: stored with the records, checked for its form."""

from __future__ import annotations

import pytest

from talagov.core.errors import UserError
from talagov.services import timestamping
from talagov.services.changes import Aggregate
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

URL = "https://horodatage.example.fr/tsa"


def _current(db: Database) -> str:
    with UnitOfWork(db) as uow:
        return timestamping.tsa_url(uow)


def test_no_authority_until_one_is_configured(db: Database) -> None:
    assert _current(db) == ""


def test_the_address_is_kept_from_one_session_to_the_next(db: Database) -> None:
    with UnitOfWork(db) as uow:
        changes = timestamping.set_tsa_url(uow, f"  {URL}\n")
    assert changes.touches(Aggregate.MINUTES)
    assert _current(db) == URL
    with UnitOfWork(db) as uow:
        timestamping.set_tsa_url(uow, "http://127.0.0.1:3180/")
    assert _current(db) == "http://127.0.0.1:3180/"


@pytest.mark.parametrize("blank", ["", "   "])
def test_an_empty_address_clears_the_setting(db: Database, blank: str) -> None:
    with UnitOfWork(db) as uow:
        timestamping.set_tsa_url(uow, URL)
    with UnitOfWork(db) as uow:
        timestamping.set_tsa_url(uow, blank)
    assert _current(db) == ""


@pytest.mark.parametrize("bad", [
    "horodatage.example.fr/tsa",  # no scheme
    "ftp://horodatage.example.fr/tsa",
    "https://",  # no host
    "https:///tsa",
    "https://secretaire:motdepasse@horodatage.example.fr/tsa",  # a password, stored in clear
    "https://horodatage.example.fr:99999/tsa",  # no such port
    "https://horodatage example.fr/tsa",
    "https://horodatage.example.fr/" + "t" * 500,
])
def test_a_malformed_address_is_refused_and_the_old_one_kept(db: Database, bad: str) -> None:
    with UnitOfWork(db) as uow:
        timestamping.set_tsa_url(uow, URL)
    with pytest.raises(UserError) as caught, UnitOfWork(db) as uow:
        timestamping.set_tsa_url(uow, bad)
    assert caught.value.code == "settings.bad_tsa_url"
    assert _current(db) == URL
