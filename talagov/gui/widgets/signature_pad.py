# SPDX-License-Identifier: GPL-3.0-or-later
"""A handwritten signature pad: strokes drawn with a mouse, a pen (tablet) or a finger.

Strokes are kept as integer points in the core's box (``SIGNATURE_BOX`` wide, a third
of it high, see :mod:`talagov.core.attendance`), whatever the size of the widget: the
box is drawn centred in the widget at the largest 3:1 size that fits, and every event
position is mapped into it (clamped to its edges). Pen and touch events are accepted
so that Qt does not also synthesise mouse events from them (no doubled strokes).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from talagov.core.attendance import SIGNATURE_BOX, Point, Stroke

BOX_WIDTH = SIGNATURE_BOX
BOX_HEIGHT = SIGNATURE_BOX // 3


class SignaturePad(QWidget):
    """Draws and records strokes; :meth:`strokes` returns them in box coordinates.

    Signals:
        changed(): a stroke was added, extended or everything was cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._drawing = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(self.tr(
            "Sign with the mouse, a pen or a finger. Delete or Backspace clears the signature."))

    # -- content -----------------------------------------------------------------------

    def strokes(self) -> tuple[Stroke, ...]:
        """Every stroke drawn, as integer points of the signature box."""
        return tuple(tuple(stroke) for stroke in self._strokes if stroke)

    def set_strokes(self, strokes: tuple[Stroke, ...]) -> None:
        """Show ``strokes`` (box coordinates), replacing what was drawn."""
        self._strokes = [list(s) for s in strokes]
        self._drawing = False
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        """Nothing long enough to be a signature (a stroke needs two points)."""
        return not any(len(s) >= 2 for s in self._strokes)

    def clear(self) -> None:
        """Erase every stroke."""
        self.set_strokes(())

    # -- geometry ----------------------------------------------------------------------

    def frame(self) -> QRectF:
        """The box as drawn: the largest 3:1 rectangle centred in the widget."""
        margin = self.fontMetrics().height() / 2
        width = max(1.0, self.width() - 2 * margin)
        height = max(1.0, self.height() - 2 * margin)
        if width > height * BOX_WIDTH / BOX_HEIGHT:
            width = height * BOX_WIDTH / BOX_HEIGHT
        else:
            height = width * BOX_HEIGHT / BOX_WIDTH
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def to_box(self, pos: QPointF) -> Point:
        """A widget position as a point of the box (clamped to its edges)."""
        frame = self.frame()
        x = round((pos.x() - frame.left()) * BOX_WIDTH / frame.width())
        y = round((pos.y() - frame.top()) * BOX_HEIGHT / frame.height())
        return (min(max(x, 0), BOX_WIDTH), min(max(y, 0), BOX_HEIGHT))

    def to_widget(self, point: Point) -> QPointF:
        """A point of the box as a widget position."""
        frame = self.frame()
        return QPointF(frame.left() + point[0] * frame.width() / BOX_WIDTH,
                       frame.top() + point[1] * frame.height() / BOX_HEIGHT)

    def sizeHint(self) -> QSize:
        width = 48 * self.fontMetrics().horizontalAdvance("M")
        return QSize(width, width // 3)

    def minimumSizeHint(self) -> QSize:
        width = 20 * self.fontMetrics().horizontalAdvance("M")
        return QSize(width, width // 3)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width // 3

    # -- drawing -----------------------------------------------------------------------

    def _begin(self, pos: QPointF) -> None:
        self._strokes.append([self.to_box(pos)])
        self._drawing = True
        self.update()
        self.changed.emit()

    def _extend(self, pos: QPointF) -> None:
        if not self._drawing or not self._strokes:
            return
        point = self.to_box(pos)
        if self._strokes[-1][-1] != point:
            self._strokes[-1].append(point)
            self.update()
            self.changed.emit()

    def _end(self, pos: QPointF | None = None) -> None:
        if pos is not None:
            self._extend(pos)
        self._drawing = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            pos = points[0].position() if points else None
            if kind == QEvent.Type.TouchBegin and pos is not None:
                self._begin(pos)
            elif kind == QEvent.Type.TouchUpdate and pos is not None:
                self._extend(pos)
            else:
                self._end(pos if kind == QEvent.Type.TouchEnd else None)
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        frame = self.frame()
        painter.fillRect(frame, palette.color(QPalette.ColorRole.Base))
        border = palette.color(QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 3 if self.hasFocus() else 1))
        painter.drawRect(frame)
        # The line to sign on, three quarters down the box.
        baseline = frame.top() + frame.height() * 3 / 4
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(frame.left() + frame.width() / 20, baseline),
                         QPointF(frame.right() - frame.width() / 20, baseline))
        pen = QPen(palette.color(QPalette.ColorRole.Text), max(2.0, frame.width() / 300))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            points = [self.to_widget(p) for p in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
            else:
                painter.drawPolyline(points)
        painter.end()
