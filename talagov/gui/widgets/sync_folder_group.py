# SPDX-License-Identifier: GPL-3.0-or-later
"""The top of the « Shared folder » page: what the folder is for, which folder, and the
two ways of reading it (now, or as files arrive).

A view only: the page connects the buttons and the check box and fills the path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.widgets.tables import make_button


def wrapped_label(parent: QWidget, text: str = "") -> QLabel:
    """Plain, word-wrapped, selectable text (it reflows at any zoom)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SyncFolderGroup(QGroupBox):
    """The explanation, the folder with « Choose… » and « Open », « Synchronise now » and
    « Watch the folder ».

    Signals:
        choose_requested(), open_requested(), sync_requested(): the buttons.
        watch_toggled(bool): the check box, ticked or not by the user.
    """

    choose_requested = Signal()
    open_requested = Signal()
    sync_requested = Signal()
    watch_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shared folder"))
        self.intro = wrapped_label(self, self.tr(
            "The members' own TalaGov installs work with this one through a folder that "
            "each of them can reach: a Nextcloud or Syncthing folder, a network share, or a "
            "USB key carried from one computer to the next. No server is needed."))
        self.what = wrapped_label(self, self.tr(
            "TalaGov places in it, signed with the organisation's key, each convened meeting "
            "(convocation, agenda, documents, polls open for remote voting), the members' "
            "certificates and the archives of closed meetings. It reads from it the members' "
            "certificate requests, proxies and ballots. It never changes nor deletes a file "
            "written by someone else."))
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("Shared folder"))
        self.path.setPlaceholderText(self.tr("No folder chosen yet"))
        path_label = QLabel(self.tr("&Folder:"), self)
        path_label.setBuddy(self.path)
        self.choose_button = make_button(self, self.tr("&Choose…"), self.choose_requested.emit)
        self.choose_button.setAccessibleName(self.tr("Choose the shared folder"))
        self.choose_button.setToolTip(self.tr("Pick the folder that the members' installs also "
                                              "reach (Nextcloud, Syncthing, network share, USB "
                                              "key)."))
        self.open_button = make_button(self, self.tr("&Open"), self.open_requested.emit)
        self.open_button.setAccessibleName(self.tr("Open the shared folder"))
        self.open_button.setToolTip(self.tr("Show the folder in the file manager."))
        self.sync_button = make_button(self, self.tr("&Synchronise now"), self.sync_requested.emit)
        self.sync_button.setToolTip(self.tr("Publish what is new and read what the members left in "
                                            "the folder, now."))
        self.watch_box = QCheckBox(self.tr("&Watch the folder"), self)
        self.watch_box.setAccessibleName(self.tr("Watch the folder"))
        self.watch_hint = wrapped_label(self, self.tr(
            "While the folder is watched, the ballots, proxies and certificate requests "
            "that arrive are read at once (and at least every 30 seconds), without "
            "publishing anything: “Synchronise now” also publishes."))
        self.watch_box.setToolTip(self.watch_hint.text())
        # The user's clicks only (not setChecked).
        self.watch_box.clicked.connect(lambda: self.watch_toggled.emit(self.watch_box.isChecked()))
        folder_row = QHBoxLayout()
        folder_row.addWidget(path_label)
        folder_row.addWidget(self.path, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.open_button)
        actions = QHBoxLayout()
        actions.addWidget(self.sync_button)
        actions.addWidget(self.watch_box)
        actions.addStretch(1)
        # The actions come right after the first lines: at 200 % they stay in view.
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addLayout(actions)
        layout.addWidget(self.watch_hint)
        layout.addWidget(self.what)
        self.show_folder(None)

    def show_folder(self, folder: Path | None) -> None:
        """Show ``folder`` (``None``: none chosen) and enable what needs one."""
        self.path.setText(str(folder) if folder is not None else "")
        self.path.setToolTip(self.path.text())
        for widget in (self.open_button, self.sync_button, self.watch_box):
            widget.setEnabled(folder is not None)
