# SPDX-License-Identifier: GPL-3.0-or-later
"""The parts of the key dialogs (« Create my voting key », on the office's TalaGov and on a
member's install, and « Give a proxy… »): a form of labelled fields, the problem line under
it, OK renamed and Cancel, and the column they stand in.

Each dialog keeps its own texts (translated in its own context); only the layout is shared.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov.gui import theme
from talagov.gui.booth.style import paragraph


def labelled_form(parent: QWidget, rows: Sequence[tuple[str, QWidget]], *,
                  wrap: bool = True) -> QFormLayout:
    """Each widget after its label, the label's buddy (its ``&`` letter reaches the field);
    a row without text holds the widget alone. ``wrap``: long rows put the field under
    its label (at 200 % zoom)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if wrap:
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for text, widget in rows:
        if text:
            label = QLabel(text, parent)
            label.setBuddy(widget)
            form.addRow(label, widget)
        else:
            form.addRow(widget)
    return form


def error_line(parent: QWidget) -> QLabel:
    """The problem line under a form: bold dark red, hidden until
    :func:`~talagov.gui.booth.style.set_error` gives it a text."""
    label = paragraph("", parent, "error")
    theme.set_style(label, "color: $error; font-weight: bold;")
    label.hide()
    return label


def ok_cancel(parent: QWidget, ok_text: str,
              ok_name: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The buttons, OK showing ``ok_text`` (named ``ok_name`` for screen readers), and
    Cancel; returns the box, OK and Cancel (not connected)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_name)
    return buttons, ok, buttons.button(QDialogButtonBox.StandardButton.Cancel)


def column(dialog: QDialog, parts: Sequence[QWidget | QLayout], buttons: QWidget, *,
           ems: int) -> None:
    """``parts`` top to bottom, the space left, then ``buttons``; the dialog at least
    ``ems`` wide in its font, so that the texts wrap less at 200 % zoom."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addStretch(1)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("M") * ems)
