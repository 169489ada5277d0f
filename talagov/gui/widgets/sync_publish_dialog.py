# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation's passphrase, asked when a pass has something to sign.

Meeting packages, the organisation's identity, the list of revoked certificates and the
archives are signed with the organisation's key; documents and certificates are not. The
dialog says what waits for a signature; with the passphrase the pass signs and publishes
everything, and « Not now » publishes what needs no signature and reads the folder
anyway. The key is unlocked on the worker and used at once (``PassphraseDialog``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from talagov.core.cancel import CancelToken
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.i18n import arg
from talagov.gui.widgets.sync_status import files_text
from talagov.services import keys as keys_service
from talagov.services import sync_publish
from talagov.services.sync_publish import SIGNED_KINDS, PlannedFile, PublishPlan

#: Runs a function on the worker and reports its cancellation to the page.
Relay = Callable[[Callable[[], Any]], Any]


def needs_signature(planned: PlannedFile) -> bool:
    """Whether publishing ``planned`` needs the organisation's key."""
    return planned.kind in SIGNED_KINDS


class PublishPassphraseDialog(PassphraseDialog):
    """What waits for a signature, the passphrase, « Sign and publish » / « Not now ».

    Signals:
        saved(object): the ``PublishReport`` (everything planned was published).
        declined(): « Not now »: publish what needs no signature, then read.
    """

    declined = Signal()

    def __init__(self, ctx: AppContext, folder: Path, plan: PublishPlan,
                 clock: Callable[[], datetime], relay: Relay,
                 parent: QWidget | None = None) -> None:
        def task_of(passphrase: str) -> Callable[..., Any]:
            def work(uow: Any, progress: Any, cancel: CancelToken) -> Any:
                key = keys_service.unlock_organisation(uow, passphrase)
                return relay(lambda: sync_publish.publish(uow, folder, org_key=key, now=clock(),
                                                          cancel=cancel, progress=progress,
                                                          lang=ctx.lang))

            return work

        super().__init__(ctx, "", "", task_of, action="", parent=parent)
        self.setWindowTitle(self.tr("Publish to the shared folder"))
        self.ok_button.setText(self.tr("&Sign and publish"))
        self.ok_button.setToolTip(self.tr("Sign the listed files with the organisation's key and "
                                          "put them in the shared folder."))
        self._label = self.tr("Publishing")
        signed = [f for f in plan.files if needs_signature(f)]
        others = [f for f in plan.files if not needs_signature(f)]
        intro = arg(self.tr("To sign with the organisation's key before they go into the "
                            "shared folder: %1."), files_text(signed, ctx.lang))
        if others:
            intro += "\n" + arg(self.tr("Also to publish, with no signature needed: %1."),
                                files_text(others, ctx.lang))
        intro += "\n\n" + self.tr("Type the organisation's passphrase to sign them. “Not "
                                   "now” publishes only what needs no signature, then reads "
                                   "the folder.")
        self.intro.setText(intro)
        self.plan = plan
        self._quiet = False
        self.cancel_button = self.buttons.button(self.buttons.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Not now"))
        self.cancel_button.setAccessibleName(self.tr("Not now"))
        self.cancel_button.setToolTip(self.tr("Publish only what needs no signature, then read the "
                                              "folder."))

    def reject(self) -> None:
        """« Not now » (or Escape): go on without signing; ignored while signing, which
        the progress dialog's Cancel stops."""
        if self._busy:
            return
        super().reject()
        if not self._quiet:
            self.declined.emit()

    def close_quietly(self) -> None:
        """Close without going on (the pass was cancelled)."""
        self._quiet = True
        self._busy = False
        self.reject()
