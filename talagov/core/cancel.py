# SPDX-License-Identifier: GPL-3.0-or-later
"""A cancellation token for long operations (imports, exports, PDF batches).

The GUI's Cancel button calls :meth:`CancelToken.cancel` on the GUI thread while the
work runs on the database worker, which polls :meth:`CancelToken.raise_if_cancelled`
between batches; a :class:`threading.Event` makes that hand-over safe.
"""

from __future__ import annotations

import threading

from talagov.core.errors import Cancelled


class CancelToken:
    """Set once by the user, checked by the worker at safe points."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next check (idempotent)."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` has been called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`~talagov.core.errors.Cancelled` if cancellation was asked for.

        Raises:
            Cancelled: after :meth:`cancel`; the unit of work then rolls everything back.
        """
        if self._event.is_set():
            raise Cancelled()
