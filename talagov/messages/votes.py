# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of ballots' verdicts and of the tally's explanation (core: ballots, ballot_check, tally)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
