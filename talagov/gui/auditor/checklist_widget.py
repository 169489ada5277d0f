# SPDX-License-Identifier: GPL-3.0-or-later
"""The first tab of the auditor window: the verdict, the organisation's fingerprint, and
every check of the verification grouped by area.

Each area is a branch titled with its outcome (✓, ✗ or !) and its count; each line
under it is one check, its symbol, its colour and the verifier's explanation in the
interface's language, with the file and subject it concerns. Areas where something
failed or warns open on their own; an area of many lines that all hold stays closed
(5,000 ballots, each « signature valid », would bury the one red line).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talagov.gui import theme
from talagov.gui.auditor import labels
from talagov.gui.auditor.wrap_delegate import wrap_rows
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.verifier.report import CheckLine, Status, Verification

#: An area that holds is shown open when it has at most this many lines.
OPEN_UP_TO = 20
LINE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecklistWidget(QWidget):
    """Shows one :class:`Verification` (or nothing before the first one)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.verification: Verification | None = None
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)

        self.fingerprint_box = QGroupBox(self.tr("Fingerprint of the organisation's key"), self)
        self.fingerprint = QLabel(self.fingerprint_box)
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the organisation's key"))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF() * 1.15)
        fixed.setBold(True)
        self.fingerprint.setFont(fixed)
        hint = QLabel(self.tr("Compare these 16 groups with the ones printed on the convocation "
                              "and on the minutes: if they differ, the archive was not signed "
                              "by the organisation's key you know."), self.fingerprint_box)
        hint.setWordWrap(True)
        explain(hint, "empreinte")
        box = QVBoxLayout(self.fingerprint_box)
        box.addWidget(self.fingerprint)
        box.addWidget(hint)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Check"), self.tr("Where")])
        self.tree.setAccessibleName(self.tr("Checks of the verification"))
        self.tree.setToolTip(self.tr("One line per check: what was checked, where in the "
                                     "archive, and whether it passed."))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        wrap_rows(self.tree)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)

        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.fingerprint_box)
        layout.addWidget(self.tree, 1)
        self.fingerprint_box.hide()

    # -- showing -----------------------------------------------------------------------

    def clear(self, message: str = "") -> None:
        """Forget the verification shown; show ``message`` instead (e.g. « Verifying… »)."""
        self.verification = None
        self.tree.clear()
        self.fingerprint_box.hide()
        self.verdict.setText(message)
        theme.set_style(self.verdict, "")
        self.verdict.setAccessibleName(message)

    def show_verification(self, verification: Verification) -> None:
        """Show the verdict, the fingerprint and every line."""
        self.verification = verification
        self.verdict.setText(self.verdict_text(verification))
        status = Status.OK if verification.ok else Status.FAILED
        theme.set_style(self.verdict, f"color: ${labels.COLOURS.roles[status]};")
        self.verdict.setAccessibleName(self.verdict.text())
        self.fingerprint.setText(labels.grouped_fingerprint(verification.organisation_fingerprint))
        self.fingerprint.setAccessibleDescription(self.fingerprint.text().replace("\n", " "))
        self.fingerprint_box.show()
        self._fill_tree(verification)

    def verdict_text(self, verification: Verification) -> str:
        """« Every check holds (42 checks). » or « 2 checks failed out of 42. »"""
        total = len(verification.lines)
        failed = len(verification.failures)
        warnings = sum(1 for line in verification.lines if line.status is Status.WARNING)
        if failed:
            text = arg(self.tr("%1 of %n check(s) failed: this archive does not prove what it "
                               "says.", "", total), failed)
        else:
            text = self.tr("Every check holds (%n check(s)).", "", total)
        if warnings:
            text += " " + self.tr("%n warning(s) to read.", "", warnings)
        return text

    def _fill_tree(self, verification: Verification) -> None:
        self.tree.clear()
        words = labels.status_words()
        first_problem: QTreeWidgetItem | None = None
        for area, lines in labels.by_area(verification.lines):
            outcome = labels.worst(lines)
            failed = sum(1 for line in lines if line.status is Status.FAILED)
            title = labels.area_title(area, self.lang)
            count = (arg(self.tr("%1 — %2 of %n failed", "", len(lines)), title, failed)
                     if failed else arg(self.tr("%1 — %n check(s)", "", len(lines)), title))
            branch = QTreeWidgetItem([f"{labels.SYMBOLS[outcome]}  {count}", ""])
            self._paint(branch, outcome, words, bold=True)
            self.tree.addTopLevelItem(branch)
            for line in lines:
                child = self._line_item(line, words)
                branch.addChild(child)
                if first_problem is None and line.status is Status.FAILED:
                    first_problem = child
            branch.setExpanded(outcome is not Status.OK or len(lines) <= OPEN_UP_TO)
        # « Where » as wide as its text, but never more than a third of the view: the
        # explanation is what matters; the full place is in the tooltip.
        metrics = self.tree.fontMetrics()
        wanted = self.tree.sizeHintForColumn(1) + metrics.horizontalAdvance("MM")
        third = max(self.tree.viewport().width() // 3, metrics.horizontalAdvance("M" * 12))
        self.tree.header().resizeSection(1, min(wanted, third))
        if first_problem is not None:
            self.tree.setCurrentItem(first_problem)
            self.tree.scrollToItem(first_problem)
        elif self.branches():
            # The keyboard starts at the top; nothing is highlighted when all holds.
            first = self.tree.indexFromItem(self.branches()[0])
            self.tree.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _line_item(self, line: CheckLine, words: dict[Status, str]) -> QTreeWidgetItem:
        text = labels.explanation(line, self.lang)
        where = labels.location(line, self.lang)
        item = QTreeWidgetItem([f"{labels.SYMBOLS[line.status]}  {text}", where])
        item.setData(0, LINE_ROLE, line)
        item.setToolTip(0, text)
        item.setToolTip(1, where)
        for column in (0, 1):  # a wrapped explanation and its place start on one line
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._paint(item, line.status, words)
        return item

    @staticmethod
    def _paint(item: QTreeWidgetItem, status: Status, words: dict[Status, str], *,
               bold: bool = False) -> None:  # fmt: skip
        brush = QBrush(QColor(labels.COLOURS[status]))
        item.setForeground(0, brush)
        # The symbol is read as « check mark »: the word says what it means.
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                     arg(QCoreApplication.translate("ChecklistWidget", "%1: %2"),
                         words[status], item.text(0)[3:]))
        if bold or status is Status.FAILED:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)

    # -- reading back (tests, the report) -------------------------------------------------

    def branches(self) -> list[QTreeWidgetItem]:
        """The areas shown, in order."""
        return _children(self.tree.invisibleRootItem())

    def line_texts(self) -> list[str]:
        """Every line as shown (symbol and explanation), in tree order."""
        return [item.text(0) for branch in self.branches() for item in _children(branch)]


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]
