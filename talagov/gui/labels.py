# SPDX-License-Identifier: GPL-3.0-or-later
"""Translated labels of the core enums shown by the register pages (shares, mandates, statutes).

Declared once so that a table, a combo box and a dialog use the same words. The
member-related labels live in :mod:`talagov.gui.i18n`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talagov.core.applications import Decision, DueReason
from talagov.core.mandates import BodyKind, Role
from talagov.core.shares import MovementKind
from talagov.core.statutes import (
    EmptyCollegePolicy,
    MajorityBase,
    MeetingKind,
    ProxyCap,
    ProxyHolder,
    QuorumBase,
)

_CONTEXT = "PageLabels"




def movement_kind_labels() -> dict[MovementKind, str]:
    """Subscription, transfer, redemption."""
    return {
        MovementKind.SUBSCRIPTION: QCoreApplication.translate("PageLabels", "Subscription"),
        MovementKind.TRANSFER: QCoreApplication.translate("PageLabels", "Transfer"),
        MovementKind.REDEMPTION: QCoreApplication.translate("PageLabels", "Redemption"),
    }


def role_labels() -> dict[Role, str]:
    """Every mandate role, in display order."""
    return {
        Role.PRESIDENT: QCoreApplication.translate("PageLabels", "President"),
        Role.VICE_PRESIDENT: QCoreApplication.translate("PageLabels", "Vice-president"),
        Role.SECRETARY: QCoreApplication.translate("PageLabels", "Secretary"),
        Role.TREASURER: QCoreApplication.translate("PageLabels", "Treasurer"),
        Role.ADMINISTRATOR: QCoreApplication.translate("PageLabels", "Board member"),
        Role.GERANT: QCoreApplication.translate("PageLabels", "Manager (gérant)"),
        Role.DIRECTOR_GENERAL: QCoreApplication.translate("PageLabels", "Managing director"),
        Role.MEMBER: QCoreApplication.translate("PageLabels", "Member"),
        Role.ADVISORY: QCoreApplication.translate("PageLabels", "Advisory seat (no vote)"),
        Role.ENTITY_REPRESENTATIVE: QCoreApplication.translate("PageLabels", "Representative of an entity"),
    }


def body_kind_labels() -> dict[BodyKind, str]:
    """Every kind of body, in display order."""
    return {
        BodyKind.BOARD: QCoreApplication.translate("PageLabels", "Board of directors"),
        BodyKind.SUPERVISORY_BOARD: QCoreApplication.translate("PageLabels", "Supervisory board"),
        BodyKind.MANAGEMENT: QCoreApplication.translate("PageLabels", "Management (gérance, presidency)"),
        BodyKind.BUREAU: QCoreApplication.translate("PageLabels", "Bureau"),
        BodyKind.COMMITTEE: QCoreApplication.translate("PageLabels", "Committee"),
        BodyKind.WORKING_GROUP: QCoreApplication.translate("PageLabels", "Working group"),
        BodyKind.STEERING_COMMITTEE: QCoreApplication.translate("PageLabels", "Steering committee"),
    }


def decision_labels() -> dict[Decision, str]:
    """States of a membership application."""
    return {
        Decision.PENDING: QCoreApplication.translate("PageLabels", "Pending"),
        Decision.ACCEPTED: QCoreApplication.translate("PageLabels", "Accepted"),
        Decision.REJECTED: QCoreApplication.translate("PageLabels", "Rejected"),
        Decision.WITHDRAWN: QCoreApplication.translate("PageLabels", "Withdrawn"),
    }


def due_reason_labels() -> dict[DueReason, str]:
    """Why an application needs attention, as a sentence."""
    return {
        DueReason.MUST_APPLY: QCoreApplication.translate("PageLabels", "Employee past the statutory delay to apply"),
        DueReason.APPLY_SOON: QCoreApplication.translate("PageLabels", "Employee must apply soon"),
        DueReason.AG_MUST_RULE: QCoreApplication.translate("PageLabels", "The general meeting must decide on this application"),
        DueReason.AWAITING_DECISION: QCoreApplication.translate("PageLabels", "Awaiting the general meeting's decision"),
    }


def meeting_kind_labels() -> dict[MeetingKind, str]:
    """AGO, AGE, board."""
    return {
        MeetingKind.AGO: QCoreApplication.translate("PageLabels", "Ordinary general meeting (AGO)"),
        MeetingKind.AGE: QCoreApplication.translate("PageLabels", "Extraordinary general meeting (AGE)"),
        MeetingKind.BOARD: QCoreApplication.translate("PageLabels", "Board"),
    }


def quorum_base_labels() -> dict[QuorumBase, str]:
    """What a quorum is a fraction of."""
    return {
        QuorumBase.ELIGIBLE: QCoreApplication.translate("PageLabels", "associates with voting rights"),
        QuorumBase.BODY_MEMBERS: QCoreApplication.translate("PageLabels", "members of the body in office"),
    }


def majority_base_labels() -> dict[MajorityBase, str]:
    """What a majority is a fraction of."""
    return {
        MajorityBase.CAST: QCoreApplication.translate("PageLabels", "votes cast"),
        MajorityBase.PRESENT_OR_REPRESENTED: QCoreApplication.translate("PageLabels", "votes present or represented"),
        MajorityBase.TOTAL: QCoreApplication.translate("PageLabels", "all associates"),
    }


def proxy_holder_labels() -> dict[ProxyHolder, str]:
    """Who may hold a proxy."""
    return {
        ProxyHolder.ASSOCIATE: QCoreApplication.translate("PageLabels", "Another associate"),
        ProxyHolder.ASSOCIATE_OR_SPOUSE: QCoreApplication.translate("PageLabels", "Another associate, spouse or civil partner"),
        ProxyHolder.ANYONE: QCoreApplication.translate("PageLabels", "Anyone"),
        ProxyHolder.BODY_MEMBER: QCoreApplication.translate("PageLabels", "Another member of the body"),
    }


def proxy_cap_labels() -> dict[ProxyCap, str]:
    """How proxies per holder are capped."""
    return {
        ProxyCap.SCOP_1978: QCoreApplication.translate("PageLabels", "SCOP rule: 1, then 1 per 20 associates"),
        ProxyCap.FIXED: QCoreApplication.translate("PageLabels", "Fixed number"),
        ProxyCap.NONE: QCoreApplication.translate("PageLabels", "No limit"),
    }


def empty_college_labels() -> dict[EmptyCollegePolicy, str]:
    """What happens to a college where nobody voted."""
    return {
        EmptyCollegePolicy.REDISTRIBUTE: QCoreApplication.translate("PageLabels", "Its weight goes to the other colleges"),
        EmptyCollegePolicy.COUNT_AS_REJECTION: QCoreApplication.translate("PageLabels", "It counts as a rejection"),
    }
