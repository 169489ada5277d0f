# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings of this install kept in the database (``setting`` rows: key -> text).

Only what belongs with the organisation's records lives here (the time-stamping
authority the minutes are dated by); window geometry and such stay in QSettings.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from talagov.storage.minutes_models import SettingRow


def get_setting(session: Session, key: str) -> str:
    """The value of ``key``, or ``""`` when it was never set (or cleared)."""
    row = session.get(SettingRow, key)
    return row.value if row is not None else ""


def set_setting(session: Session, key: str, value: str) -> None:
    """Store ``value`` under ``key``; ``""`` removes the row (absent and empty are one)."""
    row = session.get(SettingRow, key)
    if not value:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
    session.flush()
