# SPDX-License-Identifier: GPL-3.0-or-later
"""The README's shell blocks that the suite runs: each stands between two HTML comments."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def shell_block(start: str, end: str) -> str:
    """The shell block of the README between the markers ``start`` and ``end``, without
    its fence."""
    text = README.read_text("utf-8")
    assert text.count(start) == 1 and text.count(end) == 1
    block = text[text.index(start) + len(start):text.index(end)]
    found = re.fullmatch(r"\s*```sh\n(.*?)```\s*", block, re.DOTALL)
    assert found, "the markers must enclose exactly one ```sh block"
    return found.group(1)
