# SPDX-License-Identifier: GPL-3.0-or-later
"""Argument types shared by the subcommands."""

from __future__ import annotations

import argparse
from datetime import date


def iso_date(text: str) -> date:
    """``2026-06-30`` → a date; anything else is a usage error naming the value."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc
