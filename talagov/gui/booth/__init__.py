# SPDX-License-Identifier: GPL-3.0-or-later
"""The full-screen voting booth (entered from a meeting's Votes tab by :func:`open_booth`).

The secretary opens it with the passphrase of the organisation key: the booth keeps
that key in memory while it is open, to certify the keys members create on the spot,
and the same passphrase is needed to leave it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from talagov.gui.booth.state import KeyHolder
from talagov.gui.context import AppContext

#: (organisation key, meeting title, organisation name, readable fingerprint)
Opening = tuple[Any, str, str, str]

# A dialog or booth opened without a parent has no owner on the Qt side: keep it alive
# until it closes.
_alive: set[QWidget] = set()


def _opening(uow: Any, meeting_id: int, passphrase: str) -> KeyHolder[Opening]:
    from talagov.services import keys, meetings

    org_key = keys.unlock_organisation(uow, passphrase)
    meeting = meetings.get_meeting(uow, meeting_id)
    view = keys.organisation_key(uow)
    name, readable = (view.name, view.readable) if view is not None else ("", "")
    return KeyHolder((org_key, meeting.title, name, readable))


def open_booth(ctx: AppContext, meeting_id: int, parent: QWidget | None) -> None:
    """Ask the secretary's passphrase, then open the booth full screen for the meeting."""
    from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog

    def task_of(passphrase: str) -> Any:
        return lambda uow: _opening(uow, meeting_id, passphrase)

    dialog = PassphraseDialog(
        ctx, QCoreApplication.translate("Booth", "Open the voting booth"),
        QCoreApplication.translate(
            "Booth", "The booth takes the whole screen; members vote one after the other. "
                     "Type the passphrase of the organisation's key: it certifies the keys "
                     "created in the booth, and it will be needed to close the booth."),
        task_of, action=QCoreApplication.translate("Booth", "&Open the booth"),
        label=QCoreApplication.translate("Booth", "Opening the booth"), parent=parent)
    dialog.saved.connect(lambda holder: _show_booth(ctx, meeting_id, parent, holder))
    if parent is None:
        _alive.add(dialog)
        dialog.finished.connect(lambda _code: _alive.discard(dialog))
    dialog.open()


def _show_booth(ctx: AppContext, meeting_id: int, parent: QWidget | None,
                holder: KeyHolder[Opening]) -> None:
    from talagov.gui.booth.booth_window import BoothWindow

    opened = holder.take()
    if opened is None:
        return
    org_key, title, name, readable = opened
    booth = BoothWindow(ctx, meeting_id, org_key, parent, meeting_title=title,
                        organisation=(name, readable))
    if parent is None:
        _alive.add(booth)
        booth.booth_closed.connect(lambda: _alive.discard(booth))
    booth.showFullScreen()
    booth.start()
