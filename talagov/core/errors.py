# SPDX-License-Identifier: GPL-3.0-or-later
"""Error hierarchy shared by every layer.

The core carries no translated prose: a :class:`UserError` has a stable ``code`` and
``params``; the GUI (``gui/messages.py``) and the CLI (``cli/messages.py``) turn the code
into a sentence. Anything that is not a :class:`TalagovError` is a bug.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class TalagovError(Exception):
    """Root of every error TalaGov raises on purpose."""


class UserError(TalagovError):
    """An expected problem the user can fix (bad input, refused operation).

    Args:
        code: stable identifier such as ``"member.name_required"``.
        params: values to substitute into the message (never secrets).
    """

    def __init__(self, code: str, params: Mapping[str, Any] | None = None) -> None:
        self.code = code
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(code, self.params)

    def __str__(self) -> str:
        if not self.params:
            return self.code
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({inner})"


class ValidationError(UserError):
    """Several field-level problems found at once; nothing was changed.

    ``problems`` is a tuple of :class:`talagov.core.findings.Finding`.
    """

    def __init__(self, problems: tuple[Any, ...]) -> None:
        self.problems = problems
        first = problems[0] if problems else None
        super().__init__(
            "validation.failed",
            {"count": len(problems), "first": getattr(first, "code", "")},
        )


class NotFoundError(UserError):
    """The record the user asked for does not exist (any more)."""


class DatabaseTooNewError(UserError):
    """The database was written by a newer TalaGov; we refuse to touch it."""


class Cancelled(TalagovError):
    """The user cancelled a long operation. Shown to nobody."""
