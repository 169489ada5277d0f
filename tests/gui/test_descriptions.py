# SPDX-License-Identifier: GPL-3.0-or-later
"""Every visible control has an accessible name AND a description, everywhere.

A screen reader says a control's name, its role, then its description: the name says
what it is, the description what it does. Qt falls back from the accessible description
to the tooltip, so a tooltip is a description. Checked: every page of the main window
(and every tab of every meeting of the demo), every step of the booth, the member's
window (the join wizard, each tab, its dialogs), the auditor's window on the demo's
archive (each tab), and every dialog that can be built from the demo. Controls are the
buttons, item views, spin boxes, combo boxes, line and text edits, sliders, and the tabs
of every tab bar (their tooltip). A failure lists each control with its class, object
name, text and parents, so that it can be found.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from talagov.core.keyseal import TEST_KDF
from talagov.gui.booth import state as booth_state
from talagov.gui.booth.booth_window import BoothWindow
from talagov.gui.booth.state import CONFIRM, ENROL, FIND, GATE, POLLS, RECEIPT, REVIEW, UNLOCK
from talagov.gui.context import AppContext
from talagov.gui.main_window import MEETINGS_PAGE, MainWindow
from talagov.gui.meeting.workspace import MINUTES_TAB
from talagov.gui.member import enrol_dialog
from tests.gui.a11y_tools import SEEN, missing_descriptions, report, settler, tour
from tests.gui.booth.conftest import assembly, booth  # noqa: F401  (fixtures)
from tests.gui.conftest import make_ctx, type_text
from tests.gui.member.conftest import home, make_window, org  # noqa: F401  (fixtures)

#: Set to a path to get the list of problems written there as well (for the helpers
#: adding tooltips: one line per control).
REPORT = os.environ.get("TALAGOV_DESCRIPTIONS_REPORT", "")


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys made in the booth and the member's window derive their seal quickly."""
    monkeypatch.setattr(booth_state, "ENROL_KDF", TEST_KDF)
    monkeypatch.setattr(enrol_dialog, "KDF", TEST_KDF)
    SEEN.update(controls=0, tabs=0)  # counted per test




def check(problems: dict[str, list[str]], name: str) -> None:
    """Print the list (and write it to ``REPORT``), then fail if anything is missing."""
    text = report(problems) + (f"\n({SEEN['controls']} controls and {SEEN['tabs']} tabs looked at, "
                               "counting each time a screen was shown)")
    if REPORT:
        with open(REPORT, "a", encoding="utf-8") as out:
            out.write(f"##### {name}\n{text}\n")
    print(text)
    count = sum(len(v) for v in problems.values())
    assert count == 0, f"{count} control(s) without a name or a description:\n{text}"


def scan(root: QWidget, settle: Callable[[], None]) -> list[str]:
    """Problems of ``root`` with each of its tabs shown in turn."""
    return tour(root, missing_descriptions, settle)


# -- the main window ---------------------------------------------------------------


def test_every_page_and_meeting_tab_is_described(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from talagov.gui import settings

    settings.put(settings.LAST_PAGE, 0)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle = settler(qtbot, demo_ctx)
    problems: dict[str, list[str]] = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        settle()
        title = window.sidebar.item(row).text()
        problems[title] = scan(window, settle)
        if row != MEETINGS_PAGE:
            continue
        page = window.meetings_page
        for meeting_row in range(page.model.rowCount()):
            item = page.model.item_at(meeting_row)
            page.select_meeting(item.id)
            settle()
            problems[f"{title} / {item.title}"] = [
                p for p in scan(window, settle) if p not in problems[title]]
            minutes = page.workspace.minutes
            if minutes.view is not None:  # every section of the minutes in turn
                page.workspace.tabs.setCurrentIndex(MINUTES_TAB)
                settle()
                found: list[str] = []
                for section in range(minutes.sections.list.count()):
                    minutes.sections.list.setCurrentRow(section)
                    settle()
                    found += [p for p in missing_descriptions(window) if p not in found]
                problems[f"{title} / {item.title} / minutes sections"] = found
    check(problems, "main window")
    window.close()


# -- the dialogs -------------------------------------------------------------------


def _secretary_dialogs(ctx: AppContext, window: QWidget, tmp: Path) -> dict[str, Callable[[], QWidget]]:
    """Every dialog of the secretary's TalaGov, built on the demo's data."""
    from talagov.core.agenda import ItemKind
    from talagov.core.shares import MovementKind
    from talagov.gui.dialogs.agenda_item_dialog import AgendaItemDialog
    from talagov.gui.dialogs.amendment_dialog import AmendmentDialog
    from talagov.gui.dialogs.application_dialog import ApplicationDialog
    from talagov.gui.dialogs.attach_document_dialog import AttachDocumentDialog
    from talagov.gui.dialogs.body_dialog import BodyDialog
    from talagov.gui.dialogs.bureau_dialog import BureauDialog
    from talagov.gui.dialogs.correspondence_dialog import CorrespondenceDialog
    from talagov.gui.dialogs.csv_import_dialog import MEMBERS, CsvImportDialog
    from talagov.gui.dialogs.decision_dialog import DecisionDialog
    from talagov.gui.dialogs.document_dialog import DocumentDialog
    from talagov.gui.dialogs.edit_member_dialog import EditMemberDialog
    from talagov.gui.dialogs.election_proposals_dialog import ElectionProposalsDialog
    from talagov.gui.dialogs.end_mandate_dialog import EndMandateDialog
    from talagov.gui.dialogs.exit_member_dialog import ExitMemberDialog
    from talagov.gui.dialogs.hand_count_dialog import HandCountDialog
    from talagov.gui.dialogs.handover_dialog import HandoverDialog
    from talagov.gui.dialogs.mandate_dialog import MandateDialog
    from talagov.gui.dialogs.meeting_dialog import MeetingDialog
    from talagov.gui.dialogs.member_keys_dialog import MemberKeysDialog
    from talagov.gui.dialogs.org_key_dialog import OrgKeyDialog
    from talagov.gui.dialogs.override_dialog import OverrideDialog
    from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
    from talagov.gui.dialogs.password_dialog import PasswordDialog
    from talagov.gui.dialogs.personal_key_dialog import PersonalKeyDialog
    from talagov.gui.dialogs.poll_options_dialog import PollOptionsDialog
    from talagov.gui.dialogs.proxy_dialog import ProxyDialog
    from talagov.gui.dialogs.record_sending_dialog import RecordSendingDialog
    from talagov.gui.dialogs.send_report_dialog import SendReportDialog
    from talagov.gui.dialogs.share_movement_dialog import ShareMovementDialog
    from talagov.gui.dialogs.signature_dialog import SignatureDialog
    from talagov.gui.meeting.archive_export import ExportDialog
    from talagov.gui.meeting.session_data import load_session
    from talagov.gui.meeting.session_records import RecordQuorumDialog
    from talagov.gui.meeting.session_second_dialog import SecondConvocationDialog
    from talagov.gui.widgets.sync_refuse_dialog import RefuseRequestDialog
    from talagov.services import applications, mandates, meetings, members, organisation, polls
    from talagov.services.sync_requests import RequestLine
    from talagov.services.uow import UnitOfWork
    from tests.gui.conftest import TODAY

    upcoming = 2  # the demo's draft AG, with its prepared polls
    with UnitOfWork(ctx.db) as uow:
        meeting = meetings.get_meeting(uow, upcoming)
        at = datetime.combine(meeting.on, time(10))
        data = load_session(uow, upcoming, at)
        poll = polls.list_polls(uow, upcoming)[0]
        member = members.list_members(uow, TODAY)[0]
        mandate = next(m for m in mandates.list_mandates(uow) if m.end is None)
        application = applications.list_applications(uow)[0]
        categories = organisation.categories(uow)
    clock = lambda: at  # noqa: E731
    csv = tmp / "membres.csv"
    csv.write_text("name;first_name;admission_date;email\r\nŒuvray;Hélène;15/03/2024;h@example.org\r\n",
                   encoding="cp1252")
    request = RequestLine(1, member.id, member.display_name, member.display_name, "ab" * 32,
                          "abab " * 16, at, "install-1", "pending", None, "")

    def task_of(passphrase: str) -> Callable[[Any], object]:
        return lambda uow: None

    found = {
        "EditMemberDialog (new)": lambda: EditMemberDialog(ctx, None, window),
        "EditMemberDialog (edit)": lambda: EditMemberDialog(ctx, member.id, window),
        "ExitMemberDialog": lambda: ExitMemberDialog(ctx, member, window),
        "ShareMovementDialog (subscription)": lambda: ShareMovementDialog(
            ctx, MovementKind.SUBSCRIPTION, window),
        "ShareMovementDialog (transfer)": lambda: ShareMovementDialog(ctx, MovementKind.TRANSFER, window),
        "BodyDialog": lambda: BodyDialog(ctx, window),
        "MandateDialog": lambda: MandateDialog(ctx, None, window),
        "EndMandateDialog": lambda: EndMandateDialog(ctx, mandate, window),
        "HandoverDialog": lambda: HandoverDialog(ctx, mandate, window),
        "ApplicationDialog": lambda: ApplicationDialog(ctx, application, categories, window),
        "DecisionDialog": lambda: DecisionDialog(ctx, application, window),
        "MeetingDialog (new)": lambda: MeetingDialog(ctx, None, window),
        "MeetingDialog (edit)": lambda: MeetingDialog(ctx, upcoming, window),
        "AgendaItemDialog (resolution)": lambda: AgendaItemDialog(
            ctx, meeting, ItemKind.RESOLUTION, None, window),
        "AgendaItemDialog (election)": lambda: AgendaItemDialog(
            ctx, meeting, ItemKind.ELECTION, None, window),
        "ElectionProposalsDialog": lambda: ElectionProposalsDialog(ctx, meeting, window),
        "AmendmentDialog": lambda: AmendmentDialog("Add the item.", window),
        "DocumentDialog (new)": lambda: DocumentDialog(ctx, path=csv, meeting_id=upcoming,
                                                       items=meeting_items(ctx, upcoming),
                                                       parent=window),
        "AttachDocumentDialog": lambda: AttachDocumentDialog(ctx, upcoming,
                                                             meeting_items(ctx, upcoming), None,
                                                             window),
        "OverrideDialog": lambda: OverrideDialog(ctx, upcoming, meeting.on, "Too late.", window),
        "RecordSendingDialog": lambda: RecordSendingDialog(ctx, upcoming, member.id,
                                                           member.display_name, window),
        "PasswordDialog": lambda: PasswordDialog("smtp.example.org", "secretariat",
                                                 keyring_available=True, has_saved=True,
                                                 parent=window),
        "SendReportDialog": lambda: SendReportDialog(window),
        "BureauDialog": lambda: BureauDialog(ctx, data, window),
        "ProxyDialog": lambda: ProxyDialog(ctx, data, clock, None, window),
        "CorrespondenceDialog": lambda: CorrespondenceDialog(ctx, data, clock, None, window),
        "RecordQuorumDialog": lambda: RecordQuorumDialog(ctx, data, clock, window),
        "SecondConvocationDialog": lambda: SecondConvocationDialog(ctx, meeting, clock, window),
        "SignatureDialog": lambda: SignatureDialog(ctx, upcoming, member.id, member.display_name,
                                                   clock, window),
        "PollOptionsDialog": lambda: PollOptionsDialog(ctx, poll, window),
        "HandCountDialog": lambda: HandCountDialog(ctx, poll, clock, parent=window),
        "PassphraseDialog": lambda: PassphraseDialog(ctx, "Unlock", "Type the passphrase.",
                                                     task_of, action="Unlock", parent=window),
        "ExportDialog": lambda: ExportDialog(ctx, meeting.title, tmp / "ag.zip", task_of, window),
        "MemberKeysDialog": lambda: MemberKeysDialog(ctx, clock, parent=window),
        "OrgKeyDialog": lambda: OrgKeyDialog(ctx, clock, kdf=TEST_KDF, parent=window),
        "PersonalKeyDialog": lambda: PersonalKeyDialog(ctx, tmp / "keystore", window),
        "CsvImportDialog": lambda: CsvImportDialog(ctx, MEMBERS, csv, window),
        "RefuseRequestDialog": lambda: RefuseRequestDialog(ctx, request, clock, window),
    }
    return found


def meeting_items(ctx: AppContext, meeting_id: int) -> list[Any]:
    """The agenda of ``meeting_id``."""
    from talagov.services import agenda
    from talagov.services.uow import UnitOfWork

    with UnitOfWork(ctx.db) as uow:
        return agenda.agenda(uow, meeting_id)


def _scan_dialog(qtbot: QtBot, dialog: QWidget, settle: Callable[[], None]) -> list[str]:
    dialog.show()
    settle()
    found = scan(dialog, settle)
    stack = dialog.findChild(QStackedWidget)  # a dialog in steps: every step
    if stack is not None and stack.count() > 1:
        before = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            settle()
            found += [p for p in scan(dialog, settle) if p not in found]
        stack.setCurrentIndex(before)
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.close()
    return found


def test_every_dialog_is_described(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    settle = settler(qtbot, demo_ctx)
    settle()
    problems: dict[str, list[str]] = {}
    for name, build in _secretary_dialogs(demo_ctx, window, tmp_path).items():
        try:
            dialog = build()
        except Exception as exc:  # a builder out of date is a failure of this test too
            problems[name] = [f"could not be built: {exc!r}"]
            continue
        problems[name] = _scan_dialog(qtbot, dialog, settle)
    # The signatories of the minutes: from the minutes tab of the past AG.
    from talagov.gui.meeting.minutes_signatures import SignatoriesDialog

    window.sidebar.setCurrentRow(MEETINGS_PAGE)
    settle()
    page = window.meetings_page
    page.select_meeting(1)
    settle()
    page.workspace.tabs.setCurrentIndex(MINUTES_TAB)
    qtbot.waitUntil(lambda: page.workspace.minutes.view is not None, timeout=10_000)
    view = page.workspace.minutes.view
    problems["SignatoriesDialog"] = _scan_dialog(
        qtbot, SignatoriesDialog(demo_ctx, view, datetime.now, window), settle)
    check(problems, "dialogs")
    window.close()


def test_the_setup_dialog_is_described(qtbot: QtBot, db: Any) -> None:
    from talagov.gui.dialogs.setup_dialog import SetupDialog

    ctx = make_ctx(db)
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    problems = {"SetupDialog": _scan_dialog(qtbot, dialog, settler(qtbot, ctx))}
    ctx.runner.shutdown()
    check(problems, "setup")


# -- the booth ---------------------------------------------------------------------


def test_every_step_of_the_booth_is_described(qtbot: QtBot, booth: BoothWindow) -> None:  # noqa: F811
    from talagov.core.polls import FOR
    from tests.gui.booth.assembly import MEMBER_PASS
    from tests.gui.booth.test_booth_window import find_and_unlock, press, tick

    settle = settler(qtbot)
    problems: dict[str, list[str]] = {}

    def look(step: str) -> None:
        settle()
        problems[step] = missing_descriptions(booth)

    assert booth.step == FIND
    type_text(booth.finder.filter, "martin")  # the field's clear button shows
    look("find")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == ENROL
    look("enrol")
    press(qtbot, booth, Qt.Key.Key_Escape)
    find_and_unlock(qtbot, booth, "durand", "wrong passphrase")
    assert booth.step == UNLOCK
    look("unlock (with an error)")
    type_text(booth.unlock.passphrase, MEMBER_PASS)
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == POLLS
    look("resolution")
    tick(qtbot, booth, FOR)
    look("election")
    widget = booth.polls.widget
    assert widget is not None
    from talagov.core.polls import AGAINST, BLANK, candidate_choice
    from tests.gui.booth.assembly import BENARD

    tick(qtbot, booth, candidate_choice(BENARD))
    tick(qtbot, booth, AGAINST)
    tick(qtbot, booth, BLANK)
    assert booth.step == REVIEW
    look("review")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == CONFIRM
    look("confirm")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == RECEIPT
    look("receipt")
    booth.ask_to_close()
    assert booth.step == GATE
    look("leaving (secretary's passphrase)")
    check(problems, "booth")


# -- the member's window -----------------------------------------------------------


def test_the_member_window_and_its_dialogs_are_described(
        qtbot: QtBot, make_window: Any, org: Any, home: Path) -> None:  # noqa: F811
    from talagov.gui.member.cooperative_view import MEETINGS_TAB
    from tests.gui.member.test_member_window import _issued

    settle = settler(qtbot)
    problems: dict[str, list[str]] = {}
    fresh = make_window()  # not joined yet: the wizard
    qtbot.waitUntil(lambda: fresh.page != 0, timeout=10_000)
    settle()
    problems["join wizard"] = scan(fresh, settle)
    stack = fresh.wizard.stack
    for index in range(stack.count()):
        stack.setCurrentIndex(index)
        settle()
        problems[f"join wizard step {index}"] = [
            p for p in missing_descriptions(fresh) if p not in problems["join wizard"]]
    fresh.close()

    window = _issued(qtbot, make_window, org, home)
    problems["member window"] = scan(window, settle)
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    for name in ("ago", "age"):
        window.meetings.select_meeting(org.meetings[name])
        settle()
        problems[f"member window / meeting {name}"] = [
            p for p in missing_descriptions(window) if p not in problems["member window"]]
    dialogs: dict[str, Callable[[], QWidget | None]] = {
        "GiveProxyDialog": lambda: window.give_proxy(org.meetings["age"]),
        "EnrolDialog": lambda: window.enrol(True),
        "VotingPackageDialog": lambda: window.vote(org.meetings["ago"]),
    }
    for name, build in dialogs.items():
        dialog = build()
        if dialog is None:
            problems[name] = ["could not be opened"]
            continue
        qtbot.waitUntil(lambda d=dialog: not getattr(d, "busy", False), timeout=10_000)
        problems[name] = _scan_dialog(qtbot, dialog, settle)
    check(problems, "member window")


# -- the auditor's window ----------------------------------------------------------


def test_the_auditor_window_on_the_demo_archive_is_described(
        qtbot: QtBot, demo_ctx: AppContext) -> None:
    from talagov.gui.auditor.auditor_window import AuditorWindow
    from talagov.services.demo.archive import export_past_assembly

    exported = export_past_assembly(demo_ctx.db)
    assert exported is not None
    auditor = AuditorWindow("fr", None)
    auditor.open_external = None
    qtbot.addWidget(auditor)
    auditor.show()
    auditor.open_archive(exported.path)
    qtbot.waitUntil(lambda: auditor.opened is not None, timeout=60_000)
    settle = settler(qtbot)
    problems = {"auditor window": scan(auditor, settle)}
    browse = auditor.browse
    polls = getattr(browse, "polls", None)
    if polls is not None and hasattr(polls, "list"):  # every poll of the archive
        for row in range(polls.list.count()):
            polls.list.setCurrentRow(row)
            auditor.tabs.setCurrentIndex(auditor.tabs.indexOf(polls))
            settle()
            problems[f"auditor window / poll {row + 1}"] = [
                p for p in missing_descriptions(auditor) if p not in problems["auditor window"]]
    check(problems, "auditor window")
    auditor.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


def test_the_check_finds_a_control_without_a_description(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare = QPushButton("Go", root)
    described = QPushButton("Save", root)
    described.setToolTip("Save the member.")
    tabs = QTabWidget(root)
    tabs.addTab(QWidget(), "First")
    layout.addWidget(bare)
    layout.addWidget(described)
    layout.addWidget(tabs)
    root.show()
    found = missing_descriptions(root)
    assert any("no description: QPushButton" in p and "'Go'" in p for p in found)
    assert not any("'Save'" in p for p in found)
    assert any("tab 'First' (setTabToolTip)" in p for p in found)
    tabs.setTabToolTip(0, "The first things.")
    bare.setAccessibleDescription("Go on.")
    assert missing_descriptions(root) == []
