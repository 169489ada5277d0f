# SPDX-License-Identifier: GPL-3.0-or-later
"""A cooperative publishing into a shared folder (the secretary's install of
:mod:`tests.sync.installs`), and a member's window on it with a home of its own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from talagov.core.canonical import sha256_hex
from talagov.core.keyseal import TEST_KDF
from talagov.core.meeting_package import PackageArchive, package_file, parse_package
from talagov.core.sync_envelope import peek
from talagov.core.sync_format import (
    ARCHIVES_DIR,
    MAX_PACKAGE,
    MEETINGS_DIR,
    PACKAGE_FORMAT,
    archive_name,
    package_name,
)
from talagov.gui.member import enrol_dialog
from talagov.gui.member.member_window import MAIN, MemberWindow
from talagov.services import member_home
from tests.sync.installs import T0, OrgInstall, make_org

#: The member's clock: an hour after the secretary convened the meetings.
AT_HOME = T0 + timedelta(hours=1)
MY_PASS = "ma phrase à la maison"

MakeWindow = Callable[..., MemberWindow]


def home_time(minutes: int = 0) -> datetime:
    """The member's laptop time, aware (as ``datetime.now().astimezone()`` gives it)."""
    return (AT_HOME + timedelta(minutes=minutes)).astimezone()


@pytest.fixture(autouse=True)
def fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys made in the window derive their seal quickly."""
    monkeypatch.setattr(enrol_dialog, "KDF", TEST_KDF)


@pytest.fixture
def org(tmp_path: Path) -> Iterator[OrgInstall]:
    """The secretary's install with two convened meetings, published into its folder."""
    install = make_org(tmp_path / "org")
    install.publish(T0 + timedelta(minutes=1))
    yield install
    install.db.close()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The member's home directory (membership and keystore)."""
    return tmp_path / "member-home"


@pytest.fixture
def make_window(qtbot: QtBot, home: Path) -> Iterator[MakeWindow]:
    """Open the member's window on ``home`` (shown, its documents not handed to a viewer)."""
    windows: list[MemberWindow] = []

    def make(lang: str = "fr") -> MemberWindow:
        window = MemberWindow(lang, home)
        window.clock = home_time
        window.wizard.clock = home_time
        window.open_external = None
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.jobs.shutdown()


def joined_window(qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path,
                  member: str = "Alice") -> MemberWindow:
    """The window of a member who joined already (through the service)."""
    [identity] = member_home.discover(org.folder)
    member_home.join(home, org.folder, fingerprint=identity.organisation,
                     member_id=org.members[member], now=home_time())
    window = make_window()
    qtbot.waitUntil(lambda: window.page == MAIN and window.snapshot is not None, timeout=10_000)
    return window


def wait_read(qtbot: QtBot, window: MemberWindow) -> None:
    """Read the folder again and wait until the reading is on screen."""
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.refresh()
    # A reading asked for while another ran comes right after it: wait for that one too.
    qtbot.waitUntil(lambda: window._reading is None, timeout=10_000)


def publish_archive(org: OrgInstall, data: bytes) -> Path:
    """The archive of the AGO as the secretary publishes it: the file, then a package of
    the closed meeting, signed, naming its SHA-256."""
    meeting_id = org.meetings["ago"]
    path = org.folder / ARCHIVES_DIR / archive_name(meeting_id, sha256_hex(data)[:16])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    newest = max((org.folder / MEETINGS_DIR).glob(f"meeting-{meeting_id}-*.json"),
                 key=lambda p: int(p.name.split("-")[2]))
    package = parse_package(peek(newest.read_bytes(), PACKAGE_FORMAT, limit=MAX_PACKAGE))
    closed = dataclasses.replace(package, sequence=package.sequence + 1, status="closed",
                                 polls=(), archive=PackageArchive(sha256_hex(data), path.name,
                                                                  len(data)))
    signed = package_file(closed, org.org_key)
    (org.folder / MEETINGS_DIR / package_name(meeting_id, closed.sequence,
                                              sha256_hex(signed)[:16])).write_bytes(signed)
    return path
