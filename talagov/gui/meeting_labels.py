# SPDX-License-Identifier: GPL-3.0-or-later
"""Translated labels of the meeting, agenda and library enums.

Declared once so that the meetings list, the agenda, the dialogs, the convocation and
session tabs and the library use the same words. Each enum has a ``*_labels()`` function
(every value, in display order, for combo boxes) and a ``*_label(value)`` shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talagov.core.agenda import ItemKind, Presenter, ResolutionNature
from talagov.core.library import DocumentKind
from talagov.core.meetings import MeetingStatus, MeetingType


def meeting_type_labels() -> dict[MeetingType, str]:
    """Every kind of meeting, in display order."""
    return {
        MeetingType.AGO: QCoreApplication.translate(
            "MeetingLabels", "Ordinary general meeting (AGO)"
        ),
        MeetingType.AGE: QCoreApplication.translate(
            "MeetingLabels", "Extraordinary general meeting (AGE)"
        ),
        MeetingType.MIXED: QCoreApplication.translate(
            "MeetingLabels", "Mixed general meeting (ordinary and extraordinary)"
        ),
        MeetingType.BOARD: QCoreApplication.translate("MeetingLabels", "Board meeting"),
        MeetingType.OTHER: QCoreApplication.translate(
            "MeetingLabels", "Other body (committee, working group)"
        ),
    }


def meeting_type_label(meeting_type: MeetingType) -> str:
    """The label of one meeting type."""
    return meeting_type_labels()[meeting_type]


def meeting_status_labels() -> dict[MeetingStatus, str]:
    """Every lifecycle status, in lifecycle order."""
    return {
        MeetingStatus.DRAFT: QCoreApplication.translate("MeetingLabels", "In preparation"),
        MeetingStatus.CONVENED: QCoreApplication.translate("MeetingLabels", "Convened"),
        MeetingStatus.IN_SESSION: QCoreApplication.translate("MeetingLabels", "In session"),
        MeetingStatus.CLOSED: QCoreApplication.translate("MeetingLabels", "Closed"),
        MeetingStatus.ARCHIVED: QCoreApplication.translate("MeetingLabels", "Archived"),
    }


def meeting_status_label(status: MeetingStatus) -> str:
    """The label of one lifecycle status."""
    return meeting_status_labels()[status]


def item_kind_labels() -> dict[ItemKind, str]:
    """The three kinds of agenda items."""
    return {
        ItemKind.INFORMATION: QCoreApplication.translate("MeetingLabels", "Information"),
        ItemKind.RESOLUTION: QCoreApplication.translate("MeetingLabels", "Resolution"),
        ItemKind.ELECTION: QCoreApplication.translate("MeetingLabels", "Election"),
    }


def item_kind_label(kind: ItemKind) -> str:
    """The label of one agenda item kind."""
    return item_kind_labels()[kind]


def nature_labels() -> dict[ResolutionNature, str]:
    """Ordinary or extraordinary resolution."""
    return {
        ResolutionNature.ORDINARY: QCoreApplication.translate("MeetingLabels", "Ordinary"),
        ResolutionNature.EXTRAORDINARY: QCoreApplication.translate(
            "MeetingLabels", "Extraordinary"
        ),
    }


def nature_label(nature: ResolutionNature) -> str:
    """The label of one resolution nature."""
    return nature_labels()[nature]


def presenter_labels() -> dict[Presenter, str]:
    """Who presents a resolution."""
    return {
        Presenter.MANAGEMENT: QCoreApplication.translate("MeetingLabels", "Management"),
        Presenter.MEMBERS: QCoreApplication.translate("MeetingLabels", "Associates"),
    }


def presenter_label(presenter: Presenter) -> str:
    """The label of one presenter."""
    return presenter_labels()[presenter]


def document_kind_labels() -> dict[DocumentKind, str]:
    """Every kind of library document, in display order."""
    return {
        DocumentKind.STATUTES: QCoreApplication.translate("MeetingLabels", "Statutes"),
        DocumentKind.RULES: QCoreApplication.translate("MeetingLabels", "Internal rules"),
        DocumentKind.REPORT: QCoreApplication.translate("MeetingLabels", "Report"),
        DocumentKind.ACCOUNTS: QCoreApplication.translate("MeetingLabels", "Annual accounts"),
        DocumentKind.PROXY_FORM: QCoreApplication.translate("MeetingLabels", "Proxy form"),
        DocumentKind.CORRESPONDENCE_FORM: QCoreApplication.translate(
            "MeetingLabels", "Postal voting form"
        ),
        DocumentKind.OTHER: QCoreApplication.translate("MeetingLabels", "Other document"),
    }


def document_kind_label(kind: DocumentKind) -> str:
    """The label of one document kind."""
    return document_kind_labels()[kind]


def meeting_type_short_label(meeting_type: MeetingType) -> str:
    """A short label for narrow places (the meetings list): "AGO", "Board"…"""
    return {
        MeetingType.AGO: QCoreApplication.translate("MeetingLabels", "AGO"),
        MeetingType.AGE: QCoreApplication.translate("MeetingLabels", "AGE"),
        MeetingType.MIXED: QCoreApplication.translate("MeetingLabels", "Mixed AG"),
        MeetingType.BOARD: QCoreApplication.translate("MeetingLabels", "Board"),
        MeetingType.OTHER: QCoreApplication.translate("MeetingLabels", "Other body"),
    }[meeting_type]
