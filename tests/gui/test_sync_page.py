# SPDX-License-Identifier: GPL-3.0-or-later
"""The « Shared folder » page on the seeded SCIC in session: choosing the folder, a pass
that asks the organisation's passphrase only to sign (and goes on without it), the
ballots, requests and quarantined files it reads, the decisions on requests, the watcher,
a cancelled pass, and the votes tab that shows the ballots a pass brought."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from talagov.core.ballots import BallotContent, file_name, receipt_time, sign_ballot, to_file
from talagov.core.certificates import certificate_request, request_to_pem
from talagov.core.errors import Cancelled
from talagov.core.polls import FOR
from talagov.core.sync_request import CertificateRequest, request_file
from talagov.core.sync_request import file_name as request_name
from talagov.gui import settings
from talagov.gui.context import AppContext
from talagov.gui.main_window import MEETINGS_PAGE, SYNC_PAGE, MainWindow
from talagov.gui.meeting.workspace import VOTES_TAB
from talagov.gui.models import sync_quarantine_model as quarantine_columns
from talagov.gui.models import sync_request_model as request_columns
from talagov.gui.pages.sync_page import WATCH_FOLDER, SyncPage
from talagov.gui.widgets.sync_requests_group import fingerprint_lines
from talagov.services import keys, sync_folder, sync_requests
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database
from tests.gui.conftest import NOW, seed_register
from tests.gui.meeting.votes_setup import (
    BENARD,
    MARTIN,
    MEMBER_PASS,
    ORG_PASS,
    VOTING,
    VotesMeeting,
    close_widget,
    make_votes_meeting,
)
from tests.gui.test_accessibility import _unnamed

INSTALL = "0123456789abcdef0123456789abcdef"
WAIT = 20_000


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, VotesMeeting]:
    """The seeded SCIC in session with its polls open, built once for the module."""
    path = tmp_path_factory.mktemp("sync-page") / "template.sqlite"
    database = open_database(path)
    seed_register(database)
    votes = make_votes_meeting(database)
    votes.open_all()
    database.close()
    return path, votes


@pytest.fixture
def db(_template: tuple[Path, VotesMeeting], tmp_path: Path) -> Iterator[Database]:
    """A private copy of the template (replaces the empty database of tests/conftest)."""
    target = tmp_path / "test.sqlite"
    shutil.copy(_template[0], target)
    database = open_database(target)
    yield database
    database.close()


@pytest.fixture
def seeded_db(db: Database) -> Database:
    """Already seeded: the template is."""
    return db


@pytest.fixture
def meeting(ctx: AppContext, _template: tuple[Path, VotesMeeting]) -> VotesMeeting:
    return replace(_template[1], db=ctx.db)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    shared.mkdir()
    return shared


def _page(qtbot: QtBot, ctx: AppContext) -> SyncPage:
    page = SyncPage(ctx)
    page.clock = lambda: VOTING
    page.open_folder_with = None
    page.resize(1100, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.refresh()
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, meeting: VotesMeeting) -> Iterator[SyncPage]:
    widget = _page(qtbot, ctx)
    yield widget
    widget.watcher.stop()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=WAIT)
    close_widget(widget)


@pytest.fixture
def chosen(qtbot: QtBot, page: SyncPage, folder: Path) -> SyncPage:
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.choose_folder(folder)
    return page


def _members_dir(folder: Path, name: str) -> Path:
    target = folder / "members" / INSTALL / name
    target.mkdir(parents=True, exist_ok=True)
    return target


def write_ballot(meeting: VotesMeeting, folder: Path, voter: int = MARTIN) -> Path:
    """A ballot as the member's own TalaGov writes it into its directory of the folder."""
    poll_id = meeting.poll_ids()[0]
    view = meeting.poll(poll_id)
    with UnitOfWork(meeting.db) as uow:
        key, cert = keys.unlock_member(uow, voter, MEMBER_PASS, at=VOTING)
    content = BallotContent(
        organisation=view.definition.organisation, meeting_id=meeting.meeting_id,
        poll_id=poll_id, definition_hash=view.definition_hash, voter_id=voter,
        on_behalf_of=voter, choices=(FOR,), nonce="cd" * 16,
        cast_at=receipt_time(VOTING.astimezone()), sequence=1)
    signed = sign_ballot(content, key, cert)
    path = _members_dir(folder, "ballots") / file_name(signed)
    path.write_bytes(to_file(signed))
    return path


def write_request(ctx: AppContext, folder: Path, member: int = BENARD) -> ec.EllipticCurvePrivateKey:
    """A certificate request left by a member's install."""
    with UnitOfWork(ctx.db) as uow:
        view = keys.organisation_key(uow)
    assert view is not None
    key = ec.generate_private_key(ec.SECP256R1())
    request = CertificateRequest(
        organisation=view.fingerprint, install_id=INSTALL, member_id=member, name="Zoé Bénard",
        request_pem=request_to_pem(certificate_request(key, member_id=member, name="Zoé Bénard")),
        made_at=(NOW - timedelta(hours=1)).astimezone().isoformat(timespec="seconds"))
    data = request_file(request)
    (_members_dir(folder, "requests") / request_name(data)).write_bytes(data)
    return key


def synchronise(qtbot: QtBot, page: SyncPage, passphrase: str | None = ORG_PASS) -> None:
    """« Synchronise now », typing the passphrase if asked (``None``: « Not now »)."""
    page.folder_group.sync_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None or not page.passes.running, timeout=WAIT)
    if page.dialog is not None:
        dialog = page.dialog
        if passphrase is None:
            dialog.cancel_button.click()
        else:
            dialog.passphrase.setText(passphrase)
            dialog.ok_button.click()
    qtbot.waitUntil(lambda: not page.passes.running, timeout=WAIT)


# -- the folder ------------------------------------------------------------------------


def test_without_a_folder_the_page_explains_and_offers_to_choose_one(page: SyncPage) -> None:
    g = page.folder_group
    assert "Nextcloud" in g.intro.text() and "USB key" in g.intro.text()
    assert g.path.text() == "" and g.path.placeholderText() == "No folder chosen yet"
    assert g.choose_button.isEnabled()
    assert not g.sync_button.isEnabled() and not g.watch_box.isEnabled()
    assert page.status.text() == "No synchronisation since TalaGov was started."
    assert page.requests.empty.isVisible() and page.quarantine.empty.isVisibleTo(page.quarantine)


def test_the_folder_chosen_is_kept_in_the_database(ctx: AppContext, chosen: SyncPage,
                                                   folder: Path) -> None:
    assert chosen.folder_group.path.text() == str(folder)
    assert chosen.folder_group.sync_button.isEnabled()
    with UnitOfWork(ctx.db) as uow:
        assert sync_folder.sync_folder(uow) == folder


def test_a_missing_folder_is_refused_with_its_reason(qtbot: QtBot, page: SyncPage, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("talagov.gui.errors.show_error", lambda parent, exc: shown.append(exc))
    page.choose_folder(tmp_path / "nowhere")
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert getattr(shown[0], "code", "") == "sync.folder_missing"
    assert page.folder is None


# -- a pass ----------------------------------------------------------------------------


def test_a_pass_asks_the_passphrase_to_sign_then_publishes_and_reads(
        qtbot: QtBot, chosen: SyncPage, folder: Path) -> None:
    chosen.folder_group.sync_button.click()
    qtbot.waitUntil(lambda: chosen.dialog is not None, timeout=WAIT)
    dialog = chosen.dialog
    assert dialog is not None
    assert "meetings: 1" in dialog.intro.text()  # what waits for the signature, said
    dialog.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.ok_button.click()
    assert dialog.isVisible() and dialog.message_bar.text()  # stays open, says why
    dialog.passphrase.setText(ORG_PASS)
    with qtbot.waitSignal(chosen.synchronised, timeout=WAIT):
        dialog.ok_button.click()
    assert list((folder / "organisation" / "meetings").glob("meeting-*.json"))
    text = chosen.status.text()
    assert "Published on 22/11/2026 10:10 — " in text and "meetings: 1" in text
    assert "Ballots: none new." in text
    # Nothing new to sign: the next pass asks nothing.
    synchronise(qtbot, chosen, passphrase=None)
    assert chosen.dialog is None
    assert "nothing: the folder was up to date" in chosen.status.text()


def test_without_the_passphrase_the_pass_publishes_the_rest_and_reads(
        qtbot: QtBot, chosen: SyncPage, meeting: VotesMeeting, folder: Path) -> None:
    write_ballot(meeting, folder)
    synchronise(qtbot, chosen, passphrase=None)
    text = chosen.status.text()
    assert "to sign with the organisation's key (its passphrase was not given)" in text
    assert "certificates: 2" in text  # Durand's and Martin's need no signature
    assert not (folder / "organisation" / "meetings").exists()
    assert "Ballots: 1 counted." in text


def test_ballots_that_arrive_are_counted_and_their_changes_reach_the_views(
        qtbot: QtBot, ctx: AppContext, chosen: SyncPage, meeting: VotesMeeting,
        folder: Path) -> None:
    synchronise(qtbot, chosen)
    write_ballot(meeting, folder)
    applied: list[Changes] = []
    ctx.runner.changes_applied.connect(applied.append)
    synchronise(qtbot, chosen)
    assert "Ballots: 1 counted." in chosen.status.text()
    assert any(c.touches(Aggregate.POLLS) for c in applied)
    # The same file read again is nothing new.
    synchronise(qtbot, chosen)
    assert "Ballots: none new." in chosen.status.text()


def test_a_damaged_file_is_set_aside_with_its_reason_in_words(
        qtbot: QtBot, ctx: AppContext, chosen: SyncPage, meeting: VotesMeeting, folder: Path,
        qtmodeltester: Any) -> None:
    written = write_ballot(meeting, folder)
    # Renamed by hand: its name no longer says which poll it holds.
    path = written.with_name(written.name.replace(f"-{meeting.poll_ids()[0]}-", "-99-"))
    written.rename(path)
    synchronise(qtbot, chosen, passphrase=None)
    qtbot.waitUntil(lambda: chosen.quarantine.model.rowCount() == 1, timeout=WAIT)
    assert "1 new file(s) set aside" in chosen.status.text()
    m = chosen.quarantine.model
    qtmodeltester.check(m)
    assert m.data(m.index(0, quarantine_columns.FILE)) == f"ballots/{path.name}"
    assert m.data(m.index(0, quarantine_columns.FROM)) == "Install 01234567…"
    assert m.data(m.index(0, quarantine_columns.FILE), Qt.ItemDataRole.ToolTipRole) == \
        path.relative_to(folder).as_posix()
    reason = m.data(m.index(0, quarantine_columns.REASON))
    assert reason and not reason.startswith(("ballot.", "sync_import."))  # a sentence, not a code
    assert m.data(m.index(0, quarantine_columns.FIRST_SEEN)) == "22/11/2026 10:10"
    assert chosen.tabs.tabText(1) == "Quarantine (1)"
    chosen.quarantine.table.selectRow(0)
    assert reason in chosen.quarantine.detail.text()
    # Once a request from that install is in, the member it names is shown.
    write_request(ctx, folder)
    synchronise(qtbot, chosen, passphrase=None)
    qtbot.waitUntil(lambda: chosen.requests.model.rowCount() == 1, timeout=WAIT)
    assert m.data(m.index(0, quarantine_columns.FROM)) == chosen.requests.model.item_at(0).member_name


# -- certificate requests --------------------------------------------------------------


def test_a_request_shows_its_fingerprint_and_is_issued_with_the_passphrase(
        qtbot: QtBot, ctx: AppContext, chosen: SyncPage, folder: Path,
        qtmodeltester: Any) -> None:
    write_request(ctx, folder)
    synchronise(qtbot, chosen, passphrase=None)
    qtbot.waitUntil(lambda: chosen.requests.model.rowCount() == 1, timeout=WAIT)
    assert "Certificate requests received: 1" in chosen.status.text()
    assert chosen.tabs.tabText(0) == "Certificate requests (1)"
    m = chosen.requests.model
    qtmodeltester.check(m)
    request = m.item_at(0)
    assert m.data(m.index(0, request_columns.MEMBER)) == request.member_name
    assert m.data(m.index(0, request_columns.NAME)) == "Zoé Bénard"
    assert m.data(m.index(0, request_columns.STATUS)) == "Waiting for a decision"
    # The whole fingerprint, four groups a line, to compare with what the member reads out.
    assert chosen.requests.fingerprint.text() == fingerprint_lines(request.readable)
    assert len(chosen.requests.fingerprint.text().split("\n")) == 4
    dialog = chosen.requests.issue()
    assert dialog is not None and fingerprint_lines(request.readable) in dialog.intro.text()
    dialog.passphrase.setText(ORG_PASS)
    with qtbot.waitSignal(chosen.requests.decided, timeout=WAIT):
        dialog.ok_button.click()
    with qtbot.waitSignal(chosen.loaded, timeout=WAIT):
        chosen.on_changes(Changes.of(Aggregate.SYNC))
    assert chosen.requests.model.rowCount() == 0 and chosen.tabs.tabText(0) == "Certificate requests"
    with UnitOfWork(ctx.db) as uow:
        issued = [k for k in keys.member_keys(uow) if k.member_id == BENARD]
        assert len(issued) == 1
    # The next pass places the certificate in the folder, for the member's install.
    synchronise(qtbot, chosen)
    assert len(list((folder / "organisation" / "certificates").glob(f"member-{BENARD}-*.pem"))) == 1


def test_a_request_refused_needs_a_note(qtbot: QtBot, ctx: AppContext, chosen: SyncPage,
                                        folder: Path) -> None:
    write_request(ctx, folder)
    synchronise(qtbot, chosen, passphrase=None)
    qtbot.waitUntil(lambda: chosen.requests.model.rowCount() == 1, timeout=WAIT)
    dialog = chosen.requests.refuse()
    assert dialog is not None
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.ok_button.click()
    assert dialog.message_bar.text() == "Say why the request is refused."
    dialog.note.setPlainText("Zoé n'a pas fait cette demande.")
    with qtbot.waitSignal(chosen.requests.decided, timeout=WAIT):
        dialog.ok_button.click()
    with UnitOfWork(ctx.db) as uow:
        (line,) = sync_requests.pending_requests(uow, decided=True)
    assert line.status == "refused" and line.note == "Zoé n'a pas fait cette demande."


def test_a_request_for_a_member_with_a_valid_key_warns_before_issuing(
        qtbot: QtBot, ctx: AppContext, chosen: SyncPage, folder: Path) -> None:
    write_request(ctx, folder, member=MARTIN)  # Martin votes with a key issued here
    synchronise(qtbot, chosen, passphrase=None)
    qtbot.waitUntil(lambda: chosen.requests.model.rowCount() == 1, timeout=WAIT)
    m = chosen.requests.model
    assert m.headerData(request_columns.CHECK, Qt.Orientation.Horizontal) == "To check"
    assert m.data(m.index(0, request_columns.CHECK)) == "Replaces the valid key in use"
    name = m.item_at(0).member_name
    warning = (f"Warning: {name} already holds a valid certificate. Issuing this one revokes "
               f"the key {name} votes with today.")
    assert chosen.requests.detail.text().startswith(warning)
    dialog = chosen.requests.issue()
    assert dialog is not None and dialog.intro.text().startswith(warning)
    dialog.reject()


# -- watching, cancelling --------------------------------------------------------------


def test_watching_is_remembered_and_reads_ballots_as_they_arrive(
        qtbot: QtBot, ctx: AppContext, chosen: SyncPage, meeting: VotesMeeting,
        folder: Path) -> None:
    box = chosen.folder_group.watch_box
    assert box.isEnabled() and not box.isChecked()
    with qtbot.waitSignal(chosen.watcher.pass_finished, timeout=WAIT):
        box.click()  # the first reading catches up at once
    assert settings.get(WATCH_FOLDER) == 1 and chosen.watcher.folder == folder
    assert "(watching)" in chosen.status.text()
    with qtbot.waitSignal(chosen.watcher.pass_finished, timeout=WAIT):
        write_ballot(meeting, folder)
    qtbot.waitUntil(lambda: "Ballots: 1 counted." in chosen.status.text(), timeout=WAIT)
    box.click()
    assert settings.get(WATCH_FOLDER) == 0 and not chosen.watcher.active
    # A page made later (the next start) watches at once, without being shown.
    box.click()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=WAIT)
    chosen.watcher.stop()
    later = SyncPage(ctx)
    qtbot.waitUntil(lambda: later.watcher.folder == folder, timeout=WAIT)
    later.watcher.stop()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=WAIT)
    close_widget(later)


def test_a_folder_gone_away_is_said_in_the_bar_while_watching(
        qtbot: QtBot, chosen: SyncPage, folder: Path) -> None:
    folder.rename(folder.with_name("elsewhere"))  # the USB key is unplugged
    with qtbot.waitSignal(chosen.watcher.pass_failed, timeout=WAIT):
        chosen.folder_group.watch_box.click()
    assert chosen.problems.text().startswith("The shared folder could not be read: ")
    assert not chosen.problems.text().endswith("sync.folder_missing")


def test_a_cancelled_pass_ends_cleanly(qtbot: QtBot, chosen: SyncPage,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def cancelled(*_args: object, **_kwargs: object) -> None:
        raise Cancelled()

    monkeypatch.setattr("talagov.services.sync_import.import_folder", cancelled)
    synchronise(qtbot, chosen, passphrase=None)
    assert chosen.problems.text().startswith("Synchronisation cancelled")
    assert chosen.folder_group.sync_button.isEnabled() and not chosen.watcher._held


def test_a_cancel_while_signing_closes_the_passphrase_dialog(qtbot: QtBot, chosen: SyncPage,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def cancelled(*_args: object, **_kwargs: object) -> None:
        raise Cancelled()

    monkeypatch.setattr("talagov.services.sync_publish.publish", cancelled)
    chosen.folder_group.sync_button.click()
    qtbot.waitUntil(lambda: chosen.dialog is not None, timeout=WAIT)
    dialog = chosen.dialog
    assert dialog is not None
    dialog.passphrase.setText(ORG_PASS)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not chosen.passes.running, timeout=WAIT)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert chosen.status.text() == "No synchronisation since TalaGov was started."


# -- the page in the window ------------------------------------------------------------


def test_every_control_is_named_with_requests_and_quarantine_shown(
        qtbot: QtBot, ctx: AppContext, chosen: SyncPage, meeting: VotesMeeting,
        folder: Path) -> None:
    write_request(ctx, folder)
    (_members_dir(folder, "ballots") / "ballot-1-1-0123456789abcdef.json").write_bytes(b"{")
    synchronise(qtbot, chosen, passphrase=None)
    qtbot.waitUntil(lambda: chosen.quarantine.model.rowCount() == 1, timeout=WAIT)
    chosen.requests.table.selectRow(0)
    missing = _unnamed(chosen)
    chosen.tabs.setCurrentIndex(1)
    chosen.quarantine.table.selectRow(0)
    missing += _unnamed(chosen)
    assert missing == []


def test_the_ballots_of_a_pass_show_in_the_meetings_votes_tab(
        qtbot: QtBot, ctx: AppContext, meeting: VotesMeeting, folder: Path) -> None:
    with UnitOfWork(ctx.db) as uow:
        sync_folder.set_sync_folder(uow, folder)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.sidebar.item(SYNC_PAGE).text() == "Shared folder"
    window.sidebar.setCurrentRow(MEETINGS_PAGE)
    workspace = window.meetings_page.workspace
    qtbot.waitUntil(lambda: workspace.meeting is not None, timeout=WAIT)
    workspace.tabs.setCurrentIndex(VOTES_TAB)
    votes = workspace.votes
    qtbot.waitUntil(lambda: votes.data is not None, timeout=WAIT)
    before = _ballots(votes)
    write_ballot(meeting, folder)
    window.sidebar.setCurrentRow(SYNC_PAGE)
    page = window.sync_page
    page.clock = lambda: VOTING
    qtbot.waitUntil(lambda: page.folder == folder, timeout=WAIT)
    synchronise(qtbot, page, passphrase=None)
    # The tab, hidden during the pass, catches up with its Changes when shown again.
    window.sidebar.setCurrentRow(MEETINGS_PAGE)
    qtbot.waitUntil(lambda: _ballots(votes) == before + 1, timeout=WAIT)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=WAIT)
    window.close()


def _ballots(votes: object) -> int:
    data = getattr(votes, "data", None)
    assert data is not None
    return sum(p.ballots for p in data.polls)


def test_a_link_in_place_of_organisation_is_said_and_the_ballots_are_read_anyway(
        qtbot: QtBot, chosen: SyncPage, meeting: VotesMeeting, folder: Path,
        tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (folder / "organisation").symlink_to(elsewhere, target_is_directory=True)
    write_ballot(meeting, folder)
    synchronise(qtbot, chosen)
    assert chosen.dialog is None  # nothing to sign was planned: no passphrase asked
    text = chosen.problems.text()  # the refusal in the organisation's language (French)
    assert text.startswith("Nothing was published: ") and "n'est pas un vrai dossier" in text
    assert str(folder / "organisation") in text
    assert "Ballots: 1 counted." in chosen.status.text()
    assert list(elsewhere.iterdir()) == []  # nothing written through the link
    # A watcher's pass (it never publishes) keeps the refusal in sight.
    with qtbot.waitSignal(chosen.watcher.pass_finished, timeout=WAIT):
        chosen.folder_group.watch_box.click()
    assert chosen.problems.text().startswith("Nothing was published: ")
