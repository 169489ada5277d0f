# SPDX-License-Identifier: GPL-3.0-or-later
"""Shorthands the checks use to write their :class:`~talagov.verifier.report.CheckLine`
values: one per outcome, so that a check reads as the rule it applies."""

from __future__ import annotations

from typing import Any

from talagov.verifier.report import Area, CheckLine, Status


def ok(area: Area, code: str, file: str = "", subject: str = "", **params: Any) -> CheckLine:
    """A check that holds."""
    return CheckLine(area, Status.OK, code, params, file, subject)


def failed(area: Area, code: str, file: str = "", subject: str = "", **params: Any) -> CheckLine:
    """A check that does not hold: the verification fails."""
    return CheckLine(area, Status.FAILED, code, params, file, subject)


def warning(area: Area, code: str, file: str = "", subject: str = "", **params: Any) -> CheckLine:
    """A check that holds with something the reader should know."""
    return CheckLine(area, Status.WARNING, code, params, file, subject)


def short(fingerprint: str) -> str:
    """The first 16 hex digits of a fingerprint: enough to name a ballot or a
    certificate in a line (the whole one is in the file name)."""
    return fingerprint[:16]


def ballot_subject(fingerprint: str) -> str:
    """``"ballot 3f2a…"``: how a line names a ballot."""
    return f"ballot {short(fingerprint)}"


def poll_subject(number: int) -> str:
    """``"poll 2"``: how a line names a poll (by its resolution number)."""
    return f"poll {number}"


def certificate_subject(fingerprint: str) -> str:
    """``"certificate 3f2a…"``: how a line names a certificate."""
    return f"certificate {short(fingerprint)}"


def minutes_subject(minutes_id: int) -> str:
    """``"minutes 4"``: how a line names a minutes."""
    return f"minutes {minutes_id}"


def any_failed(found: list[CheckLine]) -> bool:
    """Whether one of ``found`` failed."""
    return any(line.status is Status.FAILED for line in found)
