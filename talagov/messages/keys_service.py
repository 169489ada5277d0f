# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the key services: the organisation key, enrolment, personal keystores, voting packages."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
