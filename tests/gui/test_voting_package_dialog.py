# SPDX-License-Identifier: GPL-3.0-or-later
"""A member votes at home: their own TalaGov (a second data directory, its own keystore)
creates their key, installs the certificate the secretary sent back, opens the voting
package, and writes ballot files that the secretary's TalaGov imports and counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from talagov.core.keyseal import TEST_KDF
from talagov.core.polls import FOR, candidate_choice
from talagov.gui.context import AppContext
from talagov.gui.dialogs import personal_key_dialog
from talagov.gui.dialogs.personal_key_dialog import create_my_key, install_my_certificate
from talagov.gui.dialogs.voting_package_dialog import (
    FINGERPRINT,
    POLLS,
    REVIEW,
    SAVED,
    UNLOCK,
    VotingPackageDialog,
    open_voting_package,
)
from talagov.services import ballots, keys, personal_keys, voting_package
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database
from tests.gui.booth.assembly import (
    BENARD,
    DURAND,
    MARTIN,
    ORG_PASS,
    VOTING,
    Assembly,
    make_assembly,
)
from tests.gui.conftest import make_ctx, type_text

MY_PASS = "ma phrase à moi"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """The member's own TalaGov: another data directory, with nothing of the cooperative."""
    monkeypatch.setattr(personal_key_dialog, "KDF", TEST_KDF)
    db = open_database(tmp_path / "home" / "talagov.sqlite")
    context = make_ctx(db)
    yield context
    context.runner.shutdown()
    db.close()


def _enter(qtbot: QtBot, dialog: VotingPackageDialog) -> None:
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_ballot_files_written_at_home_are_counted_by_the_secretary(
        qtbot: QtBot, ctx: AppContext, home: AppContext, tmp_path: Path) -> None:
    assembly: Assembly = make_assembly(ctx.db)
    keystore = tmp_path / "home" / "keys"
    parent = QWidget()
    qtbot.addWidget(parent)

    # At home: create the key; the request goes to the secretary.
    dialog = create_my_key(parent, home, keystore)
    dialog.member_id.setValue(BENARD)
    type_text(dialog.name, "Bénard Zoé")
    type_text(dialog.first, MY_PASS)
    type_text(dialog.second, MY_PASS)
    request = tmp_path / "demande.pem"
    dialog.ask_path = lambda _member_id: request
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.isVisible(), timeout=10_000)
    assert str(request) in dialog.outcome.text() and request.read_bytes().startswith(b"-----")
    assert [k.member_id for k in personal_keys.personal_keys(keystore)] == [BENARD]

    # The secretary issues the certificate and exports the voting package.
    with UnitOfWork(ctx.db) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        pem, _ = keys.issue_from_request(uow, request.read_bytes(), org_key=org_key,
                                         now=VOTING - timedelta(minutes=5))
        package = voting_package.export_package(uow, assembly.meeting_id, BENARD,
                                                org_key=org_key, now=VOTING)
        readable = keys.organisation_key(uow).readable  # type: ignore[union-attr]
    certificate = tmp_path / "certificat.pem"
    certificate.write_text(pem, encoding="ascii")
    package_file = tmp_path / "paquet-de-vote.json"
    package_file.write_bytes(package)

    # At home: install the certificate, open the package.
    installed: list[personal_keys.PersonalKey] = []
    install_my_certificate(parent, home, certificate, keystore, on_done=installed.append)
    qtbot.waitUntil(lambda: bool(installed), timeout=10_000)
    assert installed[0].member_id == BENARD and installed[0].certificate is not None
    open_voting_package(parent, home, package_file, keystore)
    qtbot.waitUntil(lambda: parent.findChild(VotingPackageDialog) is not None, timeout=10_000)
    vote = parent.findChild(VotingPackageDialog)
    assert isinstance(vote, VotingPackageDialog)
    vote.clock = lambda: VOTING + timedelta(minutes=1)
    assert vote.step == FINGERPRINT and vote.fingerprint.fingerprint.text() == readable
    assert vote.fingerprint.fingerprint.font().pointSizeF() > vote.font().pointSizeF() * 1.5
    _enter(qtbot, vote)  # "It matches" not ticked yet
    assert vote.step == FINGERPRINT and vote.fingerprint.error.isVisible()
    QTest.keyClick(vote.fingerprint.matches, Qt.Key.Key_Space)
    _enter(qtbot, vote)
    assert vote.step == UNLOCK and vote.unlock.keys.currentData() == BENARD
    type_text(vote.unlock.passphrase, "pas la bonne phrase")
    _enter(qtbot, vote)
    assert vote.step == UNLOCK and vote.unlock.error.isVisible()
    type_text(vote.unlock.passphrase, MY_PASS)
    _enter(qtbot, vote)
    assert vote.step == POLLS
    for choice in (FOR, candidate_choice(MARTIN)):
        widget = vote.polls.widget
        assert widget is not None
        widget.buttons[choice].setFocus()
        QTest.keyClick(widget.buttons[choice], Qt.Key.Key_Space)
        _enter(qtbot, vote)
    assert vote.step == REVIEW and len(vote.review.lines) == 2
    folder = tmp_path / "bulletins"
    vote.ask_folder = lambda: folder
    _enter(qtbot, vote)
    assert vote.step == SAVED and len(vote.written) == 2
    assert sorted(p.parent for p in vote.written) == [folder, folder]
    assert len(vote.receipt.views) == 2 and vote._key is None
    # The election is secret: its choice is not reproduced on the receipt, as in the booth.
    assert [v.choices for v in vote.receipt.views] == ["For", "not reproduced (secret ballot)"]

    # The secretary imports the files: both are counted.
    with UnitOfWork(ctx.db) as uow:
        outcomes = [ballots.import_ballot_file(uow, path.read_bytes(), origin=path.name,
                                               now=VOTING + timedelta(minutes=2))[0]
                    for path in vote.written]
    assert [o.status for o in outcomes] == ["counted", "counted"]
    _enter(qtbot, vote)  # a stray Enter keeps the fingerprints on screen
    assert vote.step == SAVED
    vote.receipt.done_button.setFocus()
    _enter(qtbot, vote)  # Done
    qtbot.waitUntil(lambda: not vote.isVisible())


def test_creating_my_key_checks_the_form_and_replaces_a_key_only_when_asked(
        qtbot: QtBot, home: AppContext, tmp_path: Path) -> None:
    keystore = tmp_path / "home" / "keys"
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = create_my_key(parent, home, keystore)
    asked: list[int] = []
    dialog.ask_path = lambda member_id: asked.append(member_id) or tmp_path / "demande.pem"
    dialog.ok_button.click()
    assert dialog.error.text() == "Type your member id, as printed on your convocation."
    dialog.member_id.setValue(BENARD)
    type_text(dialog.name, "Bénard Zoé")
    type_text(dialog.first, "court")
    type_text(dialog.second, "court")
    dialog.ok_button.click()
    assert "too short" in dialog.error.text() and dialog.first.text() == ""
    type_text(dialog.first, MY_PASS)
    type_text(dialog.second, MY_PASS + "!")
    dialog.ok_button.click()
    assert "differ" in dialog.error.text() and asked == [] and not keystore.exists()
    type_text(dialog.first, MY_PASS)
    type_text(dialog.second, MY_PASS)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.isVisible(), timeout=10_000)
    first_key = personal_keys.key_path(keystore, BENARD).read_bytes()

    again = create_my_key(parent, home, keystore)
    again.ask_path = lambda _member_id: tmp_path / "autre-demande.pem"
    again.confirm_replace = lambda: False
    again.member_id.setValue(BENARD)
    type_text(again.name, "Bénard Zoé")
    type_text(again.first, MY_PASS)
    type_text(again.second, MY_PASS)
    again.ok_button.click()  # the member keeps the key already here
    assert not (tmp_path / "autre-demande.pem").exists() and not again.outcome.isVisible()
    again.confirm_replace = lambda: True
    type_text(again.first, MY_PASS)
    type_text(again.second, MY_PASS)
    again.ok_button.click()
    qtbot.waitUntil(lambda: again.outcome.isVisible(), timeout=10_000)
    assert personal_keys.key_path(keystore, BENARD).read_bytes() != first_key


def test_an_altered_package_is_refused_before_anything_is_shown(
        qtbot: QtBot, ctx: AppContext, home: AppContext, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from talagov.messages import render_error

    assembly = make_assembly(ctx.db)
    with UnitOfWork(ctx.db) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        package = voting_package.export_package(uow, assembly.meeting_id, DURAND,
                                                org_key=org_key, now=VOTING)
    altered = tmp_path / "paquet.json"
    altered.write_bytes(package.replace("Assemblée générale 2026".encode(), b"AG pirate"))
    parent = QWidget()
    qtbot.addWidget(parent)
    open_voting_package(parent, home, altered, tmp_path / "keys")
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
             and w.isVisible()]
    assert boxes[0].text() == render_error("package.bad_signature", {}, "fr")
    assert parent.findChild(VotingPackageDialog) is None
    for box in boxes:
        box.close()
