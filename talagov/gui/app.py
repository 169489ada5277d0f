# SPDX-License-Identifier: GPL-3.0-or-later
"""Start the GUI: application object, translations, database, first-run set-up."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from talagov import __version__
from talagov.core.errors import UserError
from talagov.gui import settings
from talagov.gui.context import AppContext
from talagov.gui.errors import user_message
from talagov.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_translators, resource_path
from talagov.gui.tasks import TaskRunner
from talagov.services import organisation as org_service
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database

EXIT_CANNOT_OPEN = 2
EXIT_SMOKE_FAILED = 1
#: The application's id: desktop entry, AppStream metainfo and icon name on Linux.
APP_ID = "org.talagov.TalaGov"
SMOKE_TIMEOUT_MS = 60_000
# Qt does not own installed translators: keep them alive as long as the application.
_translators: list[object] = []


def application(lang: str | None) -> tuple[QApplication, str]:
    """The ``QApplication`` (created once) with its names and translators for ``lang``.

    ``lang`` comes from the command line; otherwise the saved choice, else French.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("TalaGov")
    app.setApplicationName("TalaGov")
    app.setApplicationVersion(__version__)
    # The desktop entry's name (Wayland app id, GNOME's window matching); on X11 the
    # WM_CLASS is the application name, "TalaGov" (StartupWMClass in the entry).
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    ensure_fonts(app)
    chosen = lang or settings.get(settings.LANGUAGE)
    chosen = chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE
    for old in _translators:
        app.removeTranslator(old)  # type: ignore[arg-type]
    _translators[:] = install_translators(app, chosen)
    app.setProperty("talagov_lang", chosen)  # read by errors.current_lang()
    from talagov.gui import theme  # Fusion and an explicit palette: contrast known everywhere

    theme.apply_saved(app)
    return app, chosen


def app_icon() -> QIcon:
    """The window icon, from the PNG sizes in ``resources/icons`` (SVG if none)."""
    icon = QIcon()
    folder = resource_path("icons")
    for png in sorted(folder.glob("talagov-*.png")):
        icon.addFile(str(png))
    if icon.isNull():
        icon.addFile(str(folder / "talagov.svg"))
    return icon


def ensure_fonts(app: QApplication) -> bool:
    """Fall back on the bundled DejaVu fonts when the system offers none.

    A bare system (no fontconfig configuration, no font package) would otherwise show a
    window without any text. Returns whether the fallback was needed.
    """
    # No family on the system, or only ones without Latin glyphs (a bare system's Qt
    # offscreen plugin lists a few that draw boxes).
    if QFontMetrics(app.font()).inFont("a"):
        return False
    for ttf in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    app.setFont(QFont("DejaVu Sans"))
    return True


def open_or_report(path: Path) -> Database | None:
    """Open the database, or show why not (a newer TalaGov wrote it...) and return None."""
    try:
        return open_database(path)
    except UserError as exc:  # DatabaseTooNewError included: the file is left untouched
        QMessageBox.critical(None, QCoreApplication.translate("App", "TalaGov"),
                             user_message(exc))
        return None


def has_organisation(db: Database) -> bool:
    """Whether the database is set up.

    Read directly, before the window and its task runner exist; nothing else runs yet.
    """
    with UnitOfWork(db) as uow:
        return org_service.get_organisation(uow) is not None


def run(db_path: Path, lang: str | None = None, *, smoke_test: bool = False,
        screenshot: Path | None = None) -> int:
    """Open the main window on ``db_path``; returns the process exit code.

    Returns 2 when the database cannot be opened, 0 when the user cancels the set-up.
    ``smoke_test``, ``screenshot``: see :func:`run_smoke_test`.
    """
    if smoke_test:
        return run_smoke_test(db_path, lang, screenshot=screenshot)
    from talagov.gui.dialogs.setup_dialog import SetupDialog
    from talagov.gui.main_window import MainWindow

    app, lang = application(lang)
    db = open_or_report(db_path)
    if db is None:
        return EXIT_CANNOT_OPEN
    runner = TaskRunner(db)
    ctx = AppContext(db=db, runner=runner, lang=lang)
    if not has_organisation(db):
        setup = SetupDialog(ctx)
        result = setup.exec()
        if result != QDialog.DialogCode.Accepted:
            runner.shutdown()
            db.close()
            if result != SetupDialog.JOIN:
                return 0
            from talagov.gui.member.member_window import show_member_window

            # A member's install needs no database; the reference keeps the window alive.
            _member_window = show_member_window(None, lang)
            return int(app.exec())
    settings.put(settings.LAST_DB, str(db_path))
    window = MainWindow(ctx)
    window.show()
    return int(app.exec())


# -- smoke test of an installed bundle (talagov gui --db PATH --smoke-test) ------------------
# Its output is for packagers and CI, in English like the rest of the command line's
# diagnostics; the "TalaGov ready" line is a contract (packaging/README.md).


def resources_found(app: QApplication, lang: str) -> tuple[list[str], list[str]]:
    """What the window needs from the bundle: ``(found, missing)`` descriptions."""
    from talagov.gui.help.locate import guide_root

    found: list[str] = [f"platform {app.platformName()}"]
    missing: list[str] = []
    sizes = app.windowIcon().availableSizes()
    (found if sizes else missing).append(f"icon {len(sizes)} sizes")
    pdf_font = resource_path("fonts", "DejaVuSans.ttf")
    (found if pdf_font.is_file() else missing).append("PDF fonts")
    family = QFontInfo(app.font()).family()
    (found if QFontMetrics(app.font()).inFont("a") else missing).append(f"window font {family}")
    loaded = sorted(Path(t.filePath()).stem for t in _translators  # type: ignore[attr-defined]
                    if t.filePath())  # type: ignore[attr-defined]
    for name in (f"talagov_{lang}", f"qtbase_{lang}") if lang != "en" else ():
        (found if name in loaded else missing).append(f"catalogue {name}")
    guide = guide_root()
    # The guide is optional (a checkout may predate it): reported, never a failure.
    found.append(f"guide {guide}" if (guide / lang).is_dir() else "guide missing")
    return found, missing


def _smoke_failed(reason: str) -> int:
    print(f"TalaGov smoke test failed: {reason}", file=sys.stderr, flush=True)
    return EXIT_SMOKE_FAILED


def run_smoke_test(db_path: Path, lang: str | None = None,
                   timeout_ms: int = SMOKE_TIMEOUT_MS, screenshot: Path | None = None) -> int:
    """Check a build on the real start-up path, without a person at the screen.

    Opens ``db_path`` (creating and migrating a new one), builds the first-run dialog
    for a new database without waiting on it, shows the main window, and once the window
    is exposed and its first task (loading the organisation) is done prints
    ``TalaGov ready: schema <revision>, window "<title>"``, closes it and returns 0.
    Returns 1 with ``TalaGov smoke test failed: <reason>`` on stderr when a resource is
    missing (icon, fonts, the language's catalogues), the database cannot be opened, or
    the window is not ready within ``timeout_ms``. The user's settings are neither read
    nor written. ``screenshot``: a PNG of the window, to see that text renders on the
    system checked.
    """
    from talagov.gui.dialogs.setup_dialog import SetupDialog
    from talagov.gui.main_window import MainWindow

    os.environ["TALAGOV_NO_SETTINGS"] = "1"  # settings.py then keeps them in memory
    app, lang = application(lang)
    found, missing = resources_found(app, lang)
    if missing:
        return _smoke_failed("missing " + ", ".join(missing))
    print("TalaGov resources: " + ", ".join(found), flush=True)
    try:
        db = open_database(db_path)
    except UserError as exc:
        return _smoke_failed(user_message(exc))
    except Exception as exc:  # not a database, unwritable folder: still one line and exit 1
        return _smoke_failed(f"cannot open {db_path}: {exc}")
    runner = TaskRunner(db)
    ctx = AppContext(db=db, runner=runner, lang=lang)
    if not has_organisation(db):
        SetupDialog(ctx).deleteLater()  # what a new database shows first, left unanswered
    window = MainWindow(ctx)
    window.show()
    revision = db.migration.to_revision

    def check() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed() or runner.busy:
            return
        poll.stop()
        if screenshot is not None and not window.grab().save(str(screenshot), "PNG"):
            _smoke_failed(f"cannot write {screenshot}")
            window.close()
            app.exit(EXIT_SMOKE_FAILED)
            return
        print(f'TalaGov ready: schema {revision}, window "{window.windowTitle()}"', flush=True)
        window.close()  # the real closing path: settings, task runner, database
        app.exit(0)

    def give_up() -> None:
        _smoke_failed(f"the window was not ready within {timeout_ms // 1000} s")
        window.close()
        app.exit(EXIT_SMOKE_FAILED)  # also leaves an error dialog's nested event loop

    poll = QTimer(window)
    poll.timeout.connect(check)
    poll.start(20)
    QTimer.singleShot(timeout_ms, give_up)
    return int(app.exec())
