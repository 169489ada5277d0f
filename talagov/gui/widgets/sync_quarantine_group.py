# SPDX-License-Identifier: GPL-3.0-or-later
"""« Quarantine »: the files of the members' directories that were set aside, and why.

A malformed, forged, replayed or misplaced file never stops a pass: it is listed here
with its reason, and the folder is left as it is (nothing is moved nor deleted). A file
that changes afterwards (a copy that was not finished) is read again at the next pass.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QVBoxLayout, QWidget

from talagov.gui.models.sync_quarantine_model import SyncQuarantineModel
from talagov.gui.widgets.sync_folder_group import wrapped_label
from talagov.gui.widgets.tables import follow_selection, make_table, selected_row
from talagov.services.sync_import import QuarantineLine


class SyncQuarantinePanel(QWidget):
    """The table of files set aside, and the selected one's reason in full."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label(self, self.tr(
            "Files that TalaGov could not take into account: they are left in the folder as "
            "they are, and listed here with the reason. A file that was still being copied "
            "is read again once it changes."))
        self.empty = wrapped_label(self, self.tr("No file is set aside."))
        self.model = SyncQuarantineModel(self, lang=lang)
        self.table = make_table(self, self.model, self.tr("Files set aside"), word_wrap=True)
        self.table.setToolTip(self.tr("Select a file to read in full why it was set aside."))
        self.table.setMinimumHeight(self.fontMetrics().height() * 5)  # a few rows, any zoom
        self.detail = wrapped_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        follow_selection(self.table, self._on_selection)
        self.set_lines(())

    def set_lines(self, lines: Sequence[QuarantineLine],
                  senders: Mapping[str, str] | None = None) -> None:
        """Show ``lines``; ``senders``: install id → member name."""
        self.model.set_items(lines, senders)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not lines)
        self.table.setVisible(bool(lines))
        self._on_selection()

    def _on_selection(self, *_args: object) -> None:
        row = selected_row(self.table)
        self.detail.setVisible(row is not None)
        if row is None:
            return
        line = self.model.item_at(row)
        sender = self.model.sender_text(line)
        self.detail.setText("\n".join(t for t in (sender, line.path, self.model.reason_text(line))
                                      if t))
        self.detail.setAccessibleName(self.detail.text())
