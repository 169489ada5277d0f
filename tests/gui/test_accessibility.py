# SPDX-License-Identifier: GPL-3.0-or-later
"""Every control a keyboard can reach is named for screen readers, on every page.

The name is read through Qt's accessibility interface, as Orca or NVDA would: an
explicit accessible name, a buddy label, or the control's own text all count.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from talagov.gui.context import AppContext
from talagov.gui.main_window import SETTINGS_PAGE, MainWindow

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)) or isinstance(widget, QHeaderView):
            continue  # named by their owner: the combo, the spin box, the table
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.parent()).__name__}")
    return missing


def test_every_visible_control_of_every_page_has_a_name(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    problems = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5000)
        page = window.stack.currentWidget()
        missing = _unnamed(page)
        if missing:
            problems[window.sidebar.item(row).text()] = missing
    assert problems == {}


def test_keyboard_reaches_the_sidebar_and_the_page(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.sidebar.setCurrentRow(1)  # the members register
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5000)
    window.sidebar.setFocus()
    seen: list[QWidget] = []
    widget: QWidget = window.sidebar
    for _ in range(20_000):  # follow the Tab order and note which controls it reaches
        widget = widget.nextInFocusChain()
        tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tabbable and widget.isVisible() and widget.isEnabled():
            seen.append(widget)
        if widget is window.sidebar:
            break  # back to the start: the chain is a loop
    page = window.members_page
    assert window.sidebar in seen  # the chain comes back to the sidebar
    assert page.table in seen  # the register
    assert any(isinstance(w, QLineEdit) and page.isAncestorOf(w) for w in seen)  # the search
    assert any(isinstance(w, QAbstractButton) and page.isAncestorOf(w) for w in seen)


def _visit_tabs(root: QWidget) -> list[str]:
    """Names missing in ``root``, with every tab of every tab widget shown in turn."""
    from PySide6.QtWidgets import QTabWidget

    missing = set(_unnamed(root))
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            missing.update(_unnamed(root))
    return sorted(missing)


def test_every_tab_of_the_settings_and_the_dialogs_is_named(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from talagov.core.shares import MovementKind
    from talagov.gui.dialogs.body_dialog import BodyDialog
    from talagov.gui.dialogs.edit_member_dialog import EditMemberDialog
    from talagov.gui.dialogs.mandate_dialog import MandateDialog
    from talagov.gui.dialogs.share_movement_dialog import ShareMovementDialog

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(SETTINGS_PAGE)  # identity, statutes (many tabs), categories
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5000)
    problems = {"settings": _visit_tabs(window.stack.currentWidget())}
    for dialog in (EditMemberDialog(ctx, None, window), BodyDialog(ctx, window),
                   MandateDialog(ctx, None, window),
                   ShareMovementDialog(ctx, MovementKind.TRANSFER, window)):
        dialog.show()
        qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5000)
        problems[type(dialog).__name__] = _visit_tabs(dialog)
        dialog.close()
    assert {k: v for k, v in problems.items() if v} == {}


def test_the_meetings_and_library_pages_and_their_dialogs_are_named(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from talagov.core.agenda import AgendaItem, ItemKind
    from talagov.core.library import DocumentKind
    from talagov.core.meetings import Meeting, MeetingType
    from talagov.gui.dialogs.agenda_item_dialog import AgendaItemDialog
    from talagov.gui.dialogs.amendment_dialog import AmendmentDialog
    from talagov.gui.dialogs.attach_document_dialog import AttachDocumentDialog
    from talagov.gui.dialogs.document_dialog import DocumentDialog
    from talagov.gui.dialogs.election_proposals_dialog import ElectionProposalsDialog
    from talagov.gui.dialogs.meeting_dialog import MeetingDialog
    from talagov.gui.main_window import LIBRARY_PAGE, MEETINGS_PAGE
    from talagov.services import library, meetings
    from talagov.services.uow import UnitOfWork
    from tests.gui.conftest import NOW

    with UnitOfWork(ctx.db) as uow:
        meeting_id, _ = meetings.create_meeting(
            uow, Meeting(0, "AGO 2027", MeetingType.AGO, date(2027, 6, 12), place="Elbeuf"),
            now=NOW)
        item_id, _ = meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION,
                                                       "Approbation des comptes"), now=NOW)
        doc_id, _ = library.add_document(uow, b"comptes", filename="comptes.pdf", title="Comptes",
                                         kind=DocumentKind.ACCOUNTS, now=NOW)
        library.attach(uow, meeting_id, doc_id, item_id=item_id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    problems = {}
    for row in (MEETINGS_PAGE, LIBRARY_PAGE):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5000)
        page = window.stack.currentWidget()
        if row == MEETINGS_PAGE:
            qtbot.waitUntil(lambda: window.meetings_page.workspace.meeting is not None, timeout=5000)
            qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5000)
        problems[window.sidebar.item(row).text()] = _visit_tabs(page)
    meeting = window.meetings_page.workspace.meeting
    assert meeting is not None
    item = AgendaItem(item_id, meeting_id, 0, ItemKind.ELECTION, "Élection", seats=2)
    dialogs = [MeetingDialog(ctx, None, window), MeetingDialog(ctx, meeting_id, window),
               AgendaItemDialog(ctx, meeting, ItemKind.RESOLUTION, None, window),
               AgendaItemDialog(ctx, meeting, ItemKind.ELECTION, item, window),
               AmendmentDialog("Add the item.", window),
               DocumentDialog(ctx, document=None, path=ctx.db.path, meeting_id=meeting_id,
                              parent=window),
               AttachDocumentDialog(ctx, meeting_id, [], None, window),
               ElectionProposalsDialog(ctx, meeting, window)]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5000)
        problems[type(dialog).__name__ + str(id(dialog))] = _visit_tabs(dialog)
        dialog.close()
    assert {k: v for k, v in problems.items() if v} == {}


def test_the_minutes_tab_its_sections_dialogs_and_the_registers_are_named(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from talagov.gui.main_window import MEETINGS_PAGE, REGISTERS_PAGE
    from talagov.gui.meeting.minutes_signatures import SignatoriesDialog
    from talagov.gui.meeting.workspace import MINUTES_TAB
    from tests.gui.meeting.minutes_setup import CLOSED, make_closed_meeting

    closed = make_closed_meeting(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(MEETINGS_PAGE)
    page = window.meetings_page
    tab = page.workspace.minutes
    qtbot.waitUntil(lambda: page.workspace.meeting is not None, timeout=10_000)
    page.workspace.tabs.setCurrentIndex(MINUTES_TAB)
    qtbot.waitUntil(lambda: tab.view is not None, timeout=10_000)
    problems: dict[str, list[str]] = {}

    def every_section(state: str) -> None:
        for row in range(tab.sections.list.count()):
            tab.sections.list.setCurrentRow(row)
            problems[f"{state} {tab.sections.sections[row].title}"] = _unnamed(tab)

    every_section("draft")
    dialog = SignatoriesDialog(ctx, tab.view, lambda: CLOSED, window)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.rows) == 2, timeout=10_000)
    problems["SignatoriesDialog"] = _visit_tabs(dialog)
    dialog.close()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    closed.sign_all()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.refresh()
    every_section("signed")
    window.sidebar.setCurrentRow(REGISTERS_PAGE)
    qtbot.waitUntil(lambda: window.registers_page.model.rowCount() == 1, timeout=10_000)
    problems["registers"] = _unnamed(window.registers_page)
    assert {k: v for k, v in problems.items() if v} == {}
