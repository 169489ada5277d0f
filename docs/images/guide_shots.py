# SPDX-License-Identifier: GPL-3.0-or-later
"""The guides' screenshots: one AG of the demo cooperative, from the register to the archive.

``make_screenshots.py --guide`` runs :func:`run_guide`, which starts this script once per
language (a Qt application speaks one language: its translators are installed at start),
each run writing ``docs/guide/images/<lang>/*.png``:

- the register pages and the settings, as the demo leaves them (22 November 2026);
- the upcoming AG of 12 June 2027 carried through its journey by :mod:`guide_journey`, with
  the meeting's tabs and the dialogs that matter shot at each step (the clock of the
  scene is fixed, so every date and time on screen is the same from one run to the next);
- the auditor's window on the AG's exported archive;
- the booth, the shared folder page and the member's window, with the shot code of
  ``make_screenshots.py``.

The PNGs are saved with an 8-bit palette (Qt's own conversion): screens of text lose
nothing and weigh a quarter. The keys made by the demo are new each run, so the
fingerprints on screen change; nothing else should.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

os.environ["TALAGOV_NO_SETTINGS"] = "1"

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "guide" / "images"
TODAY = date(2026, 11, 22)
WIDTH, HEIGHT = 1280, 760
# Sidebar rows of the main window.
DASHBOARD, MEMBERS, SHARES, MANDATES, MEETINGS, REGISTERS, LIBRARY, SYNC, SETTINGS = range(9)
# Tabs of the settings page and of the auditor's window.
SETTINGS_TABS = (("settings-organisation", 0), ("settings-statutes", 1), ("settings-keys", 4))
AUDITOR_TABS = (("auditor-checklist", 0), ("auditor-session", 2), ("auditor-polls", 3),
                ("auditor-minutes", 4))


def run_guide(args: list[str]) -> int:
    """``[]``: shoot French then English, each in its own process; ``[lang]``: one language."""
    if args:
        return shoot(args[0])
    codes = [subprocess.call([sys.executable, str(HERE / "make_screenshots.py"), "--guide", lang])
             for lang in ("fr", "en")]  # fmt: skip
    return max(codes)


class Scene:
    """The clock of the story: every tab, dialog and service call reads it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def at(self, when: datetime) -> None:
        """Move the clock to ``when``."""
        self.now = when

    def clock(self) -> datetime:
        """Now, in the story."""
        return self.now

    def today(self) -> date:
        """Today, in the story."""
        return self.now.date()


class Shooter:
    """Waits for the interface to settle, runs service calls, finds dialogs, saves PNGs."""

    def __init__(self, app: Any, runner: Any, out: Path) -> None:
        self.app, self.runner, self.out = app, runner, out
        self.saved: list[str] = []
        out.mkdir(parents=True, exist_ok=True)

    def pump(self, seconds: float) -> None:
        """Process events for ``seconds``."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.02)

    def settle(self, seconds: float = 1.0, runner: Any = None) -> None:
        """Process events for at least ``seconds`` and until the runner has no work."""
        runner = runner or self.runner
        start = time.monotonic()
        while time.monotonic() - start < 60:
            self.app.processEvents()
            if time.monotonic() - start >= seconds and not runner.busy:
                break
            time.sleep(0.02)
        self.app.processEvents()

    def act(self, fn: Callable[[Any], Any]) -> Any:
        """Run ``fn(uow)`` on the task runner, as the window would, and return its result.

        The runner re-emits the change, so every page on screen refreshes as if the
        secretary had done it by hand."""
        box: dict[str, Any] = {}
        # One parameter: the runner passes a progress callback to functions of three.
        self.runner.run(None, lambda uow: fn(uow), on_success=lambda r: box.setdefault("ok", r),
                        on_failure=lambda e: box.setdefault("error", e))  # fmt: skip
        start = time.monotonic()
        while not box and time.monotonic() - start < 120:
            self.app.processEvents()
            time.sleep(0.01)
        if "error" in box:
            raise box["error"]
        # Some calls return a value rather than their change: every page reloads anyway.
        from talagov.services.changes import Aggregate, Changes

        self.runner.changes_applied.emit(Changes.of(*Aggregate))
        self.settle(0.5)
        return box.get("ok")

    def dialog(self, cls: type, timeout: float = 20) -> Any:
        """The visible window of class ``cls`` opened last (waits for it)."""
        from PySide6.QtWidgets import QApplication

        start = time.monotonic()
        while time.monotonic() - start < timeout:
            self.app.processEvents()
            found = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, cls) and w.isVisible()]  # fmt: skip
            if found:
                self.settle(0.5)
                return found[-1]
            time.sleep(0.02)
        raise RuntimeError(f"no {cls.__name__} on screen")

    def save(self, widget: Any, name: str) -> None:
        """Grab ``widget`` into ``<out>/<name>.png`` with an 8-bit palette."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        self.app.processEvents()
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
        path = self.out / f"{name}.png"
        if not image.save(str(path)):
            raise RuntimeError(f"could not write {path}")
        self.saved.append(name)


def shoot(lang: str) -> int:
    """Build the demo and shoot every image of the guides in ``lang``."""
    import guide_closing
    import guide_journey
    import make_screenshots

    from talagov.gui.app import application
    from talagov.gui.context import AppContext
    from talagov.gui.main_window import MainWindow
    from talagov.gui.tasks import TaskRunner
    from talagov.services.demo import DemoOptions, build_demo
    from talagov.storage.database import open_database

    app, lang = application(lang)
    out = OUT / lang
    # A fixed folder, not a random one: its path shows in the shared folder and archive tabs.
    tmp = Path(tempfile.gettempdir()) / f"talagov-guide-{lang}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        db = open_database(Path(tmp) / "demo.sqlite")
        build_demo(db, DemoOptions(today=TODAY))
        scene = Scene(datetime.combine(TODAY, clock_time(12)))
        runner = TaskRunner(db)
        window = MainWindow(AppContext(db=db, runner=runner, lang=lang, today=scene.today))
        window.resize(WIDTH, HEIGHT)
        window.show()
        shooter = Shooter(app, runner, out)
        shooter.settle(2)
        register_shots(shooter, window)
        make_screenshots.sync_shots(app, window, db, "", save=shooter.save)
        archive = guide_journey.run(shooter, window, scene, Path(tmp))
        guide_closing.registers_shots(shooter, window)
        guide_closing.auditor_shots(shooter, window, archive)
        window.close()
        runner.shutdown()
        db.close()
        make_screenshots.booth_shots(app, Path(tmp), lang, save=shooter.save)
        make_screenshots.member_shots(app, Path(tmp), lang, save=shooter.save,
                                      extra=lambda *a: member_extra(shooter, *a))  # fmt: skip
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for stale in sorted(set(out.glob("*.png")) - {out / f"{n}.png" for n in shooter.saved}):
        stale.unlink()  # an image no step shoots any more
    print(f"{len(shooter.saved)} images in {out}")
    return 0


def register_shots(sh: Shooter, window: Any) -> None:
    """The pages a secretary keeps up all year, and the dialogs of the register."""
    from talagov.core.shares import MovementKind
    from talagov.gui.dialogs.edit_member_dialog import EditMemberDialog
    from talagov.gui.dialogs.share_movement_dialog import ShareMovementDialog

    for name, row in (("dashboard", DASHBOARD), ("members", MEMBERS), ("shares", SHARES),
                      ("mandates", MANDATES)):
        window.sidebar.setCurrentRow(row)
        sh.settle(1.5)
        sh.save(window, name)
    # A member's record: the consent to electronic convocation is on the "Contact" tab.
    window.sidebar.setCurrentRow(MEMBERS)
    page = window.pages[MEMBERS]
    page.table.selectRow(5)
    sh.settle(0.5)
    page.edit_current()
    dialog = sh.dialog(EditMemberDialog)
    sh.save(dialog, "member-dialog")
    tabs = dialog.findChild(_tab_widget())
    if tabs is not None:
        tabs.setCurrentIndex(2)
        sh.settle(0.3)
        sh.save(dialog, "member-dialog-contact")
    dialog.reject()
    sh.settle(0.3)
    window.sidebar.setCurrentRow(SHARES)
    sh.settle(0.5)
    window.pages[SHARES].open_movement_dialog(MovementKind.SUBSCRIPTION)
    dialog = sh.dialog(ShareMovementDialog)
    sh.save(dialog, "share-subscription")
    dialog.reject()
    window.sidebar.setCurrentRow(SETTINGS)
    sh.settle(1.5)
    settings = window.pages[SETTINGS]
    for name, tab in SETTINGS_TABS:
        settings.tabs.setCurrentIndex(tab)
        sh.settle(0.5)
        sh.save(window, name)
    settings.tabs.setCurrentIndex(0)


def _tab_widget() -> type:
    from PySide6.QtWidgets import QTabWidget

    return QTabWidget


def member_extra(sh: Shooter, app: Any, window: Any, vote: Any, passphrase: str) -> None:
    """From the member's vote dialog: the receipt, then the proxy dialog."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from talagov.core.polls import FOR
    from talagov.gui.member.give_proxy_dialog import GiveProxyDialog

    def until(predicate: Callable[[], bool]) -> None:
        start = time.monotonic()
        while not predicate() and time.monotonic() - start < 30:
            app.processEvents()
            time.sleep(0.02)
        sh.pump(0.3)

    # Every poll gets a choice (Enter goes to the next one), then the review signs them.
    for _ in range(10):
        widget = vote.polls.widget
        if vote.stack.currentWidget() is not vote.polls or widget is None:
            break
        widget.buttons[FOR].setFocus()
        QTest.keyClick(widget.buttons[FOR], Qt.Key.Key_Space)
        QTest.keyClick(widget.buttons[FOR], Qt.Key.Key_Return)
        sh.pump(0.3)
    sh.save(vote, "member-4-review")
    QTest.keyClick(vote.review.confirm_button, Qt.Key.Key_Return)
    until(lambda: vote.stack.currentWidget() is vote.receipt and not vote.busy)
    sh.save(vote, "member-4-receipt")
    vote.receipt.done_button.click()
    until(lambda: not vote.isVisible())
    sh.pump(1)
    window.meetings.detail.proxy_button.click()
    dialog = sh.dialog(GiveProxyDialog)
    dialog.passphrase.setText(passphrase)
    sh.save(dialog, "member-proxy")
    dialog.reject()
