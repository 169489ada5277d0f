# SPDX-License-Identifier: GPL-3.0-or-later
"""The red bar that names the files of the folder that were refused, and why.

A file signed by another key than the organisation's, a package that does not parse, a
document whose content is not the one announced: someone or something wrote into the
folder what the organisation did not. Nothing of it is shown as the cooperative's; the
member is told loudly, in words, so that they can warn the secretary.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from talagov.gui import theme
from talagov.gui.i18n import arg
from talagov.gui.widgets.message_bar import MessageBar
from talagov.messages import render_error
from talagov.services.member_folder import RefusedFile

# Dark red on pale red (10:1 in the default theme); a thick border so that it is seen
# also without colour vision.
_STYLE = ("QFrame#refusedBar { background: $error_bg; border: 3px solid $error_border; "
          "border-radius: 4px; } QFrame#refusedBar QLabel { color: $error_strong; "
          "font-weight: bold; background: transparent; border: none; }")
SHOWN = 3  # refused files named in the bar; the others are counted


def refused_lines(refused: Sequence[RefusedFile], lang: str) -> list[str]:
    """One line per refused file: the reason in words, and the file's path unless the
    reason already names it."""
    lines = []
    for r in refused:
        reason = render_error(r.reason_code, r.params, lang)
        lines.append(reason if r.path in reason else arg(
            QCoreApplication.translate("RefusedBar", "%1 (file: %2)"), reason, r.path))
    return lines


class RefusedBar(MessageBar):
    """A :class:`MessageBar` in red, with a heading line; hidden when nothing is refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedBar")
        theme.set_style(self, _STYLE)
        self.setAccessibleName(self.tr("Refused files"))

    def show_messages(self, messages: Sequence[str]) -> None:
        """Show the refused files under a warning line (none: the bar is hidden)."""
        if not messages:
            super().show_messages([])
            return
        head = self.tr("Warning: %n file(s) of the shared folder were refused and are not "
                       "shown. Tell the secretary.", "", len(messages))
        lines = [head, *(f"• {m}" for m in messages[:SHOWN])]
        if len(messages) > SHOWN:  # the window stays usable however many files were forged
            lines.append(self.tr("… and %n other(s).", "", len(messages) - SHOWN))
        super().show_messages(["\n".join(lines)])
