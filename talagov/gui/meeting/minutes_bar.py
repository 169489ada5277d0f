# SPDX-License-Identifier: GPL-3.0-or-later
"""The top of the minutes tab: the status, always in sight (« Draft », « Submitted —
waiting for: A, B », « Signed — register no. N »), the autosave state, the document
shown (the minutes or one of its errata), the language, and the actions that the
status allows; and what the tab shows before there are minutes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from talagov.core.minutes_content import MinutesStatus
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting.minutes_data import status_text
from talagov.services.minutes import ERRATUM, MinutesView

_LANGUAGES = (("fr", "Français"), ("en", "English"))  # named in their own language


class MinutesBar(QWidget):
    """Status, document, language and action buttons (the tab connects the buttons).

    Signals:
        document_chosen(int): the user chose another document (minutes id).
        language_chosen(str): the user chose the minutes' language (``fr``, ``en``).
    """

    document_chosen = Signal(int)
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.status = QLabel(self)
        font = self.status.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status.setFont(font)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_state = QLabel(self)
        self.save_state.setAccessibleName(self.tr("Autosave"))
        self.documents = QComboBox(self)
        self.documents.setAccessibleName(self.tr("Document"))
        self.documents_label = QLabel(self.tr("Do&cument:"), self)
        self.documents_label.setBuddy(self.documents)
        self.documents.setToolTip(self.tr("Choose the minutes or one of their errata."))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the minutes"))
        for code, name in _LANGUAGES:
            self.language.addItem(name, code)
        language_label = QLabel(self.tr("&Language of the minutes:"), self)
        language_label.setBuddy(self.language)
        self.language.setToolTip(self.tr("The language the generated parts of the minutes are "
                                         "written in."))
        b = self._button  # the tab connects them
        self.preview_button = b(self.tr("PDF pr&eview…"))
        self.save_button = b(self.tr("Save the P&DF…"))
        self.signatories_button = b(self.tr("Si&gnatories…"))
        self.submit_button = b(self.tr("Su&bmit for signature…"))
        self.back_button = b(self.tr("Bac&k to draft"))
        self.timestamp_button = b(self.tr("Add a &time-stamp"))
        self.erratum_button = b(self.tr("New e&rratum…"))
        for button, tip in (
                (self.preview_button, self.tr("Open the minutes as a PDF to read them (a draft "
                                              "is marked as such).")),
                (self.save_button, self.tr("Save the minutes as a PDF file.")),
                (self.signatories_button, self.tr("Choose who signs the minutes and in what "
                                                  "capacity.")),
                (self.submit_button, self.tr("Freeze the text so that the signatories can sign "
                                             "it.")),
                (self.timestamp_button, self.tr("Ask the time-stamping authority to date the "
                                                "signed PDF.")),
                (self.erratum_button, self.tr("Start a signed correction to these minutes."))):
            button.setToolTip(tip)
        self._back_tip = self.tr("Unfreeze the text to edit it again (only while nobody "
                                 "has signed).")
        self.back_button.setToolTip(self._back_tip)
        explain(self.status, "proces_verbal")
        explain(self.submit_button, "signature_electronique")
        explain(self.timestamp_button, "horodatage")
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.save_state)
        choices = QHBoxLayout()
        for widget in (self.documents_label, self.documents, language_label, self.language):
            choices.addWidget(widget)
        choices.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.signatories_button,
                       self.submit_button, self.back_button, self.timestamp_button,
                       self.erratum_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addLayout(buttons)
        self.documents.currentIndexChanged.connect(self._on_documents_current_index_changed)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def set_view(self, documents: Sequence[MinutesView], view: MinutesView | None) -> None:
        """Show the status and the actions of ``view`` (``None``: no minutes yet)."""
        self._loading = True
        try:
            self.documents.clear()
            for d in documents:
                self.documents.addItem(self.document_title(d), d.id)
            if view is not None:
                self.documents.setCurrentIndex(self.documents.findData(view.id))
                self.language.setCurrentIndex(self.language.findData(view.lang))
        finally:
            self._loading = False
        for widget in (self.documents_label, self.documents):
            widget.setVisible(len(documents) > 1)
        self.status.setText(status_text(view) if view is not None else "")
        status = view.status if view is not None else None
        draft, submitted, signed = (status is s for s in MinutesStatus)
        unstamped = view is not None and view.timestamp != "rfc3161"
        self.language.setEnabled(draft)
        for button, shown in (
                (self.preview_button, view is not None), (self.save_button, view is not None),
                (self.signatories_button, draft), (self.submit_button, draft),
                (self.back_button, submitted),
                (self.timestamp_button, signed and unstamped),
                (self.erratum_button, signed and view is not None and view.kind != ERRATUM)):
            button.setVisible(shown)
        nobody_signed = view is not None and all(s.signed_at is None for s in view.signatories)
        self.back_button.setEnabled(nobody_signed)
        self.back_button.setToolTip(self._back_tip if nobody_signed else self.tr(
            "A signature was given: the text it signed can no longer change."))
        if view is None or not view.editable:
            self.save_state.clear()

    def document_title(self, view: MinutesView) -> str:
        """« Minutes » or « Erratum (draft) »."""
        if view.kind == ERRATUM:
            if view.number is not None:
                return arg(self.tr("Erratum — register no. %1"), view.number)
            return self.tr("Erratum (being written)")
        return self.tr("Minutes")

    def set_save_state(self, text: str) -> None:
        """« Saving… », « Saved at 14:32 », « Not saved »."""
        self.save_state.setText(text)

    def _on_documents_current_index_changed(self, index: int) -> None:
        if not self._loading and index >= 0:
            self.document_chosen.emit(int(self.documents.itemData(index)))

    def _on_language_current_index_changed(self, index: int) -> None:
        if not self._loading and index >= 0:
            self.language_chosen.emit(str(self.language.itemData(index)))


class BeforeMinutesPage(QWidget):
    """Before the meeting is closed, a line saying when the minutes come; after, for a
    meeting closed before TalaGov drafted minutes, the button that drafts them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("&Draft the minutes"), self)
        self.draft_button.setAccessibleName(self.tr("Draft the minutes"))
        self.draft_button.setToolTip(self.tr("Draft the minutes now from what was recorded "
                                             "during the meeting."))
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)

    def set_closed(self, closed: bool) -> None:
        """Word the page for a meeting still open (``False``) or closed without minutes."""
        self.text.setText(self.tr(
            "This meeting was closed before TalaGov drafted minutes. They can be drafted now "
            "from what was recorded.") if closed else self.tr(
            "The minutes are drafted from the record when the meeting is closed (Session tab). "
            "They can then be completed, signed and entered in the register."))
        self.draft_button.setVisible(closed)
