# SPDX-License-Identifier: GPL-3.0-or-later
"""What every page and dialog needs: the task runner, the language, today's date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from talagov.gui.tasks import TaskRunner
from talagov.storage.database import Database


@dataclass
class AppContext:
    """Shared by the main window and its pages.

    ``today`` is a function so that tests can freeze the date; pages must call it
    instead of ``date.today()``.
    """

    db: Database
    runner: TaskRunner
    lang: str = "fr"
    today: Callable[[], date] = field(default=date.today)
