# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of keys, certificates and revocation lists (core: keyseal, certificates, revocation)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
