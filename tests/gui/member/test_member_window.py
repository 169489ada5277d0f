# SPDX-License-Identifier: GPL-3.0-or-later
"""The member's window on the cooperative's folder: the key made and requested, the
certificate picked up, the vote written into the folder and counted by the secretary,
a proxy, a package signed by another key refused in red, documents checked before they
open, archives listed and opened in auditor mode."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from talagov.core import ballots, certificates
from talagov.core.canonical import readable_fingerprint, sha256_hex
from talagov.core.keyseal import TEST_KDF
from talagov.core.meeting_package import package_file, parse_package
from talagov.core.polls import FOR
from talagov.core.signing import new_private_key
from talagov.core.sync_envelope import peek
from talagov.core.sync_format import (
    ARCHIVES_DIR,
    DOCUMENTS_DIR,
    MAX_PACKAGE,
    MEETINGS_DIR,
    PACKAGE_FORMAT,
    archive_name,
    package_name,
)
from talagov.core.sync_request import key_fingerprint, parse_request
from talagov.gui.dialogs.voting_package_dialog import (
    POLLS,
    REVIEW,
    SAVED,
    UNLOCK,
    VotingPackageDialog,
)
from talagov.gui.member.cooperative_view import ARCHIVES_TAB, MEETINGS_TAB
from talagov.gui.member.enrol_dialog import EnrolDialog
from talagov.gui.member.give_proxy_dialog import GiveProxyDialog
from talagov.gui.member.member_window import MemberWindow
from talagov.messages import render_error
from talagov.services import member_actions, member_home
from talagov.services.member_folder import CertificateState
from tests.gui.conftest import type_text
from tests.gui.member.conftest import (
    MY_PASS,
    MakeWindow,
    home_time,
    joined_window,
    publish_archive,
    wait_read,
)
from tests.gui.test_accessibility import _unnamed
from tests.sync.installs import DOCUMENT, T0, OrgInstall

SECRETARY = T0 + timedelta(minutes=30)  # the secretary's pass, before the member's clock


def _issued(qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path,
            member: str = "Alice") -> MemberWindow:
    """The window of a member whose certificate the secretary issued and published."""
    window = joined_window(qtbot, make_window, org, home, member)
    member_actions.enrol(home, passphrase=MY_PASS, now=home_time(), kdf=TEST_KDF)
    _secretary_pass(org)
    wait_read(qtbot, window)
    assert window.snapshot is not None
    assert window.snapshot.view.certificate_state is CertificateState.ISSUED
    return window


def _secretary_pass(org: OrgInstall) -> None:
    org.import_folder(SECRETARY)
    org.approve_all(SECRETARY)
    org.publish(SECRETARY + timedelta(minutes=1))


def _state(window: MemberWindow) -> CertificateState | None:
    """The key's state as the panel shows it now (a function: it changes as the folder is read)."""
    return window.key_panel.state


def _key(qtbot: QtBot, widget: object, key: Qt.Key, dialog: VotingPackageDialog) -> None:
    QTest.keyClick(widget, key)  # type: ignore[call-overload]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_the_member_makes_a_key_reads_its_fingerprint_and_gets_the_certificate_by_itself(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = joined_window(qtbot, make_window, org, home)
    panel = window.key_panel
    assert panel.who.text() == "Martin Alice — member 1 of Fonderie du Val"
    assert _state(window) is CertificateState.NONE and panel.enrol_button.isVisible()
    assert not panel.key_print.isVisible()
    meetings = window.meetings
    assert meetings.detail.vote_button.isVisibleTo(meetings)
    assert not meetings.detail.vote_button.isEnabled()
    assert "create your voting key" in meetings.detail.vote_note.text()

    panel.enrol_button.click()
    dialog = window.findChild(EnrolDialog)
    assert isinstance(dialog, EnrolDialog) and not dialog.replace
    type_text(dialog.first, "court")
    type_text(dialog.second, "court")
    dialog.ok_button.click()
    assert "too short" in dialog.error.text() and dialog.first.text() == ""
    type_text(dialog.first, MY_PASS)
    type_text(dialog.second, MY_PASS)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.key_print.isVisible(), timeout=10_000)

    # The request is in the install's own directory; its key is the one shown.
    membership = member_home.load(home)
    requests = list((membership.own_dir / "requests").iterdir())
    assert len(requests) == 1
    request = parse_request(requests[0].read_bytes())
    assert request.member_id == org.members["Alice"]
    assert dialog.fingerprint == key_fingerprint(request)
    shown = readable_fingerprint(key_fingerprint(request))
    assert dialog.key_print.text() == shown
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        dialog.close_button.click()
    qtbot.waitUntil(lambda: window._reading is None, timeout=10_000)
    assert _state(window) is CertificateState.REQUESTED
    assert panel.key_print.isVisible() and panel.key_print.text() == shown
    assert panel.enrol_button.text() == "Create a &new key…"
    assert "issued your certificate" in meetings.detail.vote_note.text()

    # The secretary issues it; the next reading installs it and says until when.
    _secretary_pass(org)
    wait_read(qtbot, window)
    assert _state(window) is CertificateState.ISSUED and not panel.enrol_button.isVisible()
    assert panel.status.text().startswith("Your certificate is issued, valid until ")
    assert panel.key_print.text() == readable_fingerprint(key_fingerprint(request))
    assert meetings.detail.vote_button.isEnabled()


def test_the_member_votes_and_the_secretary_counts_the_ballot_files(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = _issued(qtbot, make_window, org, home)
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    meeting_id = org.meetings["ago"]
    window.meetings.select_meeting(meeting_id)
    detail = window.meetings.detail
    assert detail.title.text() == "AGO 2026"
    assert detail.polls.text().splitlines() == ["Resolution 1: AGO 2026 : résolution 1",
                                                "Resolution 2: AGO 2026 : résolution 2"]
    detail.vote_button.click()
    vote = window.findChild(VotingPackageDialog)
    assert isinstance(vote, VotingPackageDialog)
    qtbot.waitUntil(lambda: vote.step == UNLOCK and not vote.busy, timeout=10_000)
    assert vote.unlock.keys.currentData() == org.members["Alice"]
    type_text(vote.unlock.passphrase, MY_PASS)
    _key(qtbot, vote.unlock.passphrase, Qt.Key.Key_Return, vote)
    assert vote.step == POLLS
    for _ in range(2):
        widget = vote.polls.widget
        assert widget is not None
        widget.buttons[FOR].setFocus()
        QTest.keyClick(widget.buttons[FOR], Qt.Key.Key_Space)
        _key(qtbot, widget.buttons[FOR], Qt.Key.Key_Return, vote)
    assert vote.step == REVIEW
    assert vote.review.confirm_button.text() == "&Sign and send my ballots"
    _key(qtbot, vote.review.confirm_button, Qt.Key.Key_Return, vote)
    assert vote.step == SAVED and len(vote.written) == 2

    # Each ballot is its own file in members/<install>/ballots/, fingerprint on the receipt.
    own = member_home.load(home).own_dir / "ballots"
    assert sorted(p.parent for p in vote.written) == [own, own]
    signed = [ballots.from_file(p.read_bytes()) for p in vote.written]
    assert [v.readable for v in vote.receipt.views] == [
        readable_fingerprint(b.fingerprint, groups=8) for b in signed]
    assert "written into the shared folder" in vote.receipt.intro.text()
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        vote.receipt.done_button.click()
    qtbot.waitUntil(lambda: window._reading is None, timeout=10_000)
    assert "you have voted from this computer" in detail.polls.text()

    report = org.import_folder(SECRETARY + timedelta(hours=2))
    assert report.ballots.get("counted") == 2
    lines = [line for poll in org.polls["ago"] for line in org.ballots(poll)]
    assert sorted(line.fingerprint for line in lines) == sorted(b.fingerprint for b in signed)
    assert [line.verdict.value for line in lines] == ["counted", "counted"]


def test_a_proxy_to_another_member_is_signed_into_the_folder(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = _issued(qtbot, make_window, org, home)
    meeting_id = org.meetings["age"]
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    window.meetings.select_meeting(meeting_id)
    detail = window.meetings.detail
    assert detail.proxy_button.isVisible() and not detail.proxy_note.isVisible()
    detail.proxy_button.click()
    dialog = window.findChild(GiveProxyDialog)
    assert dialog is not None
    holders = [dialog.holder.itemText(i) for i in range(dialog.holder.count())]
    assert holders == ["Dubois Chloé", "Lefèvre Bruno", "Roux Damien"]  # not Alice herself
    dialog.holder.setCurrentIndex(1)
    dialog.ok_button.click()
    assert dialog.error.text() == "Type your passphrase first."
    type_text(dialog.passphrase, "pas la bonne")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == render_error("keys.wrong_passphrase", {}, "fr")
    type_text(dialog.passphrase, MY_PASS)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.isVisible(), timeout=10_000)
    assert dialog.path is not None and dialog.path.parent == \
        member_home.load(home).own_dir / "proxies"
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        dialog.close_button.click()
    qtbot.waitUntil(lambda: window._reading is None, timeout=10_000)
    assert detail.proxy_note.text() == ("You gave your proxy to Lefèvre Bruno.\n"
                                        "The secretary has not registered it (yet).")

    report = org.import_folder(SECRETARY + timedelta(hours=2))
    assert report.proxies == 1 and not report.quarantined
    org.publish(SECRETARY + timedelta(hours=2, minutes=1))  # the package lists it now
    wait_read(qtbot, window)
    assert detail.proxy_note.text() == ("You gave your proxy to Lefèvre Bruno.\n"
                                        "The secretary has registered it.")


def test_a_package_signed_by_another_key_is_refused_in_red(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = joined_window(qtbot, make_window, org, home)
    assert not window.refused.isVisible()
    meeting_id = org.meetings["ago"]
    # Someone with write access to the folder publishes "a newer package" of the AGO,
    # under an organisation key of their own.
    genuine = next((org.folder / MEETINGS_DIR).glob(f"meeting-{meeting_id}-*.json"))
    package = parse_package(peek(genuine.read_bytes(), PACKAGE_FORMAT, limit=MAX_PACKAGE))
    key = new_private_key()
    cert = certificates.organisation_certificate(key, name="Fonderie du Val", now=T0)
    forged = dataclasses.replace(
        package, organisation=certificates.fingerprint(cert),
        organisation_certificate_pem=certificates.to_pem(cert), sequence=99, polls=(),
        title="AGO 2026 — lieu changé", place="Ailleurs")
    data = package_file(forged, key)
    name = package_name(meeting_id, 99, sha256_hex(data)[:16])
    (org.folder / MEETINGS_DIR / name).write_bytes(data)
    wait_read(qtbot, window)

    assert window.refused.isVisible()
    text = window.refused.text()
    assert text.startswith("Warning: 1 file(s) of the shared folder were refused")
    snapshot = window.snapshot
    assert snapshot is not None and [r.reason_code for r in snapshot.view.refused] == [
        "member.foreign_signature"]
    assert render_error("member.foreign_signature", snapshot.view.refused[0].params, "fr") in text
    assert f"{MEETINGS_DIR}/{name}" in text
    assert "#a00000" in window.refused.styleSheet()
    # The genuine package is still the one shown.
    window.meetings.select_meeting(meeting_id)
    assert window.meetings.detail.title.text() == "AGO 2026"


def test_documents_are_checked_before_they_open(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = joined_window(qtbot, make_window, org, home)
    opened: list[Path] = []
    window.open_external = opened.append
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    window.meetings.select_meeting(org.meetings["ago"])
    detail = window.meetings.detail
    texts = [detail.documents.item(r).text() for r in range(detail.documents.count())]
    assert len(texts) == 2 and texts[0].startswith("Convocation")
    assert texts[1].startswith("Rapport de gestion 2025 (")
    detail.documents.setCurrentRow(1)
    detail.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].read_bytes() == DOCUMENT
    # The viewer gets the verified copy in the home, not the folder's file.
    assert opened[0].parent == home / "documents"
    in_folder = org.folder / DOCUMENTS_DIR / opened[0].name
    assert in_folder.read_bytes() == DOCUMENT

    opened[0].unlink()  # no copy yet, and the folder's file altered
    in_folder.write_bytes(DOCUMENT.replace(b"2025", b"2024"))
    detail.open_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
             and w.isVisible()]
    assert boxes[0].text() == render_error("member.document_altered",
                                           {"title": "Rapport de gestion 2025"}, "fr")
    assert len(opened) == 1
    for box in boxes:
        box.close()


def test_archives_are_listed_and_open_in_auditor_mode(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = joined_window(qtbot, make_window, org, home)
    window.tabs.setCurrentIndex(ARCHIVES_TAB)
    panel = window.archives
    assert panel.empty.isVisible() and not panel.open_button.isEnabled()
    meeting_id = org.meetings["ago"]
    forged = b"PK\x05\x06" + bytes(17) + b"\x01"  # dropped by anyone: never listed
    (org.folder / ARCHIVES_DIR).mkdir(parents=True)
    (org.folder / ARCHIVES_DIR / archive_name(meeting_id, sha256_hex(forged)[:16])).write_bytes(forged)
    wait_read(qtbot, window)
    assert panel.list.count() == 0
    data = b"PK\x05\x06" + bytes(18)  # an empty ZIP: enough to be listed
    path = publish_archive(org, data)
    wait_read(qtbot, window)
    assert panel.list.count() == 1
    assert panel.list.item(0).text().splitlines() == ["AGO 2026 — 30/06/2026 14:00", path.name]
    with qtbot.waitSignal(window.archive_opened, timeout=10_000) as opened:
        QTest.keyClick(panel.list, Qt.Key.Key_Return)
    auditor = opened.args[0]
    assert window.auditor_windows == [auditor]
    assert auditor.path == home / "archives" / path.name  # the verified copy
    assert auditor.expected_organisation == window.membership.organisation  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: auditor.opened is None and not auditor.runner.busy, timeout=10_000)
    auditor.close()


def test_an_archive_altered_in_the_folder_is_not_opened(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = joined_window(qtbot, make_window, org, home)
    path = publish_archive(org, b"PK\x05\x06" + bytes(18))
    wait_read(qtbot, window)
    path.write_bytes(b"PK\x05\x06" + bytes(17) + b"\x02")  # swapped after publication
    window.tabs.setCurrentIndex(ARCHIVES_TAB)
    window.archives.open_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
             and w.isVisible()]
    assert boxes[0].text() == render_error("member.archive_altered", {"title": "AGO 2026"}, "fr")
    assert window.auditor_windows == []
    for box in boxes:
        box.close()


def test_every_control_of_the_member_window_is_named(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = _issued(qtbot, make_window, org, home)
    problems = {}
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        missing = _unnamed(window)
        if missing:
            problems[window.tabs.tabText(tab)] = missing
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    proxy = window.give_proxy(org.meetings["ago"])
    enrol = window.enrol(True)
    for name, dialog in (("proxy", proxy), ("enrol", enrol)):
        assert dialog is not None
        if _unnamed(dialog):
            problems[name] = _unnamed(dialog)
        dialog.close()
    assert problems == {}
