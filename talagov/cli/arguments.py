# SPDX-License-Identifier: GPL-3.0-or-later
"""Argument types shared by the subcommands."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path


def iso_date(text: str) -> date:
    """``2026-06-30`` → a date; anything else is a usage error naming the value."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def add_db_and_lang(parser: argparse.ArgumentParser, lang_help: str) -> None:
    """A subcommand's own ``--db`` and ``--lang``, which may follow the subcommand's name."""
    # SUPPRESS: when absent here, the main parser's global --db/--lang stay in force.
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="SQLite database file")
    parser.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS, help=lang_help)
