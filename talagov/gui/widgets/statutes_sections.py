# SPDX-License-Identifier: GPL-3.0-or-later
"""The non-meeting statutes fields, declared once: section, field, label and kind.

The statutes editor builds one form per section from these tables and reads the
values back with :func:`dataclasses.replace`, so adding a field to
:mod:`talagov.core.statutes` means adding one line here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from talagov.gui.widgets.statutes_fields import Kind


@dataclass(frozen=True)
class SectionField:
    """One field of a statutes section."""

    section: str
    name: str
    label: str
    kind: Kind
    maximum: int = 999
    special: str = ""  # shown when an integer is 0 ("no limit")


def section_fields() -> dict[str, list[SectionField]]:
    """Fields of the mandates, membership, composition and minutes sections, in display order."""
    no_limit, no_duty = QCoreApplication.translate("StatutesEditor", "no limit"), QCoreApplication.translate("StatutesEditor", "no obligation")
    m, s, c, pv = "mandates", "membership", "composition", "minutes"
    return {
        m: [
            SectionField(m, "board_min", QCoreApplication.translate("StatutesEditor", "Board members, at least:"), Kind.INT),
            SectionField(m, "board_max", QCoreApplication.translate("StatutesEditor", "Board members, at most:"), Kind.INT),
            SectionField(m, "term_max_years", QCoreApplication.translate("StatutesEditor", "Longest term of a mandate (years):"), Kind.INT, 99),
            SectionField(m, "over_70_max", QCoreApplication.translate("StatutesEditor", "Board members over 70, at most:"), Kind.RATIO),
            SectionField(m, "gerant_term_max_years", QCoreApplication.translate("StatutesEditor", "Longest term of a gérant (years):"),
                         Kind.INT, 99, no_limit),
            SectionField(m, "supervisory_board_above",
                         QCoreApplication.translate("StatutesEditor", "Supervisory board required above (associates):"), Kind.INT, 9999,
                         QCoreApplication.translate("StatutesEditor", "never")),
            SectionField(m, "supervisory_board_min", QCoreApplication.translate("StatutesEditor", "Supervisory board members, at least:"), Kind.INT),
            SectionField(m, "supervisory_board_max", QCoreApplication.translate("StatutesEditor", "Supervisory board members, at most:"), Kind.INT),
            SectionField(m, "non_employee_mandates_max",
                         QCoreApplication.translate("StatutesEditor", "Mandates held by non-employee associates, at most:"), Kind.OPTIONAL_RATIO),
        ],
        s: [
            SectionField(s, "employee_application_months",
                         QCoreApplication.translate("StatutesEditor", "Employees must apply within (months):"), Kind.INT, 120, no_duty),
            SectionField(s, "ag_must_rule_after_months",
                         QCoreApplication.translate("StatutesEditor", "The AG must rule after (months of employment):"), Kind.INT, 120, no_duty),
            SectionField(s, "min_shares_to_vote", QCoreApplication.translate("StatutesEditor", "Shares needed to vote:"), Kind.INT, 9999),
            SectionField(s, "suspension_after_notice_days",
                         QCoreApplication.translate("StatutesEditor", "Vote suspended after a formal notice of (days):"), Kind.INT, 365),
        ],
        c: [
            SectionField(c, "employee_capital_min", QCoreApplication.translate("StatutesEditor", "Capital held by employees, at least:"),
                         Kind.OPTIONAL_RATIO),
            SectionField(c, "employee_votes_min", QCoreApplication.translate("StatutesEditor", "Votes of employees, at least:"),
                         Kind.OPTIONAL_RATIO),
            SectionField(c, "external_votes_max", QCoreApplication.translate("StatutesEditor", "Votes of external associates, at most:"),
                         Kind.OPTIONAL_RATIO),
            SectionField(c, "min_employee_associates", QCoreApplication.translate("StatutesEditor", "Employee-associates, at least:"), Kind.INT),
            SectionField(c, "max_associates", QCoreApplication.translate("StatutesEditor", "Associates, at most:"), Kind.INT, 1_000_000, no_limit),
            SectionField(c, "min_categories", QCoreApplication.translate("StatutesEditor", "Categories of associates, at least:"), Kind.INT, 99),
            SectionField(c, "public_capital_max", QCoreApplication.translate("StatutesEditor", "Capital held by public bodies, at most:"),
                         Kind.OPTIONAL_RATIO),
            SectionField(c, "min_colleges", QCoreApplication.translate("StatutesEditor", "Voting colleges, at least:"), Kind.INT, 99),
            SectionField(c, "college_min", QCoreApplication.translate("StatutesEditor", "Weight of a college, at least:"), Kind.RATIO),
            SectionField(c, "college_max", QCoreApplication.translate("StatutesEditor", "Weight of a college, at most:"), Kind.RATIO),
        ],
        pv: [
            SectionField(pv, "ag_secretary_signs", QCoreApplication.translate(
                "StatutesEditor", "The secretary of the meeting signs the AG's minutes"), Kind.BOOL),
            SectionField(pv, "ag_scrutineers_sign", QCoreApplication.translate(
                "StatutesEditor", "The scrutineers sign the AG's minutes"), Kind.BOOL),
            SectionField(pv, "ag_gerants_sign", QCoreApplication.translate(
                "StatutesEditor", "The gérants sign the AG's minutes"), Kind.BOOL),
            SectionField(pv, "board_administrators_sign", QCoreApplication.translate(
                "StatutesEditor", "Directors signing the board's minutes, besides the chair:"),
                Kind.INT, 99),
        ],
    }
