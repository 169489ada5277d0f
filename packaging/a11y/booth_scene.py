# SPDX-License-Identifier: GPL-3.0-or-later
"""Open the voting booth on a mock AG, for a check by hand with a screen reader.

Run it on a real X display (Xvfb is enough) with the accessibility bridge on::

    QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb \\
        .venv/bin/python packaging/a11y/booth_scene.py --lang fr

The scene is the one of the booth's tests (``tests/gui/booth/assembly.py`` on the
seeded SCIC of ``tests/gui/conftest.py``): an AGO in session with a resolution and an
election (two seats) open, Durand Élodie enrolled (passphrase « phrase de Durand ») and
holding Lefèvre's proxy, Martin and Bénard without a key. The booth is opened the way
the Votes tab opens it: the "Open the voting booth" dialog asks the secretary's
passphrase (« phrase du secrétariat »), then the booth goes full screen. The same
passphrase closes it, which ends this script.

Nothing here changes the product: the database lives in a temporary folder and is
thrown away on exit.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="fr", choices=("fr", "en"),
                        help="language of the interface (default: fr)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the mock AG in a temporary database, open the booth and run until it closes."""
    args = _arguments(argv)
    # Qt exposes its widgets on AT-SPI only when asked; settings of the user stay untouched.
    os.environ.setdefault("QT_ACCESSIBILITY", "1")
    os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    os.environ["TALAGOV_NO_SETTINGS"] = "1"
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from talagov.core.keyseal import TEST_KDF
    from talagov.gui.app import application
    from talagov.gui.booth import open_booth, state
    from talagov.gui.booth.booth_window import BoothWindow
    from talagov.gui.context import AppContext
    from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
    from talagov.gui.tasks import TaskRunner
    from talagov.storage.database import open_database
    from tests.gui.booth.assembly import VOTING, make_assembly
    from tests.gui.conftest import TODAY, seed_register

    app, lang = application(args.lang)
    # Between the opening dialog and the booth no window is shown for an instant.
    app.setQuitOnLastWindowClosed(False)
    state.ENROL_KDF = TEST_KDF  # a key created in the booth is sealed in a blink
    with tempfile.TemporaryDirectory(prefix="talagov-a11y-") as tmp:
        db = open_database(Path(tmp) / "booth.sqlite")
        seed_register(db)
        assembly = make_assembly(db)
        runner = TaskRunner(db)
        ctx = AppContext(db=db, runner=runner, lang=lang, today=lambda: TODAY)

        seen: set[int] = set()

        def freeze_clock() -> None:
            # The polls of the mock AG opened on its own date: ballots are cast then.
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, BoothWindow) and id(widget) not in seen:
                    seen.add(id(widget))
                    widget.clock = lambda: VOTING
                    widget.booth_closed.connect(app.quit)

        watcher = QTimer()
        watcher.setInterval(100)
        watcher.timeout.connect(freeze_clock)
        watcher.start()
        open_booth(ctx, assembly.meeting_id, None)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PassphraseDialog):
                widget.rejected.connect(app.quit)  # Escape at the door: nothing to check
        print("booth scene ready", flush=True)
        code = app.exec()
        runner.shutdown()
        db.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
