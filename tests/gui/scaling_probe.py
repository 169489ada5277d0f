# SPDX-License-Identifier: GPL-3.0-or-later
"""Run in a subprocess by test_scaling.py (Qt reads QT_SCALE_FACTOR once, at start).

Opens the main window on the demo (every page), the booth on the mock AG (every step),
the member's window (the join wizard, then each tab of a joined install) and prints one
JSON object: ``{"scale": …, "checked": [...], "problems": [...]}``. A 1920×1080 screen
at 200 % is 960×540 logical pixels: a window must fit in it (whatever does not fit
scrolls) and no label that does not wrap may be wider than its window, or it is cut.

With ``--shots DIR`` it saves a screenshot of each screen there as well (for Xvfb), with
``--theme high_contrast`` in that theme.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

SCREEN = (960, 540)  # 1920×1080 at 200 %, in logical pixels


def wait(condition: Callable[[], bool], timeout: int = 20_000) -> None:
    """Process events until ``condition()`` holds (or fail after ``timeout`` ms)."""
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.elapsed() > timeout:
            raise TimeoutError("the window did not get ready")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(ms: int = 60) -> None:
    """Let layouts and loads finish."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QCoreApplication.processEvents()


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


class Probe:
    """Collects what does not fit, screen by screen."""

    def __init__(self, shots: Path | None) -> None:
        self.checked: list[str] = []
        self.problems: list[str] = []
        self.shots = shots

    def look(self, name: str, window: QWidget) -> None:
        """Check ``window`` as it is on screen now, at the size of the screen."""
        window.resize(*SCREEN)
        settle()
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        self.checked.append(f"{name} (minimum {hint.width()}×{hint.height()})")
        if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
            self.problems.append(f"{name}: needs at least {hint.width()}×{hint.height()}, "
                                 f"more than {SCREEN[0]}×{SCREEN[1]}")
        width = window.width()
        for label in window.findChildren(QLabel):
            if not label.isVisible() or label.wordWrap() or not label.text().strip():
                continue
            if label.sizeHint().width() > width:
                self.problems.append(
                    f"{name}: label {label.text()[:60]!r} ({label.sizeHint().width()} px, "
                    f"no word wrap) wider than the window ({width} px)"
                    + (" [in a scroll area]" if _scrolled(label, window) else ""))
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            safe = "".join(c if c.isalnum() else "-" for c in name).strip("-")
            window.grab().save(str(self.shots / f"{len(self.checked):02d}-{safe}.png"))


def main_window(probe: Probe, tmp: Path) -> None:
    """Every page of the main window on the demo (and each tab of its past AG)."""
    from talagov.gui.main_window import MEETINGS_PAGE, MainWindow
    from talagov.services.demo import build_demo
    from talagov.storage.database import open_database
    from tests.gui.conftest import make_ctx

    db = open_database(tmp / "demo.sqlite")
    build_demo(db)
    ctx = make_ctx(db)
    window = MainWindow(ctx)
    window.show()
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        wait(lambda: not ctx.runner.busy)
        settle(150)
        probe.look(f"main window / {window.sidebar.item(row).text()}", window)
        if row == MEETINGS_PAGE:
            page = window.meetings_page
            page.select_meeting(1)
            wait(lambda: not ctx.runner.busy)
            for tab in range(page.workspace.tabs.count()):
                page.workspace.tabs.setCurrentIndex(tab)
                wait(lambda: not ctx.runner.busy)
                settle(150)
                probe.look(f"main window / meeting / {page.workspace.tabs.tabText(tab)}",
                           window)
    window.close()
    ctx.runner.shutdown()
    db.close()


def booth(probe: Probe, tmp: Path) -> None:
    """Every step of the booth, as a voter goes through them."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from talagov.core.keyseal import TEST_KDF
    from talagov.core.polls import AGAINST, BLANK, FOR, candidate_choice
    from talagov.gui.booth import open_booth, state
    from talagov.gui.booth.booth_window import BoothWindow
    from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
    from talagov.storage.database import open_database
    from tests.gui.booth.assembly import BENARD, MEMBER_PASS, ORG_PASS, VOTING, make_assembly
    from tests.gui.conftest import make_ctx, seed_register, type_text

    state.ENROL_KDF = TEST_KDF
    db = open_database(tmp / "booth.sqlite")
    seed_register(db)
    assembly = make_assembly(db)
    ctx = make_ctx(db)
    open_booth(ctx, assembly.meeting_id, None)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PassphraseDialog) and w.isVisible())
    type_text(dialog.passphrase, ORG_PASS)
    dialog.ok_button.click()
    wait(lambda: any(isinstance(w, BoothWindow) and w.isVisible()
                     for w in QApplication.topLevelWidgets()))
    window = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, BoothWindow) and w.isVisible())
    window.clock = lambda: VOTING
    window.showNormal()
    wait(lambda: not window.busy and window.finder.list.count() > 0)

    def press(key: Qt.Key) -> None:
        QTest.keyClick(window.focusWidget() or window, key)
        wait(lambda: not window.busy)

    def tick(choice: str) -> None:
        widget = window.polls.widget
        assert widget is not None
        widget.buttons[choice].setFocus()
        QTest.keyClick(widget.buttons[choice], Qt.Key.Key_Space)
        press(Qt.Key.Key_Return)

    probe.look("booth / find", window)
    type_text(window.finder.filter, "martin")
    press(Qt.Key.Key_Return)
    probe.look("booth / enrol", window)
    press(Qt.Key.Key_Escape)
    type_text(window.finder.filter, "durand")
    press(Qt.Key.Key_Return)
    probe.look("booth / unlock", window)
    type_text(window.unlock.passphrase, MEMBER_PASS)
    press(Qt.Key.Key_Return)
    probe.look("booth / resolution", window)
    tick(FOR)
    probe.look("booth / election", window)
    tick(candidate_choice(BENARD))
    tick(AGAINST)
    tick(BLANK)
    probe.look("booth / review", window)
    press(Qt.Key.Key_Return)
    probe.look("booth / confirm", window)
    press(Qt.Key.Key_Return)
    probe.look("booth / receipt", window)
    window.ask_to_close()
    probe.look("booth / leaving", window)
    window._may_close = True
    window.close()
    wait(lambda: not ctx.runner.busy)
    ctx.runner.shutdown()
    db.close()


def member_window(probe: Probe, tmp: Path) -> None:
    """The member's window: the join wizard, then each tab once joined."""
    from datetime import timedelta

    from talagov.gui.member.member_window import MAIN, MemberWindow
    from talagov.services import member_home
    from tests.sync.installs import T0, make_org

    fresh = MemberWindow("fr", tmp / "fresh-home")
    fresh.open_external = None
    fresh.show()
    wait(lambda: fresh.page != 0)
    probe.look("member window / join", fresh)
    fresh.close()
    fresh.jobs.shutdown()

    org = make_org(tmp / "org")
    org.publish(T0 + timedelta(minutes=1))
    at = (T0 + timedelta(hours=1)).astimezone()
    [identity] = member_home.discover(org.folder)
    home = tmp / "member-home"
    member_home.join(home, org.folder, fingerprint=identity.organisation,
                     member_id=org.members["Alice"], now=at)
    window = MemberWindow("fr", home)
    window.clock = lambda: at
    window.open_external = None
    window.show()
    wait(lambda: window.page == MAIN and window.snapshot is not None)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        settle(100)
        probe.look(f"member window / {window.tabs.tabText(tab)}", window)
    window.close()
    window.jobs.shutdown()
    org.db.close()


def run(shots: Path | None, theme_name: str = "default") -> dict[str, object]:
    """Every screen probed (in ``theme_name``); the result as printed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setProperty("talagov_lang", "fr")
    from talagov.gui import theme

    theme.apply(app, theme_name)
    probe = Probe(shots)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for part in (main_window, booth, member_window):
            part(probe, tmp)
    screen = app.primaryScreen()
    return {"scale": screen.devicePixelRatio() if screen else None,
            "checked": probe.checked, "problems": probe.problems}


if __name__ == "__main__":
    target = Path(sys.argv[sys.argv.index("--shots") + 1]) if "--shots" in sys.argv else None
    chosen = sys.argv[sys.argv.index("--theme") + 1] if "--theme" in sys.argv else "default"
    print("PROBE " + json.dumps(run(target, chosen), ensure_ascii=False))
    sys.stdout.flush()
