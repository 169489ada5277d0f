# SPDX-License-Identifier: GPL-3.0-or-later
"""The rich-text editor of the minutes' written parts: paragraphs, bold, italic, lists,
and the speaker of a debate.

A small tool bar (Bold Ctrl+B, Italic Ctrl+I, bullet list Ctrl+Shift+8, numbered list
Ctrl+Shift+7, « Insert a speaker… » Ctrl+Shift+K) above a ``QTextEdit``. The speaker is
picked among the meeting's participants and written, as in the seed minutes, as a bold
« Name (Organisation) : » at the start of the paragraph. The content goes in and out as
:data:`~talagov.core.rich_text.RichText` (:mod:`talagov.gui.meeting.minutes_rich`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talagov.core.rich_text import RichText
from talagov.gui.meeting.minutes_rich import (
    char_format,
    from_document,
    insert_blocks,
    is_bold,
    to_document,
)

_SPEAKER_END = "\u00a0: "


def choose_speaker(parent: QWidget, speakers: Sequence[str]) -> str | None:
    """Ask which participant speaks (``None``: cancelled). Tests replace this function.

    The list is editable: a guest who is not on the attendance list can be typed in.
    """
    title = QCoreApplication.translate("MinutesEditor", "Insert a speaker")
    label = QCoreApplication.translate("MinutesEditor", "&Speaker:")
    name, ok = QInputDialog.getItem(parent, title, label, list(speakers), 0, True)
    name = name.strip()
    return name if ok and name else None


class _MinutesTextEdit(QTextEdit):
    """A ``QTextEdit`` whose pastes keep only what the minutes can store."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste rich text as paragraphs, lists, bold and italic only."""
        if not source.hasHtml():
            super().insertFromMimeData(source)
            return
        pasted = QTextDocument()
        pasted.setHtml(source.html())
        cursor = self.textCursor()
        cursor.beginEditBlock()
        insert_blocks(cursor, from_document(pasted), into_current=True)
        cursor.endEditBlock()
        self.setTextCursor(cursor)


class RichTextEditor(QWidget):
    """Tool bar and text; ``edited`` fires on every change the user makes.

    ``speakers`` are the names offered by « Insert a speaker… » (set by the tab from the
    generated participants list).
    """

    edited = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speakers: list[str] = []
        self.pick_speaker: Callable[[QWidget, Sequence[str]], str | None] = choose_speaker
        self._loading = False
        self.edit = _MinutesTextEdit(self)
        self.edit.setAccessibleName(accessible_name)
        # A description, not a tooltip: a tooltip would cover the text being written.
        self.edit.setAccessibleDescription(self.tr(
            "Text written by the secretary. Ctrl+B: bold, Ctrl+I: italic, Ctrl+Shift+K: insert "
            "a speaker; Tab leaves the text."))
        self.edit.setTabChangesFocus(True)  # Tab leaves the editor, as in every other field
        line = self.edit.fontMetrics().height()
        self.edit.setMinimumHeight(line * 8)
        self.bold_action = self._action(self.tr("Bold"), "Ctrl+B", self.toggle_bold, checkable=True)
        self.italic_action = self._action(self.tr("Italic"), "Ctrl+I", self.toggle_italic,
                                          checkable=True)
        self.bullets_action = self._action(self.tr("• List"), "Ctrl+Shift+8",
                                           lambda: self.toggle_list(QTextListFormat.Style.ListDisc))
        self.numbers_action = self._action(
            self.tr("1. List"), "Ctrl+Shift+7",
            lambda: self.toggle_list(QTextListFormat.Style.ListDecimal))
        self.speaker_action = self._action(self.tr("Insert a speaker…"), "Ctrl+Shift+K",
                                           self.insert_speaker)
        self.bullets_action.setToolTip(self.tr("Bullet list (Ctrl+Shift+8)"))
        self.numbers_action.setToolTip(self.tr("Numbered list (Ctrl+Shift+7)"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.tool_buttons: list[QToolButton] = []
        for action in (self.bold_action, self.italic_action, self.bullets_action,
                       self.numbers_action, self.speaker_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAccessibleName(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bar.addWidget(button)
            self.tool_buttons.append(button)
        bar.addStretch(1)
        bold_font, italic_font = self.font(), self.font()
        bold_font.setBold(True)
        italic_font.setItalic(True)
        self.tool_buttons[0].setFont(bold_font)
        self.tool_buttons[1].setFont(italic_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.currentCharFormatChanged.connect(lambda fmt: self._update_toggles())
        self.edit.cursorPositionChanged.connect(self._update_toggles)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object], *,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        # The shortcut works while the editor has focus, so two editors never compete.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.rstrip('…')} ({shown})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- content -----------------------------------------------------------------------

    def set_text(self, text: RichText) -> None:
        """Show ``text`` (no ``edited`` signal)."""
        self._loading = True
        try:
            to_document(text, self.edit.document())
        finally:
            self._loading = False

    def text(self) -> RichText:
        """What the editor holds, as rich text."""
        return from_document(self.edit.document())

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock the text (it stays selectable); a locked text loses its tool bar
        and takes the greyed background of the generated parts."""
        self.edit.setReadOnly(read_only)
        for action in (self.bold_action, self.italic_action, self.bullets_action,
                       self.numbers_action, self.speaker_action):
            action.setEnabled(not read_only)
        for button in self.tool_buttons:
            button.setVisible(not read_only)
        palette = self.edit.palette()
        role = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
        base = self.palette().color(role)
        palette.setColor(QPalette.ColorRole.Base, base)
        self.edit.setPalette(palette)

    def _on_edit_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _update_toggles(self) -> None:
        fmt = self.edit.currentCharFormat()
        self.bold_action.setChecked(is_bold(fmt))
        self.italic_action.setChecked(fmt.fontItalic())

    # -- formatting --------------------------------------------------------------------

    def toggle_bold(self) -> None:
        """Bold on or off for the selection (or what is typed next)."""
        self._merge(bold=not is_bold(self.edit.currentCharFormat()))

    def toggle_italic(self) -> None:
        """Italic on or off for the selection (or what is typed next)."""
        self._merge(italic=not self.edit.currentCharFormat().fontItalic())

    def _merge(self, *, bold: bool | None = None, italic: bool | None = None) -> None:
        if self.edit.isReadOnly():
            return
        fmt = QTextCharFormat()  # only the property toggled: a mixed selection keeps the other
        if bold is not None:
            fmt.setFontWeight(QFont.Weight.Bold.value if bold else QFont.Weight.Normal.value)
        if italic is not None:
            fmt.setFontItalic(italic)
        self.edit.mergeCurrentCharFormat(fmt)
        self._update_toggles()

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        """Make the paragraphs of the selection items of a ``style`` list (joining the list
        just above, if it is of that style), or plain paragraphs again if they already are.

        Only the paragraphs selected change, not the rest of their list.
        """
        if self.edit.isReadOnly():
            return
        cursor = self.edit.textCursor()
        document = self.edit.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        blocks = [document.findBlockByNumber(n) for n in range(first, last + 1)]
        already = all(b.textList() is not None and b.textList().format().style() == style
                      for b in blocks)  # fmt: skip
        cursor.beginEditBlock()
        for block in blocks:
            text_list = block.textList()
            if text_list is not None:
                text_list.remove(block)
                fmt = block.blockFormat()
                fmt.setIndent(0)
                QTextCursor(block).setBlockFormat(fmt)
        if not already:
            above = blocks[0].previous()
            target = above.textList() if above.isValid() else None
            if target is not None and target.format().style() != style:
                target = None
            for block in blocks:
                if target is None:
                    target = QTextCursor(block).createList(style)
                else:
                    target.add(block)
        cursor.endEditBlock()

    def insert_speaker(self) -> None:
        """Pick a participant and open the paragraph with « Name (Organisation) : » in bold.

        A paragraph that already opens with a speaker gets the new one instead.
        """
        if self.edit.isReadOnly():
            return
        name = self.pick_speaker(self, self.speakers)
        if not name:
            return
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        fragments = cursor.block().begin()
        if not fragments.atEnd():
            first = fragments.fragment()
            if is_bold(first.charFormat()) and first.text().endswith(_SPEAKER_END):
                cursor.setPosition(first.position() + first.length(),
                                   QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(name + _SPEAKER_END, char_format(bold=True))
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        self.edit.setCurrentCharFormat(char_format())  # what follows is the speech, not bold
        self.edit.setFocus()
