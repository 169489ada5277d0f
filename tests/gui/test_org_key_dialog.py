# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation key in the settings: created from a passphrase typed twice, then its
fingerprint shown large and selectable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from talagov.core.keyseal import TEST_KDF
from talagov.gui.context import AppContext
from talagov.gui.dialogs.org_key_dialog import OrgKeyDialog
from talagov.gui.pages.settings_page import SettingsPage
from talagov.services import keys
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import NOW, type_text
from tests.gui.meeting.votes_setup import close_widget


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> Iterator[SettingsPage]:
    widget = SettingsPage(ctx)
    ctx.runner.changes_applied.connect(widget.on_changes)
    widget.show()
    widget.org_key_group.kdf = TEST_KDF
    widget.org_key_group.clock = lambda: NOW
    with qtbot.waitSignal(widget.org_key_group.loaded, timeout=5000):
        widget.refresh()
    widget.tabs.setCurrentIndex(widget.tabs.count() - 1)
    yield widget
    ctx.runner.changes_applied.disconnect(widget.on_changes)
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(widget)


def _dialog() -> OrgKeyDialog:
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, OrgKeyDialog) and w.isVisible())


def test_the_key_is_created_from_a_passphrase_typed_twice(
        qtbot: QtBot, ctx: AppContext, page: SettingsPage) -> None:
    group = page.org_key_group
    assert page.tabs.tabText(page.tabs.currentIndex()) == "&Keys"
    assert group.create_button.isVisibleTo(page) and not group.fingerprint.isVisibleTo(page)
    assert "No organisation key yet" in group.about.text()
    group.create_button.click()
    dialog = _dialog()
    type_text(dialog.passphrase, "court")
    assert "At least 8 characters (5 typed)" in dialog.hint.text()
    type_text(dialog.confirmation, "court")
    with qtbot.waitSignal(dialog.failed):
        dialog.ok_button.click()
    assert "at least 8 characters" in dialog.message_bar.text()
    dialog.passphrase.clear()
    dialog.confirmation.clear()
    type_text(dialog.passphrase, "une phrase assez longue")
    type_text(dialog.confirmation, "une phrase assez longu")
    assert dialog.hint.text() == "The two passphrases differ."
    with qtbot.waitSignal(dialog.failed):
        dialog.ok_button.click()
    assert "same passphrase twice" in dialog.message_bar.text()
    with UnitOfWork(ctx.db) as uow:
        assert keys.organisation_key(uow) is None
    type_text(dialog.confirmation, "e")
    with qtbot.waitSignal(group.loaded, timeout=10_000):
        dialog.ok_button.click()
    assert not dialog.isVisible()
    with UnitOfWork(ctx.db) as uow:
        created = keys.organisation_key(uow)
        assert created is not None
        keys.unlock_organisation(uow, "une phrase assez longue")  # the passphrase typed
    assert group.fingerprint.text() == created.readable
    assert group.fingerprint.isVisibleTo(page) and not group.create_button.isVisibleTo(page)
    assert "22/11/2026" in group.about.text()


def test_the_dialog_and_the_group_are_named(qtbot: QtBot, page: SettingsPage) -> None:
    from tests.gui.test_accessibility import _unnamed

    assert _unnamed(page) == []
    page.org_key_group.create_button.click()
    dialog = _dialog()
    assert _unnamed(dialog) == []
    dialog.reject()
