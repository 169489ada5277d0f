# SPDX-License-Identifier: GPL-3.0-or-later
"""How a meeting tab loads its data: off the GUI thread, newest answer only, and, while
the tab is hidden, a reload on changes waits until it is shown again.

The Votes and Minutes tabs both judge or render a lot on each load (every ballot, the
whole minutes): reloading them on every arrival recorded in the Session tab would be
wasted work, so a change seen while hidden only marks the tab stale.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from talagov.core.errors import NotFoundError
from talagov.gui.context import AppContext
from talagov.gui.errors import show_error
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork

T = TypeVar("T")


class TabLoader(Generic[T]):
    """Loads one meeting's data for ``tab`` with ``load`` and hands it to ``loaded``.

    Args:
        show_none: called with nothing to show (no meeting, or it was deleted meanwhile).
        reload_on: the aggregates whose changes make the data stale.
    """

    def __init__(self, tab: QWidget, ctx: AppContext, load: Callable[[UnitOfWork, int], T],
                 loaded: Callable[[T], None], show_none: Callable[[], None], *, label: str,
                 reload_on: tuple[Aggregate, ...]) -> None:
        self.tab, self.ctx, self.load, self.loaded = tab, ctx, load, loaded
        self.show_none, self.label, self.reload_on = show_none, label, reload_on
        self.meeting_id: int | None = None
        self.generation = 0
        self.stale = False

    def set_meeting(self, meeting_id: int | None) -> None:
        """Load the data of ``meeting_id`` (``None``: show nothing, drop a pending load)."""
        self.meeting_id = meeting_id
        if meeting_id is None:
            self.generation += 1
            self.show_none()
            return
        self.refresh()

    def refresh(self) -> None:
        """Load the current meeting's data again."""
        if self.meeting_id is None:
            return
        self.generation += 1
        self.stale = False
        generation, meeting_id = self.generation, self.meeting_id
        self.ctx.runner.run(self.tab, lambda uow: self.load(uow, meeting_id),
                            on_success=lambda data: self._on_loaded(generation, data),
                            on_failure=self.failed, label=self.label)  # fmt: skip

    def on_changes(self, changes: Changes) -> None:
        """Reload on changes to ``reload_on``, at once if the tab is shown, else when it is."""
        if self.meeting_id is None or not changes.touches(*self.reload_on):
            return
        if self.tab.isVisible():
            self.refresh()
        else:
            self.stale = True

    def shown(self) -> None:
        """The tab is shown again: catch up with the changes made while it was hidden."""
        if self.stale:
            self.refresh()

    def _on_loaded(self, generation: int, data: T) -> None:
        if generation == self.generation:  # an older load finishing late is dropped
            self.loaded(data)

    def failed(self, exc: BaseException) -> None:
        """A load failed: a deleted meeting shows nothing, anything else is reported."""
        if isinstance(exc, NotFoundError):  # the meeting was deleted meanwhile
            self.set_meeting(None)
        else:
            show_error(self.tab, exc)
