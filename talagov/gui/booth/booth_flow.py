# SPDX-License-Identifier: GPL-3.0-or-later
"""The booth's journey for one voter: which service each step calls and where it leads.

Escape follows the journey backwards: unlocking (or enrolling a voter without a key) ->
the list of names (the voter is forgotten), enrolling chosen from the unlock step -> that
step, the first ballot -> the unlock step (the key is dropped and must be unlocked
again), the review -> the last ballot, the confirmation -> the review. The receipt has
no way back: it is done, and "Done" clears everything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, QObject
from PySide6.QtWidgets import QFileDialog

from talagov.gui.booth import state
from talagov.gui.booth.receipt_page import ReceiptView
from talagov.gui.booth.state import CONFIRM, ENROL, FIND, POLLS, RECEIPT, REVIEW, UNLOCK
from talagov.gui.booth.vote_items import VoteItem, poll_title, short_behalf
from talagov.gui.i18n import arg, show_datetime
from talagov.services import ballots, keys
from talagov.services.ballots import BoothTask, BoothVoter, Receipt

if TYPE_CHECKING:
    from talagov.gui.booth.booth_window import BoothWindow


def vote_item(task: BoothTask, voter_id: int) -> VoteItem:
    """The booth task as a ballot to fill."""
    return VoteItem((task.poll.id, task.on_behalf_of), task.poll.definition, task.on_behalf_of,
                    task.principal_name, task.on_behalf_of == voter_id)


class BoothFlow(QObject):
    """Connects the pages of ``window`` to the services, one voter at a time."""

    def __init__(self, window: BoothWindow) -> None:
        super().__init__(window)
        self.w = window
        w = window
        w.finder.chosen.connect(self._on_find_chosen)
        w.unlock.unlock_requested.connect(self._on_unlock_requested)
        w.unlock.enrol_requested.connect(self._on_unlock_enrol_requested)
        w.enrol.enrol_requested.connect(self._on_enrol_requested)
        w.polls.finished.connect(self._on_polls_finished)
        w.polls.back_requested.connect(self._on_polls_back_requested)
        w.review.change_requested.connect(self._on_review_change_requested)
        w.review.confirmed.connect(self._on_review_confirmed)
        w.confirm.cast_requested.connect(self._on_confirm_cast_requested)
        w.receipt.save_requested.connect(self._on_receipt_save_requested)
        w.receipt.done.connect(self.reset)
        self._enrol_from_unlock = False
        self._elsewhere = False  # the voter's key was made on another computer

    # -- the voter ---------------------------------------------------------------------

    def forget_voter(self) -> None:
        """Drop the voter's key, choices and receipts, and clear every step."""
        self.w.voter.drop_key()
        self.w.voter = state.VoterSession()
        for page in self.w.pages:
            page.clear()

    def reset(self) -> None:
        """Back to the first step for the next voter, nothing of the previous one left."""
        self.forget_voter()
        self.w.show_step(FIND)
        meeting_id = self.w.meeting_id
        self.w.run(lambda uow: ballots.booth_voters(uow, meeting_id), self.w.finder.set_voters,
                   self.w.finder.show_error, self.tr("Loading the voters"))

    def back(self) -> None:
        """Escape: one step back along the journey (never out of the booth)."""
        step = self.w.step
        if step == ENROL and self._enrol_from_unlock:
            self._enrol_from_unlock = False
            self.w.enrol.clear()
            self.w.unlock.set_voter(self.w.voter.name, elsewhere=self._elsewhere)
            self.w.show_step(UNLOCK)
        elif step in (UNLOCK, ENROL):
            self.reset()
        elif step == POLLS:
            self.w.polls.go_back()
        elif step == REVIEW:
            self.w.polls.show_last()
            self.w.show_step(POLLS)
        elif step == CONFIRM:
            self.w.show_step(REVIEW)

    def _on_find_chosen(self, voter: BoothVoter) -> None:
        self.w.voter = state.VoterSession(member_id=voter.member_id, name=voter.name)
        member_id, at = voter.member_id, self.w.clock()
        self.w.run(lambda uow: keys.member_key_status(uow, member_id, at=at),
                   lambda status: self._on_key_status(voter, status), self.w.finder.show_error,
                   self.tr("Looking for the voter's key"))

    def _on_key_status(self, voter: BoothVoter, status: keys.MemberKeyView | None) -> None:
        self._enrol_from_unlock = False
        self._elsewhere = status is not None and not status.on_this_laptop
        if status is None:
            self.w.enrol.set_voter(voter.name, has_key=False)
            self.w.show_step(ENROL)
            return
        self.w.unlock.set_voter(voter.name, elsewhere=self._elsewhere)
        self.w.show_step(UNLOCK)

    def _on_unlock_enrol_requested(self) -> None:
        self._enrol_from_unlock = True
        self.w.enrol.set_voter(self.w.voter.name, has_key=True)
        self.w.show_step(ENROL)

    # -- unlocking and enrolling -------------------------------------------------------

    def _on_unlock_requested(self, passphrase: str) -> None:
        self._unlock(passphrase, self.w.unlock.refused)

    def _unlock(self, passphrase: str, refused: Any) -> None:
        meeting_id, member_id, at = self.w.meeting_id, self.w.voter.member_id, self.w.clock()

        def work(uow: Any) -> state.KeyHolder[tuple[Any, Any, list[BoothTask]]]:
            key, certificate = keys.unlock_member(uow, member_id, passphrase, at=at)
            tasks = ballots.booth_tasks(uow, meeting_id, member_id, at=at)
            return state.KeyHolder((key, certificate, tasks))

        self.w.run(work, self._on_unlocked, refused, self.tr("Unlocking the key"))

    def _on_unlocked(self, holder: state.KeyHolder[tuple[Any, Any, list[BoothTask]]]) -> None:
        taken = holder.take()
        assert taken is not None
        voter = self.w.voter
        voter.key, voter.certificate, tasks = taken
        voter.items = [vote_item(t, voter.member_id) for t in tasks]
        if not voter.items:
            voter.drop_key()
            self.w.unlock.set_voter(voter.name, elsewhere=False)
            self.w.unlock.refused(self.tr("No poll is open for you at the moment. Press Escape "
                                          "to go back to the list of names."))
            self.w.show_step(UNLOCK)
            return
        self.w.polls.start(voter.items)
        self.w.show_step(POLLS)

    def _on_enrol_requested(self, passphrase: str) -> None:
        org_key = self.w.org_key()
        if org_key is None:  # closed meanwhile
            return
        member_id, now, kdf = self.w.voter.member_id, self.w.clock(), state.ENROL_KDF

        def work(uow: Any) -> Any:
            return keys.enrol_member(uow, member_id, passphrase, org_key=org_key, now=now,
                                     kdf=kdf)

        def enrolled(_result: object) -> None:
            self._unlock(passphrase, self.w.enrol.refused)

        self.w.run(work, enrolled, self.w.enrol.refused, self.tr("Creating the key"))

    # -- ballots -----------------------------------------------------------------------

    def _on_polls_back_requested(self) -> None:
        self.w.voter.drop_key()
        self.w.polls.clear()
        self.w.unlock.set_voter(self.w.voter.name, elsewhere=False)
        self.w.show_step(UNLOCK)

    def _on_polls_finished(self) -> None:
        voter = self.w.voter
        voter.choices = dict(self.w.polls.choices)
        self.w.review.set_choices(voter.items, voter.choices)
        self.w.show_step(REVIEW)

    def _on_review_change_requested(self, index: int) -> None:
        self.w.polls.reopen(index)
        self.w.show_step(POLLS)

    def _on_review_confirmed(self) -> None:
        self.w.confirm.set_count(len(self.w.voter.items))
        self.w.show_step(CONFIRM)

    def _on_confirm_cast_requested(self) -> None:
        voter = self.w.voter
        if not voter.unlocked:
            return
        votes = [(item.key[0], item.on_behalf_of, voter.choices[item.key])
                 for item in voter.items]
        meeting_id, member_id, now, lang = (self.w.meeting_id, voter.member_id, self.w.clock(),
                                            self.w.ctx.lang)
        key, certificate = voter.key, voter.certificate
        assert key is not None and certificate is not None

        def work(uow: Any) -> Any:
            return ballots.cast(uow, meeting_id, votes, voter_id=member_id, key=key,
                                certificate=certificate, now=now, lang=lang)

        self.w.run(work, self._on_cast, self.w.confirm.refused, self.tr("Signing the ballots"))

    def _on_cast(self, result: tuple[list[Receipt], Any]) -> None:
        receipts, _changes = result
        voter = self.w.voter
        voter.drop_key()  # signed: the key is of no further use
        voter.receipts = list(receipts)
        definitions = {item.key: item.definition for item in voter.items}
        views = []
        for r in receipts:
            definition = definitions.get((r.poll_id, r.on_behalf_of))
            title = poll_title(definition) if definition is not None \
                else arg(self.tr("Poll %1: %2"), r.number, r.title)
            views.append(ReceiptView(title, short_behalf(r.on_behalf_of == voter.member_id,
                                                         r.principal_name),
                                     self._choice_shown(r, definition), r.readable))
        when = show_datetime(receipts[0].cast_at, self.w.ctx.lang) if receipts else ""
        self.w.receipt.set_receipts(views, when)
        self.w.show_step(RECEIPT)

    def _choice_shown(self, receipt: Receipt, definition: Any) -> str:
        # A receipt of a secret ballot never shows the choice: it could be shown to
        # someone else (to prove a vote that was bought or forced).
        if definition is not None and definition.secret:
            return self.tr("not reproduced (secret ballot)")
        return ", ".join(receipt.choice_labels)

    # -- the receipt as a PDF ----------------------------------------------------------

    def _on_receipt_save_requested(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.w, self.tr("Save the receipt"), str(Path(QDir.homePath()) / "recu-de-vote.pdf"),
            self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.save_receipt(Path(chosen))

    def save_receipt(self, path: Path) -> None:
        """Write the receipt PDF to ``path`` in the background."""
        from talagov.reports.receipt_pdf import ReceiptLine, receipt_pdf
        from talagov.services.files import save_file

        voter = self.w.voter
        definitions = {item.key: item.definition for item in voter.items}
        lines = [ReceiptLine(r.number, r.title, r.principal_name,
                             (self._choice_shown(r, definitions.get((r.poll_id, r.on_behalf_of))),),
                             r.fingerprint, r.cast_at, proxy=r.on_behalf_of != voter.member_id)
                 for r in voter.receipts]
        name, title, lang = voter.name, self.w.meeting_title, self.w.ctx.lang
        org = self.w.organisation

        def work(uow: Any) -> Path:
            save_file(path, receipt_pdf(lines, voter_name=name, meeting_title=title,
                                        organisation=org[0], organisation_fingerprint=org[1],
                                        lang=lang))
            return path

        def saved(_path: object) -> None:
            self.w.receipt.intro.setText(arg(self.tr("Receipt saved as %1."), str(path)))

        self.w.run(work, saved, self.w.receipt.show_error, self.tr("Saving the receipt"))

