# SPDX-License-Identifier: GPL-3.0-or-later
"""The convocation's documents saved to files: postal letters, labels, one member's letter,
``.eml`` messages and the ``.ics`` invitation.

File dialogs run on the GUI thread; building the documents and writing them (atomically,
through :func:`talagov.services.files.save_file`) run on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from talagov.gui.context import AppContext
from talagov.gui.file_actions import ask_save_path, show_file
from talagov.gui.i18n import arg
from talagov.gui.tasks import Task
from talagov.services import convocations
from talagov.services.convocations import Recipient
from talagov.services.files import save_file


def safe_name(text: str) -> str:
    """A file-name part without path separators or characters Windows refuses."""
    cleaned = "".join("-" if c in '\\/:*?"<>|' else c for c in text).strip(" .")
    return cleaned or "membre"


class ConvocationFiles(QObject):
    """Saves the convocation's documents for one meeting; ``saved(str)`` reports what was written."""

    saved = Signal(str)  # a message for the status line, after every successful save

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx, self.widget = ctx, widget
        self.meeting_id: int | None = None
        #: The sending date shown: it decides who is convened by post (no e-mail consent).
        self.on: date | None = None

    def _pdf_filter(self) -> str:
        return self.tr("PDF documents (*.pdf)")

    def _run(self, work: Callable[..., Any], label: str, message: str, opened: Path | None) -> Task:
        def done(_: object) -> None:
            self.saved.emit(message)
            if opened is not None and self.open_after_save is not None:
                self.open_after_save(opened)

        return self.ctx.runner.run(self.widget, work, on_success=done, label=label)

    def save_postal(self, path: Path | None = None) -> Task | None:
        """Every postal recipient's letter merged, then the address labels (progress, cancel)."""
        meeting_id, lang, on = self.meeting_id, self.ctx.lang, self.on
        path = path or ask_save_path(self.widget, self.tr("Save the postal letters"),
                                     "convocations-courrier.pdf", self._pdf_filter())
        if meeting_id is None or path is None:
            return None
        target = path

        def work(uow: Any, progress: Any, cancel: Any) -> None:
            save_file(target, convocations.postal_pdf(uow, meeting_id, lang=lang, on=on,
                                                      progress=progress, cancel=cancel))

        return self._run(work, self.tr("Printing the postal letters"),
                         arg(self.tr("Saved %1"), str(target)), target)

    def save_labels(self, path: Path | None = None) -> Task | None:
        """The address labels of the postal recipients."""
        meeting_id, lang, on = self.meeting_id, self.ctx.lang, self.on
        path = path or ask_save_path(self.widget, self.tr("Save the address labels"),
                                     "etiquettes.pdf", self._pdf_filter())
        if meeting_id is None or path is None:
            return None
        target = path

        def work(uow: Any, progress: Any, cancel: Any) -> None:
            save_file(target, convocations.labels_pdf(uow, meeting_id, lang=lang, on=on))

        return self._run(work, self.tr("Printing the labels"),
                         arg(self.tr("Saved %1"), str(target)), target)

    def save_member(self, recipient: Recipient, path: Path | None = None) -> Task | None:
        """One member's convocation letter (with the agenda and the forms)."""
        meeting_id, lang, member_id = self.meeting_id, self.ctx.lang, recipient.member_id
        default = f"convocation-{safe_name(recipient.number)}.pdf"
        path = path or ask_save_path(self.widget, self.tr("Save the convocation of this member"),
                                     default, self._pdf_filter())
        if meeting_id is None or path is None:
            return None
        target = path

        def work(uow: Any, progress: Any, cancel: Any) -> None:
            save_file(target, convocations.convocation_pdf(uow, meeting_id, member_id, lang=lang))

        return self._run(work, self.tr("Printing the convocation"),
                         arg(self.tr("Saved %1"), str(target)), target)

    def export_eml(self, recipients: Sequence[Recipient], folder: Path | None = None) -> Task | None:
        """One ``.eml`` per member into a folder, for sending from one's own mail client.

        Only members convened by e-mail (consent recorded) get one; the caller filters.
        """
        meeting_id, lang = self.meeting_id, self.ctx.lang
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.widget, self.tr("Folder for the .eml messages"), QDir.homePath())
            folder = Path(chosen) if chosen else None
        if meeting_id is None or folder is None or not recipients:
            return None
        target, chosen_recipients, now = folder, list(recipients), datetime.now()

        def work(uow: Any, progress: Any, cancel: Any) -> None:
            total = len(chosen_recipients)
            for done, recipient in enumerate(chosen_recipients):
                cancel.raise_if_cancelled()
                data = convocations.eml(uow, meeting_id, recipient.member_id, lang=lang, now=now)
                save_file(target / f"convocation-{safe_name(recipient.number)}.eml", data)
                progress(done + 1, total)

        message = arg(self.tr("%n message(s) saved in %1", "", len(chosen_recipients)), str(target))
        return self._run(work, self.tr("Writing the .eml messages"), message, None)

    def save_ics(self, path: Path | None = None) -> Task | None:
        """The iCalendar invitation of the meeting."""
        meeting_id = self.meeting_id
        path = path or ask_save_path(self.widget, self.tr("Save the invitation"), "invitation.ics",
                                     self.tr("iCalendar invitations (*.ics)"))
        if meeting_id is None or path is None:
            return None
        target = path

        def work(uow: Any, progress: Any, cancel: Any) -> None:
            save_file(target, convocations.ics(uow, meeting_id))

        return self._run(work, self.tr("Writing the invitation"),
                         arg(self.tr("Saved %1"), str(target)), None)

    #: Called with a saved PDF; opens it with the system viewer (tests set it to None).
    open_after_save: Callable[[Path], object] | None = staticmethod(show_file)
