# SPDX-License-Identifier: GPL-3.0-or-later
"""Vote at home from a voting package: the member's own TalaGov writes signed ballot files.

The steps are the booth's, in a dialog: compare the organisation's fingerprint with the
convocation's, unlock one's own key (from the keystore, no database needed), fill the
ballots (oneself, then each principal), review, then "Save my ballots…" into a folder
(the files are carried to the secretary), and the receipt fingerprints. Enter goes on,
Escape goes back one step. The unlocked key is dropped as soon as the ballots are signed.

A member's install that joined the cooperative's shared folder (:mod:`talagov.gui.member`)
has no database: it gives a :class:`FolderRoute`, and the dialog then runs its steps on
that route's file jobs and writes the ballots straight into the install's directory of
the folder. The fingerprint step is skipped there: the member compared the fingerprint
when joining, and every package is verified against the organisation trusted then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFileDialog,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.ballots import SignedBallot
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.gui.auditor.file_jobs import FileJobRunner
from talagov.gui.booth.package_pages import FingerprintPage, PersonalUnlockPage
from talagov.gui.booth.page import BoothPage
from talagov.gui.booth.polls_page import PollsPage
from talagov.gui.booth.receipt_page import ReceiptPage, ReceiptView
from talagov.gui.booth.review_page import ReviewPage
from talagov.gui.booth.state import KeyHolder
from talagov.gui.booth.style import font_rules
from talagov.gui.booth.vote_items import VoteItem, choices_text, poll_title, short_behalf
from talagov.gui.booth.work import BusyDialog
from talagov.gui.context import AppContext
from talagov.gui.errors import show_error, user_message
from talagov.gui.i18n import arg, show_datetime
from talagov.services import personal_keys, voting_package
from talagov.services.files import read_file
from talagov.services.voting_package import VotingPackage

FINGERPRINT, UNLOCK, POLLS, REVIEW, SAVED = range(5)

#: ``cast(key, certificate, votes, now)``: sign and write ``(poll id, on behalf of,
#: choices)`` ballots; returns each signed ballot with the file written.
CastFunction = Callable[[Any, Any, list[tuple[int, int, tuple[str, ...]]], datetime],
                        list[tuple[SignedBallot, Path]]]


@dataclass(frozen=True)
class FolderRoute:
    """How a member's install without a database votes: in ``lang``, its steps run on
    ``jobs``, and ``cast`` writes the ballots into its directory of the shared folder."""

    lang: str
    jobs: FileJobRunner
    cast: CastFunction


def package_items(package: VotingPackage) -> list[VoteItem]:
    """Every ballot of a package: each poll for the voter, then for each principal."""
    return [VoteItem((poll.id, member_id), poll.definition, member_id, name,
                     member_id == package.voter_id)
            for member_id, name in package.principals for poll in package.polls]


class VotingPackageDialog(BusyDialog):
    """The steps of voting from ``package``; ``keystore``: where the member's keys live.

    ``ctx`` is ``None`` only with a ``route`` (a member's install has no database).
    """

    def __init__(self, ctx: AppContext | None, package: VotingPackage, keystore: Path,
                 parent: QWidget | None = None, *, route: FolderRoute | None = None) -> None:
        if route is not None:
            lang = route.lang
        elif ctx is not None:
            lang = ctx.lang
        else:
            raise ValueError("a voting package dialog needs a context or a folder route")
        # Without a database BusyDialog's runner is never used: run() goes to the route.
        super().__init__(ctx, parent)  # type: ignore[arg-type]
        self.route = route
        self.lang = lang
        self.package = package
        self.keystore = keystore
        self.clock: Callable[[], datetime] = datetime.now
        #: Asks the folder for the ballot files (``None``: cancelled); tests replace it.
        self.ask_folder: Callable[[], Path | None] = self._ask_folder
        self.items = package_items(package)
        self._key: Any = None
        self._certificate: Any = None
        self.written: list[Path] = []
        self.setWindowTitle(arg(self.tr("Vote — %1"), package.meeting_title))
        self.setStyleSheet(font_rules(self.font()))
        self.stack = QStackedWidget(self)
        self.fingerprint = FingerprintPage(package, self.lang, self.stack)
        self.unlock = PersonalUnlockPage(package, self.stack)
        self.polls = PollsPage(self.stack)
        self.review = ReviewPage(self.stack, confirm_text=self.tr("&Save my ballots…")
                                 if route is None else self.tr("&Sign and send my ballots"))
        self.receipt = ReceiptPage(self.stack, title=self.tr("Your ballots are saved")
                                   if route is None
                                   else self.tr("Your ballots are in the shared folder"))
        self.receipt.save_button.hide()  # the files are the record; nothing to print here
        self.pages: list[BoothPage] = [self.fingerprint, self.unlock, self.polls, self.review,
                                       self.receipt]
        for page in self.pages:
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        metrics = self.fontMetrics()
        self.resize(76 * metrics.horizontalAdvance("M"), 38 * metrics.height())
        self.fingerprint.accepted.connect(self._on_fingerprint_accepted)
        self.unlock.unlock_requested.connect(self._on_unlock_requested)
        self.polls.finished.connect(self._on_polls_finished)
        self.polls.back_requested.connect(lambda: self.show_step(UNLOCK))
        self.review.change_requested.connect(self._on_review_change_requested)
        self.review.confirmed.connect(self._on_review_confirmed)
        self.receipt.done.connect(self.accept)
        self.show_step(FINGERPRINT)
        if route is not None:
            self._on_fingerprint_accepted()  # compared when the member joined the folder

    @property
    def step(self) -> int:
        """The step on screen."""
        return self.stack.currentIndex()

    def show_step(self, index: int) -> None:
        """Bring step ``index`` on screen."""
        self.stack.setCurrentIndex(index)
        self.pages[index].enter()

    def set_busy(self, busy: bool) -> None:
        """Disable the steps while a task runs."""
        super().set_busy(busy)
        self.stack.setEnabled(not busy)
        if not busy:
            self.pages[self.step].enter()

    def run(self, fn: Callable[[Any], Any], on_success: Callable[[Any], None],
            on_refused: Callable[[str], None], label: str) -> None:
        """Run ``fn`` on the task runner, or on the route's file jobs (``fn(None)``)."""
        if self.route is None:
            super().run(fn, on_success, on_refused, label)
            return
        self.set_busy(True)

        def done(result: object) -> None:
            self.set_busy(False)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self.set_busy(False)
            if isinstance(exc, UserError):
                on_refused(user_message(exc, self.lang))
            else:
                show_error(self, exc)

        self.route.jobs.run(lambda _progress, _cancelled: fn(None), on_success=done,
                            on_failure=failed)

    # -- steps -------------------------------------------------------------------------

    def _on_fingerprint_accepted(self) -> None:
        keystore = self.keystore
        self.run(lambda _uow: personal_keys.personal_keys(keystore), self._on_keys_listed,
                 self.fingerprint.show_error, self.tr("Looking for your keys"))

    def _on_keys_listed(self, keys: list[personal_keys.PersonalKey]) -> None:
        self.unlock.set_keys(keys)
        self.show_step(UNLOCK)

    def _on_unlock_requested(self, member_id: int, passphrase: str) -> None:
        keystore = self.keystore

        def work(_uow: Any) -> KeyHolder[tuple[Any, Any]]:
            return KeyHolder(personal_keys.unlock_personal(keystore, member_id, passphrase))

        self.run(work, self._on_unlocked, self.unlock.refused, self.tr("Unlocking the key"))

    def _on_unlocked(self, holder: KeyHolder[tuple[Any, Any]]) -> None:
        taken = holder.take()
        assert taken is not None
        self._key, self._certificate = taken
        self.polls.start(self.items, self.polls.choices)
        self.show_step(POLLS)

    def _on_polls_finished(self) -> None:
        self.review.set_choices(self.items, self.polls.choices)
        self.show_step(REVIEW)

    def _on_review_change_requested(self, index: int) -> None:
        self.polls.reopen(index)
        self.show_step(POLLS)

    def _on_review_confirmed(self) -> None:
        if self.route is not None:
            self._cast_into_folder(self.route)
            return
        folder = self.ask_folder()
        if folder is None or self._key is None:
            return
        package, key, certificate = self.package, self._key, self._certificate
        choices, now, keystore = dict(self.polls.choices), self.clock(), self.keystore

        def work(_uow: Any) -> tuple[list[Any], list[Path]]:
            signed = voting_package.vote_from_package(package, key, certificate, choices,
                                                      now=now, keystore=keystore)
            return signed, voting_package.write_ballot_files(signed, folder)

        self.run(work, lambda result: self._on_written(folder, result), self.review.show_error,
                 self.tr("Signing and saving your ballots"))

    def _cast_into_folder(self, route: FolderRoute) -> None:
        if self._key is None:
            return
        key, certificate, now = self._key, self._certificate, self.clock()
        votes = [(poll_id, on_behalf_of, tuple(chosen))
                 for (poll_id, on_behalf_of), chosen in self.polls.choices.items()]

        def work(_uow: Any) -> tuple[list[Any], list[Path]]:
            written = route.cast(key, certificate, votes, now)
            return [ballot for ballot, _ in written], [path for _, path in written]

        self.run(work, lambda result: self._on_written(None, result), self.review.show_error,
                 self.tr("Signing your ballots and writing them into the shared folder"))

    def _on_written(self, folder: Path | None, result: tuple[list[Any], list[Path]]) -> None:
        signed, paths = result
        self._key = self._certificate = None  # signed: of no further use
        definitions = {item.key: item for item in self.items}
        views = []
        for ballot in signed:
            content = ballot.content
            item = definitions[(content.poll_id, content.on_behalf_of)]
            # As in the booth, a receipt never reproduces a secret ballot's choice: it could
            # be shown to someone else (to prove a vote that was bought or forced).
            shown = QCoreApplication.translate("BoothFlow", "not reproduced (secret ballot)") \
                if item.definition.secret else choices_text(item.definition, content.choices)
            views.append(ReceiptView(poll_title(item.definition),
                                     short_behalf(item.for_self, item.principal_name), shown,
                                     readable_fingerprint(ballot.fingerprint, groups=8)))
        self.written = paths
        when = datetime.fromisoformat(signed[0].content.cast_at).astimezone().replace(tzinfo=None) \
            if signed else self.clock()
        self.receipt.set_receipts(views, show_datetime(when, self.lang))
        if folder is None:
            self.receipt.intro.setText(self.tr(
                "%n ballot file(s) written into the shared folder: the secretary's TalaGov "
                "counts them when it next reads the folder. Keep these fingerprints to check "
                "that they were counted.", "", len(paths)))
        else:
            self.receipt.intro.setText(arg(self.tr(
                "%n ballot file(s) saved in %1. Give them to the secretary (shared folder, USB "
                "stick, e-mail); keep these fingerprints to check that they were counted.", "",
                len(paths)), str(folder)))
        self.show_step(SAVED)

    def _ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to save your ballots"),
                                                  QDir.homePath())
        return Path(chosen) if chosen else None

    # -- keyboard ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter: the focused button, else the step's main action. Escape: back one step."""
        if self.busy:
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            elif isinstance(focused, (QRadioButton, QCheckBox)) \
                    or not isinstance(focused, QAbstractButton):
                self.pages[self.step].accept_enter()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape and (
                self.step in (POLLS, REVIEW) or (self.step == UNLOCK and self.route is None)):
            event.accept()
            if self.step == POLLS:
                self.polls.go_back()
            elif self.step == REVIEW:
                self.polls.show_last()
                self.show_step(POLLS)
            else:
                self.show_step(FINGERPRINT)
        else:
            super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Closing drops the unlocked key, whatever the step."""
        self._key = self._certificate = None
        super().done(result)


def open_voting_package(parent: QWidget, ctx: AppContext, path: Path | None = None,
                        keystore: Path | None = None) -> None:
    """Ask for a voting package (unless given), check its signature and open the dialog."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("VotingPackageDialog", "Open a voting package"),
            QDir.homePath(), QCoreApplication.translate(
                "VotingPackageDialog", "Voting packages (*.json);;All files (*)"))
        if not chosen:
            return
        path = Path(chosen)
    store, source = keystore or personal_keys.default_keystore(), path

    def work(_uow: Any) -> VotingPackage:
        return voting_package.read_package(read_file(source))

    def opened(package: VotingPackage) -> None:
        dialog = VotingPackageDialog(ctx, package, store, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    ctx.runner.run(parent, work, on_success=opened, label=QCoreApplication.translate(
        "VotingPackageDialog", "Reading the voting package"))
