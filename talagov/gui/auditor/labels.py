# SPDX-License-Identifier: GPL-3.0-or-later
"""The words and colours of the checklist: areas, outcomes, and each line's explanation.

The explanation of a line and the title of its area are the verifier's own sentences
(``verify.*`` and ``bundle.*`` codes of :mod:`talagov.messages`), in the interface's
language, so that ``talagov verify``, the auditor window and its report say the same. The outcome is carried by
a symbol, a colour *and* a word: colour alone says nothing to a colour-blind reader or
a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talagov.core.canonical import readable_fingerprint
from talagov.gui import theme
from talagov.gui.i18n import arg
from talagov.messages import render
from talagov.verifier.report import Area, CheckLine, Status
from talagov.verifier.subjects import render_subject

#: Text colours (semantic roles of the theme, read in the theme in use), 4.5:1 or more.
COLOURS = theme.Colours({Status.OK: "ok", Status.FAILED: "error", Status.WARNING: "warning"})
SYMBOLS = {Status.OK: "✓", Status.FAILED: "✗", Status.WARNING: "!"}


def area_title(area: Area, lang: str) -> str:
    """The title of an area of the checklist, as ``talagov verify`` prints it."""
    return render(f"verify.area.{area.value}", {}, lang)


def status_words() -> dict[Status, str]:
    """How a line came out, in words (announced by screen readers with the line)."""
    return {  # not through an alias: lupdate reads only QCoreApplication.translate(...)
        Status.OK: QCoreApplication.translate("AuditorLabels", "Holds"),
        Status.FAILED: QCoreApplication.translate("AuditorLabels", "Failed"),
        Status.WARNING: QCoreApplication.translate("AuditorLabels", "Warning"),
    }


def explanation(line: CheckLine, lang: str) -> str:
    """The line's sentence in ``lang``, as ``talagov verify`` prints it."""
    return render(line.code, line.params, lang)


def location(line: CheckLine, lang: str) -> str:
    """Where in the bundle: « data/polls.json — scrutin 2 », the file alone, or ""."""
    subject = render_subject(line.subject, lang) if line.subject else ""
    if line.file and subject:
        return arg(QCoreApplication.translate("AuditorLabels", "%1 — %2"), line.file, subject)
    return line.file or subject


def grouped_fingerprint(hex_digest: str) -> str:
    """The 16 groups of four on two lines of eight, as printed on paper."""
    groups = readable_fingerprint(hex_digest).split()
    return "\n".join(" ".join(groups[i:i + 8]) for i in range(0, len(groups), 8))


def by_area(lines: tuple[CheckLine, ...]) -> list[tuple[Area, list[CheckLine]]]:
    """The lines grouped by area in :class:`Area` order, each group in the verifier's order."""
    groups: dict[Area, list[CheckLine]] = {area: [] for area in Area}
    for line in lines:
        groups[line.area].append(line)
    return [(area, found) for area, found in groups.items() if found]


def worst(lines: list[CheckLine]) -> Status:
    """The outcome of a group: failed if one failed, else warning if one warns, else ok."""
    statuses = {line.status for line in lines}
    if Status.FAILED in statuses:
        return Status.FAILED
    return Status.WARNING if Status.WARNING in statuses else Status.OK
