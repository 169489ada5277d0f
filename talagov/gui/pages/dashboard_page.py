# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Dashboard" page: headline figures and what needs the secretary's attention."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from talagov.core.errors import UserError
from talagov.core.findings import Finding, Severity
from talagov.gui import theme
from talagov.gui.context import AppContext
from talagov.gui.errors import current_lang, show_error
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date, show_int
from talagov.gui.labels import due_reason_labels, role_labels
from talagov.gui.meeting_labels import meeting_status_label
from talagov.gui.money import show_cents
from talagov.gui.pages.base import Page
from talagov.messages import render, render_finding
from talagov.services import minutes as minutes_service
from talagov.services import registers
from talagov.services.changes import Aggregate, Changes
from talagov.services.minutes import PendingSignature
from talagov.services.registers import ComingMeeting, Dashboard
from talagov.services.uow import UnitOfWork

# Semantic colours of the theme (4.5:1 or more on the page); never the only cue.
_SEVERITY_COLOURS = theme.Colours({Severity.VIOLATION: "error", Severity.WARNING: "warning",
                                   Severity.INFO: "info"})
_SEVERITY_ICONS = {Severity.VIOLATION: QStyle.StandardPixmap.SP_MessageBoxCritical,
                   Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                   Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}


class _Figure(QFrame):
    """One headline figure: a caption above a large value."""

    def __init__(self, caption: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        self.value = QLabel(self)
        self.detail = QLabel(self)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption.setBuddy(self.value)
        layout = QVBoxLayout(self)
        for label in (self.caption, self.value, self.detail):
            layout.addWidget(label)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.value.setAccessibleName(f"{self.caption.text()} {value} {detail}".strip())


def _list(name: str, parent: QWidget) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def load_dashboard(uow: UnitOfWork, today: date) -> tuple[Dashboard, list[PendingSignature]]:
    """The registers' figures and alerts, and the minutes still waiting for signatures."""
    return registers.dashboard(uow, today), minutes_service.pending_signatures(uow)


class DashboardPage(Page):
    """Members, capital and AG deadline; compliance alerts; mandates and applications due."""

    loaded = Signal()  # after every reload (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Dashboard")
        self._generation = 0
        self._pending_generation = 0  # the minutes' line reloads on its own (see on_changes)
        self.members_figure = _Figure(self.tr("Active members"), self)
        self.capital_figure = _Figure(self.tr("Capital"), self)
        explain(self.capital_figure.caption, "capital")
        self.deadline_figure = _Figure(self.tr("Next annual meeting, at the latest"), self)
        figures = QGridLayout()
        for column, figure in enumerate((self.members_figure, self.capital_figure, self.deadline_figure)):
            figures.addWidget(figure, 0, column)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.alerts = _list(self.tr("Compliance alerts"), self)
        self.alerts.setToolTip(self.tr("What the law or the statutes require and the register does "
                                       "not meet yet; most serious first."))
        self.renewals = _list(self.tr("Mandates to renew"), self)
        self.renewals.setToolTip(self.tr("Mandates that end before the next annual meeting, so "
                                         "their renewal goes on its agenda."))
        explain(self.renewals, "mandat")
        self.applications = _list(self.tr("Applications due"), self)
        self.applications.setToolTip(self.tr("Membership applications waiting for a decision, "
                                             "oldest first."))
        self.meetings = _list(self.tr("Coming meetings"), self)
        self.meetings.setToolTip(self.tr("Meetings planned from today on, with their date and "
                                         "status."))
        self.signatures = _list(self.tr("Minutes awaiting signature"), self)
        self.signatures.setToolTip(self.tr("Minutes that still miss a signatory; open the meeting "
                                           "to have them signed."))
        explain(self.signatures, "proces_verbal")
        layout = QVBoxLayout(self)
        layout.addLayout(figures)
        layout.addWidget(self.status)
        # Alerts span the page; the three shorter lists share one row beneath, so the page
        # still fits a small window (and scrolls no sooner at 200 % zoom).
        row = QHBoxLayout()
        for title, widget, stretch in ((self.tr("Compliance &alerts"), self.alerts, 2),
                                       (self.tr("Coming mee&tings"), self.meetings, 1),
                                       (self.tr("Minutes a&waiting signature"), self.signatures, 1),
                                       (self.tr("&Mandates to renew before the next AG"), self.renewals, 1),
                                       (self.tr("A&pplications due"), self.applications, 1)):
            box = QGroupBox(self)
            label = QLabel(title, box)
            label.setBuddy(widget)
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            inner = QVBoxLayout(box)
            inner.addWidget(label)
            inner.addWidget(widget)
            if widget is self.alerts:
                layout.addWidget(box, stretch)
            else:
                row.addWidget(box, 1)
        layout.addLayout(row, 2)
        self.status.hide()

    # -- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the dashboard on today's date."""
        self._generation += 1
        generation, today = self._generation, self.ctx.today()
        self.ctx.runner.run(self, lambda uow: load_dashboard(uow, today),
                            on_success=lambda data: self._on_loaded(generation, *data),
                            on_failure=self._on_load_failed, label=self.tr("Updating the dashboard"))

    def on_changes(self, changes: Changes) -> None:
        """Every register feeds the dashboard: any change recomputes it, except the minutes
        alone (their autosave runs every few seconds of typing): they reload their line."""
        if changes.aggregates == {Aggregate.MINUTES}:
            self._pending_generation += 1
            generation = self._pending_generation
            self.ctx.runner.run(self, minutes_service.pending_signatures,
                                on_success=lambda p: self._on_pending_loaded(generation, p),
                                label=self.tr("Updating the dashboard"))
        else:
            self.refresh()

    def _on_load_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            show_error(self, exc)
            return
        self.status.setText(render(exc.code, exc.params, current_lang()))
        self.status.show()
        self.loaded.emit()

    def _on_loaded(self, generation: int, data: Dashboard,
                   pending: list[PendingSignature]) -> None:
        if generation != self._generation:
            return
        lang = current_lang()
        self.status.hide()
        self.members_figure.set(show_int(data.active_members, lang),
                                self.tr("%Ln member(s) on record in all", "", data.total_members))
        self.capital_figure.set(show_cents(data.capital_cents, lang),
                                arg(self.tr("on %1"), show_date(data.today, lang)))
        days = (data.next_ag_deadline - data.today).days
        self.deadline_figure.set(show_date(data.next_ag_deadline, lang),
                                 self.tr("in %n day(s)", "", days))
        self._show_findings(data.findings, lang)
        self._fill(self.renewals, [
            arg(self.tr("%1 — %2, %3 — planned end %4"), m.member_name, role_labels()[m.role],
                m.body_name, show_date(m.planned_end, lang))
            for m in data.expiring], self.tr("No mandate ends before the next annual meeting."))
        reasons = due_reason_labels()
        self._fill(self.applications, [
            self._application_text(d.application.name, d.application.first_name,
                                   reasons[d.reason], d.deadline, lang)
            for d in data.applications_due], self.tr("No application is waiting."))
        self._fill(self.meetings, [self._meeting_text(m, lang) for m in data.meetings],
                   self.tr("No meeting is planned."))
        self._show_pending(pending)
        self.loaded.emit()

    def _on_pending_loaded(self, generation: int, pending: list[PendingSignature]) -> None:
        if generation == self._pending_generation:
            self._show_pending(pending)
            self.loaded.emit()

    def _show_pending(self, pending: list[PendingSignature]) -> None:
        self._fill(self.signatures, [
            arg(self.tr("Minutes of %1: awaiting the signature of %2"), p.title, ", ".join(p.waiting))
            for p in pending], self.tr("No minutes are waiting for a signature."))

    def _meeting_text(self, meeting: ComingMeeting, lang: str) -> str:
        status = meeting_status_label(meeting.status)
        if meeting.send_by is None:
            return arg(self.tr("%1 — %2 — %3"), meeting.title, show_date(meeting.on, lang), status)
        if meeting.send_by < self.ctx.today():
            return arg(self.tr("%1 — %2 — %3: the notice period has run out (convocations "
                               "were due by %4)"), meeting.title, show_date(meeting.on, lang),
                       status, show_date(meeting.send_by, lang))
        return arg(self.tr("%1 — %2 — %3: send the convocations by %4"), meeting.title,
                   show_date(meeting.on, lang), status, show_date(meeting.send_by, lang))

    def _application_text(self, name: str, first: str, reason: str, deadline: object, lang: str) -> str:
        who = f"{name} {first}".strip()
        if deadline is None:
            return arg(self.tr("%1 — %2"), who, reason)
        return arg(self.tr("%1 — %2 — by %3"), who, reason, show_date(deadline, lang))  # type: ignore[arg-type]

    def severity_text(self, severity: Severity) -> str:
        """"Violation", "Warning" or "Information", as written before each alert."""
        return {Severity.VIOLATION: self.tr("Violation"), Severity.WARNING: self.tr("Warning"),
                Severity.INFO: self.tr("Information")}[severity]

    def _show_findings(self, findings: Sequence[Finding], lang: str) -> None:
        self.alerts.clear()
        if not findings:
            self._empty(self.alerts, self.tr("No alert: the composition complies with the statutes "
                                             "and the law."))
            return
        style = self.style()
        for finding in findings:
            text = arg(self.tr("%1: %2"), self.severity_text(finding.severity),
                       render_finding(finding, lang))
            item = QListWidgetItem(style.standardIcon(_SEVERITY_ICONS[finding.severity]), text,
                                   self.alerts)
            item.setForeground(QBrush(QColor(_SEVERITY_COLOURS[finding.severity])))
            item.setData(Qt.ItemDataRole.UserRole, finding.severity.value)
            item.setToolTip(text)
            if finding.severity is Severity.VIOLATION:
                font = item.font()
                font.setBold(True)
                item.setFont(font)

    def _fill(self, widget: QListWidget, lines: Sequence[str], empty: str) -> None:
        widget.clear()
        if not lines:
            self._empty(widget, empty)
        for line in lines:
            QListWidgetItem(line, widget).setToolTip(line)

    @staticmethod
    def _empty(widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, "empty")
        font = item.font()
        font.setItalic(True)
        item.setFont(font)

    def alert_texts(self) -> list[str]:
        """The alerts as shown (tests and accessibility checks)."""
        return [self.alerts.item(r).text() for r in range(self.alerts.count())]
