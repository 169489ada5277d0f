# SPDX-License-Identifier: GPL-3.0-or-later
"""What the accessibility tests share: which widgets are controls, what a screen reader
reads of them (through Qt's accessibility interface, as Orca or NVDA would), a precise
description of a widget for the failure report, and a tour of every tab of a window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from talagov.gui.context import AppContext

#: How many controls and tabs :func:`missing_descriptions` looked at (for the reports).
SEEN: dict[str, int] = {"controls": 0, "tabs": 0}

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit, QSlider)


def accessible(widget: QWidget, which: QAccessible.Text) -> str:
    """The text a screen reader gets for ``widget`` (Qt falls back from the accessible
    description to the tooltip, and from the name to a buddy label or the own text)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(which).strip() if iface is not None else ""


def owned(widget: QWidget) -> bool:
    """Parts read as part of their owner: the line edit of a combo or spin box, the clear
    button of a field, the scroll arrows of a tab bar, a table's header, the OK/Cancel of
    a button box left with Qt's own text (standard buttons every screen reader user knows,
    named by Qt; one relabelled « Sign » or « Refuse » is checked like any button)."""
    parent = widget.parent()
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar)):
        return True
    if isinstance(widget, QHeaderView):
        return True
    if isinstance(widget, QAbstractButton) and isinstance(parent, QDialogButtonBox):
        standard = parent.standardButton(widget)
        if standard == QDialogButtonBox.StandardButton.NoButton:
            return False
        return widget.text() == _standard_text(standard)  # relabelled: checked
    return False


_STANDARD_TEXTS: dict[int, str] = {}


def _standard_text(standard: QDialogButtonBox.StandardButton) -> str:
    """Qt's own (translated) text of a standard button."""
    key = int(standard.value)
    if key not in _STANDARD_TEXTS:
        box = QDialogButtonBox(standard)
        button = box.button(standard)
        _STANDARD_TEXTS[key] = button.text() if button is not None else ""
        box.deleteLater()
    return _STANDARD_TEXTS[key]


def parents(widget: QWidget, root: QWidget | None = None) -> str:
    """``Parent > Parent …`` up to ``root`` (six at most)."""
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 6:
        chain.append(type(parent).__name__
                     + (f"#{parent.objectName()}" if parent.objectName() else ""))
        if parent is root:
            break
        parent = parent.parentWidget()
    return " > ".join(chain)


def where(widget: QWidget, root: QWidget | None = None) -> str:
    """``Class 'objectName' 'text' name='accessible name' in Parent > Parent …``: enough
    to find the line that builds it."""
    text = ""
    for attr in ("text", "placeholderText", "windowTitle"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            value = getter()
            if isinstance(value, str) and value.strip():
                text = value.strip().replace("\n", " ")[:60]
                break
    name = accessible(widget, QAccessible.Text.Name)
    return (f"{type(widget).__name__} {widget.objectName()!r} {text!r} name={name!r} "
            f"in {parents(widget, root)}")


def missing_descriptions(root: QWidget) -> list[str]:
    """Every visible control under ``root`` (and ``root`` itself) without an accessible
    name or description, and every visible tab without text or tooltip."""
    problems = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if not widget.isTabVisible(index):
                    continue
                SEEN["tabs"] += 1
                label = widget.tabText(index).replace("&", "")
                if not label.strip() and not widget.accessibleTabName(index).strip():
                    problems.append(f"no name: tab {index} of QTabBar in "
                                    f"{parents(widget, root)}")
                if not widget.tabToolTip(index).strip():
                    problems.append(f"no description: tab {label!r} (setTabToolTip) of "
                                    f"QTabBar in {parents(widget, root)}")
            continue
        if not isinstance(widget, CONTROLS) or owned(widget):
            continue
        SEEN["controls"] += 1
        if not accessible(widget, QAccessible.Text.Name):
            problems.append(f"no name: {where(widget, root)}")
        if not accessible(widget, QAccessible.Text.Description):
            problems.append(f"no description: {where(widget, root)}")
    return problems


def tour(root: QWidget, check: Callable[[QWidget], list[str]],
         settle: Callable[[], None] = lambda: None) -> list[str]:
    """``check(root)`` with every tab of every visible tab widget shown in turn (nested
    tabs too); the tabs are put back as they were."""
    found = list(check(root))
    done: set[int] = set()

    def visit() -> None:
        for tabs in root.findChildren(QTabWidget):
            if id(tabs) in done or not tabs.isVisibleTo(root):
                continue
            done.add(id(tabs))
            before = tabs.currentIndex()
            for index in range(tabs.count()):
                if not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                settle()
                found.extend(p for p in check(root) if p not in found)
                visit()
            tabs.setCurrentIndex(before)

    visit()
    return found


def report(problems: dict[str, list[str]]) -> str:
    """The problems of each scene, one per line, for the assertion message."""
    lines = []
    for scene, found in problems.items():
        if found:
            lines.append(f"== {scene} ({len(found)})")
            lines += [f"   {p}" for p in found]
    return "\n".join(lines)


# -- the keyboard ------------------------------------------------------------------


def focusable(widget: QWidget) -> bool:
    """Whether Tab may stop on ``widget`` (Qt's own test, focus proxies aside)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() \
        and widget.isEnabled() and widget.focusProxy() is None


def chain(start: QWidget, limit: int = 20_000) -> tuple[list[QWidget], bool]:
    """The widgets Tab may stop on after ``start`` in the focus chain, and whether the
    chain came back to ``start``."""
    found: list[QWidget] = []
    widget = start
    for _ in range(limit):
        widget = widget.nextInFocusChain()
        if widget is start:
            return found, True
        if focusable(widget) and widget.window() is start.window():
            found.append(widget)
    return found, False


def _stop(widget: QWidget) -> QWidget:
    """Where focus lands when given to ``widget`` (its focus proxy, if any)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _radio_group(widget: QWidget) -> tuple[int, ...] | None:
    """Exclusive radio buttons: Tab stops on one of them, arrow keys move inside."""
    from PySide6.QtWidgets import QRadioButton

    if not isinstance(widget, QRadioButton):
        return None
    if widget.group() is not None and widget.group().exclusive():
        return (id(widget.group()),)
    return (id(widget.parentWidget()),) if widget.autoExclusive() else None


def tab_walk(window: QWidget, start: QWidget | None = None, limit: int = 400,
             patience: int = 6) -> tuple[list[QWidget], list[str]]:
    """Press Tab from ``start`` (the focused widget) until the focus comes back to it.

    Returns the widgets focused in turn and the problems: a widget that keeps the focus
    for more than ``patience`` presses (a trap, or a table walking its cells), no way back to the start within
    ``limit`` presses, a widget Tab may stop on but never reached (compared with
    :func:`chain`), a control that no key can focus.
    """
    from PySide6.QtTest import QTest

    problems: list[str] = []
    if start is None:
        start = window.focusWidget()
        if start is None:
            window.focusNextChild()
            start = window.focusWidget()
    if start is None:
        return [], [f"nothing can take the focus in {type(window).__name__}"]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    start = window.focusWidget() or start
    seen = [start]
    kept = 0  # presses the same widget kept the focus: a date edit's sections take a few
    for _ in range(limit):
        here = window.focusWidget()
        QTest.keyClick(here, Qt.Key.Key_Tab)
        now = window.focusWidget()
        if now is None:
            problems.append(f"the focus left the window after {where(here, window)}")
            break
        if now is here:
            kept += 1
            if kept > patience:
                problems.append(f"Tab does not leave {where(here, window)}")
                break
            continue
        kept = 0
        if now is start:
            break
        seen.append(now)
    else:
        problems.append(f"no way back to the start after {limit} Tab presses")
    reached = {id(w) for w in seen}
    groups = {_radio_group(w) for w in seen} - {None}
    expected, _back = chain(start)
    for widget in expected:
        target = _stop(widget)
        if id(target) in reached or (_radio_group(target) in groups and
                                     _radio_group(target) is not None):
            continue
        problems.append(f"not reached by Tab: {where(widget, window)}")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() \
                or not widget.isEnabled() or owned(widget) or widget.window() is not window:
            continue
        if _stop(widget).focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        # Qt lets Tab stop on one radio button of an exclusive group; arrows move inside.
        if _radio_group(widget) is not None and _radio_group(widget) in groups:
            continue
        # A button without focus that a key still presses (its mnemonic or shortcut).
        if isinstance(widget, QAbstractButton) and ("&" in widget.text().replace("&&", "")
                                                    or not widget.shortcut().isEmpty()):
            continue
        problems.append(f"no key reaches it (focus policy): {where(widget, window)}")
    return seen, problems


def settler(qtbot: QtBot, ctx: AppContext | None = None) -> Callable[[], None]:
    """Let the loads started by what was just shown (and those they start) finish."""
    def settle() -> None:
        for _ in range(2):
            if ctx is not None:
                qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
            qtbot.wait(10)
    return settle
