# SPDX-License-Identifier: GPL-3.0-or-later
"""Convening a meeting: notice rules, recipients, PDFs, invitation, log, and e-mail.

E-mails go to a real SMTP server (aiosmtpd) listening on 127.0.0.1, not a mock.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.convocation import Channel, SendingStatus
from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.legal_forms import LegalForm
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.statutes import Convocation
from talagov.services import convocations, meetings
from talagov.services.convocations import MailSettings
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.reports.pdftools import pdf_text
from tests.services.conftest import AddMember, setup_org

NOW = datetime(2026, 5, 2, 10, 0)
AG_ON = date(2026, 6, 30)
SENT = datetime(2026, 6, 10, 9, 0)
SENT_ON = SENT.date()
CONSENT = {"email": "", "consent_date": date(2025, 1, 10)}


@dataclass
class Collector:
    """An SMTP handler keeping every message; refuses the addresses in ``refuse``."""

    messages: list[EmailMessage] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: Any) -> str:  # fmt: skip
        if address in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        self.messages.append(msg)
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Collector, int]]:
    """A real SMTP server on 127.0.0.1 and the collector of what it received."""
    collector = Collector()
    port = _free_port()
    controller = Controller(collector, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield collector, port
    finally:
        controller.stop()


@dataclass(frozen=True)
class World:
    db: Database
    meeting_id: int
    consenting: int
    refusing: int
    postal: int


@pytest.fixture
def world(db: Database, add_member: AddMember) -> World:
    """A SCOP-SA with three voting members and a draft AGO on 30 June 2026."""
    setup_org(db, LegalForm.SCOP_SA)
    consenting = add_member("Lefèvre", first_name="Élodie", shares_count=4,
                            address="4 impasse des Lilas\n69003 Lyon",
                            **{**CONSENT, "email": "elodie@example.org"})  # fmt: skip
    refusing = add_member("Cœur", first_name="Zoé", shares_count=2,
                          **{**CONSENT, "email": "zoe@example.org"})  # fmt: skip
    postal = add_member(
        "Martin",
        first_name="Paul",
        shares_count=1,
        email="paul@example.org",
        address="8 rue Basse\n69002 Lyon",
    )  # no consent recorded
    add_member("Sans Parts", shares_count=0)  # no vote: never convened
    with UnitOfWork(db) as uow:
        meeting_id, _ = meetings.create_meeting(uow, Meeting(
            id=0, title="AG annuelle 2026", type=MeetingType.AGO, on=AG_ON,
            start_time=time(14, 30), end_time=time(17, 0), place="Salle des fêtes, Lyon",
            remote_link="https://visio.example.org/ag"), now=NOW)  # fmt: skip
        for title in ("Approbation des comptes", "Affectation du résultat"):
            meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION, title,
                                              text=f"L'assemblée décide : {title}."), now=NOW)  # fmt: skip
    return World(db, meeting_id, consenting, refusing, postal)


def _convene(w: World, sending: date = SENT_ON, reason: str = "") -> None:
    with UnitOfWork(w.db) as uow:
        convocations.convene(uow, w.meeting_id, sending_date=sending, now=SENT,
                             override_reason=reason)  # fmt: skip


def _meeting(w: World) -> Meeting:
    with UnitOfWork(w.db) as uow:
        return meetings.get_meeting(uow, w.meeting_id)


def _configure(w: World, port: int) -> None:
    with UnitOfWork(w.db) as uow:
        convocations.save_mail_settings(uow, MailSettings(
            host="127.0.0.1", port=port, security="none", sender="ag@fonderie.example"))  # fmt: skip


def _send(w: World, ids: list[int] | None = None) -> convocations.SendReport:
    with UnitOfWork(w.db) as uow:
        report, changes = convocations.send_emails(uow, w.meeting_id, password="", member_ids=ids,
                                                   now=SENT)  # fmt: skip
    assert changes.ids == frozenset({w.meeting_id})
    return report


# -- notice (domain-rules test 17) -------------------------------------------------------


def test_sending_15_days_before_convenes(world: World) -> None:
    _convene(world, date(2026, 6, 15))
    assert _meeting(world).status is MeetingStatus.CONVENED
    assert _meeting(world).notice_override == ""


def test_sending_14_days_before_is_refused_with_the_rule(world: World) -> None:
    with pytest.raises(UserError) as caught:
        _convene(world, date(2026, 6, 16))
    assert caught.value.code == "convocation.notice_too_short"
    assert caught.value.params["required"] == 15 and caught.value.params["actual"] == 14
    assert caught.value.params["source"] == "C. com. R225-69"
    assert _meeting(world).status is MeetingStatus.DRAFT


def test_a_late_convocation_with_a_reason_is_accepted_and_the_reason_kept(world: World) -> None:
    _convene(world, date(2026, 6, 20), reason="  Tous les associés ont renoncé au délai.  ")
    meeting = _meeting(world)
    assert meeting.status is MeetingStatus.CONVENED
    assert meeting.notice_override == "Tous les associés ont renoncé au délai."


def test_second_convocation_needs_10_days(world: World) -> None:
    with UnitOfWork(world.db) as uow:
        second, _ = meetings.create_meeting(uow, Meeting(
            id=0, title="AG, deuxième convocation", type=MeetingType.AGO, on=date(2026, 7, 20),
            convocation=Convocation.SECOND, previous_id=world.meeting_id), now=NOW)  # fmt: skip
        meetings.add_item(uow, AgendaItem(0, second, 0, ItemKind.RESOLUTION, "Comptes"), now=NOW)
        assert convocations.notice_check(uow, second, sending_date=date(2026, 7, 10)).ok
        assert not convocations.notice_check(uow, second, sending_date=date(2026, 7, 11)).ok
        convocations.convene(uow, second, sending_date=date(2026, 7, 10), now=NOW)
        text = pdf_text(convocations.convocation_pdf(uow, second, world.postal))
    assert "deuxième convocation" in text and "mardi 30 juin 2026" in text


def test_only_a_draft_with_an_agenda_is_convened(world: World) -> None:
    _convene(world)
    with pytest.raises(UserError) as caught:
        _convene(world)
    assert caught.value.code == "meeting.same_status"
    with UnitOfWork(world.db) as uow:
        empty, _ = meetings.create_meeting(uow, Meeting(0, "Vide", MeetingType.AGO, AG_ON), now=NOW)
        with pytest.raises(UserError, match="convocation.empty_agenda"):
            convocations.convene(uow, empty, sending_date=SENT.date(), now=SENT)


# -- recipients, PDFs, invitation ----------------------------------------------------------


def test_recipients_are_the_voters_with_their_channel(world: World) -> None:
    with UnitOfWork(world.db) as uow:
        found = convocations.recipients(uow, world.meeting_id, on=SENT.date())
    by_id = {r.member_id: r for r in found}
    assert set(by_id) == {world.consenting, world.refusing, world.postal}
    assert by_id[world.consenting].channel is Channel.EMAIL
    assert by_id[world.consenting].email == "elodie@example.org"
    assert by_id[world.postal].channel is Channel.POST and not by_id[world.postal].consent
    with UnitOfWork(world.db) as uow:  # consent recorded after the sending date does not count
        early = convocations.recipients(uow, world.meeting_id, on=date(2024, 12, 31))
    assert all(r.channel is Channel.POST for r in early)


def test_convocation_pdf_is_personal_and_deterministic(world: World) -> None:
    with UnitOfWork(world.db) as uow:
        first = convocations.convocation_pdf(uow, world.meeting_id, world.postal)
        again = convocations.convocation_pdf(uow, world.meeting_id, world.postal)
        with pytest.raises(NotFoundError, match="convocation.not_recipient"):
            convocations.convocation_pdf(uow, world.meeting_id, 999)
    assert first == again
    text = pdf_text(first)
    assert "Martin Paul" in text and "8 rue Basse" in text
    assert "Capital au 30/06/2026 : 175,00 €" in text  # 7 shares of 25 €
    assert "Première résolution — Approbation des comptes" in text


def test_postal_pdf_holds_only_the_letters_for_the_post_then_labels(world: World) -> None:
    seen: list[tuple[int, int]] = []
    with UnitOfWork(world.db) as uow:
        data = convocations.postal_pdf(uow, world.meeting_id, on=SENT.date(),
                                       progress=lambda d, t: seen.append((d, t)))  # fmt: skip
        labels = pdf_text(convocations.labels_pdf(uow, world.meeting_id, on=SENT.date()))
    text = pdf_text(data)
    assert "Martin Paul" in text and "Lefèvre" not in text and "Cœur" not in text
    assert seen[-1] == (2, 2)  # one letter, one label
    assert "Martin Paul" in labels and "69002 Lyon" in labels and "Lefèvre" not in labels


def test_ics_invitation(world: World) -> None:
    with UnitOfWork(world.db) as uow:
        first = convocations.ics(uow, world.meeting_id)
        assert convocations.ics(uow, world.meeting_id) == first
    text = first.decode().replace("\r\n ", "")
    assert f"UID:meeting-{world.meeting_id}-" in text
    assert "DTSTART;TZID=Europe/Paris:20260630T143000" in text
    assert "DTEND;TZID=Europe/Paris:20260630T170000" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Paris" in text
    assert "LOCATION:Salle des fêtes\\, Lyon" in text
    assert "URL:https://visio.example.org/ag" in text
    assert "Approbation des comptes" in text


def test_eml_has_the_letter_the_pdf_and_the_invitation(world: World) -> None:
    with UnitOfWork(world.db) as uow:
        raw = convocations.eml(uow, world.meeting_id, world.consenting, now=SENT)
        with pytest.raises(UserError, match="convocation.no_consent"):
            convocations.eml(uow, world.meeting_id, world.postal, now=SENT)
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    assert msg["To"].addresses[0].addr_spec == "elodie@example.org"
    assert msg["Message-ID"].strip().startswith("<") and "AG annuelle 2026" in msg["Subject"]
    _check_attachments(msg)


def _check_attachments(msg: EmailMessage) -> None:
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None and "Ordre du jour" in body.get_content()
    kinds = {part.get_content_type(): part for part in msg.iter_attachments()}
    assert set(kinds) == {"application/pdf", "text/calendar"}
    assert kinds["application/pdf"].get_content().startswith(b"%PDF")
    assert "BEGIN:VCALENDAR" in kinds["text/calendar"].get_content()


# -- the log ---------------------------------------------------------------------------------


def test_record_sending_by_post_and_registered_letter(world: World) -> None:
    with UnitOfWork(world.db) as uow, pytest.raises(UserError, match="convocation.not_convened"):
        convocations.record_sending(uow, world.meeting_id, world.postal,
                                    channel=Channel.POST, evidence="", at=SENT)  # fmt: skip
    _convene(world)
    with UnitOfWork(world.db) as uow:
        with pytest.raises(UserError, match="convocation.evidence_required"):
            convocations.record_sending(uow, world.meeting_id, world.postal,
                                        channel=Channel.REGISTERED, evidence=" ", at=SENT)  # fmt: skip
        with pytest.raises(UserError, match="convocation.no_consent"):
            convocations.record_sending(uow, world.meeting_id, world.postal,
                                        channel=Channel.EMAIL, evidence="<x@y>", at=SENT)  # fmt: skip
        convocations.record_sending(uow, world.meeting_id, world.postal,
                                    channel=Channel.REGISTERED, evidence="1A 234 567 8901 2",
                                    at=SENT)  # fmt: skip
    with UnitOfWork(world.db) as uow:
        log = convocations.sendings(uow, world.meeting_id)
        last = {r.member_id: r.last_sending for r in
                convocations.recipients(uow, world.meeting_id, on=SENT.date())}  # fmt: skip
    assert [(s.channel, s.status, s.evidence, s.address) for s in log] == [
        (Channel.REGISTERED, SendingStatus.SENT, "1A 234 567 8901 2", "8 rue Basse\n69002 Lyon")
    ]
    assert last[world.postal] == log[0] and last[world.consenting] is None


# -- e-mail through a real SMTP server (domain-rules test 18) ---------------------------------


def test_consenting_members_receive_the_mail_with_pdf_and_invitation(
    world: World, smtp: tuple[Collector, int]
) -> None:
    collector, port = smtp
    _convene(world)
    _configure(world, port)
    report = _send(world)
    assert set(report.sent) == {world.consenting, world.refusing} and not report.failed
    assert sorted(m["To"].addresses[0].addr_spec for m in collector.messages) == [
        "elodie@example.org",
        "zoe@example.org",
    ]
    for msg in collector.messages:
        _check_attachments(msg)
    with UnitOfWork(world.db) as uow:
        log = convocations.sendings(uow, world.meeting_id)
    ids = {m["Message-ID"].strip() for m in collector.messages}  # a long one is folded
    assert {s.evidence for s in log} == ids
    assert all(s.status is SendingStatus.SENT and s.channel is Channel.EMAIL for s in log)


def test_a_member_without_consent_is_refused_and_gets_the_post(
    world: World, smtp: tuple[Collector, int]
) -> None:
    collector, port = smtp
    _convene(world)
    _configure(world, port)
    with pytest.raises(UserError) as caught:
        _send(world, [world.consenting, world.postal])
    assert caught.value.code == "convocation.no_consent"
    assert caught.value.params["name"] == "Martin Paul"
    assert collector.messages == []  # refused before anything left
    with UnitOfWork(world.db) as uow:
        assert convocations.sendings(uow, world.meeting_id) == []
        postal = pdf_text(convocations.postal_pdf(uow, world.meeting_id))
    assert "Martin Paul" in postal


def test_a_refused_recipient_is_logged_failed_and_a_retry_succeeds(
    world: World, smtp: tuple[Collector, int]
) -> None:
    collector, port = smtp
    collector.refuse.add("zoe@example.org")
    _convene(world)
    _configure(world, port)
    report = _send(world)
    assert report.sent == (world.consenting,)
    assert [member for member, _ in report.failed] == [world.refusing]
    assert "550" in report.failed[0][1]
    collector.refuse.clear()
    retry = _send(world, [member for member, _ in report.failed])
    assert retry.sent == (world.refusing,) and not retry.failed
    with UnitOfWork(world.db) as uow:
        log = [(s.member_id, s.status) for s in convocations.sendings(uow, world.meeting_id)]
    assert log.count((world.refusing, SendingStatus.FAILED)) == 1
    assert log.count((world.refusing, SendingStatus.SENT)) == 1
    assert len(collector.messages) == 2


def test_sending_needs_a_convened_meeting_and_settings(world: World) -> None:
    with pytest.raises(UserError, match="convocation.not_convened"):
        _send(world)
    _convene(world)
    with pytest.raises(UserError, match="mail.not_configured"):
        _send(world)


def test_an_unreachable_server_sends_and_logs_nothing(world: World) -> None:
    _convene(world)
    _configure(world, _free_port())  # nothing listens there
    with pytest.raises(UserError, match="mail.connection_failed"):
        _send(world)
    with UnitOfWork(world.db) as uow:
        assert convocations.sendings(uow, world.meeting_id) == []


def test_test_email_reaches_the_sender(world: World, smtp: tuple[Collector, int]) -> None:
    collector, port = smtp
    _configure(world, port)
    with UnitOfWork(world.db) as uow:
        convocations.send_test_email(uow, password="", now=SENT)
    assert [m["To"] for m in collector.messages] == ["ag@fonderie.example"]


def test_mail_settings_are_validated_and_kept(world: World) -> None:
    with UnitOfWork(world.db) as uow:
        assert convocations.mail_settings(uow) == MailSettings()
        with pytest.raises(ValidationError) as caught:
            convocations.save_mail_settings(uow, MailSettings(port=0, security="ssl",
                                                              sender="pas une adresse"))  # fmt: skip
        assert {p.code for p in caught.value.problems} == {
            "mail.port_invalid",
            "mail.security_invalid",
            "mail.sender_invalid",
        }
        saved = MailSettings(" smtp.example.org ", 465, "tls", "ag", "ag@example.org")
        convocations.save_mail_settings(uow, saved)
    with UnitOfWork(world.db) as uow:
        assert convocations.mail_settings(uow) == MailSettings(
            "smtp.example.org", 465, "tls", "ag", "ag@example.org"
        )


def test_login_uses_the_password_given_and_a_wrong_one_is_refused(world: World) -> None:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"ag", b"s3cret")
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535

    collector, port = Collector(), _free_port()
    controller = Controller(collector, hostname="127.0.0.1", port=port, authenticator=check,
                            auth_require_tls=False)  # fmt: skip
    controller.start()
    try:
        _convene(world)
        with UnitOfWork(world.db) as uow:
            convocations.save_mail_settings(uow, MailSettings(
                host="127.0.0.1", port=port, security="none", username="ag",
                sender="ag@fonderie.example"))  # fmt: skip
        with UnitOfWork(world.db) as uow, pytest.raises(UserError) as caught:
            convocations.send_emails(uow, world.meeting_id, password="wrong", now=SENT)
        assert caught.value.code == "mail.login_failed"
        assert "wrong" not in str(caught.value)  # the password never reaches a message
        with UnitOfWork(world.db) as uow:
            report, _ = convocations.send_emails(uow, world.meeting_id, password="s3cret", now=SENT)
    finally:
        controller.stop()
    assert len(report.sent) == 2 and len(collector.messages) == 2


def test_the_meetings_documents_travel_with_the_email(
    world: World, smtp: tuple[Collector, int]
) -> None:
    from talagov.core.library import DocumentKind
    from talagov.services import library

    collector, port = smtp
    with UnitOfWork(world.db) as uow:
        doc, _ = library.add_document(uow, b"Rapport de gestion 2025\n", filename="rapport.txt",
                                      title="Rapport de gestion", kind=DocumentKind.REPORT, now=SENT)
        library.attach(uow, world.meeting_id, doc)
    _convene(world)
    _configure(world, port)
    _send(world, [world.consenting])
    (msg,) = collector.messages
    names = {part.get_filename(): part for part in msg.iter_attachments()}
    assert names["rapport.txt"].get_content() == "Rapport de gestion 2025\n"
    with UnitOfWork(world.db) as uow:
        raw = convocations.eml(uow, world.meeting_id, world.consenting, now=SENT)
    assert b"rapport.txt" in raw
