# SPDX-License-Identifier: GPL-3.0-or-later
"""Labels of the convocation enums (channels, sending outcomes), declared once for every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talagov.core.convocation import Channel, SendingStatus


def channel_labels() -> dict[Channel, str]:
    """Every channel with its translated label, in display order."""
    return {
        Channel.EMAIL: QCoreApplication.translate("ConvocationLabels", "E-mail (consent recorded)"),
        Channel.POST: QCoreApplication.translate("ConvocationLabels", "Post"),
        Channel.REGISTERED: QCoreApplication.translate("ConvocationLabels", "Registered letter"),
        Channel.HAND: QCoreApplication.translate("ConvocationLabels", "Hand delivery"),
    }


def channel_label(channel: Channel) -> str:
    """The translated label of one channel."""
    return channel_labels()[channel]


def sending_status_labels() -> dict[SendingStatus, str]:
    """Every sending outcome with its translated label (a word, never a colour only)."""
    return {
        SendingStatus.SENT: QCoreApplication.translate("ConvocationLabels", "Sent"),
        SendingStatus.FAILED: QCoreApplication.translate("ConvocationLabels", "FAILED"),
        SendingStatus.PREPARED: QCoreApplication.translate("ConvocationLabels", "Prepared"),
    }


def sending_status_label(status: SendingStatus) -> str:
    """The translated label of one sending outcome."""
    return sending_status_labels()[status]


def security_labels() -> dict[str, str]:
    """The SMTP connection security choices (stored values ``none``, ``starttls``, ``tls``)."""
    return {
        "none": QCoreApplication.translate("ConvocationLabels", "None (unencrypted)"),
        "starttls": QCoreApplication.translate("ConvocationLabels", "STARTTLS"),
        "tls": QCoreApplication.translate("ConvocationLabels", "TLS (SSL)"),
    }
