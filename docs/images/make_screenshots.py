# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate the screenshots of the documentation from the demo cooperative.

Run under a virtual screen so that fonts and styles are the real ones::

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/images/make_screenshots.py

It builds the default demo (seed 1947, reference date 22 November 2026) in a temporary
database, exports its past AG's archive as ``talagov demo`` does (so that the archive tab
shows it), opens the main window in French and saves one PNG per page in this folder.
``make_screenshots.py en`` does the same in English (files ending in ``-en``).

With ``--guide`` it shoots the guides' images instead, in French then in English, into
``docs/guide/images/fr/`` and ``docs/guide/images/en/`` (see :mod:`guide_shots`)::

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/images/make_screenshots.py --guide

(``--guide fr`` or ``--guide en`` shoots one language only.)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ["TALAGOV_NO_SETTINGS"] = "1"

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 22)
# (file name, sidebar row, meeting to select or None, workspace tab or None)
SHOTS = (
    ("dashboard", 0, None, None),
    ("members", 1, None, None),
    ("shares", 2, None, None),
    ("mandates", 3, None, None),
    ("meeting-preparation", 4, "draft", 0),
    ("meeting-convocation", 4, "closed", 1),
    ("meeting-session", 4, "closed", 2),
    ("meeting-votes", 4, "closed", 3),
    ("meeting-minutes", 4, "closed", 4),
    ("meeting-archive", 4, "closed", 5),
    ("registers", 5, None, None),
    ("library", 6, None, None),
    ("settings", 8, None, None),
)
# The voting booth, step by step (file name, what is on screen): a mock AG of a seeded
# SCIC (the one of tests/gui/booth), since the booth needs keys and open polls.
BOOTH_SHOTS = (
    ("booth-1-find", "find"),
    ("booth-2-unlock", "unlock"),
    ("booth-2-enrol", "enrol"),
    ("booth-3-resolution", "resolution"),
    ("booth-3-election", "election"),
    ("booth-4-review", "review"),
    ("booth-5-confirm", "confirm"),
    ("booth-6-receipt", "receipt"),
    ("booth-close", "gate"),
)


def _settle(app, runner, seconds: float = 5) -> None:  # type: ignore[no-untyped-def]
    """Let the loading tasks of what is on screen finish."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if not runner.busy and time.monotonic() > deadline - seconds + 1:
            break
        time.sleep(0.02)
    app.processEvents()


def main() -> int:
    """Build the demo, show each page and save it; returns the exit code."""
    if "--guide" in sys.argv[1:]:
        from guide_shots import run_guide

        return run_guide([a for a in sys.argv[1:] if a != "--guide"])
    from talagov.gui.app import application
    from talagov.gui.context import AppContext
    from talagov.gui.main_window import MainWindow
    from talagov.gui.meeting.archive_data import remember_export
    from talagov.gui.tasks import TaskRunner
    from talagov.services.demo import DemoOptions, build_demo
    from talagov.services.demo.archive import export_past_assembly
    from talagov.storage.database import open_database

    lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
    app, lang = application(lang)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite")
        build_demo(db, DemoOptions(today=TODAY))
        archive = export_past_assembly(db)
        runner = TaskRunner(db)
        window = MainWindow(AppContext(db=db, runner=runner, lang=lang, today=lambda: TODAY))
        window.resize(1280, 760)
        window.show()
        suffix = "" if lang == "fr" else f"-{lang}"
        for name, row, status, tab in SHOTS:
            window.sidebar.setCurrentRow(row)
            _settle(app, runner)
            if status is not None:
                page = window.pages[row]
                wanted = next(page.model.item_at(r) for r in range(page.model.rowCount())
                              if page.model.item_at(r).status.value == status)
                if archive is not None:  # as if the secretary had exported it from the tab
                    remember_export(db.path, wanted.id, archive.path)
                page.select_meeting(wanted.id)
                _settle(app, runner)
                page.workspace.tabs.setCurrentIndex(tab)
                _settle(app, runner)
            if name == "registers":  # the check's verdict, under the entries
                window.pages[row].verify()
                _settle(app, runner)
            window.grab().save(str(HERE / f"{name}{suffix}.png"))
        auditor_shots(app, window, db, suffix)
        sync_shots(app, window, db, suffix)
        window.close()
        runner.shutdown()
        db.close()
        booth_shots(app, Path(tmp), lang)
        member_shots(app, Path(tmp), lang)
    return 0


# The auditor's window on the demo's exported AG (file name, tab shown).
AUDITOR_SHOTS = (("auditor", 0), ("auditor-polls", 3))


def auditor_shots(app, window, db, suffix: str) -> None:  # type: ignore[no-untyped-def]
    """The demo's past AG exported as ``talagov demo`` does, opened in auditor mode."""
    from talagov.services.demo.archive import export_past_assembly

    exported = export_past_assembly(db)
    if exported is None:
        return
    auditor = window.open_archive(exported.path)
    auditor.open_external = None
    auditor.resize(1280, 760)
    deadline = time.monotonic() + 60
    while auditor.opened is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for name, tab in AUDITOR_SHOTS:
        auditor.tabs.setCurrentIndex(tab)
        _settle(app, window.ctx.runner, 1)
        auditor.grab().save(str(HERE / f"{name}{suffix}.png"))
    auditor.close()


# The « Shared folder » page after a pass that read a member's certificate request and set
# a damaged ballot file aside (file name, tab shown: requests, quarantine).
SYNC_SHOTS = (("sync", 0), ("sync-quarantine", 1))
SYNC_MEMBER_INSTALL = "5b1e0c3d9a7f4e2b8c6d1a0f3e9b7c5d"


def sync_shots(app, window, db, suffix: str, save=None) -> None:  # type: ignore[no-untyped-def]
    """A member's request and a damaged file in the demo's shared folder, one pass.

    ``save(widget, name)`` writes a shot (by default ``<name><suffix>.png`` here)."""
    from datetime import datetime, time, timedelta

    from cryptography.hazmat.primitives.asymmetric import ec

    from talagov.core.certificates import certificate_request, request_to_pem
    from talagov.core.sync_request import CertificateRequest, file_name, request_file
    from talagov.gui.main_window import SYNC_PAGE
    from talagov.services import keys, members
    from talagov.services.demo.sync import publish_demo_folder
    from talagov.services.demo.votes import SECRETARY_PASSPHRASE
    from talagov.services.uow import UnitOfWork

    now = datetime.combine(TODAY, time(12))
    shared, _ = publish_demo_folder(db, now=now)
    with UnitOfWork(db) as uow:
        org = keys.organisation_key(uow)
        member = members.list_members(uow, TODAY)[2]
    if org is None:
        return
    key = ec.generate_private_key(ec.SECP256R1())
    name = member.display_name
    data = request_file(CertificateRequest(
        organisation=org.fingerprint, install_id=SYNC_MEMBER_INSTALL, member_id=member.id,
        name=name, request_pem=request_to_pem(certificate_request(key, member_id=member.id,
                                                                  name=name)),
        made_at=(now - timedelta(hours=2)).astimezone().isoformat(timespec="seconds")))
    install = shared / "members" / SYNC_MEMBER_INSTALL
    (install / "requests").mkdir(parents=True, exist_ok=True)
    (install / "requests" / file_name(data)).write_bytes(data)
    (install / "ballots").mkdir(exist_ok=True)
    (install / "ballots" / "ballot-1-1-0123456789abcdef.json").write_bytes(b'{"format": ')
    window.sidebar.setCurrentRow(SYNC_PAGE)
    page = window.sync_page
    page.clock = lambda: now + timedelta(minutes=5)
    page.open_folder_with = None
    _settle(app, window.ctx.runner)
    page.refresh()
    _settle(app, window.ctx.runner)
    page.synchronise()
    _settle(app, window.ctx.runner)
    if page.dialog is not None:  # the demo's passphrase is public
        page.dialog.passphrase.setText(SECRETARY_PASSPHRASE)
        page.dialog.ok_button.click()
        _settle(app, window.ctx.runner, 10)
    for name, tab in SYNC_SHOTS:
        page.tabs.setCurrentIndex(tab)
        table = page.requests.table if tab == 0 else page.quarantine.table
        if table.model().rowCount():
            table.selectRow(0)
        _settle(app, window.ctx.runner, 1)
        if save is not None:
            save(window, name)
        else:
            window.grab().save(str(HERE / f"{name}{suffix}.png"))


def booth_shots(app, folder: Path, lang: str, save=None) -> None:  # type: ignore[no-untyped-def]
    """One PNG per step of the booth, a voter going through it by keyboard.

    ``save(widget, name)`` writes a shot (by default ``<name>[-lang].png`` here)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from talagov.core.keyseal import TEST_KDF
    from talagov.core.polls import AGAINST, FOR, candidate_choice
    from talagov.gui.booth import state
    from talagov.gui.booth.booth_window import BoothWindow
    from talagov.gui.context import AppContext
    from talagov.gui.tasks import TaskRunner
    from talagov.services import keys
    from talagov.services.uow import UnitOfWork
    from talagov.storage.database import open_database

    sys.path.insert(0, str(HERE.parents[1]))
    from tests.gui.booth.assembly import (
        BENARD,
        MARTIN,
        MEMBER_PASS,
        ORG_PASS,
        VOTING,
        make_assembly,
    )
    from tests.gui.conftest import seed_register

    state.ENROL_KDF = TEST_KDF
    db = open_database(folder / "booth.sqlite")
    seed_register(db)
    assembly = make_assembly(db)
    with UnitOfWork(db) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        readable = keys.organisation_key(uow).readable  # type: ignore[union-attr]
    runner = TaskRunner(db)
    booth = BoothWindow(AppContext(db=db, runner=runner, lang=lang, today=lambda: TODAY),
                        assembly.meeting_id, org_key, meeting_title="Assemblée générale 2026",
                        organisation=("Autopartage des Deux Rives", readable))
    booth.clock = lambda: VOTING
    booth._may_close = True  # the script closes it without the passphrase
    booth.resize(1280, 800)
    booth.show()
    booth.start()

    def key(which: Qt.Key) -> None:
        QTest.keyClick(booth.focusWidget() or booth, which)
        _settle(app, runner, 3)

    def typed(text: str) -> None:
        QTest.keyClicks(booth.focusWidget(), text)
        _settle(app, runner, 1)

    def tick(*choices: str) -> None:
        widget = booth.polls.widget
        for choice in choices:
            widget.buttons[choice].setFocus()
            QTest.keyClick(widget.buttons[choice], Qt.Key.Key_Space)
        _settle(app, runner, 1)

    def shoot(name: str) -> None:
        if save is not None:
            save(booth, name)
            return
        booth.grab().save(str(HERE / f"{name}{'' if lang == 'fr' else '-' + lang}.png"))

    _settle(app, runner)
    shots = dict(BOOTH_SHOTS)
    names = {v: k for k, v in shots.items()}
    typed("mart")
    shoot(names["find"])
    key(Qt.Key.Key_Return)
    booth.enrol.identity.setChecked(True)
    booth.enrol.first.setFocus()
    typed("phrase de Martin")
    shoot(names["enrol"])
    key(Qt.Key.Key_Escape)
    typed("durand")
    key(Qt.Key.Key_Return)
    typed("phrase")
    shoot(names["unlock"])
    booth.unlock.passphrase.clear()
    typed(MEMBER_PASS)
    key(Qt.Key.Key_Return)
    tick(FOR)
    shoot(names["resolution"])
    key(Qt.Key.Key_Return)
    tick(candidate_choice(BENARD), candidate_choice(MARTIN))
    shoot(names["election"])
    key(Qt.Key.Key_Return)
    tick(AGAINST)
    key(Qt.Key.Key_Return)
    tick(candidate_choice(MARTIN))
    key(Qt.Key.Key_Return)
    shoot(names["review"])
    key(Qt.Key.Key_Return)
    shoot(names["confirm"])
    key(Qt.Key.Key_Return)
    shoot(names["receipt"])
    booth.ask_to_close()
    _settle(app, runner, 1)
    shoot(names["gate"])
    booth.close()
    runner.shutdown()
    db.close()


# A member's own TalaGov on the shared folder of a cooperative (the secretary's install of
# tests/sync/installs, two meetings convened with their polls open): file name, what.
MEMBER_SHOTS = (
    ("member-1-join", "join"),
    ("member-2-key", "key"),
    ("member-3-meetings", "meetings"),
    ("member-4-vote", "vote"),
    ("member-5-archives", "archives"),
    ("member-6-refused", "refused"),
)


def member_shots(app, folder: Path, lang: str, save=None,  # type: ignore[no-untyped-def]
                 extra=None) -> None:
    """The member's window: joining, the key, the meetings, a vote, archives, a refusal.

    ``save(widget, name)`` writes a shot (by default ``<name>[-lang].png`` here);
    ``extra(app, window, vote_dialog, passphrase)``, when given, shoots more of the
    meetings tab (the guide's proxy and receipt) once the vote dialog is filled in."""
    import dataclasses
    from datetime import timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from talagov.core import certificates
    from talagov.core.canonical import sha256_hex
    from talagov.core.keyseal import TEST_KDF
    from talagov.core.meeting_package import PackageArchive, package_file, parse_package
    from talagov.core.polls import FOR
    from talagov.core.signing import new_private_key
    from talagov.core.sync_envelope import peek
    from talagov.core.sync_format import (
        ARCHIVES_DIR,
        MAX_PACKAGE,
        MEETINGS_DIR,
        PACKAGE_FORMAT,
        archive_name,
        package_name,
    )
    from talagov.gui.dialogs.voting_package_dialog import VotingPackageDialog
    from talagov.gui.member import join_wizard
    from talagov.gui.member.cooperative_view import ARCHIVES_TAB, KEY_TAB, MEETINGS_TAB
    from talagov.gui.member.member_window import MemberWindow
    from talagov.services import member_actions, member_home

    sys.path.insert(0, str(HERE.parents[1]))
    from tests.sync.installs import T0, make_org

    names = {what: name + ("" if lang == "fr" else f"-{lang}") for name, what in MEMBER_SHOTS}
    org = make_org(folder / "member-shots")
    org.publish(T0 + timedelta(minutes=1))
    at_home = (T0 + timedelta(hours=1)).astimezone()
    passphrase = "ma phrase à la maison"

    def window_on(home: Path) -> MemberWindow:
        window = MemberWindow(lang, home)
        window.clock = window.wizard.clock = lambda: at_home
        window.open_external = None
        window.resize(1280, 800)
        window.show()
        return window

    def settle(window: MemberWindow, seconds: float = 1) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline or window.jobs.busy:
            app.processEvents()
            time.sleep(0.02)
        app.processEvents()

    def shoot(widget, what: str) -> None:  # type: ignore[no-untyped-def]
        if save is not None:
            save(widget, next(name for name, w in MEMBER_SHOTS if w == what))
            return
        widget.grab().save(str(HERE / f"{names[what]}.png"))

    # Joining: the fingerprint to compare with the convocation's.
    window = window_on(folder / "member-new")
    settle(window)
    window.wizard.folder.setText(str(org.folder))
    window.wizard.go_on()
    settle(window)
    assert window.wizard.step == join_wizard.FINGERPRINT
    shoot(window, "join")
    window.close()

    # Alice joined, made her key and read its fingerprint: it waits for the secretary.
    home = folder / "member-alice"
    identity = member_home.discover(org.folder)[0]
    member_home.join(home, org.folder, fingerprint=identity.organisation,
                     member_id=org.members["Alice"], now=at_home)
    member_actions.enrol(home, passphrase=passphrase, now=at_home, kdf=TEST_KDF)
    window = window_on(home)
    settle(window)
    window.tabs.setCurrentIndex(KEY_TAB)
    settle(window)
    shoot(window, "key")

    # The secretary issued the certificate: the meetings, and a vote.
    secretary = T0 + timedelta(minutes=30)
    org.import_folder(secretary)
    org.approve_all(secretary)
    org.publish(secretary + timedelta(minutes=1))
    window.refresh()
    settle(window)
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    window.meetings.select_meeting(org.meetings["ago"])
    settle(window)
    shoot(window, "meetings")
    window.meetings.detail.vote_button.click()
    settle(window)
    vote = window.findChild(VotingPackageDialog)
    vote.unlock.passphrase.setText(passphrase)
    vote.unlock.accept_enter()
    settle(window)
    widget = vote.polls.widget
    widget.buttons[FOR].setFocus()
    QTest.keyClick(widget.buttons[FOR], Qt.Key.Key_Space)
    settle(window, 0.3)
    shoot(vote, "vote")
    if extra is not None:
        extra(app, window, vote, passphrase)
    else:
        vote.reject()

    # An archive published (named, with its SHA-256, by a package the organisation signed:
    # members list no other), and a package forged under another key.
    data = b"PK\x05\x06" + bytes(18)
    meeting = org.meetings["ago"]
    target = org.folder / ARCHIVES_DIR / archive_name(meeting, sha256_hex(data)[:16])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    newest = max((org.folder / MEETINGS_DIR).glob(f"meeting-{meeting}-*.json"),
                 key=lambda p: int(p.name.split("-")[2]))
    current = parse_package(peek(newest.read_bytes(), PACKAGE_FORMAT, limit=MAX_PACKAGE))
    closed = dataclasses.replace(
        current, sequence=current.sequence + 1, status="closed", polls=(),
        archive=PackageArchive(sha256_hex(data), target.name, len(data)))
    signed = package_file(closed, org.org_key)
    (org.folder / MEETINGS_DIR / package_name(meeting, closed.sequence,
                                              sha256_hex(signed)[:16])).write_bytes(signed)
    window.refresh()
    settle(window)
    window.tabs.setCurrentIndex(ARCHIVES_TAB)
    settle(window)
    shoot(window, "archives")
    genuine = next((org.folder / MEETINGS_DIR).glob(f"meeting-{org.meetings['ago']}-*.json"))
    package = parse_package(peek(genuine.read_bytes(), PACKAGE_FORMAT, limit=MAX_PACKAGE))
    key = new_private_key()
    cert = certificates.organisation_certificate(key, name=package.organisation_name, now=T0)
    forged = package_file(dataclasses.replace(
        package, organisation=certificates.fingerprint(cert),
        organisation_certificate_pem=certificates.to_pem(cert), sequence=99, polls=()), key)
    (org.folder / MEETINGS_DIR / package_name(org.meetings["ago"], 99,
                                              sha256_hex(forged)[:16])).write_bytes(forged)
    window.refresh()
    settle(window)
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    settle(window)
    shoot(window, "refused")
    window.close()
    org.db.close()


if __name__ == "__main__":
    raise SystemExit(main())
