# SPDX-License-Identifier: GPL-3.0-or-later
"""The ballots of one poll with what became of each, filterable by verdict.

Rows are ``services.ballots.BallotLine`` values. The verdict and its reason come from
the service (the core judged them); a rejection is worded from its message code
``ballot.rejected.<reason>``. For a secret poll the choice column stays empty whatever
the lines carry: no screen shows who chose what.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from talagov.core.ballot_check import Verdict
from talagov.core.canonical import readable_fingerprint
from talagov.core.polls import PollDefinition
from talagov.gui.i18n import show_datetime
from talagov.gui.meeting.votes_labels import channel_labels, choices_text, verdict_labels
from talagov.gui.models.item_table_model import ID_ROLE as ID_ROLE
from talagov.gui.models.item_table_model import RIGHT, ItemTableModel
from talagov.messages import render_error
from talagov.services.ballots import BallotLine

# The reason's sentence is last: it is the long one, and the last column stretches.
CHANNEL, VOTER, ON_BEHALF, SEQUENCE, RECEIVED, VERDICT, FINGERPRINT, CHOICE, REASON = range(9)
FINGERPRINT_GROUPS = 4  # "3F2A 91C0 77B1 04DE": enough to find a receipt


class BallotModel(ItemTableModel[BallotLine]):
    """One row per ballot received for the poll (every verdict, or one)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(9, parent)
        self._lang = "fr"
        self._all: list[BallotLine] = []
        self._definition: PollDefinition | None = None
        self._verdict: Verdict | None = None

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [
            self.tr("Channel"),
            self.tr("Voter"),
            self.tr("On behalf of"),
            self.tr("Seq."),
            self.tr("Received"),
            self.tr("Verdict"),
            self.tr("Fingerprint"),
            self.tr("Choice"),
            self.tr("Reason"),
        ]

    def set_items(self, items: Sequence[BallotLine], definition: PollDefinition | None,
                  lang: str = "fr") -> None:
        """Replace the ballots (``definition`` names the candidates and says if secret)."""
        self.beginResetModel()
        self._all = list(items)
        self._definition = definition
        self._lang = lang
        self._items = self._filtered()
        self.endResetModel()

    def set_verdict_filter(self, verdict: Verdict | None) -> None:
        """Show only the ballots with ``verdict`` (``None``: all of them)."""
        self.beginResetModel()
        self._verdict = verdict
        self._items = self._filtered()
        self.endResetModel()

    def total(self) -> int:
        """How many ballots the poll has, whatever the filter."""
        return len(self._all)

    @property
    def secret(self) -> bool:
        """Whether the poll shown is secret (choices never shown)."""
        return self._definition is not None and self._definition.secret

    def _filtered(self) -> list[BallotLine]:
        if self._verdict is None:
            return list(self._all)
        return [line for line in self._all if line.verdict is self._verdict]

    def reason_text(self, item: BallotLine) -> str:
        """Why the ballot is not counted, in the interface language (empty when counted)."""
        if item.reason is None:
            return ""
        return render_error(f"ballot.rejected.{item.reason.value}", dict(item.detail), self._lang)

    def _text(self, item: BallotLine, column: int) -> str:
        if column == CHANNEL:
            return channel_labels().get(item.channel, item.channel.value)
        if column == VOTER:
            return item.voter_name
        if column == ON_BEHALF:
            return item.principal_name
        if column == SEQUENCE:
            return str(item.sequence)
        if column == RECEIVED:
            return show_datetime(item.received_at, self._lang)
        if column == VERDICT:
            return verdict_labels()[item.verdict]
        if column == REASON:
            return self.reason_text(item)
        if column == FINGERPRINT:
            return readable_fingerprint(item.fingerprint, groups=FINGERPRINT_GROUPS)
        if column == CHOICE:
            return "" if self.secret else choices_text(item.choices, self._definition)
        return ""

    def _tooltip(self, item: BallotLine, column: int) -> str | None:
        if column == FINGERPRINT:
            return readable_fingerprint(item.fingerprint)
        if column == CHANNEL and item.origin:
            return f"{self._text(item, column)} — {item.origin}"
        return self._text(item, column)

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column == SEQUENCE else None

    def _is_bold(self, item: BallotLine, column: int) -> bool:
        return column == VERDICT and item.verdict is Verdict.REJECTED

    def _item_id(self, item: BallotLine) -> int:
        return item.id
