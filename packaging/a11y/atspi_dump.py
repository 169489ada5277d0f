# SPDX-License-Identifier: GPL-3.0-or-later
"""Print what a screen reader sees of a running application on the AT-SPI bus.

Run with the system Python, which has the AT-SPI bindings (Debian: python3-pyatspi),
on the same D-Bus session as the application::

    /usr/bin/python3 packaging/a11y/atspi_dump.py [--app booth_scene.py] [--focus]

One line per accessible object, indented by depth: role, name, description, the
states that matter to a listener (focused, focusable, checked, disabled, invisible)
and, for text objects, their text when it differs from the name. ``--focus`` prints
only the object that has the keyboard, with its window: what Orca reads on focus.
This is the raw material Orca speaks from; it does not need Orca to run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

import pyatspi  # type: ignore[import-not-found]

STATES = {
    pyatspi.STATE_FOCUSED: "FOCUSED",
    pyatspi.STATE_FOCUSABLE: "focusable",
    pyatspi.STATE_CHECKED: "checked",
    pyatspi.STATE_SELECTED: "selected",
    pyatspi.STATE_EDITABLE: "editable",
    pyatspi.STATE_ACTIVE: "active",
}


def application(name: str) -> Any:
    """The application on the desktop whose name contains ``name``."""
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and name.lower() in (app.name or "").lower():
            return app
    names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
    raise SystemExit(f"no application named {name!r} on the AT-SPI bus: {names}")


def describe(node: Any) -> str:
    """One line: role, "name", [description], states, text."""
    states = node.getState()
    flags = [label for state, label in STATES.items() if states.contains(state)]
    if not states.contains(pyatspi.STATE_ENABLED):
        flags.append("disabled")
    if not states.contains(pyatspi.STATE_SHOWING):
        flags.append("not-showing")
    line = f"{node.getRoleName()} \"{node.name or ''}\""
    if node.description:
        line += f" [{node.description}]"
    if flags:
        line += " {" + ",".join(flags) + "}"
    text = _text(node)
    if text and text != node.name:
        line += f" text=\"{text}\""
    return line


def _text(node: Any) -> str:
    try:
        text = node.queryText()
    except NotImplementedError:
        return ""
    return str(text.getText(0, min(text.characterCount, 300)))


def walk(node: Any, depth: int = 0, *, showing_only: bool = True) -> Iterator[str]:
    """Every object under ``node`` (only those on screen with ``showing_only``)."""
    if node is None:
        return
    if showing_only and depth > 1 and not node.getState().contains(pyatspi.STATE_SHOWING):
        return
    yield "  " * depth + describe(node)
    for index in range(node.childCount):
        yield from walk(node.getChildAtIndex(index), depth + 1, showing_only=showing_only)


def focused(node: Any) -> Any:
    """The focused object under ``node``, or None."""
    if node is None:
        return None
    states = node.getState()
    if not states.contains(pyatspi.STATE_SHOWING) and node.getRole() != pyatspi.ROLE_FRAME:
        return None  # a page of the booth off screen may keep a stale FOCUSED state
    if states.contains(pyatspi.STATE_FOCUSED):
        return node
    for index in range(node.childCount):
        found = focused(node.getChildAtIndex(index))
        if found is not None:
            return found
    return None


def focus_report(app: Any) -> list[str]:
    """The active window and the focused object with its ancestors (innermost last)."""
    lines = []
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window.getState().contains(pyatspi.STATE_ACTIVE):
            lines.append("window: " + describe(window))
        target = focused(window)
        if target is not None:
            chain = []
            node = target.parent
            while node is not None and node is not app \
                    and node.getRole() not in (pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG):
                if node.name or node.description:
                    chain.append(describe(node))
                node = node.parent
            lines += ["  in: " + c for c in reversed(chain)]
            lines.append("focus: " + describe(target))
    return lines or ["focus: (nothing has the keyboard)"]


def main(argv: list[str] | None = None) -> int:
    """Print the tree (or the focus) of the application."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default="TalaGov", help="part of the application's name")
    parser.add_argument("--focus", action="store_true", help="only the focused object")
    parser.add_argument("--all", action="store_true", help="objects off screen too")
    args = parser.parse_args(argv)
    app = application(args.app)
    lines = focus_report(app) if args.focus else list(walk(app, showing_only=not args.all))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
