# SPDX-License-Identifier: GPL-3.0-or-later
"""Every QSettings key declared once, with its type and default (UI state only).

Organisation rules live in the database, never here. Tests set
``TALAGOV_NO_SETTINGS=1`` so that nothing is read from or written to the user's
real settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    """A declared setting."""

    key: str
    default: T
    doc: str


WINDOW_GEOMETRY: Option[QByteArray] = Option("window/geometry", QByteArray(), "main window geometry")
WINDOW_STATE: Option[QByteArray] = Option("window/state", QByteArray(), "main window state")
LANGUAGE: Option[str] = Option("ui/language", "fr", "interface language: fr or en")
LAST_DB: Option[str] = Option("files/last_db", "", "last database opened")
LAST_PAGE: Option[int] = Option("ui/last_page", 0, "index of the last sidebar page")
HIGH_CONTRAST: Option[bool] = Option("ui/high_contrast", False,
                                     "the high-contrast theme (white and yellow on black)")

_memory: dict[str, Any] = {}


def _store() -> QSettings | None:
    if os.environ.get("TALAGOV_NO_SETTINGS"):
        return None
    return QSettings("TalaGov", "TalaGov")


def get(option: Option[T]) -> T:
    """Read a setting (the default when unset or of the wrong type)."""
    store = _store()
    if store is None:
        return _memory.get(option.key, option.default)  # type: ignore[no-any-return]
    value: Any = store.value(option.key, option.default)
    if isinstance(option.default, bool):  # an INI file gives back "true" / "false"
        return (value if isinstance(value, bool)  # type: ignore[return-value]
                else str(value).lower() in ("true", "1"))
    if isinstance(option.default, int) and not isinstance(value, int):
        try:
            return int(value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return option.default
    if isinstance(value, type(option.default)):
        return value
    return option.default


def put(option: Option[T], value: T) -> None:
    """Write a setting."""
    store = _store()
    if store is None:
        _memory[option.key] = value
        return
    store.setValue(option.key, value)
