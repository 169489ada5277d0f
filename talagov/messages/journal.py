# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the journal area (codes ``journal.*``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
