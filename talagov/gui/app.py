# SPDX-License-Identifier: GPL-3.0-or-later
"""Start the GUI: application object, translations, database, first-run set-up."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from talagov import __version__
from talagov.core.errors import UserError
from talagov.gui import settings
from talagov.gui.context import AppContext
from talagov.gui.errors import user_message
from talagov.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_translators
from talagov.gui.tasks import TaskRunner
from talagov.services import organisation as org_service
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database

EXIT_CANNOT_OPEN = 2
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
    chosen = lang or settings.get(settings.LANGUAGE)
    chosen = chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE
    for old in _translators:
        app.removeTranslator(old)  # type: ignore[arg-type]
    _translators[:] = install_translators(app, chosen)
    app.setProperty("talagov_lang", chosen)  # read by errors.current_lang()
    return app, chosen


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


def run(db_path: Path, lang: str | None = None) -> int:
    """Open the main window on ``db_path``; returns the process exit code.

    Returns 2 when the database cannot be opened, 0 when the user cancels the set-up.
    """
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
