# SPDX-License-Identifier: GPL-3.0-or-later
"""The files of the votes: ballot files imported from members' own TalaGov, voting
packages exported for them, the results PDF, and the booth.

Reading, signing, importing and printing run on the task runner; an import of many
files shows its progress and may be cancelled (then nothing is stored).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from talagov.core.cancel import CancelToken
from talagov.core.errors import UserError
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.file_actions import ask_save_path, show_file
from talagov.gui.i18n import arg
from talagov.gui.meeting.votes_data import voter_items
from talagov.gui.widgets.member_picker import MemberPicker
from talagov.messages import render_error
from talagov.services import ballots as ballots_service
from talagov.services import keys as keys_service
from talagov.services import voting_package as package_service
from talagov.services.ballots import ImportOutcome
from talagov.services.changes import Aggregate, Changes
from talagov.services.files import read_file, save_file
from talagov.services.uow import UnitOfWork

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportReport:
    """What became of each file: an outcome, or the refusal of an unreadable file."""

    outcomes: tuple[tuple[str, ImportOutcome], ...]
    refused: tuple[tuple[str, UserError], ...]


def import_files(uow: UnitOfWork, paths: Sequence[Path], now: datetime, progress: Progress,
                 cancel: CancelToken) -> tuple[ImportReport, Changes]:
    """Import every ballot file of ``paths`` in one unit of work (Cancel stores none)."""
    outcomes: list[tuple[str, ImportOutcome]] = []
    refused: list[tuple[str, UserError]] = []
    for done, path in enumerate(paths):
        cancel.raise_if_cancelled()
        progress(done, len(paths))
        try:
            outcome, _ = ballots_service.import_ballot_file(uow, read_file(path),
                                                            origin=path.name, now=now)
        except UserError as exc:  # refused before anything is stored
            refused.append((path.name, exc))
        else:
            outcomes.append((path.name, outcome))
    progress(len(paths), len(paths))
    return ImportReport(tuple(outcomes), tuple(refused)), Changes.of(Aggregate.POLLS)


def import_summary(report: ImportReport, lang: str) -> tuple[str, str]:
    """The counts of each outcome, and the details of the files not counted."""
    counts = Counter(outcome.status for _name, outcome in report.outcomes)
    lines = [arg(QCoreApplication.translate("VotesFiles", "Counted: %1"), counts["counted"]),
             arg(QCoreApplication.translate("VotesFiles", "Superseded by a later vote: %1"),
                 counts["superseded"]),
             arg(QCoreApplication.translate("VotesFiles", "Overridden by another channel: %1"),
                 counts["overridden"]),
             arg(QCoreApplication.translate("VotesFiles", "Rejected: %1"), counts["rejected"]),
             arg(QCoreApplication.translate("VotesFiles", "Already imported: %1"),
                 counts["duplicate"])]
    if report.refused:
        lines.append(arg(QCoreApplication.translate("VotesFiles", "Not ballot files or refused: %1"),
                         len(report.refused)))
    details = []
    for name, outcome in report.outcomes:
        if outcome.status == "rejected" and outcome.reason is not None:
            reason = render_error(f"ballot.rejected.{outcome.reason.value}", dict(outcome.detail),
                                  lang)
            details.append(f"{name}: {reason}")
    details += [f"{name}: {render_error(exc.code, exc.params, lang)}"
                for name, exc in report.refused]
    return "\n".join(lines), "\n".join(details)


def choose_ballot_files(parent: QWidget) -> list[Path]:
    """Ask for one or more ballot files (empty: cancelled)."""
    chosen, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("VotesFiles", "Import ballot files"), QDir.homePath(),
        QCoreApplication.translate("VotesFiles", "Ballot files (*.json);;All files (*)"))
    return [Path(p) for p in chosen]


def import_ballot_files(ctx: AppContext, parent: QWidget, paths: Sequence[Path], now: datetime,
                        on_done: Callable[[ImportReport], None]) -> None:
    """Import ``paths`` in the background, then hand the report to ``on_done``."""
    files = list(paths)

    def work(uow: Any, progress: Progress, cancel: CancelToken) -> tuple[ImportReport, Changes]:
        return import_files(uow, files, now, progress, cancel)

    ctx.runner.run(parent, work, on_success=lambda result: on_done(result[0]),
                   label=QCoreApplication.translate("VotesFiles", "Importing ballot files"))


def show_import_report(parent: QWidget, report: ImportReport, lang: str) -> QMessageBox:
    """The summary of an import, the reasons of rejections in the details."""
    summary, details = import_summary(report, lang)
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("VotesFiles", "Ballot files imported"), summary,
                      QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(QCoreApplication.translate(
            "VotesFiles", "The reasons of the files not counted are in the details."))
        box.setDetailedText(details)
    box.setAccessibleName(box.windowTitle())
    box.open()
    return box


def voting_package(ctx: AppContext, parent: QWidget, meeting_id: int, clock: Clock) -> None:
    """Choose a voter, sign their voting package with the organisation key, and save it."""
    def loaded(voters: list[ballots_service.BoothVoter]) -> None:
        _package_dialog(ctx, parent, meeting_id, clock, voters)

    ctx.runner.run(parent, lambda uow: ballots_service.booth_voters(uow, meeting_id),
                   on_success=loaded,
                   label=QCoreApplication.translate("VotesFiles", "Loading the voters"))


def _package_dialog(ctx: AppContext, parent: QWidget, meeting_id: int, clock: Clock,
                    voters: list[ballots_service.BoothVoter]) -> PassphraseDialog:
    picker = MemberPicker()
    items = voter_items(voters)

    def task_of(passphrase: str) -> Callable[[Any], Any]:
        member_id, now = picker.member_id(), clock()
        assert member_id is not None  # checked by the dialog
        number = next((i.number for i in items if i.id == member_id), str(member_id))

        def work(uow: UnitOfWork) -> tuple[bytes, str]:
            key = keys_service.unlock_organisation(uow, passphrase)
            data = package_service.export_package(uow, meeting_id, member_id, org_key=key, now=now)
            return data, number

        return work

    dialog = PassphraseDialog(
        ctx, QCoreApplication.translate("VotesFiles", "Voting package"),
        QCoreApplication.translate(
            "VotesFiles", "A voting package lets a member vote from their own TalaGov on the "
            "open polls, for themselves and the proxies they hold. It is signed with the "
            "organisation key: type the organisation's passphrase."),
        task_of, action=QCoreApplication.translate("VotesFiles", "&Make the package"),
        label=QCoreApplication.translate("VotesFiles", "Signing the voting package"),
        parent=parent)
    picker.setParent(dialog)
    picker.set_members(items)
    dialog.add_row(QCoreApplication.translate("VotesFiles", "&Voter:"), picker)
    dialog.add_check(lambda: [] if picker.member_id() is not None else [
        QCoreApplication.translate("VotesFiles", "Choose the voter among the associates.")])
    dialog.saved.connect(lambda result: _save_package(ctx, parent, result))
    dialog.picker = picker  # type: ignore[attr-defined]  # tests choose the voter
    dialog.open()
    picker.setFocus()
    return dialog


def _save_package(ctx: AppContext, parent: QWidget, result: object) -> None:
    assert isinstance(result, tuple)
    data, number = result
    target = ask_save_path(parent, QCoreApplication.translate("VotesFiles", "Save the voting package"),
                           arg(QCoreApplication.translate("VotesFiles", "voting-package-%1.json"),
                               number),
                           QCoreApplication.translate("VotesFiles", "Voting packages (*.json)"))
    if target is not None:
        ctx.runner.run(parent, lambda _uow: save_file(target, data),
                       label=QCoreApplication.translate("VotesFiles", "Saving the voting package"))


def export_results(ctx: AppContext, parent: QWidget, meeting_id: int,
                   path: Path | None = None, *,
                   opener: Callable[[Path], object] | None = show_file) -> None:
    """Print the results of the closed polls to PDF, then open it with the system viewer."""
    from talagov.services import results_report

    if path is None:
        path = ask_save_path(parent, QCoreApplication.translate("VotesFiles", "Save the results"),
                             QCoreApplication.translate("VotesFiles", "results.pdf"),
                             QCoreApplication.translate("VotesFiles", "PDF documents (*.pdf)"))
        if path is None:
            return
    target, lang = path, ctx.lang

    def work(uow: Any, progress: Progress, cancel: CancelToken) -> Path:
        return results_report.export_results(uow, meeting_id, target, lang=lang)

    def done(saved: Path) -> None:
        if opener is not None:
            opener(saved)

    ctx.runner.run(parent, work, on_success=done,
                   label=QCoreApplication.translate("VotesFiles", "Printing the results"))


def booth_opener() -> Callable[..., object] | None:
    """The booth's entry point, when the booth is installed."""
    try:
        from talagov.gui.booth import open_booth
    except ImportError:  # the booth is optional: the button stays disabled
        return None
    return open_booth
