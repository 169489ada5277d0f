# SPDX-License-Identifier: GPL-3.0-or-later
"""Translated labels of the session enums: how a member takes part, postal-vote directions.

Declared once so that the attendance table, its buttons, the correspondence dialog and
the quorum panel use the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talagov.core.attendance import AttendanceStatus
from talagov.core.correspondence import Choice


def attendance_status_labels() -> dict[AttendanceStatus, str]:
    """Every way of taking part, in display order."""
    return {
        AttendanceStatus.PRESENT: QCoreApplication.translate("SessionLabels", "Present"),
        AttendanceStatus.REMOTE: QCoreApplication.translate("SessionLabels", "Remote"),
        AttendanceStatus.REPRESENTED: QCoreApplication.translate("SessionLabels", "Represented"),
        AttendanceStatus.CORRESPONDENCE: QCoreApplication.translate("SessionLabels", "Postal vote"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("SessionLabels", "Excused"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("SessionLabels", "Absent"),
    }


def attendance_status_label(status: AttendanceStatus) -> str:
    """The label of one attendance status."""
    return attendance_status_labels()[status]


def choice_labels() -> dict[Choice, str]:
    """The directions of a postal form, in the order of the paper form."""
    return {
        Choice.FOR: QCoreApplication.translate("SessionLabels", "For"),
        Choice.AGAINST: QCoreApplication.translate("SessionLabels", "Against"),
        Choice.ABSTAIN: QCoreApplication.translate("SessionLabels", "Abstain"),
    }


def choice_label(choice: Choice | None) -> str:
    """The label of one direction; ``None`` is "No direction" (counts for the quorum only)."""
    if choice is None:
        return no_direction_label()
    return choice_labels()[choice]


def no_direction_label() -> str:
    """A resolution left blank on a postal form."""
    return QCoreApplication.translate("SessionLabels", "No direction")


def blank_proxy_label() -> str:
    """A proxy that names no holder."""
    return QCoreApplication.translate("SessionLabels", "Blank proxy (to the chair)")


def yes_no(value: bool) -> str:
    """"Yes" or "No", translated."""
    if value:
        return QCoreApplication.translate("SessionLabels", "Yes")
    return QCoreApplication.translate("SessionLabels", "No")
