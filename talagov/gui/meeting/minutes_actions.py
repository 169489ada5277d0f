# SPDX-License-Identifier: GPL-3.0-or-later
"""What the secretary does to a minutes besides writing it: draft it (an older meeting),
change its language, preview and save its PDF, submit it, take it back to draft, have it
signed, time-stamp it, start an erratum.

Each action runs its service call on the task runner; the ``Changes`` returned make the
tab reload. Printing the PDF and signing (Argon2, then pyHanko) take time: they never
run on the GUI thread, and the PDF shows a progress dialog after half a second.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from talagov.core.cancel import CancelToken
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.file_actions import ask_save_path
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.services import keys as keys_service
from talagov.services import minutes as minutes_service
from talagov.services import minutes_signing
from talagov.services.files import save_file
from talagov.services.minutes import ERRATUM, MinutesView
from talagov.services.minutes_signing import SignOutcome

Clock = Callable[[], datetime]
Opener = Callable[[Path], object]


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Say how an action went, without blocking (tests read the box's text)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setAccessibleName(title)
    box.open()
    return box


class MinutesActions(QObject):
    """The actions of the minutes tab, run for ``widget`` (the parent of their dialogs)."""

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx, self.widget = ctx, widget

    def _run(self, fn: Callable[..., Any], label: str, **kwargs: Any) -> None:
        self.ctx.runner.run(self.widget, fn, label=label, **kwargs)

    def draft(self, meeting_id: int, now: datetime) -> None:
        """Draft the minutes of a meeting closed before TalaGov drafted minutes."""
        lang = self.ctx.lang
        self._run(lambda uow: minutes_service.ensure_draft(uow, meeting_id, now=now, lang=lang),
                  self.tr("Drafting the minutes from the record"))

    def regenerate(self, minutes_id: int, lang: str, now: datetime) -> None:
        """Draft the generated half again in ``lang`` (what the secretary wrote stays)."""
        self._run(lambda uow: minutes_service.regenerate(uow, minutes_id, now=now, lang=lang),
                  self.tr("Drafting the minutes in the chosen language"))

    def file_name(self, view: MinutesView) -> str:
        """The PDF's proposed file name: « minutes-2026-06-13.pdf », « erratum-… »."""
        template = self.tr("erratum-%1.pdf") if view.kind == ERRATUM else self.tr("minutes-%1.pdf")
        return arg(template, view.generated.header.date)

    def preview_pdf(self, view: MinutesView, opener: Opener | None) -> None:
        """Print the PDF (a draft is marked as such) to a temporary file and open it."""
        minutes_id, name = view.id, self.file_name(view)

        def work(uow: Any, progress: Any, cancel: CancelToken) -> Path:
            data = minutes_service.pdf(uow, minutes_id)
            cancel.raise_if_cancelled()
            path = Path(tempfile.mkdtemp(prefix="talagov-")) / name
            save_file(path, data)
            return path

        def done(path: Path) -> None:
            if opener is not None:
                opener(path)

        self._run(work, self.tr("Printing the minutes"), on_success=done)

    def save_pdf(self, view: MinutesView, path: Path | None = None) -> None:
        """Ask where (unless given) and save the PDF there."""
        if path is None:
            path = ask_save_path(self.widget, self.tr("Save the minutes"), self.file_name(view),
                                 self.tr("PDF documents (*.pdf)"))
            if path is None:
                return
        minutes_id, target = view.id, path

        def work(uow: Any, progress: Any, cancel: CancelToken) -> Path:
            return minutes_service.export_pdf(uow, minutes_id, target)

        self._run(work, self.tr("Saving the minutes"))

    def submit(self, view: MinutesView, now: datetime) -> bool:
        """Freeze the text for signature after confirmation; whether asked to."""
        if not confirm(self.widget, self.tr("Submit for signature"), self.tr(
                "Submit the minutes for signature? Their text is then frozen exactly as it will "
                "be signed: nothing can be changed, unless they are taken back to draft before "
                "anyone signs.")):
            return False
        minutes_id = view.id
        self._run(lambda uow: minutes_service.submit(uow, minutes_id, now=now),
                  self.tr("Submitting the minutes"))
        return True

    def back_to_draft(self, view: MinutesView, now: datetime) -> None:
        """Unfreeze submitted minutes nobody has signed."""
        minutes_id = view.id
        self._run(lambda uow: minutes_service.back_to_draft(uow, minutes_id, now=now),
                  self.tr("Taking the minutes back to draft"))

    def add_timestamp(self, view: MinutesView, now: datetime) -> None:
        """Ask the configured authority for an RFC 3161 time-stamp of the signed PDF."""
        minutes_id = view.id

        def done(_result: object) -> None:
            inform(self.widget, self.tr("Time-stamp"),
                   self.tr("The signed minutes now carry an RFC 3161 time-stamp."))

        self._run(lambda uow: minutes_signing.add_timestamp(uow, minutes_id, now=now),
                  self.tr("Asking for a time-stamp"), on_success=done, progress=True)

    def new_erratum(self, view: MinutesView, now: datetime,
                    on_created: Callable[[int], None]) -> None:
        """Start an erratum to signed minutes, after confirmation."""
        if not confirm(self.widget, self.tr("New erratum"), self.tr(
                "Signed minutes cannot be changed: a correction is an erratum, written, signed "
                "and entered in the register like minutes. Start one?")):
            return
        minutes_id = view.id
        self._run(lambda uow: minutes_service.new_erratum(uow, minutes_id, now=now),
                  self.tr("Starting an erratum"), on_success=lambda result: on_created(result[0]))

    # -- signing -----------------------------------------------------------------------

    def outcome_text(self, outcome: SignOutcome, waiting: list[str]) -> str:
        """What a signature achieved, and whether an RFC 3161 time-stamp was obtained."""
        if outcome.complete and outcome.number is not None:
            lines = [arg(self.tr("Entered in the register under no. %1."), outcome.number)]
        else:
            lines = [arg(self.tr("Signature recorded. Still waiting for: %1."), ", ".join(waiting))]
        if not outcome.timestamped:
            why = self.tr("no authority configured") if outcome.note in ("", "no_tsa") else \
                self.tr("the authority could not be reached")
            lines.append(arg(self.tr("No RFC 3161 time-stamp was obtained (%1): the local time "
                                     "was recorded."), why))
        return "\n\n".join(lines)

    def sign(self, view: MinutesView, member_id: int, clock: Clock,
             on_dialog: Callable[[PassphraseDialog], None]) -> None:
        """Ask whether this is the last signature, then open the signing dialog.

        The last signature enters the minutes in the register, which the organisation key
        signs: the secretary's passphrase is then asked too.
        """
        minutes_id = view.id
        self._run(lambda uow: minutes_signing.needs_organisation_key(uow, minutes_id),
                  self.tr("Preparing the signature"),
                  on_success=lambda last: on_dialog(
                      self._sign_dialog(view, member_id, clock, bool(last))))

    def _sign_dialog(self, view: MinutesView, member_id: int, clock: Clock,
                     last: bool) -> PassphraseDialog:
        signatory = next(s for s in view.signatories if s.member_id == member_id)
        waiting = [s.name for s in view.waiting if s.member_id != member_id]
        org = QLineEdit()
        org.setEchoMode(QLineEdit.EchoMode.Password)
        minutes_id = view.id

        def task_of(passphrase: str) -> Callable[[Any], Any]:
            now, org_passphrase = clock(), org.text()

            def work(uow: Any) -> Any:
                key = keys_service.unlock_organisation(uow, org_passphrase) if last else None
                return minutes_signing.sign(uow, minutes_id, member_id, passphrase, now=now,
                                            org_key=key)

            return work

        intro = arg(self.tr("%1 signs the minutes as %2 with their TalaGov key: type their "
                            "passphrase. Signing takes a few seconds."),
                    signatory.name, signatory.role_text)
        if last:
            intro += "\n\n" + self.tr(
                "This is the last signature: the minutes then enter the register of "
                "deliberations, signed by the organisation key. The secretary types the "
                "organisation's passphrase below.")
        dialog = PassphraseDialog(self.ctx, self.tr("Sign the minutes"), intro, task_of,
                                  action=self.tr("&Sign"), label=self.tr("Signing the minutes"),
                                  parent=self.widget)
        dialog.passphrase.setAccessibleName(arg(self.tr("Passphrase of %1"), signatory.name))
        dialog.passphrase.setToolTip(arg(self.tr("The passphrase of the key of %1, who signs "
                                                 "now."), signatory.name))
        dialog.ok_button.setToolTip(self.tr("Sign the minutes with this key."))
        explain(dialog.ok_button, "signature_electronique")
        if last:
            org.setParent(dialog)
            dialog.add_row(self.tr("&Organisation's passphrase:"), org)
            org.setAccessibleName(self.tr("Organisation's passphrase"))
            org.setToolTip(self.tr("The passphrase of the organisation's key: it enters the "
                                   "minutes in the register."))
            explain(org, "registre")
            missing = self.tr("Type the organisation's passphrase (the secretary's).")
            dialog.add_check(lambda: [] if org.text() else [missing])
            dialog.failed.connect(org.clear)
        dialog.org_passphrase = org  # type: ignore[attr-defined]  # tests type into it
        title = self.tr("Minutes signed")
        dialog.saved.connect(lambda result: inform(self.widget, title,
                                                   self.outcome_text(result[0], waiting)))
        dialog.open()
        dialog.passphrase.setFocus()
        return dialog
