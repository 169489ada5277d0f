# SPDX-License-Identifier: GPL-3.0-or-later
"""What a member's install has already accepted from the folder, kept in its home.

Newer versions of the organisation's files are new files with a higher sequence, and
readers take the highest one that verifies. Anyone who can write to the folder can
therefore *roll back* what a member sees: delete the newest package of a meeting or the
newest revocation list (the older ones still verify), and the member's window would show
the older one as current, a revoked certificate as valid again. So the install keeps, in
``home/seen.json`` (``talagov.member-seen``), the highest sequence it accepted for each
meeting's package and for the revocation list, with that list's serials: a lower one is
refused from then on, and the serials once revoked stay revoked.

Losing the file (a new home, a damaged file) only forgets that memory: the next reading
starts again from what the folder holds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from talagov.core.errors import UserError
from talagov.core.sync_format import FORMAT_VERSION, MAX_SMALL_FILE
from talagov.services.files import read_regular, save_file

SEEN_FILE = "seen.json"
SEEN_FORMAT = "talagov.member-seen"


@dataclass(frozen=True)
class Seen:
    """The highest sequences accepted so far.

    Attributes:
        packages: meeting id → highest package sequence accepted.
        revocations: highest revocation list sequence accepted (0: none yet).
        revoked: the serials of that list.
    """

    packages: Mapping[int, int] = field(default_factory=dict)
    revocations: int = 0
    revoked: frozenset[str] = frozenset()


def load_seen(home: Path, organisation: str) -> Seen:
    """What ``home`` accepted of ``organisation``'s files (nothing if unknown or damaged)."""
    try:
        document = json.loads(read_regular(Path(home) / SEEN_FILE, MAX_SMALL_FILE))
        return _parse(document, organisation)
    except (OSError, UserError, ValueError, TypeError, KeyError, RecursionError):
        return Seen()  # none yet, or damaged: only the memory of past readings is lost


def _parse(document: Any, organisation: str) -> Seen:
    if not isinstance(document, dict) or document.get("format") != SEEN_FORMAT \
            or document.get("version") != FORMAT_VERSION \
            or document.get("organisation") != organisation:
        return Seen()
    packages = {int(k): _sequence(v) for k, v in dict(document["packages"]).items()}
    revocations = document["revocations"]
    serials = revocations["serials"]
    if not isinstance(serials, list) or not all(isinstance(s, str) for s in serials):
        raise ValueError("serials")
    return Seen(packages, _sequence(revocations["sequence"]), frozenset(serials))


def _sequence(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("sequence")
    return value


def merged(old: Seen, new: Seen) -> Seen:
    """The highest of both, meeting by meeting (the list with the higher sequence wins)."""
    packages = dict(old.packages)
    for meeting, sequence in new.packages.items():
        packages[meeting] = max(sequence, packages.get(meeting, 0))
    if new.revocations > old.revocations:
        return Seen(packages, new.revocations, new.revoked)
    return Seen(packages, old.revocations, old.revoked)


def remember(home: Path, organisation: str, accepted: Seen) -> None:
    """Add ``accepted`` to what ``home`` remembers (written only when it grew).

    Raises:
        UserError: ``file.unwritable``.
    """
    current = load_seen(home, organisation)
    result = merged(current, accepted)
    if result == current:
        return
    document = {
        "format": SEEN_FORMAT, "version": FORMAT_VERSION, "organisation": organisation,
        "packages": {str(k): v for k, v in sorted(result.packages.items())},
        "revocations": {"sequence": result.revocations, "serials": sorted(result.revoked)},
    }  # fmt: skip
    save_file(Path(home) / SEEN_FILE,
              (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8"))
