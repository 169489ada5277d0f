# SPDX-License-Identifier: GPL-3.0-or-later
"""The exported meeting the verifier's end-to-end tests share, built once per session
(about 6 s), and the shorthands those tests use to tamper with it and read the result."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from talagov.storage.database import open_database
from talagov.verifier.api import verify_bundle
from talagov.verifier.report import CheckLine, Status, Verification
from tests.verifier.meeting_setup import ExportedMeeting, export_meeting
from tests.verifier.tamper import Rewrite


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExportedMeeting]:
    """The closed AG of :mod:`tests.verifier.meeting_setup`, exported (never modified:
    tampering writes copies)."""
    folder = tmp_path_factory.mktemp("exported")
    db = open_database(folder / "ag.sqlite")
    try:
        yield export_meeting(db, folder)
    finally:
        db.close()


Tamper = Callable[..., Verification]


@pytest.fixture
def tampered(exported: ExportedMeeting, tmp_path: Path) -> Tamper:
    """``tampered(change, resign=True)``: the bundle rewritten with ``change(rewrite)``
    applied, re-signed with the organisation key (or not), and verified."""

    def run(change: Callable[[Rewrite], object], *, resign: bool = True) -> Verification:
        rewrite = Rewrite.of(exported.bundle, exported.assembly.org_key)
        change(rewrite)
        return verify_bundle(rewrite.write(tmp_path / "tampered.zip", resign=resign))

    return run


def failures(result: Verification) -> list[CheckLine]:
    """The failed lines."""
    return [x for x in result.lines if x.status is Status.FAILED]


def failed_codes(result: Verification) -> set[str]:
    """The codes of the failed lines."""
    return {x.code for x in failures(result)}


def failed_with(result: Verification, code: str) -> list[CheckLine]:
    """The failed lines of one code."""
    return [x for x in failures(result) if x.code == code]
