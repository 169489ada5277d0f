# SPDX-License-Identifier: GPL-3.0-or-later
"""Tree rows as tall as their wrapped text (the checklist's long explanations).

``QTreeView.setWordWrap(True)`` wraps the painted text but sizes each row for one
line, so a long sentence is cut with « … »; at 200 % zoom most lines would be. This
delegate measures the text in the width its column gives it (less the indentation of
the row's depth) and the tree lays its rows out again whenever a column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_TALL = 1_000_000  # no limit on the height a text may take


class WrapDelegate(QStyledItemDelegate):
    """Install with :func:`wrap_rows`."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:  # fmt: skip
        """The default hint, made as tall as the text wrapped in its column."""
        hint = super().sizeHint(option, index)
        width = self.tree.header().sectionSize(index.column())
        if index.column() == 0:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * depth
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        margin = 2 * self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2
        box = QRect(0, 0, max(width - 2 * margin, metrics.horizontalAdvance("M" * 4)), _TALL)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        needed = metrics.boundingRect(box, int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(hint.width(), max(hint.height(), needed + metrics.descent() + 2))


def wrap_rows(tree: QTreeView) -> WrapDelegate:
    """Wrap the text of ``tree``'s rows and keep their heights right as columns resize."""
    delegate = WrapDelegate(tree)
    tree.setItemDelegate(delegate)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())
    return delegate
