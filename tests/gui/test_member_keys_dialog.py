# SPDX-License-Identifier: GPL-3.0-or-later
"""The keys dialog: the organisation's fingerprint, the members' certificates, revoking one,
issuing one from a member's request, exporting the organisation certificate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talagov.core.keyseal import TEST_KDF
from talagov.gui.context import AppContext
from talagov.gui.dialogs import member_keys_dialog
from talagov.gui.dialogs.member_keys_dialog import MemberKeysDialog
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.models import member_key_model
from talagov.services import keys, personal_keys
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text
from tests.gui.meeting.votes_setup import (
    BENARD,
    ORG_PASS,
    VOTING,
    close_widget,
    make_votes_meeting,
)


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> Iterator[MemberKeysDialog]:
    make_votes_meeting(ctx.db)
    widget = MemberKeysDialog(ctx, lambda: VOTING)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()
    yield widget
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(widget)


def _passphrase_dialog() -> PassphraseDialog:
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, PassphraseDialog) and w.isVisible())


def _row_of(dialog: MemberKeysDialog, name: str) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.item_at(r).member_name == name)


def test_the_fingerprint_and_the_certificates_are_listed(
        ctx: AppContext, dialog: MemberKeysDialog, qtmodeltester: ModelTester) -> None:
    with UnitOfWork(ctx.db) as uow:
        org = keys.organisation_key(uow)
    assert org is not None and dialog.fingerprint.text() == org.readable
    model = dialog.model
    assert sorted(model.item_at(r).member_name for r in range(model.rowCount())) == [
        "Durand Élodie", "Martin Jean-Pierre"]
    row = _row_of(dialog, "Durand Élodie")
    assert model.data(model.index(row, member_key_model.STATUS)) == "Active"
    assert model.data(model.index(row, member_key_model.ON_LAPTOP)) == "Yes"
    assert not dialog.revoke_button.isEnabled()  # nothing selected
    qtmodeltester.check(model)


def test_revoking_needs_the_organisation_passphrase(
        qtbot: QtBot, ctx: AppContext, dialog: MemberKeysDialog) -> None:
    dialog.table.selectRow(_row_of(dialog, "Martin Jean-Pierre"))
    assert dialog.revoke_button.isEnabled()
    dialog.revoke_button.click()
    asked = _passphrase_dialog()
    type_text(asked.passphrase, "mauvaise phrase")
    with qtbot.waitSignal(asked.failed, timeout=5000):
        asked.ok_button.click()
    assert asked.message_bar.text()
    type_text(asked.passphrase, ORG_PASS)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        asked.ok_button.click()
    model = dialog.model
    status = model.data(model.index(_row_of(dialog, "Martin Jean-Pierre"), member_key_model.STATUS))
    assert status.startswith("Revoked on 22/11/2026 (Key lost")
    assert not dialog.revoke_button.isEnabled()


def test_a_certificate_is_issued_from_a_request_and_saved(
        qtbot: QtBot, ctx: AppContext, dialog: MemberKeysDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    request = personal_keys.create_personal_key(tmp_path / "keys", member_id=BENARD,
                                                name="Bénard Zoé", passphrase="phrase de Zoé",
                                                kdf=TEST_KDF)
    request_file = tmp_path / "zoe.csr"
    request_file.write_text(request, encoding="ascii")
    target = tmp_path / "zoe-certificate.pem"
    proposed: list[str] = []
    monkeypatch.setattr(member_keys_dialog, "ask_save_path",
                        lambda _parent, _title, name, _filters: proposed.append(name) or target)
    monkeypatch.setattr(member_keys_dialog.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args: (str(request_file), "")))
    dialog.issue_button.click()
    asked = _passphrase_dialog()
    assert "zoe.csr" in asked.intro.text()
    type_text(asked.passphrase, ORG_PASS)
    with qtbot.waitSignal(dialog.file_saved, timeout=5000):
        asked.ok_button.click()
    assert proposed == ["zoe-certificate.pem"]
    installed = personal_keys.install_certificate(tmp_path / "keys", target.read_bytes())
    assert installed.member_id == BENARD
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert "zoe-certificate.pem" in dialog.status.text()


def test_the_organisation_certificate_is_exported(
        qtbot: QtBot, ctx: AppContext, dialog: MemberKeysDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "organisation.pem"
    monkeypatch.setattr(member_keys_dialog, "ask_save_path", lambda *_args: target)
    with qtbot.waitSignal(dialog.file_saved, timeout=5000):
        dialog.export_button.click()
    with UnitOfWork(ctx.db) as uow:
        org = keys.organisation_key(uow)
    assert org is not None and target.read_text(encoding="ascii") == org.certificate_pem


def test_every_control_is_named(qtbot: QtBot, dialog: MemberKeysDialog) -> None:
    from tests.gui.test_accessibility import _unnamed

    assert _unnamed(dialog) == []
    dialog.table.selectRow(0)
    dialog.revoke_button.click()
    asked = _passphrase_dialog()
    assert _unnamed(asked) == []
    asked.reject()
