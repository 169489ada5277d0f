# SPDX-License-Identifier: GPL-3.0-or-later
"""The options of a prepared poll: secrecy and a majority other than the statutes', with
its source."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from talagov.core.ratio import Ratio
from talagov.core.statutes import MajorityBase, MajorityRule
from talagov.gui.context import AppContext
from talagov.gui.dialogs.poll_options_dialog import (
    RELATIVE,
    SIMPLE,
    STATUTES,
    UNANIMITY,
    PollOptionsDialog,
)
from talagov.gui.meeting.votes_labels import majority_text
from talagov.services import polls
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text
from tests.gui.meeting.votes_setup import OPENING, VotesMeeting, close_widget, make_votes_meeting


@pytest.fixture
def assembly(ctx: AppContext) -> VotesMeeting:
    meeting = make_votes_meeting(ctx.db)
    with UnitOfWork(ctx.db) as uow:
        polls.prepare_polls(uow, meeting.meeting_id, now=OPENING)
    return meeting


def _dialog(qtbot: QtBot, ctx: AppContext, poll: polls.PollView) -> PollOptionsDialog:
    dialog = PollOptionsDialog(ctx, poll)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


@pytest.fixture
def resolution(qtbot: QtBot, ctx: AppContext, assembly: VotesMeeting
               ) -> Iterator[PollOptionsDialog]:
    dialog = _dialog(qtbot, ctx, assembly.poll(assembly.poll_ids()[0]))
    yield dialog
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(dialog)


def test_the_statutes_rule_is_named_and_an_override_needs_its_source(
        qtbot: QtBot, ctx: AppContext, assembly: VotesMeeting,
        resolution: PollOptionsDialog) -> None:
    dialog = resolution
    assert dialog.majority.currentIndex() == STATUTES
    assert dialog.majority.itemText(STATUTES) == \
        "As the statutes say: More than half of votes cast"
    assert not dialog.base.isEnabled() and not dialog.source.isEnabled()
    assert dialog.majority.count() == RELATIVE  # no relative majority for a resolution
    dialog.majority.setCurrentIndex(UNANIMITY)
    assert dialog.base.currentText() == "of all associates"
    assert dialog.rule_label.text() == "Rule applied: Unanimity of all associates."
    with qtbot.waitSignal(dialog.failed):
        dialog.ok_button.click()
    assert "Say where this majority comes from" in dialog.message_bar.text()
    type_text(dialog.source, "art. 12 des statuts")
    dialog.secret.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ok_button.click()
    poll = assembly.poll(assembly.poll_ids()[0])
    assert poll.definition.majority == MajorityRule(Ratio(1, 1), False, MajorityBase.TOTAL)
    assert poll.definition.majority_source == "art. 12 des statuts"
    assert poll.secret
    assert majority_text(poll.definition.majority) == "Unanimity of all associates"
    again = _dialog(qtbot, ctx, poll)
    assert again.majority.currentIndex() == UNANIMITY
    assert again.source.text() == "art. 12 des statuts" and again.secret.isChecked()
    again.majority.setCurrentIndex(STATUTES)
    with qtbot.waitSignal(again.saved, timeout=5000):
        again.ok_button.click()
    back = assembly.poll(assembly.poll_ids()[0])
    assert back.definition.majority == MajorityRule(Ratio(1, 2), True, MajorityBase.CAST)
    close_widget(again)


def test_an_election_may_take_the_relative_majority(
        qtbot: QtBot, ctx: AppContext, assembly: VotesMeeting) -> None:
    dialog = _dialog(qtbot, ctx, assembly.poll(assembly.poll_ids()[1]))
    assert dialog.secret.isChecked()  # elections of people are secret by default
    dialog.majority.setCurrentIndex(RELATIVE)
    assert not dialog.base.isEnabled()
    type_text(dialog.source, "règlement intérieur")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ok_button.click()
    election = assembly.poll(assembly.poll_ids()[1])
    assert election.definition.majority.ratio == Ratio(0, 1)
    assert majority_text(election.definition.majority) == "Relative majority (most votes)"
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(dialog)
    simple = _dialog(qtbot, ctx, election)
    assert simple.majority.currentIndex() == RELATIVE
    simple.majority.setCurrentIndex(SIMPLE)
    assert simple.base.isEnabled()
    close_widget(simple)


def test_every_control_is_named(resolution: PollOptionsDialog) -> None:
    from tests.gui.test_accessibility import _unnamed

    assert _unnamed(resolution) == []
