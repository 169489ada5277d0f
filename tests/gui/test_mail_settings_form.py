# SPDX-License-Identifier: GPL-3.0-or-later
"""The e-mail settings: saved in the database without the password; the keyring offered only
when one exists; a test e-mail reaches the sender address through a real SMTP server."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller

from talagov.gui.context import AppContext
from talagov.gui.pages.settings_page import SettingsPage
from talagov.gui.widgets.mail_settings_form import MailSettingsForm
from talagov.services import convocations, secrets
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database


def _form(qtbot, ctx: AppContext) -> MailSettingsForm:  # type: ignore[no-untyped-def]
    form = MailSettingsForm(ctx)
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.loaded, timeout=5000):
        form.refresh()
    return form


def _fill(form: MailSettingsForm, port: int = 2525) -> None:
    form.host.setText("smtp.example.org")
    form.security.setCurrentIndex(form.security.findData("none"))
    form.port.setValue(port)
    form.username.setText("secretariat")
    form.sender_edit.setText("secretariat@example.org")


def test_settings_are_saved_without_the_password(qtbot, ctx: AppContext, db: Database) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    _fill(form)
    form.password.setText("not-stored")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save_button.click()
    with UnitOfWork(db) as uow:
        saved = convocations.mail_settings(uow)
    assert (saved.host, saved.port, saved.security, saved.username, saved.sender) == (
        "smtp.example.org", 2525, "none", "secretariat", "secretariat@example.org")
    assert b"not-stored" not in db.path.read_bytes()
    again = _form(qtbot, ctx)
    assert again.host.text() == "smtp.example.org" and again.port.value() == 2525


def test_security_proposes_its_usual_port(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    form.security.setCurrentIndex(form.security.findData("starttls"))
    form.port.setValue(587)
    form.security.setCurrentIndex(form.security.findData("tls"))
    assert form.port.value() == 465
    form.port.setValue(2465)  # a port of one's own is kept
    form.security.setCurrentIndex(form.security.findData("starttls"))
    assert form.port.value() == 2465


def test_without_a_keyring_the_password_is_asked_each_time(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    form = _form(qtbot, ctx)
    assert form.keyring_button.isHidden()
    assert "asked for at each sending" in form.keyring_note.text()


def test_with_a_keyring_the_password_goes_there(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    vault: dict[tuple[str, str], str] = {}
    monkeypatch.setattr(secrets, "keyring_available", lambda: True)
    monkeypatch.setattr(secrets, "get_password", lambda host, user: vault.get((host, user)))
    monkeypatch.setattr(secrets, "store_password",
                        lambda host, user, password: vault.__setitem__((host, user), password))
    form = _form(qtbot, ctx)
    assert not form.keyring_button.isHidden()
    _fill(form)
    form.password.setText("s3cret")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.keyring_button.click()
    assert vault == {("smtp.example.org", "secretariat"): "s3cret"}
    assert form.password.text() == ""
    assert "saved in the system keyring" in form.keyring_note.text()


class _Inbox:
    def __init__(self) -> None:
        self.recipients: list[str] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.recipients += envelope.rcpt_tos
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def test_a_test_e_mail_reaches_the_sender_address(qtbot, ctx, smtp_server) -> None:  # type: ignore[no-untyped-def]
    inbox, port = smtp_server
    form = _form(qtbot, ctx)
    _fill(form, port)
    form.host.setText("127.0.0.1")
    form.username.clear()
    with qtbot.waitSignal(form.saved, timeout=15000):
        form.test_button.click()
    assert inbox.recipients == ["secretariat@example.org"]
    assert "secretariat@example.org" in form.result.text()


def test_the_settings_page_has_an_e_mail_tab(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.mail_form.loaded, timeout=5000):
        page.refresh()
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "&E-mail" in titles
