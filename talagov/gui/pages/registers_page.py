# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Registers" page: the registers of deliberations, their entries, their check,
and under them the journal of governance events (``widgets.journal_group``).

One register per body (the general assembly, each board or committee, the meetings of
no body), each entry a signed minutes chained to the one before. « Verify the
register » re-reads every entry as stored, on the task runner: a green line when the
chain holds, a red one naming the first break (an entry altered, removed, moved, a
signature that fails, a PDF that no longer matches). The register prints to PDF; an
entry leads to its meeting's minutes, or saves its signed PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from talagov.core.cancel import CancelToken
from talagov.gui import theme
from talagov.gui.context import AppContext
from talagov.gui.file_actions import ask_save_path, show_file
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.models.register_entry_model import RegisterEntryModel
from talagov.gui.pages.base import Page
from talagov.gui.widgets.journal_group import JournalGroup
from talagov.gui.widgets.tables import follow_selection, make_button, make_table, selected_row
from talagov.services import deliberations
from talagov.services import minutes as minutes_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.deliberations import EntryView, RegisterCheck, RegisterView

_GOOD, _BAD = "color: $ok;", "color: $error;"  # 4.5:1 or more; the words say it too


class RegistersPage(Page):
    """A register chosen above, its entries, the verdict of its check and the actions.

    Signals:
        loaded(): the registers are shown (after each reload).
        verified(): the verdict of a check is shown.
        open_minutes_requested(int): show the minutes of this meeting (the main window
            switches to the meetings page).
    """

    loaded = Signal()
    verified = Signal()
    open_minutes_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Registers")
        self.registers: list[RegisterView] = []
        self.checks: dict[str, RegisterCheck] = {}
        self._generation = 0
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Register"))
        self.combo.setToolTip(self.tr("Each body keeps its own register; choose the one to show."))
        explain(self.combo, "registre")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("&Register of deliberations:"), self)
        label.setBuddy(self.combo)
        self.empty = QLabel(self.tr("No minutes have been signed yet: each register fills as the "
                                    "minutes of its body are signed."), self)
        self.empty.setWordWrap(True)
        self.model = RegisterEntryModel(self, lang=ctx.lang)
        self.table = make_table(self, self.model, self.tr("Entries of the register"),
                                word_wrap=True)
        self.table.setToolTip(self.tr("The signed minutes entered in this register, numbered in "
                                      "order."))
        explain(self.table, "proces_verbal")
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.hide()
        b = make_button
        self.verify_button = b(self, self.tr("&Verify the register"), lambda: self.verify())
        self.verify_button.setToolTip(self.tr("Check that no entry is missing and that every "
                                              "signature and fingerprint still matches."))
        explain(self.verify_button, "empreinte")
        self.print_button = b(self, self.tr("&Print the register…"), lambda: self.print_register())
        self.print_button.setToolTip(self.tr("Save the register as a PDF to print or to show an "
                                             "auditor."))
        self.open_button = b(self, self.tr("&Open the minutes"), self.open_minutes)
        self.open_button.setToolTip(self.tr("Show the selected minutes in their meeting."))
        self.pdf_button = b(self, self.tr("Save the signed P&DF…"), lambda: self.save_pdf())
        self.pdf_button.setToolTip(self.tr("Save a copy of the selected minutes as signed, with "
                                           "their electronic signature."))
        explain(self.pdf_button, "signature_electronique")
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.verify_button, self.print_button, self.open_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        registers = QWidget(self)
        column = QVBoxLayout(registers)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        column.addWidget(self.verdict)
        column.addLayout(buttons)
        # The journal of every governance event, under the registers: the user drags the
        # handle to give either more room (at 200 % both stay usable, each table scrolls).
        self.journal = JournalGroup(ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(registers)
        self.splitter.addWidget(self.journal)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)  # a register has few rows; the journal, many
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        follow_selection(self.table, self._update_actions)
        self._update_actions()

    #: Called with a saved PDF; opens it with the system viewer (tests set it to None).
    open_after_save: Callable[[Path], object] | None = staticmethod(show_file)

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the registers and their entries, and the journal with its check."""
        self.journal.refresh()
        self._generation += 1
        generation, lang = self._generation, self.ctx.lang
        self.ctx.runner.run(self, lambda uow: deliberations.registers(uow, lang=lang),
                            on_success=lambda regs: self._on_loaded(generation, regs),
                            label=self.tr("Loading the registers"))

    def on_changes(self, changes: Changes) -> None:
        """Signed minutes, a body renamed or another organisation key change the registers;
        nearly every change adds to the journal (it re-reads only its newest entries)."""
        self.journal.on_changes(changes)
        if changes.touches(Aggregate.MINUTES, Aggregate.MANDATES, Aggregate.KEYS,
                           Aggregate.ORGANISATION):
            self.checks = {}  # a verdict is about the entries it read
            self.refresh()

    def _on_loaded(self, generation: int, registers: list[RegisterView]) -> None:
        if generation != self._generation:
            return
        kept = self.current_key()
        self.registers = registers
        blocked = self.combo.blockSignals(True)
        self.combo.clear()
        for register in registers:
            self.combo.addItem(register.label, register.key)
        index = self.combo.findData(kept) if kept is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else 0)
        self.combo.blockSignals(blocked)
        self.empty.setVisible(not registers)
        self._show_register()
        self.loaded.emit()

    def current_key(self) -> str | None:
        """The key of the register shown (``"ag"``, ``"body-3"``…)."""
        data = self.combo.currentData()
        return str(data) if data is not None else None

    def current_register(self) -> RegisterView | None:
        """The register shown."""
        key = self.current_key()
        return next((r for r in self.registers if r.key == key), None)

    def current_entry(self) -> EntryView | None:
        """The selected entry."""
        row = selected_row(self.table)
        return self.model.item_at(row) if row is not None else None

    def _on_combo_current_index_changed(self, _index: int) -> None:
        self._show_register()

    def _show_register(self) -> None:
        register = self.current_register()
        self.model.set_entries(register.entries if register is not None else ())
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(self.model.rowCount() - 1)  # the newest entry
        self._show_verdict()
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        has_register = self.current_register() is not None
        for button in (self.verify_button, self.print_button):
            button.setEnabled(has_register)
        for button in (self.open_button, self.pdf_button):
            button.setEnabled(self.current_entry() is not None)

    # -- verification ------------------------------------------------------------------

    def verify(self) -> None:
        """Check every register on the task runner, then show the verdict of this one."""
        lang = self.ctx.lang

        def work(uow: Any, progress: Any, cancel: CancelToken) -> list[RegisterCheck]:
            return deliberations.verify(uow, lang=lang)

        self.ctx.runner.run(self, work, on_success=self._on_verified,
                            label=self.tr("Verifying the registers"))

    def _on_verified(self, checks: list[RegisterCheck]) -> None:
        self.checks = {c.key: c for c in checks}
        self._show_verdict()
        self.verified.emit()

    def _show_verdict(self) -> None:
        check = self.checks.get(self.current_key() or "")
        if check is None:
            self.verdict.hide()
            return
        self.verdict.setText(self.verdict_text(check))
        theme.set_style(self.verdict, _GOOD if check.ok else _BAD)
        self.verdict.setAccessibleName(self.verdict.text())
        self.verdict.show()

    def verdict_text(self, check: RegisterCheck) -> str:
        """« Chain intact: 4 entries », or the first break, named."""
        if check.ok:
            return self.tr("Chain intact: %n entry(ies)", "", check.report.entries)
        # The same wording as ``talagov register verify`` (one catalogue for both).
        detail = check.verdict(self.ctx.lang)
        return arg(self.tr("The register is broken: %1."), detail)

    # -- files -------------------------------------------------------------------------

    def print_register(self, path: Path | None = None) -> None:
        """Print the register shown to a PDF chosen by the user, then open it."""
        register = self.current_register()
        if register is None:
            return
        if path is None:
            path = ask_save_path(self, self.tr("Print the register"),
                                 arg(self.tr("register-of-deliberations-%1.pdf"), register.key),
                                 self.tr("PDF documents (*.pdf)"))
            if path is None:
                return
        key, target, lang, opener = register.key, path, self.ctx.lang, self.open_after_save

        def work(uow: Any, progress: Any, cancel: CancelToken) -> Path:
            return deliberations.export_register(uow, key, target, lang=lang)

        def done(saved: Path) -> None:
            if opener is not None:
                opener(saved)

        self.ctx.runner.run(self, work, on_success=done, label=self.tr("Printing the register"))

    def open_minutes(self) -> None:
        """Show the minutes of the selected entry in its meeting's workspace."""
        entry = self.current_entry()
        if entry is not None:
            self.open_minutes_requested.emit(entry.meeting_id)

    def save_pdf(self, path: Path | None = None) -> None:
        """Save the signed PDF of the selected entry."""
        entry = self.current_entry()
        if entry is None:
            return
        if path is None:
            path = ask_save_path(self, self.tr("Save the signed minutes"),
                                 arg(self.tr("minutes-%1.pdf"), entry.meeting_date),
                                 self.tr("PDF documents (*.pdf)"))
            if path is None:
                return
        minutes_id, target = entry.minutes_id, path
        self.ctx.runner.run(self, lambda uow: minutes_service.export_pdf(uow, minutes_id, target),
                            label=self.tr("Saving the minutes"))
