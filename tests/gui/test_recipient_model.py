# SPDX-License-Identifier: GPL-3.0-or-later
"""The recipients and sending-log tables: consistent models, channel and outcome in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from talagov.core.convocation import Channel, Sending, SendingStatus
from talagov.gui.models.recipient_model import RecipientTableModel
from talagov.gui.models.sending_model import SendingTableModel
from talagov.services.convocations import Recipient

AT = datetime(2026, 11, 22, 10, 5)
FAILED = Sending(2, 1, 11, Channel.EMAIL, AT, "noel@example.org", SendingStatus.FAILED,
                 error="550 mailbox unavailable")
SENT = Sending(1, 1, 10, Channel.EMAIL, AT, "elodie@example.org", SendingStatus.SENT,
               evidence="<abc@talagov>")
POSTED = Sending(3, 1, 12, Channel.REGISTERED, datetime(2026, 11, 23, 9, 0),
                 "1 rue de la Gare\n76000 Rouen", SendingStatus.SENT, evidence="1A 234 567")


def _recipients() -> list[Recipient]:
    return [
        Recipient(10, "S-0001", "Durand Élodie", "", "elodie@example.org", Channel.EMAIL, True, SENT),
        Recipient(11, "S-0002", "Lefèvre Noël", "", "noel@example.org", Channel.EMAIL, True, FAILED),
        Recipient(12, "S-0003", "Bénard Zoé", "1 rue de la Gare\n76000 Rouen", "", Channel.POST,
                  False, None),
    ]


def _cell(model, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return model.data(model.index(row, column), role)


def test_recipient_model_is_consistent(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RecipientTableModel()
    model.set_items(_recipients(), "fr")
    qtmodeltester.check(model)
    model.set_items([], "fr")
    qtmodeltester.check(model)


def test_recipients_show_channel_address_and_last_sending_in_words() -> None:
    model = RecipientTableModel()
    model.set_items(_recipients(), "fr")
    assert model.rowCount() == 3
    assert _cell(model, 0, 2) == "E-mail (consent recorded)"
    assert _cell(model, 0, 3) == "elodie@example.org"
    assert _cell(model, 0, 4) == "Sent 22/11/2026 10:05 — <abc@talagov>"
    # A failure is said with a word and its reason, and shown in bold (not colour only).
    assert _cell(model, 1, 4) == "FAILED 22/11/2026 10:05 — 550 mailbox unavailable"
    assert _cell(model, 1, 4, Qt.ItemDataRole.FontRole).bold()
    assert _cell(model, 2, 2) == "Post"
    assert _cell(model, 2, 3) == "1 rue de la Gare, 76000 Rouen"
    assert _cell(model, 2, 4) == ""
    assert model.row_of(12) == 2 and model.row_of(99) is None


def test_sending_log_is_consistent_newest_first_with_failures_marked(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SendingTableModel()
    names = {10: "Durand Élodie", 11: "Lefèvre Noël", 12: "Bénard Zoé"}
    model.set_items([SENT, FAILED, POSTED], names, "fr")
    qtmodeltester.check(model)
    assert [_cell(model, r, 1) for r in range(3)] == ["Bénard Zoé", "Lefèvre Noël", "Durand Élodie"]
    assert _cell(model, 0, 2) == "Registered letter"
    assert _cell(model, 0, 5) == "1A 234 567"
    assert _cell(model, 1, 4) == "FAILED"
    assert _cell(model, 1, 5) == "550 mailbox unavailable"
    assert _cell(model, 1, 0, Qt.ItemDataRole.FontRole).bold()
    assert _cell(model, 2, 0, Qt.ItemDataRole.FontRole) is None
    assert model.failed_count() == 1
