# SPDX-License-Identifier: GPL-3.0-or-later
"""The list of message modules merged into the catalogue (one per area)."""

from __future__ import annotations

from types import ModuleType

from talagov.messages import common

MODULES: list[ModuleType] = [common]
