# SPDX-License-Identifier: GPL-3.0-or-later
"""The last workspace tab: the meeting's archive, one file that proves itself.

It says what the archive is, why it cannot be exported yet (the session is not
closed, the organisation has no key), exports it (:mod:`archive_export`: a save
dialog, the organisation's passphrase, the export with progress and Cancel), then
shows where it was written, its size and the organisation key's fingerprint, and
offers to check it at once in the auditor's window. The path of the last export is
remembered per meeting in the user's settings (:mod:`archive_data`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from talagov.core.canonical import readable_fingerprint
from talagov.core.minutes_content import MinutesStatus
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting.archive_data import (
    EXPORTABLE,
    ArchiveData,
    LastExport,
    file_name,
    load_archive,
    remember_export,
    remembered_export,
)
from talagov.gui.meeting.archive_export import (
    ExportDialog,
    ExportFn,
    ask_archive_path,
    export_task,
    suggested_path,
)
from talagov.gui.meeting.tab_loader import TabLoader
from talagov.gui.widgets.org_key_group import fingerprint_label
from talagov.gui.widgets.tables import button_row, make_button
from talagov.messages import format_int
from talagov.services.bundle_export import export_meeting
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork

_RELOAD_ON = (Aggregate.MEETINGS, Aggregate.MINUTES, Aggregate.KEYS)


def _plain_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ArchiveTab(QWidget):
    """The archive of one meeting.

    Signals:
        loaded(): the tab shows the meeting (after each reload; tests wait on it).
        exported(object): an archive was written at this path.
        verify_requested(object): « Verify now » was pressed for this path (the auditor's
            window is opened by :attr:`open_auditor` when set).

    ``export`` is the export function (tests inject one); ``ask_path`` asks where to
    write (tests replace the file dialog); ``open_auditor`` opens a path in the
    auditor's window.
    """

    loaded = Signal()
    exported = Signal(object)
    verify_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.export: ExportFn = export_meeting
        self.ask_path: Callable[[QWidget, Path], Path | None] = ask_archive_path
        self.open_auditor: Callable[[Path], object] | None = None
        self.data: ArchiveData | None = None
        self.dialog: ExportDialog | None = None
        self._after_export = False
        self.loader = TabLoader(self, ctx, self._load, self._on_loaded, lambda: self._show(None),
                                label=self.tr("Loading the archive"), reload_on=_RELOAD_ON)
        heading = _plain_label(self, self.tr("The meeting's archive"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.intro = _plain_label(self, self.tr(
            "The archive is one file that proves itself: it holds every document, vote and "
            "signature of the meeting, with their fingerprints signed by the organisation. "
            "Anyone can check it, years later and without trusting this computer, with TalaGov "
            "or with the standard tools sha256sum and openssl alone."))
        self.state = _plain_label(self)
        self.state.setAccessibleName(self.tr("State of the archive"))
        self.export_button = make_button(self, self.tr("&Export the archive…"),
                                         lambda: self.start_export())
        self.notice = _plain_label(self)
        self.notice.setAccessibleName(self.tr("Outcome of the export"))
        self.export_button.setToolTip(self.tr("Write the meeting's archive to a file, signed "
                                              "with the organisation's key."))
        explain(self.export_button, "archive")
        self.last_box = QGroupBox(self.tr("Last export"), self)
        self.path_field = QLineEdit(self.last_box)
        self.path_field.setReadOnly(True)  # selectable and copied with the keyboard
        self.path_field.setAccessibleName(self.tr("Archive file"))
        self.path_field.setToolTip(self.tr("Where the last archive was written; select it to "
                                           "copy it."))
        path_label = QLabel(self.tr("&File:"), self.last_box)
        path_label.setBuddy(self.path_field)
        self.size_label = _plain_label(self.last_box)
        self.size_label.setAccessibleName(self.tr("Size of the archive"))
        self.fingerprint_title = _plain_label(self.last_box, self.tr(
            "Fingerprint of the organisation key, to compare with the one printed on the "
            "convocation and the minutes:"))
        explain(self.fingerprint_title, "empreinte")
        self.fingerprint = fingerprint_label(self.last_box)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the organisation key"))
        self.missing = _plain_label(self.last_box)
        self.verify_button = make_button(self.last_box, self.tr("&Verify now"), self.verify_now)
        self.verify_button.setToolTip(self.tr(
            "Open the archive in the auditor's window, read-only, and check every signature, "
            "vote and count it holds."))
        box = QVBoxLayout(self.last_box)
        box.addWidget(path_label)
        box.addWidget(self.path_field)
        box.addWidget(self.size_label)
        box.addWidget(self.fingerprint_title)
        box.addWidget(self.fingerprint)
        box.addWidget(self.missing)
        box.addLayout(button_row(self.verify_button))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addLayout(button_row(self.export_button))
        layout.addWidget(self.notice)
        layout.addWidget(self.last_box)
        layout.addStretch(1)
        self.setFocusProxy(self.export_button)
        self._show(None)

    # -- loading -----------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        """The meeting shown (``None``: none)."""
        return self.loader.meeting_id

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the archive of ``meeting_id`` (``None``: nothing)."""
        self.notice.clear()
        self.notice.hide()
        self.loader.set_meeting(meeting_id)

    def refresh(self) -> None:
        """Load the meeting's state again."""
        self.loader.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Reload when the meeting, its minutes or the organisation key change."""
        self.loader.on_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the changes made while hidden."""
        super().showEvent(event)
        self.loader.shown()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Ask for the height the wrapped texts need at the new width."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # The workspace's scroller sizes a tab by its minimum size, which ignores that a
        # wrapped text needs more lines when narrow (200 % zoom): say it, so that the tab
        # scrolls instead of crushing its texts.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def _load(self, uow: UnitOfWork, meeting_id: int) -> ArchiveData:
        # On the worker: the remembered path is read there too, with the file's size.
        return load_archive(uow, meeting_id, remembered_export(self.ctx.db.path, meeting_id))

    def _on_loaded(self, data: ArchiveData) -> None:
        self._show(data)
        if self._after_export and self.verify_button.isEnabled():
            self.verify_button.setFocus()  # the next step: check what was written
        self._after_export = False
        self.loaded.emit()

    # -- showing -----------------------------------------------------------------------

    def _show(self, data: ArchiveData | None) -> None:
        self.data = data
        self.state.setText(self._state_text(data))
        self.export_button.setEnabled(data is not None and data.exportable)
        last = data.last if data is not None else None
        self.last_box.setVisible(last is not None)
        if data is not None and last is not None:
            self._show_last(last, data.fingerprint)
        self._fit_height()

    def _state_text(self, data: ArchiveData | None) -> str:
        if data is None:
            return ""
        if data.meeting.status not in EXPORTABLE:
            return self.tr("The archive can be exported once the session is closed: it holds "
                           "the whole meeting, its votes and its minutes.")
        if data.fingerprint is None:
            return self.tr("The archive is signed with the organisation key, which does not "
                           "exist yet: create it in Settings, under “Organisation key”.")
        if data.minutes_status is not MinutesStatus.SIGNED:
            return self.tr("The minutes are not signed yet: the archive holds them as they "
                           "stand now. Export it again once they are signed.")
        return self.tr("The meeting is closed and its minutes are signed: its archive is "
                       "complete.")

    def _show_last(self, last: LastExport, fingerprint: str | None) -> None:
        self.path_field.setText(str(last.path))
        self.path_field.setCursorPosition(0)
        self.size_label.setVisible(last.present)
        self.size_label.setText(arg(self.tr("Size: %1"), self.size_text(last.size or 0)))
        shown = last.present and fingerprint is not None
        self.fingerprint_title.setVisible(shown)
        self.fingerprint.setVisible(shown)
        self.fingerprint.setText(readable_fingerprint(fingerprint) if fingerprint else "")
        self.missing.setVisible(not last.present)
        self.missing.setText(self.tr("The file is no longer there: it was moved or deleted, "
                                     "or its disk is not connected."))
        self.verify_button.setEnabled(last.present)

    def size_text(self, size: int) -> str:
        """A size as people read it: « 1,2 Mo (1 234 567 octets) », « 532 octets »."""
        locale = QLocale("fr_FR" if self.ctx.lang == "fr" else "en_GB")
        short = locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        if size < 1000:
            return short
        return arg(self.tr("%1 (%2 bytes)"), short, format_int(size, self.ctx.lang))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self._fit_height()

    # -- actions -----------------------------------------------------------------------

    def start_export(self, path: Path | None = None) -> ExportDialog | None:
        """Ask where (unless given), then open the passphrase dialog that exports; the
        dialog is returned (and kept in :attr:`dialog`), ``None`` if nothing is asked."""
        data = self.data
        if data is None or not data.exportable:
            return None
        if path is None:
            last = data.last.path if data.last is not None else None
            path = self.ask_path(self, suggested_path(file_name(data.meeting), last))
            if path is None:
                return None
        meeting_id, target = data.meeting.id, path
        dialog = ExportDialog(self.ctx, data.meeting.title, target,
                              export_task(self.export, meeting_id, target), self)
        dialog.saved.connect(lambda _result: self._on_exported(meeting_id, target))
        dialog.cancelled.connect(lambda: self._say(self.tr(
            "Export cancelled: no archive was written.")))
        self._say("")
        if self.dialog is not None:  # the previous export's dialog, closed by now
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_exported(self, meeting_id: int, path: Path) -> None:
        remember_export(self.ctx.db.path, meeting_id, path)
        self._say(self.tr("The archive was exported. Keep it with the cooperative's records, "
                          "or publish it in the shared folder."))
        self.exported.emit(path)
        if meeting_id == self.meeting_id:
            self._after_export = True
            self.refresh()

    def verify_now(self) -> None:
        """Check the last export in the auditor's window."""
        data = self.data
        if data is None or data.last is None or not data.last.present:
            return
        self.verify_requested.emit(data.last.path)
        if self.open_auditor is not None:
            self.open_auditor(data.last.path)
