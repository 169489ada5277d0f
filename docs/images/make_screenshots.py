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
PAGES = ("dashboard", "members", "shares", "mandates", "settings")


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
        for index, name in enumerate(PAGES):
            window.sidebar.setCurrentRow(index)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:  # let the page's loading task finish
                app.processEvents()
                if not runner.busy and time.monotonic() > deadline - 4:
                    break
                time.sleep(0.02)
            app.processEvents()
            window.grab().save(str(HERE / f"{name}{suffix}.png"))
        window.close()
        runner.shutdown()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
