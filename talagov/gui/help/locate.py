# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the guide and the licence text are, in a wheel, a frozen bundle or a checkout.

The wheel maps ``docs/guide`` to ``talagov/_guide`` and ``LICENSE`` to
``talagov/_resources/LICENSE`` (pyproject ``force-include``); the PyInstaller bundle
puts them under ``sys._MEIPASS`` as ``guide/`` and ``LICENSE``; a source checkout has
them at the top of the repository.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]  # .../talagov
_REPO = _PACKAGE.parent


def _bundle_dir() -> Path | None:
    # PyInstaller sets sys._MEIPASS to the folder the frozen app unpacked into.
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else None


def guide_candidates() -> list[Path]:
    """The places searched for the guide, in order."""
    candidates = [_PACKAGE / "_guide"]
    bundle = _bundle_dir()
    if bundle is not None:
        candidates.append(bundle / "guide")
    candidates.append(_REPO / "docs" / "guide")
    return candidates


def guide_root() -> Path:
    """The guide's folder (holding ``fr/`` and ``en/``).

    The first candidate that exists; when none does, the last one (the checkout's
    ``docs/guide``), so the caller can name the missing path in its message.
    """
    candidates = guide_candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def license_candidates() -> list[Path]:
    """The places searched for the LICENSE file, in order."""
    candidates = [_PACKAGE / "_resources" / "LICENSE"]
    bundle = _bundle_dir()
    if bundle is not None:
        candidates += [bundle / "LICENSE", bundle / "resources" / "LICENSE"]
    candidates.append(_REPO / "LICENSE")
    return candidates


def license_path() -> Path | None:
    """The GPL text shipped with TalaGov, or None when this install lacks it."""
    for candidate in license_candidates():
        if candidate.is_file():
            return candidate
    return None


def published_address(root: Path, target: Path) -> str | None:
    """The web address, in the published source, of a file the guide links to outside
    itself (``../../README.md``), or None for a file inside the guide.

    An installed TalaGov ships the guide without the rest of the repository, so such a
    link is followed to the project's source forge instead (``root`` stands for the
    repository's ``docs/guide``).
    """
    from talagov import SOURCE_URL

    relative = Path(os.path.normpath(os.path.relpath(target, root)))
    if relative.parts and relative.parts[0] != "..":
        return None
    in_repo = Path(os.path.normpath(Path("docs", "guide", relative)))
    if in_repo.parts and in_repo.parts[0] == "..":
        return None  # above the repository: nothing to point at
    return f"{SOURCE_URL}/src/branch/main/{in_repo.as_posix()}"
