# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate the screenshots of the documentation from the demo cooperative.

Run under a virtual screen so that fonts and styles are the real ones::

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/images/make_screenshots.py

It builds the default demo (seed 1947, reference date 22 November 2026) in a temporary
database, opens the main window in French and saves one PNG per page in this folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ["TALAGOV_NO_SETTINGS"] = "1"

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 22)
# (file name, sidebar row, meeting to select or None, workspace tab or None)
SHOTS = (
    ("dashboard", 0, None, None),
    ("members", 1, None, None),
    ("shares", 2, None, None),
    ("mandates", 3, None, None),
    ("meeting-preparation", 4, "draft", 0),
    ("meeting-convocation", 4, "closed", 1),
    ("meeting-session", 4, "closed", 2),
    ("library", 5, None, None),
    ("settings", 6, None, None),
)


def _settle(app, runner, seconds: float = 5) -> None:  # type: ignore[no-untyped-def]
    """Let the loading tasks of what is on screen finish."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if not runner.busy and time.monotonic() > deadline - seconds + 1:
            break
        time.sleep(0.02)
    app.processEvents()


def main() -> int:
    """Build the demo, show each page and save it; returns the exit code."""
    from talagov.gui.app import application
    from talagov.gui.context import AppContext
    from talagov.gui.main_window import MainWindow
    from talagov.gui.tasks import TaskRunner
    from talagov.services.demo import DemoOptions, build_demo
    from talagov.storage.database import open_database

    lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
    app, lang = application(lang)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite")
        build_demo(db, DemoOptions(today=TODAY))
        runner = TaskRunner(db)
        window = MainWindow(AppContext(db=db, runner=runner, lang=lang, today=lambda: TODAY))
        window.resize(1280, 760)
        window.show()
        suffix = "" if lang == "fr" else f"-{lang}"
        for name, row, status, tab in SHOTS:
            window.sidebar.setCurrentRow(row)
            _settle(app, runner)
            if status is not None:
                page = window.pages[row]
                wanted = next(page.model.item_at(r) for r in range(page.model.rowCount())
                              if page.model.item_at(r).status.value == status)
                page.select_meeting(wanted.id)
                _settle(app, runner)
                page.workspace.tabs.setCurrentIndex(tab)
                _settle(app, runner)
            window.grab().save(str(HERE / f"{name}{suffix}.png"))
        window.close()
        runner.shutdown()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
