# SPDX-License-Identifier: GPL-3.0-or-later
"""« Last synchronisation »: what the last pass published and what the last reading of
the folder brought.

The summary is of this session of the app (a pass's report is not stored): before the
first pass, it says so. « Synchronise now » publishes then reads; the watcher only reads,
every 30 seconds at least, so a reading that brought nothing new keeps the summary of
the one before and only says when the folder was read again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from talagov.core.sync_format import Kind
from talagov.gui import theme
from talagov.gui.i18n import arg, show_datetime, show_int
from talagov.gui.widgets.sync_folder_group import wrapped_label
from talagov.messages import render_error
from talagov.services.sync_import import ImportReport
from talagov.services.sync_publish import PlannedFile, PublishReport

_BAD = "color: $error;"  # as the registers' broken verdict, and said in words
BALLOT_ORDER = ("counted", "superseded", "overridden", "rejected", "duplicate")


def brings_news(report: ImportReport) -> bool:
    """Whether a reading found anything new (a duplicate ballot is not news)."""
    ballots = sum(n for status, n in report.ballots.items() if status != "duplicate")
    return bool(ballots or report.requests or report.proxies or report.quarantined)


def kind_labels() -> dict[str, str]:
    """The kinds of published files, as the secretary names them."""
    # Each call in full: lupdate reads only a literal context and text (a local tr()
    # helper put these strings in an empty context, never translated at run time).
    translate = QCoreApplication.translate
    return {Kind.IDENTITY: translate("SyncStatusGroup", "identity of the organisation"),
            Kind.PACKAGE: translate("SyncStatusGroup", "meetings"),
            Kind.DOCUMENT: translate("SyncStatusGroup", "documents"),
            Kind.CERTIFICATE: translate("SyncStatusGroup", "certificates"),
            Kind.REVOCATIONS: translate("SyncStatusGroup", "list of revoked certificates"),
            Kind.ARCHIVE: translate("SyncStatusGroup", "archives")}


def files_text(files: Sequence[PlannedFile], lang: str) -> str:
    """« meetings: 1, documents: 3 »: files of the folder counted by kind."""
    counts: dict[str, int] = {}
    for planned in files:
        counts[planned.kind] = counts.get(planned.kind, 0) + 1
    kinds = kind_labels()
    return ", ".join(arg(QCoreApplication.translate("SyncStatusGroup", "%1: %2"),
                         kinds.get(k, k), show_int(n, lang))
                     for k, n in sorted(counts.items()))


class SyncStatusGroup(QGroupBox):
    """A few lines: the last publication, then the last reading that brought something
    (ballots by outcome, requests and proxies, files set aside, files read)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.report: ImportReport | None = None
        self.setTitle(self.tr("Last synchronisation"))
        self.published = wrapped_label(self)
        self.when = wrapped_label(self)
        self.ballots = wrapped_label(self)
        self.received = wrapped_label(self)
        self.quarantined = wrapped_label(self)
        self.read = wrapped_label(self)
        self.again = wrapped_label(self)
        font = self.quarantined.font()
        font.setBold(True)
        self.quarantined.setFont(font)
        theme.set_style(self.quarantined, _BAD)
        layout = QVBoxLayout(self)
        for label in self._labels():
            layout.addWidget(label)
            label.hide()
        self.when.setText(self.tr("No synchronisation since TalaGov was started."))
        self.when.show()

    def _labels(self) -> tuple[QLabel, ...]:
        return (self.published, self.when, self.ballots, self.received, self.quarantined,
                self.read, self.again)

    def text(self) -> str:
        """Every line shown (for tests)."""
        return "\n".join(label.text() for label in self._labels()
                         if not label.isHidden() and label.text())

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    # -- publishing --------------------------------------------------------------------

    def show_published(self, at: datetime, report: PublishReport) -> None:
        """What « Synchronise now » wrote into ``organisation/`` at ``at``, by kind of
        file; what it left for want of the passphrase; what it could not make, and the
        names of ours it found with other bytes (left alone, worth reporting)."""
        when, lang = show_datetime(at, self.lang), self.lang
        lines = []
        if report.written:
            lines.append(arg(self.tr("Published on %1 — %2"), when,
                             files_text(report.written, lang)))
        elif not report.left:
            lines.append(arg(self.tr("Published on %1 — nothing: the folder was up to date."),
                             when))
        if report.left:
            lines.append(self.tr("Not published: %n file(s) to sign with the organisation's "
                                 "key (its passphrase was not given).", "", len(report.left)))
        lines += [render_error(p.code, p.params, lang) for p in report.problems]
        lines += [render_error("sync.name_taken", {"path": path}, lang) for path in report.damaged]
        self._set(self.published, "\n".join(lines))

    # -- reading -----------------------------------------------------------------------

    def show_reading(self, at: datetime, report: ImportReport, *, automatic: bool) -> None:
        """A reading of the members' directories; one of the watcher that found nothing
        new keeps the summary shown and says when the folder was read again."""
        lang, when = self.lang, show_datetime(at, self.lang)
        if automatic and self.report is not None and not brings_news(report):
            self._set(self.again, arg(self.tr("Read again on %1 (watching): nothing new."), when))
            return
        self.report = report
        self._set(self.again, "")
        self._set(self.when, arg(self.tr("Folder read on %1 (watching)"), when) if automatic
                  else arg(self.tr("Folder read on %1"), when))
        self._set(self.ballots, self.ballots_text(report.ballots))
        self._set(self.received, arg(self.tr("Certificate requests received: %1 — proxies "
                                             "received: %2"),
                                     show_int(report.requests, lang), show_int(report.proxies, lang)))
        self._set(self.quarantined, self.tr("%n new file(s) set aside: see “Quarantine”.", "",
                                            len(report.quarantined)) if report.quarantined else "")
        self._set(self.read, arg(self.tr("Files in the members' directories: %1, of which %2 "
                                         "unchanged since they were last read."),
                                 show_int(report.scanned, lang), show_int(report.unchanged, lang)))

    def ballots_text(self, ballots: Mapping[str, int]) -> str:
        """The new ballots by outcome, the usual ones first."""
        if not any(ballots.values()):
            return self.tr("Ballots: none new.")
        labels = {"counted": self.tr("counted"), "superseded": self.tr("superseded by a later vote"),
                  "overridden": self.tr("overridden by another channel"),
                  "rejected": self.tr("rejected"), "duplicate": self.tr("already imported")}
        order = [s for s in BALLOT_ORDER if ballots.get(s)] + sorted(
            s for s in ballots if s not in BALLOT_ORDER and ballots[s])
        parts = ", ".join(arg(self.tr("%1 %2"), show_int(ballots[s], self.lang), labels.get(s, s))
                          for s in order)
        return arg(self.tr("Ballots: %1."), parts)
