# SPDX-License-Identifier: GPL-3.0-or-later
"""« Journal des événements »: the verdict of the journal's check, its counts, this
install's id, its newest entries, and the signature of those still pending.

The journal grows with nearly every change, so after each one the section re-reads
only its counts and newest entries (``services.journal_view``, a few indexed reads,
coalesced when changes come in bursts). The check itself re-reads and verifies every
entry: it runs when the page is shown, after a signature, and on « Vérifier le
journal »; until then its verdict says how many entries it read. The sentences of the
verdict are those of ``talagov journal verify`` (the ``journal.*`` catalogue).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from talagov.gui import theme
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_int
from talagov.gui.models.journal_model import JournalModel
from talagov.gui.widgets.tables import make_button, make_table
from talagov.messages import render
from talagov.services import journal, journal_view
from talagov.services import keys as keys_service
from talagov.services.changes import Changes
from talagov.services.journal import JournalCheck
from talagov.services.journal_view import JournalOverview

_GOOD, _BAD = "color: $ok;", "color: $error;"  # as the register's verdict, said in words
RELOAD_DELAY_MS = 300  # a burst of changes (a CSV import, a session) is one reload


def verdict_text(check: JournalCheck, lang: str) -> str:
    """The check in words: intact with its counts, or broken with its first break."""
    report = check.report
    if not report.entries:
        return render("journal.empty", {}, lang)
    if check.ok:
        return render("journal.holds", {"entries": report.entries, "signed": report.signed,
                                        "pending": report.pending}, lang)  # fmt: skip
    first = report.breaks[0]
    sequence = first.sequence if first.sequence is not None else "?"
    return "\n".join((
        render("journal.broken", {"count": len(report.breaks), "entries": report.entries}, lang),
        render(f"journal.break.{first.kind.value}", {"sequence": sequence}, lang),
    ))  # fmt: skip


class JournalGroup(QGroupBox):
    """The journal section of the Registers page.

    Signals:
        loaded(): the counts and entries are shown (after each reload).
        verified(): the verdict of a check is shown.
        sealed(int): that many pending entries were signed.
    """

    loaded = Signal()
    verified = Signal()
    sealed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Journal of events"))
        self.overview: JournalOverview | None = None
        self.check: JournalCheck | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.intro = self._label(self.tr(
            "Every governance event (admissions, share movements, convocations, ballots, "
            "minutes…) is written here, chained to the one before and signed with the "
            "organisation's key: an entry changed or removed afterwards shows at the check."))
        self.verdict = self._label("")
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.hide()
        self.stale = self._label("")
        self.stale.hide()
        self.counts = self._label("")
        self.install = self._label("")
        self.meeting = QComboBox(self)
        self.meeting.setAccessibleName(self.tr("Meeting of the entries shown"))
        self.meeting.setToolTip(self.tr("List every entry, or only those about one meeting."))
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting.addItem(self.tr("All entries"), None)
        meeting_label = QLabel(self.tr("&Show:"), self)
        meeting_label.setBuddy(self.meeting)
        self.model = JournalModel(self, lang=ctx.lang)
        self.table = make_table(self, self.model, self.tr("Latest entries of the journal"),
                                word_wrap=True)
        self.table.setToolTip(self.tr("The newest events first, each with its number, date and "
                                      "what happened."))
        explain(self.table, "journal")
        b = make_button
        self.verify_button = b(self, self.tr("&Check the journal"), lambda: self.verify())
        self.verify_button.setToolTip(self.tr("Check that no entry was changed, removed or put out "
                                              "of order since it was written."))
        self.seal_button = b(self, self.tr("Si&gn the pending entries…"),
                             lambda: self.seal_pending())
        self.seal_button.setToolTip(self.tr("Sign the entries written since the last signature "
                                            "with the organisation's key (asks its passphrase)."))
        filter_row = QHBoxLayout()
        filter_row.addWidget(meeting_label)
        filter_row.addWidget(self.meeting, 1)
        filter_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.seal_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for label in (self.intro, self.verdict, self.stale, self.counts, self.install):
            layout.addWidget(label)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.meeting.currentIndexChanged.connect(self._on_meeting_current_index_changed)
        self.seal_button.setEnabled(False)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- loading -----------------------------------------------------------------------

    def current_meeting(self) -> int | None:
        """The meeting whose entries are shown, ``None`` for all."""
        data = self.meeting.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        """Reload the counts and entries, then check the whole journal."""
        self.reload()
        self.verify()

    def on_changes(self, changes: Changes) -> None:
        """Nearly every change writes an entry: re-read the counts and newest entries,
        once per burst of changes (the check waits to be asked, see the module)."""
        self._timer.start()

    def reload(self) -> None:
        """Re-read the counts and the newest entries (of the meeting chosen)."""
        self._timer.stop()
        self._generation += 1
        generation, meeting_id = self._generation, self.current_meeting()
        self.ctx.runner.run(self, lambda uow: journal_view.overview(uow, meeting_id=meeting_id),
                            on_success=lambda o: self._on_loaded(generation, o),
                            label=self.tr("Loading the journal"))

    def _on_meeting_current_index_changed(self, _index: int) -> None:
        self.reload()

    def _on_loaded(self, generation: int, overview: JournalOverview) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self.overview = overview
        self._fill_meetings(overview)
        self.model.set_lines(overview.lines, {m.meeting_id: m for m in overview.meetings})
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.scrollToBottom()  # the newest entry
        lang = self.ctx.lang
        self.counts.setText(arg(
            self.tr("Entries: %1 — signed: %2 — awaiting the organisation's signature: %3"),
            show_int(overview.entries, lang), show_int(overview.signed, lang),
            show_int(overview.pending, lang)))
        self.install.setText(arg(self.tr("This install: %1"), overview.install)
                             if overview.install else self.tr("This install has written no "
                                                             "entry yet."))
        for label in (self.counts, self.install):
            label.setAccessibleName(label.text())
        self.seal_button.setEnabled(overview.pending > 0)
        self._show_stale()
        self.loaded.emit()

    def _fill_meetings(self, overview: JournalOverview) -> None:
        kept = self.current_meeting()
        blocked = self.meeting.blockSignals(True)
        while self.meeting.count() > 1:
            self.meeting.removeItem(1)
        names = JournalModel(lang=self.ctx.lang)
        names.set_lines((), {m.meeting_id: m for m in overview.meetings})
        for m in overview.meetings:
            self.meeting.addItem(names.meeting_text(m.meeting_id), m.meeting_id)
        index = self.meeting.findData(kept) if kept is not None else 0
        self.meeting.setCurrentIndex(max(index, 0))
        self.meeting.blockSignals(blocked)
        if kept is not None and index < 0:
            self.reload()  # that meeting has no entry any more: show them all

    # -- check -------------------------------------------------------------------------

    def verify(self) -> None:
        """Check every entry on the task runner, then show the verdict."""
        self.ctx.runner.run(self, journal.verify, on_success=self._on_verified,
                            label=self.tr("Checking the journal"))

    def _on_verified(self, check: JournalCheck) -> None:
        self.check = check
        self.verdict.setText(verdict_text(check, self.ctx.lang))
        theme.set_style(self.verdict, _GOOD if check.ok else _BAD)
        self.verdict.setAccessibleName(self.verdict.text())
        self.verdict.show()
        self._show_stale()
        self.verified.emit()

    def _show_stale(self) -> None:
        """Say when entries were written since the check (its verdict is about fewer)."""
        if self.check is None or self.overview is None:
            self.stale.hide()
            return
        newer = self.overview.entries - self.check.report.entries
        self.stale.setVisible(newer > 0)
        if newer > 0:
            self.stale.setText(self.tr("%n entry(ies) written since this check: “Check the "
                                       "journal” reads them too.", "", newer))
            self.stale.setAccessibleName(self.stale.text())

    # -- signature ---------------------------------------------------------------------

    def seal_pending(self) -> PassphraseDialog | None:
        """Ask the organisation's passphrase, then sign the pending entries."""
        pending = self.overview.pending if self.overview is not None else 0
        if not pending:
            return None

        def task_of(passphrase: str) -> Callable[[Any], Any]:
            return lambda uow: journal.seal(uow, keys_service.unlock_organisation(uow, passphrase))

        dialog = PassphraseDialog(
            self.ctx, self.tr("Sign the pending entries"),
            self.tr("%n entry(ies) of the journal wait for the organisation's signature. "
                    "The organisation's passphrase signs them, so that none can be changed "
                    "afterwards without it showing.", "", pending),
            task_of, action=self.tr("&Sign"), label=self.tr("Signing the journal"), parent=self)
        dialog.saved.connect(self._on_sealed)
        dialog.open()
        return dialog

    def _on_sealed(self, count: object) -> None:
        self.sealed.emit(int(count) if isinstance(count, int) else 0)
        self.refresh()
