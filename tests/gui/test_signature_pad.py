# SPDX-License-Identifier: GPL-3.0-or-later
"""The signature pad records strokes in the core's box, whatever the widget's size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from talagov.core.attendance import SIGNATURE_BOX
from talagov.gui.widgets.signature_pad import BOX_HEIGHT, SignaturePad


def _pad(qtbot: QtBot, width: int = 600, height: int = 200) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(width, height)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def _mouse(pad: SignaturePad, kind: QEvent.Type, pos: QPointF) -> None:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, pos, pad.mapToGlobal(pos), Qt.MouseButton.LeftButton
                        if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(pad, event)


def test_a_drag_becomes_one_stroke_in_box_coordinates(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    frame = pad.frame()
    start, middle, end = frame.topLeft(), frame.center(), frame.bottomRight()
    _mouse(pad, QEvent.Type.MouseButtonPress, start)
    _mouse(pad, QEvent.Type.MouseMove, middle)
    _mouse(pad, QEvent.Type.MouseButtonRelease, end)
    strokes = pad.strokes()
    assert len(strokes) == 1
    assert strokes[0] == ((0, 0), (SIGNATURE_BOX // 2, BOX_HEIGHT // 2), (SIGNATURE_BOX, BOX_HEIGHT))
    assert not pad.is_empty()


def test_same_gesture_gives_same_points_at_another_size(qtbot: QtBot) -> None:
    small, large = _pad(qtbot, 300, 100), _pad(qtbot, 1200, 400)
    for pad in (small, large):
        frame = pad.frame()
        points = [QPointF(frame.left() + frame.width() * f, frame.top() + frame.height() / 2)
                  for f in (0.1, 0.5, 0.9)]
        _mouse(pad, QEvent.Type.MouseButtonPress, points[0])
        _mouse(pad, QEvent.Type.MouseMove, points[1])
        _mouse(pad, QEvent.Type.MouseButtonRelease, points[2])
    assert small.strokes() == large.strokes()
    assert all(isinstance(c, int) for stroke in small.strokes() for p in stroke for c in p)


def test_qtest_mouse_strokes_and_points_outside_are_clamped(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(50, 100))
    QTest.mouseMove(pad, QPoint(150, 120))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(150, 120))
    _mouse(pad, QEvent.Type.MouseButtonPress, QPointF(-40, -40))
    _mouse(pad, QEvent.Type.MouseMove, QPointF(5000, 5000))
    _mouse(pad, QEvent.Type.MouseButtonRelease, QPointF(5000, 5000))
    strokes = pad.strokes()
    assert len(strokes) == 2
    assert strokes[1] == ((0, 0), (SIGNATURE_BOX, BOX_HEIGHT))
    for x, y in (p for s in strokes for p in s):
        assert 0 <= x <= SIGNATURE_BOX and 0 <= y <= BOX_HEIGHT


def test_clear_and_delete_key_empty_the_pad(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    frame = pad.frame()
    with qtbot.waitSignal(pad.changed):
        _mouse(pad, QEvent.Type.MouseButtonPress, frame.center())
    _mouse(pad, QEvent.Type.MouseMove, frame.bottomRight())
    _mouse(pad, QEvent.Type.MouseButtonRelease, frame.bottomRight())
    assert pad.strokes()
    pad.clear()
    assert pad.strokes() == () and pad.is_empty()
    _mouse(pad, QEvent.Type.MouseButtonPress, frame.center())
    _mouse(pad, QEvent.Type.MouseMove, frame.topLeft())
    _mouse(pad, QEvent.Type.MouseButtonRelease, frame.topLeft())
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()


def test_a_single_click_is_not_a_signature(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    QTest.mouseClick(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 100))
    assert len(pad.strokes()) == 1 and pad.is_empty()


def test_pad_is_named_for_screen_readers_and_reachable_by_keyboard(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    assert pad.accessibleName() and pad.accessibleDescription()
    assert pad.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert pad.heightForWidth(900) == 300
