# SPDX-License-Identifier: GPL-3.0-or-later
"""The task runner as the pages use it: results, Changes, failures routed to show_error."""

from __future__ import annotations

import pytest

from talagov.core.errors import Cancelled, UserError
from talagov.gui.context import AppContext
from talagov.services import members as members_service
from talagov.services.changes import Aggregate, Changes


def test_success_returns_on_the_gui_thread_and_emits_changes(qtbot, ctx: AppContext) -> None:
    results: list[object] = []
    changes = Changes.of(Aggregate.MEMBERS)
    with qtbot.waitSignal(ctx.runner.changes_applied, timeout=5000) as applied:
        task = ctx.runner.run(None, lambda uow: (members_service.count_members(uow, ctx.today()), changes),
                              on_success=results.append)
    assert applied.args == [changes]
    assert results == [((6, 7), changes)]
    assert task.error is None


def test_busy_changed_brackets_the_work(qtbot, ctx: AppContext) -> None:
    states: list[bool] = []
    ctx.runner.busy_changed.connect(states.append)
    ctx.runner.run(None, lambda uow: None)
    qtbot.waitUntil(lambda: states == [True, False], timeout=5000)
    assert not ctx.runner.busy


def test_failure_goes_to_show_error(qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("talagov.gui.errors.show_error", lambda parent, exc: shown.append(exc))

    def fail(uow: object) -> None:
        raise UserError("member.has_history", {"number": "S-0001"})

    ctx.runner.run(None, fail)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert isinstance(shown[0], UserError) and shown[0].code == "member.has_history"


def test_on_failure_replaces_show_error_and_cancel_is_silent(
    qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    handled: list[BaseException] = []
    monkeypatch.setattr("talagov.gui.errors.show_error", lambda parent, exc: shown.append(exc))

    def bug(uow: object) -> None:
        raise RuntimeError("boom")

    def cancelled(uow: object) -> None:
        raise Cancelled()

    first = ctx.runner.run(None, bug, on_failure=handled.append)
    second = ctx.runner.run(None, cancelled)
    qtbot.waitUntil(lambda: first.error is not None and second.error is not None, timeout=5000)
    qtbot.wait(50)
    assert [type(e) for e in handled] == [RuntimeError]
    assert shown == []


def test_a_failed_task_changes_nothing(qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("talagov.gui.errors.show_error", lambda parent, exc: None)

    def delete_then_fail(uow: object) -> None:
        members_service.delete_member(uow, 4)  # type: ignore[arg-type]  # no history
        raise RuntimeError("after the delete")

    task = ctx.runner.run(None, delete_then_fail)
    qtbot.waitUntil(lambda: task.error is not None, timeout=5000)
    assert isinstance(task.error, RuntimeError)
    counted = ctx.runner.run(None, lambda uow: members_service.count_members(uow, ctx.today()))
    qtbot.waitUntil(lambda: counted.result is not None, timeout=5000)
    assert counted.result == (6, 7)


def test_nothing_runs_after_shutdown_and_a_late_timer_is_no_error(qtbot, ctx: AppContext) -> None:
    ran: list[int] = []
    ctx.runner.shutdown()  # the window closed; a page's reload timer fires afterwards
    task = ctx.runner.run(None, lambda uow: ran.append(1), on_success=lambda _r: ran.append(2))
    qtbot.wait(50)
    assert ran == [] and not ctx.runner.busy and task.result is None
