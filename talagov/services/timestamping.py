# SPDX-License-Identifier: GPL-3.0-or-later
"""The time-stamping authority (TSA) the minutes' signatures are dated by.

The electronic register of deliberations needs a reliable date (décret 2019-1118): when
an RFC 3161 authority is configured here, each signature of the minutes asks it for a
time-stamp. Its address is a setting of the install, stored in the database with the
records it dates; an empty address means "none configured".
"""

from __future__ import annotations

from talagov.core.tsa_client import check_url
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage import settings_repo

TSA_URL = "tsa_url"


def tsa_url(uow: UnitOfWork) -> str:
    """The configured TSA address, or ``""`` when none is."""
    return settings_repo.get_setting(uow.session, TSA_URL)


def set_tsa_url(uow: UnitOfWork, url: str) -> Changes:
    """Configure the TSA at ``url`` (blanks around it are dropped); ``""`` clears it.

    Nothing is contacted: the address is checked for its form only, and a TSA that
    turns out unreachable is reported when signing.

    Raises:
        UserError: ``settings.bad_tsa_url`` (not http(s), no host, over 500 characters,
            spaces, a user or password in it).
    """
    value = check_url(url) if url.strip() else ""
    settings_repo.set_setting(uow.session, TSA_URL, value)
    return Changes.of(Aggregate.MINUTES)
