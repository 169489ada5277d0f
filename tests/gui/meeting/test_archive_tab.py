# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive tab: what it says of the archive and why it cannot be exported yet, the
last export with its size and fingerprint, reloads on changes, the workspace's last
tab, names for screen readers, the keyboard, and room at 200 % zoom."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.minutes_content import MinutesStatus
from talagov.gui.context import AppContext
from talagov.gui.meeting.archive_data import ArchiveData, LastExport
from talagov.gui.meeting.archive_tab import ArchiveTab
from talagov.services.changes import Aggregate, Changes
from tests.gui.meeting.archive_setup import close_tab, open_tab
from tests.gui.meeting.minutes_setup import ClosedMeeting, make_closed_meeting
from tests.gui.meeting.votes_setup import close_widget, make_votes_meeting
from tests.gui.test_accessibility import _unnamed

FINGERPRINT = "3f2a91c0" * 8
AGO = Meeting(7, "Assemblée générale ordinaire 2026", MeetingType.AGO, date(2026, 6, 13),
              status=MeetingStatus.CLOSED)


def _data(status: MeetingStatus = MeetingStatus.CLOSED, minutes: MinutesStatus | None = None, *,
          fingerprint: str | None = FINGERPRINT, last: LastExport | None = None) -> ArchiveData:
    return ArchiveData(Meeting(AGO.id, AGO.title, AGO.type, AGO.on, status=status), minutes,
                       fingerprint, last)


@pytest.fixture
def bare(qtbot: QtBot, ctx: AppContext) -> Iterator[ArchiveTab]:
    """A tab shown without a meeting: the tests hand it their data."""
    widget = ArchiveTab(ctx)
    widget.resize(900, 700)
    widget.show()
    yield widget
    close_widget(widget)


# -- what the tab says -----------------------------------------------------------------


def test_the_tab_explains_the_archive_in_two_sentences(bare: ArchiveTab) -> None:
    text = bare.intro.text()
    assert text.count(". ") + text.endswith(".") == 2
    assert "every document, vote and signature" in text
    assert "TalaGov" in text and "sha256sum" in text and "openssl" in text


@pytest.mark.parametrize("status", [MeetingStatus.DRAFT, MeetingStatus.CONVENED,
                                    MeetingStatus.IN_SESSION])
def test_before_the_closing_the_export_is_disabled_and_the_tab_says_why(
        bare: ArchiveTab, status: MeetingStatus) -> None:
    bare._show(_data(status))
    assert not bare.export_button.isEnabled()
    assert "once the session is closed" in bare.state.text()
    assert bare.last_box.isHidden()
    assert bare.start_export(Path("ignored.zip")) is None


def test_without_the_organisation_key_the_tab_says_where_to_create_it(bare: ArchiveTab) -> None:
    bare._show(_data(MeetingStatus.CLOSED, MinutesStatus.SIGNED, fingerprint=None))
    assert not bare.export_button.isEnabled()
    assert "create it in Settings" in bare.state.text()


@pytest.mark.parametrize(("minutes", "said"), [
    (None, "not signed yet"), (MinutesStatus.DRAFT, "not signed yet"),
    (MinutesStatus.SUBMITTED, "Export it again once they are signed"),
    (MinutesStatus.SIGNED, "its archive is complete"),
])
def test_a_closed_meeting_can_be_exported_and_unsigned_minutes_are_noted(
        bare: ArchiveTab, minutes: MinutesStatus | None, said: str) -> None:
    for status in (MeetingStatus.CLOSED, MeetingStatus.ARCHIVED):
        bare._show(_data(status, minutes))
        assert bare.export_button.isEnabled()
        assert said in bare.state.text()


def test_the_last_export_shows_its_path_size_and_fingerprint(bare: ArchiveTab,
                                                             tmp_path: Path) -> None:
    bare._show(_data(minutes=MinutesStatus.SIGNED,
                     last=LastExport(tmp_path / "ag.zip", 1_234_567)))
    assert bare.last_box.isVisible()
    assert bare.path_field.text() == str(tmp_path / "ag.zip")
    assert bare.size_label.text() == "Size: 1,2 Mo (1\u202f234\u202f567 bytes)"
    assert bare.fingerprint.text() == " ".join(["3F2A", "91C0"] * 8)
    assert bare.verify_button.isEnabled() and bare.missing.isHidden()


def test_a_last_export_moved_away_is_said_and_cannot_be_verified(bare: ArchiveTab,
                                                                 tmp_path: Path) -> None:
    bare._show(_data(last=LastExport(tmp_path / "gone.zip", None)))
    assert bare.path_field.text().endswith("gone.zip")
    assert "no longer there" in bare.missing.text() and bare.missing.isVisible()
    assert bare.size_label.isHidden() and bare.fingerprint.isHidden()
    assert not bare.verify_button.isEnabled()
    with_signal: list[object] = []
    bare.verify_requested.connect(with_signal.append)
    bare.verify_now()
    assert with_signal == []


def test_small_sizes_are_in_bytes(bare: ArchiveTab) -> None:
    assert bare.size_text(532) == "532 octets"


# -- loaded from the database -----------------------------------------------------------


def test_an_open_meeting_loads_with_the_export_disabled(qtbot: QtBot, ctx: AppContext) -> None:
    assembly = make_votes_meeting(ctx.db)  # in session
    widget = open_tab(qtbot, ctx, assembly.meeting_id)
    assert not widget.export_button.isEnabled()
    assert "once the session is closed" in widget.state.text()
    close_tab(qtbot, ctx, widget)


def test_signing_the_minutes_updates_the_tab(qtbot: QtBot, ctx: AppContext) -> None:
    closed = make_closed_meeting(ctx.db)
    widget = open_tab(qtbot, ctx, closed.meeting_id)
    assert widget.export_button.isEnabled() and "not signed yet" in widget.state.text()
    closed.sign_all()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.on_changes(Changes.of(Aggregate.MINUTES))
    assert "its archive is complete" in widget.state.text()
    widget.hide()  # hidden, a change only marks the tab stale; it reloads when shown
    widget.on_changes(Changes.of(Aggregate.MEETINGS))
    assert widget.loader.stale
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    close_tab(qtbot, ctx, widget)


# -- the workspace, keyboard, screen readers, zoom ---------------------------------------


def test_the_archive_is_the_workspace_s_last_tab_and_the_stage_of_an_archived_meeting(
        qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from talagov.gui.meeting.workspace import ARCHIVE_TAB, SESSION_TAB, MeetingWorkspace, stage_tab

    closed: ClosedMeeting = make_closed_meeting(ctx.db)
    assert stage_tab(MeetingStatus.CLOSED) == SESSION_TAB  # the minutes' state plays no part
    assert stage_tab(MeetingStatus.ARCHIVED) == ARCHIVE_TAB
    workspace = MeetingWorkspace(ctx)
    ctx.runner.changes_applied.connect(workspace.on_changes)
    workspace.resize(1100, 800)
    workspace.show()
    with qtbot.waitSignal(workspace.loaded, timeout=10_000):
        workspace.set_meeting(closed.meeting_id)
    assert workspace.tabs.count() == ARCHIVE_TAB + 1
    assert workspace.tabs.tabText(ARCHIVE_TAB) == "&Archive"
    assert workspace.tabs.currentIndex() == SESSION_TAB
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(workspace.loaded, timeout=10_000):
        workspace.change_status(MeetingStatus.ARCHIVED)
    assert workspace.tabs.currentIndex() == ARCHIVE_TAB  # the status changed: its stage
    qtbot.waitUntil(lambda: workspace.archive.data is not None
                    and workspace.archive.data.meeting.status is MeetingStatus.ARCHIVED,
                    timeout=10_000)
    assert workspace.archive.export_button.isEnabled()
    ctx.runner.changes_applied.disconnect(workspace.on_changes)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    close_widget(workspace)


def test_every_control_is_named_and_reached_by_the_keyboard(bare: ArchiveTab,
                                                            tmp_path: Path) -> None:
    (tmp_path / "ag.zip").write_bytes(b"PK")
    bare._show(_data(minutes=MinutesStatus.SIGNED, last=LastExport(tmp_path / "ag.zip", 2)))
    assert _unnamed(bare) == []
    seen: list[QWidget] = [bare.export_button]  # the tab's focus proxy, where Tab starts
    widget = bare.export_button.nextInFocusChain()
    while widget is not None and widget is not bare.export_button and len(seen) < 50:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert bare.focusProxy() is bare.export_button
    assert {bare.export_button, bare.path_field, bare.fingerprint, bare.verify_button} <= set(seen)
    assert bare.export_button.text() == "&Export the archive…"
    assert bare.verify_button.text() == "&Verify now"


def test_at_200_percent_the_tab_scrolls_instead_of_crushing_its_texts(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from talagov.gui.meeting.workspace import _TabScroller

    holder = QWidget()
    qtbot.addWidget(holder)
    tab = ArchiveTab(ctx)
    scroller = _TabScroller(tab, holder)
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tab.setFont(font)
    tab._show(_data(minutes=MinutesStatus.DRAFT,
                    last=LastExport(tmp_path / ("très-long-" * 12 + ".zip"), 1_234_567)))
    assert tab.minimumSizeHint().width() <= 600  # a 1280-pixel screen at 200 %: no cut
    scroller.resize(600, 380)  # what the workspace leaves the tab there
    holder.show()
    qtbot.waitUntil(lambda: tab.height() > scroller.height(), timeout=5000)  # it scrolls
    assert tab.width() <= 600
    for label in (tab.intro, tab.state, tab.fingerprint_title, tab.fingerprint):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert tab.verify_button.geometry().bottom() < tab.last_box.height()
