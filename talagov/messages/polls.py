# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of polls, the booth, ballot import, hand counts and the tally command."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
