# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov open FILE.zip``: the auditor's window on its own, without any database.

The application object and its translators are the main window's
(:func:`talagov.gui.app.application`); no database is opened, none is created: an
auditor may check an archive on a computer where TalaGov has never been set up.
"""

from __future__ import annotations

from pathlib import Path

from talagov.gui.app import application
from talagov.gui.auditor.auditor_window import AuditorWindow


def run_auditor(path: Path, lang: str | None = None) -> int:
    """Show the auditor's window on ``path`` until it is closed; returns the exit code."""
    app, chosen = application(lang)
    window = AuditorWindow(chosen)
    window.show()
    window.open_archive(Path(path))
    return int(app.exec())
