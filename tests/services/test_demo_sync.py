# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo's shared folder: made next to the database, remembered, published into."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from talagov.core.meeting_package import read_package
from talagov.core.sync_identity import certificate
from talagov.services.demo.sync import publish_demo_folder, set_aside, shared_folder
from talagov.services.member_home import discover
from talagov.services.sync_folder import sync_folder
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database

NOW = datetime(2026, 11, 22, 12, 0)


def test_the_demo_publishes_its_identity_certificates_and_archives(demo_path: Path) -> None:
    db = open_database(demo_path)
    try:
        folder, report = publish_demo_folder(db, now=NOW)
        with UnitOfWork(db) as uow:
            assert sync_folder(uow) == folder
        again = publish_demo_folder(db, now=NOW)[1]
    finally:
        db.close()
    assert folder == demo_path.parent / "partage"
    kinds = {str(f.kind) for f in report.written}
    assert {"identity", "certificate", "revocations", "archive"} <= kinds
    # The upcoming AG is a draft: nothing to vote on yet. The closed meetings get one
    # package each, signed, naming their archive: that is how members trust an archive.
    packages = [read_package((folder / f.path).read_bytes(), certificate(discover(folder)[0]))
                for f in report.written if str(f.kind) == "package"]
    assert packages and all(p.status == "closed" and p.archive is not None for p in packages)
    assert [i.name for i in discover(folder)] == ["Lisière Autopartage"]
    assert list(folder.glob("organisation/archives/meeting-*.zip"))
    assert again.written == () and again.left == ()  # nothing new: nothing written twice


def test_a_folder_left_by_an_earlier_demo_is_renamed_never_deleted(tmp_path: Path) -> None:
    folder = shared_folder(tmp_path / "demo.sqlite")
    assert set_aside(folder, NOW) is None  # nothing there yet
    (folder / "organisation").mkdir(parents=True)
    (folder / "organisation" / "identity-0123456789abcdef.json").write_text("{}")
    moved = set_aside(folder, NOW)
    assert moved == tmp_path / "partage.20261122-120000.bak"
    assert (moved / "organisation" / "identity-0123456789abcdef.json").read_text() == "{}"
    assert not folder.exists()
    folder.mkdir()
    assert set_aside(folder, NOW) is None  # an empty folder is simply used
