# SPDX-License-Identifier: GPL-3.0-or-later
"""The Convocation tab: notice check by sending date, convening (with an override when late),
e-mails received by a real SMTP server for consenting members only, postings and files."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtWidgets import QDialogButtonBox

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.convocation import Channel, SendingStatus
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.gui.context import AppContext
from talagov.gui.meeting.convocation_tab import ConvocationTab
from talagov.services import convocations, meetings, members
from talagov.services.convocations import MailSettings
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.gui.conftest import NOW, TODAY, make_ctx, seed_register

MEETING_DAY = TODAY + timedelta(days=30)
CONSENTING = {"elodie.durand@example.org", "jp.martin@example.org"}


def _give_consent(db: Database) -> None:
    with UnitOfWork(db) as uow:
        for item in members.list_members(uow, TODAY):
            member = members.get_member(uow, item.id)
            if member.email in CONSENTING:
                members.update_member(uow, replace(member, consent_date=date(2025, 1, 1),
                                                   consent_address=member.email), now=NOW)


def _meeting(db: Database) -> int:
    with UnitOfWork(db) as uow:
        meeting_id, _ = meetings.create_meeting(
            uow, Meeting(0, "AG ordinaire 2026", MeetingType.AGO, MEETING_DAY, place="Mairie"),
            now=NOW)
        meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION,
                                          "Approbation des comptes", "L'AG approuve les comptes."),
                          now=NOW)
    return meeting_id


@pytest.fixture
def setup(qtbot, db: Database) -> Iterator[tuple[ConvocationTab, AppContext, int]]:  # type: ignore[no-untyped-def]
    seed_register(db)
    _give_consent(db)
    meeting_id = _meeting(db)
    ctx = make_ctx(db)
    tab = ConvocationTab(ctx)
    tab.files.open_after_save = None
    qtbot.addWidget(tab)
    tab.show()
    ctx.runner.changes_applied.connect(tab.on_changes)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_meeting(meeting_id)
    yield tab, ctx, meeting_id
    ctx.runner.shutdown()


def _meeting_now(db: Database, meeting_id: int) -> Meeting:
    with UnitOfWork(db) as uow:
        return meetings.get_meeting(uow, meeting_id)


def _required_days(tab: ConvocationTab) -> int:
    assert tab.notice.check is not None
    return tab.notice.check.required_days


def test_the_notice_text_follows_the_sending_date(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    tab, _ctx, _id = setup
    required = _required_days(tab)
    assert tab.notice.result.text() == f"{required} days required, 30 days before the meeting: in time."
    assert tab.notice.source.text().startswith("Rule: ") and len(tab.notice.source.text()) > 8
    late = MEETING_DAY - timedelta(days=required - 1)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.notice.set_date(late)
    deadline = (MEETING_DAY - timedelta(days=required)).strftime("%d/%m/%Y")
    assert tab.notice.result.text() == (f"{required} days required, {required - 1} days before "
                                        f"the meeting: too late, send by {deadline}.")
    assert tab.notice.convene_button.isEnabled()
    # Nothing can be sent nor logged before the meeting is convened.
    assert not tab.send_button.isEnabled() and not tab.record_button.isEnabled()


def test_a_late_convene_asks_for_a_reason_and_convenes_with_it(qtbot, setup, db) -> None:  # type: ignore[no-untyped-def]
    tab, _ctx, meeting_id = setup
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.notice.set_date(MEETING_DAY - timedelta(days=3))
    tab.notice.convene_button.click()
    dialog = tab.notice.override_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Source" in dialog.refusal.text()
    with qtbot.waitSignal(dialog.failed, timeout=2000):
        dialog.ok_button.click()  # no reason: refused inline, nothing convened
    assert "Give the reason" in dialog.message_bar.text()
    assert _meeting_now(db, meeting_id).status is MeetingStatus.DRAFT
    dialog.set_reason("Every member waived the notice period in writing")
    with qtbot.waitSignal(tab.notice.convened, timeout=5000), qtbot.waitSignal(tab.loaded, timeout=5000):
        dialog.ok_button.click()
    meeting = _meeting_now(db, meeting_id)
    assert meeting.status is MeetingStatus.CONVENED
    assert meeting.notice_override == "Every member waived the notice period in writing"
    assert "reason for the minutes" in tab.notice.status.text()
    assert not tab.notice.convene_button.isEnabled()


def test_an_in_time_convene_needs_no_reason(qtbot, setup, db) -> None:  # type: ignore[no-untyped-def]
    tab, _ctx, meeting_id = setup
    with qtbot.waitSignal(tab.notice.convened, timeout=5000), qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.notice.convene_button.click()
    assert tab.notice.override_dialog is None
    assert _meeting_now(db, meeting_id).status is MeetingStatus.CONVENED
    assert _meeting_now(db, meeting_id).notice_override == ""


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, tuple[str, ...], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append((envelope.mail_from, tuple(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    inbox, port = _Inbox(), _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def _convene_and_configure(db: Database, meeting_id: int, port: int) -> None:
    with UnitOfWork(db) as uow:
        convocations.convene(uow, meeting_id, sending_date=TODAY, now=NOW)
        convocations.save_mail_settings(uow, MailSettings(host="127.0.0.1", port=port,
                                                          security="none", username="",
                                                          sender="secretariat@example.org"))


def test_e_mails_reach_the_consenting_members_only(qtbot, setup, db, smtp_server) -> None:  # type: ignore[no-untyped-def]
    tab, _ctx, meeting_id = setup
    inbox, port = smtp_server
    _convene_and_configure(db, meeting_id, port)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.refresh()
    by_mail = {r.email for r in tab.recipients.items() if r.channel is Channel.EMAIL}
    assert by_mail == CONSENTING  # Noël has an e-mail address but no recorded consent
    with qtbot.waitSignal(tab.mailer.password_asked, timeout=5000) as asked:
        tab.send_button.click()
    dialog = asked.args[0]
    assert "2 member(s)" in dialog.intro.text()
    dialog.password.setText("secret")
    with qtbot.waitSignal(tab.mailer.reported, timeout=15000) as reported, \
            qtbot.waitSignal(tab.loaded, timeout=15000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    report = reported.args[0]
    assert report.summary.text().startswith("Sent: 2. Failed: 0.")
    assert {rcpt for _from, rcpts, _data in inbox.messages for rcpt in rcpts} == CONSENTING
    statuses = {r.email: r.last_sending.status for r in tab.recipients.items()
                if r.last_sending is not None}
    assert statuses == dict.fromkeys(CONSENTING, SendingStatus.SENT)
    assert tab.log.rowCount() == 2
    report.reject()
    # A second click sends nothing again: everyone convened by e-mail has received it.
    tab.send_button.click()
    assert "has received it" in tab.status_line.text()


def test_a_registered_letter_is_logged_with_its_number(qtbot, setup, db) -> None:  # type: ignore[no-untyped-def]
    tab, _ctx, meeting_id = setup
    with UnitOfWork(db) as uow:
        convocations.convene(uow, meeting_id, sending_date=TODAY, now=NOW)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.refresh()
    post = next(r for r in tab.recipients.items() if r.channel is Channel.POST)
    tab.select_members([post.member_id])
    assert tab.record_button.isEnabled()
    dialog = tab.record_posting()
    assert dialog is not None
    dialog.set_channel(Channel.REGISTERED)
    with qtbot.waitSignal(dialog.failed, timeout=2000):
        dialog.ok_button.click()
    assert "registered letter" in dialog.message_bar.text()
    dialog.evidence.setText("1A 234 567 8901 2")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        dialog.ok_button.click()
    row = tab.recipients.row_of(post.member_id)
    assert row is not None
    last = tab.recipients.item_at(row).last_sending
    assert last is not None and last.channel is Channel.REGISTERED
    assert last.evidence == "1A 234 567 8901 2"
    assert tab.log.rowCount() == 1


def test_documents_are_saved_to_files(qtbot, setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab, _ctx, _id = setup
    postal, ics = tmp_path / "courrier.pdf", tmp_path / "ag.ics"
    for call, target in ((tab.files.save_postal, postal), (tab.files.save_ics, ics)):
        with qtbot.waitSignal(tab.files.saved, timeout=15000):
            call(target)
    assert postal.read_bytes().startswith(b"%PDF")
    assert b"BEGIN:VCALENDAR" in ics.read_bytes()
    chosen = [r for r in tab.recipients.items()][:2]
    tab.select_members([r.member_id for r in chosen])
    assert tab.eml_action.isEnabled() and not tab.member_pdf_action.isEnabled()
    assert [r.channel for r in chosen] == [Channel.EMAIL, Channel.POST]
    with qtbot.waitSignal(tab.files.saved, timeout=15000):
        tab.export_eml(tmp_path)  # only for the member who consented to e-mail
    assert [p.name for p in tmp_path.glob("*.eml")] == [f"convocation-{chosen[0].number}.eml"]
    assert "1 message(s) saved" in tab.status_line.text()
    tab.select_members([chosen[0].member_id])
    letter = tmp_path / "one.pdf"
    with qtbot.waitSignal(tab.files.saved, timeout=15000):
        tab.files.save_member(tab.selected_recipients()[0], letter)
    assert letter.read_bytes().startswith(b"%PDF")


class _PickyInbox(_Inbox):
    """Refuses one address until told otherwise."""

    def __init__(self, refused: str) -> None:
        super().__init__()
        self.refused = refused

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address == self.refused:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_a_failed_e_mail_is_shown_and_retried_alone(qtbot, setup, db) -> None:  # type: ignore[no-untyped-def]
    tab, _ctx, meeting_id = setup
    inbox, port = _PickyInbox("jp.martin@example.org"), _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        _convene_and_configure(db, meeting_id, port)
        with qtbot.waitSignal(tab.loaded, timeout=5000):
            tab.refresh()
        with qtbot.waitSignal(tab.mailer.password_asked, timeout=5000) as asked:
            tab.send_button.click()
        asked.args[0].password.setText("secret")
        with qtbot.waitSignal(tab.mailer.reported, timeout=15000) as reported, \
                qtbot.waitSignal(tab.loaded, timeout=15000):
            asked.args[0].accept()
        report = reported.args[0]
        assert report.summary.text() == "Sent: 1. Failed: 1."
        assert "Mailbox unavailable" in report.failures.item(0).text()
        assert report.failures.item(0).text().startswith("FAILED")
        assert "1 FAILED" in tab.log_label.text()
        assert tab.retry_button.isEnabled()
        inbox.refused = ""
        with qtbot.waitSignal(tab.mailer.reported, timeout=15000), \
                qtbot.waitSignal(tab.loaded, timeout=15000):
            report.retry_button.click()  # no second password prompt
        assert report.summary.text().startswith("Sent: 1. Failed: 0.")
        delivered = [rcpt for _f, rcpts, _d in inbox.messages for rcpt in rcpts]
        assert sorted(delivered) == sorted(CONSENTING)  # the first one was not sent twice
        assert tab.log.rowCount() == 3 and tab.log.failed_count() == 1
        assert not tab.retry_button.isEnabled()
    finally:
        controller.stop()


def test_a_meeting_already_sent_shows_the_date_of_its_first_sending(qtbot, setup, db) -> None:  # type: ignore[no-untyped-def]
    tab, _ctx, meeting_id = setup
    sent_on = MEETING_DAY - timedelta(days=20)
    with UnitOfWork(db) as uow:
        convocations.convene(uow, meeting_id, sending_date=sent_on, now=NOW)
        post = next(r for r in convocations.recipients(uow, meeting_id, on=sent_on)
                    if r.channel is Channel.POST)
        convocations.record_sending(uow, meeting_id, post.member_id, channel=Channel.POST,
                                    evidence="", at=NOW.replace(day=sent_on.day, month=sent_on.month))
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_meeting(meeting_id)
    qtbot.waitUntil(lambda: tab.notice.chosen_date() == sent_on and tab.data is not None
                    and not tab.ctx.runner.busy, timeout=5000)
    assert "20 days before the meeting: in time." in tab.notice.result.text()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.notice.set_date(MEETING_DAY + timedelta(days=1))
    assert "after the meeting" in tab.notice.result.text()
