# SPDX-License-Identifier: GPL-3.0-or-later
"""An optional file (a scanned proxy or postal form): its name, Choose… and Remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QWidget

from talagov.gui.widgets.tables import make_button


class ScannedFormField(QWidget):
    """Holds an optional path; the file is read only when the dialog saves.

    Signals:
        path_changed(object): the new path, or ``None``.
    """

    path_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self.name = QLineEdit(self)
        self.name.setReadOnly(True)
        self.name.setPlaceholderText(self.tr("No scanned form"))
        self.name.setAccessibleName(self.tr("Scanned form"))
        self.choose_button = make_button(self, self.tr("Ch&oose…"), self.choose)
        self.clear_button = make_button(self, self.tr("Remo&ve"), self.clear)
        self.choose_button.setToolTip(self.tr("Attach the scan of the signed paper form (PDF or "
                                              "image)."))
        self.clear_button.setToolTip(self.tr("Detach the scanned form."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.choose_button)
        self._update()

    def path(self) -> Path | None:
        """The file chosen, if any."""
        return self._path

    def set_path(self, path: Path | None) -> None:
        """Choose ``path`` (``None``: no file)."""
        self._path = path
        self._update()
        self.path_changed.emit(path)

    def clear(self) -> None:
        """No file."""
        self.set_path(None)

    def choose(self) -> None:
        """Ask for a file (scans are PDF or images, but any file is accepted)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Scanned form"), "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        if name:
            self.set_path(Path(name))

    def _update(self) -> None:
        self.name.setText(self._path.name if self._path is not None else "")
        self.name.setToolTip(str(self._path) if self._path is not None
                             else self.tr("No scan of the signed form is attached yet."))
        self.clear_button.setEnabled(self._path is not None)
