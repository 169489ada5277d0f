# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace tab of the minutes (procès-verbal): its status, its sections, its actions.

Before the closing the tab says when the minutes come (an older meeting, closed without
them, gets « Draft the minutes »); then it shows the sections of the minutes or of an
erratum, the generated parts locked, the written parts editable while it is a draft.

Autosave: every edit restarts a 1.5 s timer; when it fires, what the secretary wrote
is saved on the task runner (``minutes.save_written``). Leaving the tab, choosing
another meeting or document, submitting and changing the language save first. A
refusal (a decision without its action) is shown in the message bar and nothing is
taken from the editor: the next edit tries again. The tab does not reload after its
own saves, so typing is never interrupted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from talagov.core.errors import UserError
from talagov.core.minutes_content import MinutesStatus
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.dialogs.task_dialog import error_lines
from talagov.gui.errors import show_error
from talagov.gui.file_actions import show_file
from talagov.gui.i18n import arg
from talagov.gui.meeting.minutes_actions import MinutesActions
from talagov.gui.meeting.minutes_bar import BeforeMinutesPage, MinutesBar
from talagov.gui.meeting.minutes_data import SIGNATURES, MinutesData, load_minutes
from talagov.gui.meeting.minutes_sections import MinutesSections
from talagov.gui.meeting.minutes_signatures import SignatoriesDialog
from talagov.gui.meeting.tab_loader import TabLoader
from talagov.gui.widgets.message_bar import MessageBar
from talagov.services import minutes as minutes_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.minutes import MinutesView

AUTOSAVE_MS = 1500
_RELOAD_ON = (Aggregate.MINUTES, Aggregate.MEETINGS, Aggregate.KEYS, Aggregate.SESSION,
              Aggregate.POLLS, Aggregate.AGENDA, Aggregate.STATUTES)


class MinutesTab(QWidget):
    """The minutes of one meeting.

    Signals:
        loaded(): the minutes are shown (after each reload; tests wait on it).
        saved(): an autosave went through.
        save_failed(): an autosave was refused (the reason is in the message bar).

    ``clock`` gives "now" for saves and signatures; ``open_pdf`` opens a previewed PDF
    (tests set it to ``None``).
    """

    loaded = Signal()
    saved = Signal()
    save_failed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], datetime] = datetime.now
        self.open_pdf: Callable[[Path], object] | None = show_file
        self.data: MinutesData | None = None
        self.view: MinutesView | None = None
        self.sign_dialog: PassphraseDialog | None = None
        self._document_id: int | None = None
        self._shown: tuple[object, ...] | None = None
        self._dirty = False
        self._own_save: Changes | None = None
        self.loader = TabLoader(self, ctx, load_minutes, self._on_loaded, lambda: self._show(None),
                                label=self.tr("Loading the minutes"), reload_on=_RELOAD_ON)
        self.operations = MinutesActions(ctx, self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(lambda: self.save_now())
        self.bar = MinutesBar(self)
        self.message_bar = MessageBar(self)
        self.sections = MinutesSections(self)
        self.before = BeforeMinutesPage(self)
        self.draft_button = self.before.draft_button
        self.draft_button.clicked.connect(lambda _checked=False: self.draft())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.before)
        self.stack.addWidget(self.sections)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.stack, 1)
        self.sections.edited.connect(self._on_sections_edited)
        self.sections.signatures_panel.sign_requested.connect(self.sign)
        self.bar.document_chosen.connect(self._on_bar_document_chosen)
        self.bar.language_chosen.connect(self._on_bar_language_chosen)
        b = self.bar
        for button, slot in ((b.preview_button, self.preview_pdf), (b.save_button, self.save_pdf),
                             (b.signatories_button, self.choose_signatories),
                             (b.submit_button, self.submit), (b.back_button, self.back_to_draft),
                             (b.timestamp_button, self.add_timestamp),
                             (b.erratum_button, self.new_erratum)):
            button.clicked.connect(lambda _checked=False, s=slot: s())
        self._show(None)

    # -- loading -----------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        """The meeting shown (``None``: none)."""
        return self.loader.meeting_id

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the minutes of ``meeting_id`` (``None``: nothing); saves the previous first."""
        self.save_now()
        self._document_id, self._shown = None, None
        self.loader.set_meeting(meeting_id)

    def refresh(self) -> None:
        """Reload the meeting's minutes."""
        self.loader.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Reload when the minutes or what they are drafted from change (not after our own
        autosave); while hidden, the reload waits until the tab is shown."""
        if changes is not self._own_save:
            self.loader.on_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the changes made while hidden."""
        super().showEvent(event)
        self.loader.shown()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab saves what was typed."""
        self.save_now()
        super().hideEvent(event)

    def _on_loaded(self, data: MinutesData) -> None:
        self._show(data)
        self.loaded.emit()

    def _show(self, data: MinutesData | None) -> None:
        self.data = data
        view = data.document(self._document_id) if data is not None else None
        previous, self.view = self.view, view
        if view is None:
            self.before.set_closed(data is not None and data.closed)
            self.stack.setCurrentWidget(self.before)
        else:
            self.stack.setCurrentWidget(self.sections)
            shown = (view.id, view.status, view.generated, view.lang)
            if shown != self._shown:
                self.sections.set_view(view, self.ctx.lang)
                self._shown, self._dirty = shown, False
                if data is not None and view.corrects_id is not None:
                    self.sections.note_correction(next(
                        (d.number for d in data.documents if d.id == view.corrects_id), None))
                if (previous is not None and previous.id == view.id
                        and previous.status is MinutesStatus.DRAFT
                        and view.status is MinutesStatus.SUBMITTED):
                    self.sections.select(SIGNATURES)
            else:  # the same draft: keep the editors (and the cursor) as they are
                self.sections.view = view
                self.sections.signatures_panel.set_view(view, self.ctx.lang)
        self.bar.set_view(data.documents if data else (), view)

    # -- autosave ----------------------------------------------------------------------

    def _on_sections_edited(self) -> None:
        if self.view is None or not self.view.editable:
            return
        self._dirty = True
        self.bar.set_save_state(self.tr("Unsaved changes"))
        self.timer.start()

    def save_now(self, then: Callable[[], object] | None = None) -> None:
        """Save what was typed, if anything; ``then`` runs once it is saved (not if the
        save is refused)."""
        self.timer.stop()
        view = self.view
        if not self._dirty or view is None or not view.editable:
            if then is not None:
                then()
            return
        written, minutes_id, now = self.sections.written(), view.id, self.clock()
        self._dirty = False
        self.bar.set_save_state(self.tr("Saving…"))

        def succeeded(changes: Changes) -> None:
            self._own_save = changes
            self.message_bar.show_messages([])
            self.bar.set_save_state(arg(self.tr("Saved at %1"), f"{now:%H:%M}"))
            self.saved.emit()
            if then is not None:
                then()

        self.ctx.runner.run(self, lambda uow: minutes_service.save_written(uow, minutes_id, written,
                                                                           now=now),
                            on_success=succeeded, on_failure=self._on_save_failed,
                            label=self.tr("Saving the minutes"))

    def _on_save_failed(self, exc: BaseException) -> None:
        self._dirty = True  # still to save: the next edit, or leaving the tab, tries again
        self.bar.set_save_state(self.tr("Not saved"))
        if isinstance(exc, UserError):
            self.message_bar.show_messages(error_lines(exc, self.ctx.lang))
            self.save_failed.emit()
        else:
            show_error(self, exc)

    # -- actions -----------------------------------------------------------------------

    def _on_bar_document_chosen(self, minutes_id: int) -> None:
        self.save_now()
        self._document_id, self._shown = minutes_id, None
        self._show(self.data)

    def _on_bar_language_chosen(self, lang: str) -> None:
        view = self.view
        if view is not None and view.editable and lang != view.lang:
            minutes_id, now = view.id, self.clock()
            self.save_now(lambda: self.operations.regenerate(minutes_id, lang, now))

    def draft(self) -> None:
        """Draft the minutes of a meeting closed without them."""
        if self.meeting_id is not None:
            self.operations.draft(self.meeting_id, self.clock())

    def preview_pdf(self) -> None:
        """Print the PDF (a draft is marked as such) and open it."""
        if (view := self.view) is not None:
            self.save_now(lambda: self.operations.preview_pdf(view, self.open_pdf))

    def save_pdf(self, path: Path | None = None) -> None:
        """Save the PDF where the user chooses (or at ``path``)."""
        if (view := self.view) is not None:
            self.save_now(lambda: self.operations.save_pdf(view, path))

    def choose_signatories(self) -> SignatoriesDialog | None:
        """Open the signatories of the draft."""
        if self.view is None or not self.view.editable:
            return None
        dialog = SignatoriesDialog(self.ctx, self.view, lambda: self.clock(), self)
        dialog.open()
        return dialog

    def submit(self) -> None:
        """Save, then freeze the text for signature (after confirmation)."""
        if (view := self.view) is not None and view.editable:
            self.save_now(lambda: self.operations.submit(view, self.clock()))

    def back_to_draft(self) -> None:
        """Unfreeze submitted minutes nobody has signed yet."""
        if self.view is not None:
            self.operations.back_to_draft(self.view, self.clock())

    def sign(self, member_id: int) -> None:
        """Open the signing dialog of one signatory (it stores itself in ``sign_dialog``)."""
        if self.view is not None:
            self.sign_dialog = None
            self.operations.sign(self.view, member_id, lambda: self.clock(), self._on_sign_dialog)

    def _on_sign_dialog(self, dialog: PassphraseDialog) -> None:
        self.sign_dialog = dialog

    def add_timestamp(self) -> None:
        """Time-stamp the signed PDF with the configured authority."""
        if self.view is not None:
            self.operations.add_timestamp(self.view, self.clock())

    def new_erratum(self) -> None:
        """Start an erratum to the signed minutes and show it."""
        if self.view is not None:
            self.operations.new_erratum(self.view, self.clock(), self._on_erratum_created)

    def _on_erratum_created(self, minutes_id: int) -> None:
        self._document_id, self._shown = minutes_id, None
