# SPDX-License-Identifier: GPL-3.0-or-later
"""The session rules shared by the database and the archive verifier."""

from __future__ import annotations

from datetime import date, datetime

from talagov.core.agenda import Presenter
from talagov.core.legal_forms import LegalForm
from talagov.core.meetings import Meeting, MeetingType
from talagov.core.polls import RESOLUTION_CHOICES, Poll, PollDefinition, PollKind, PollStatus
from talagov.core.presets import preset
from talagov.core.proxies import Proxy, ProxyDecision
from talagov.core.session import Session, poll_moments, proxy_maps


def _proxy(pid: int, principal: int, holder: int | None) -> Proxy:
    return Proxy(pid, 1, principal, holder, date(2026, 6, 1))


def test_proxies_are_sorted_into_named_refused_and_blank() -> None:
    maps = proxy_maps([
        ProxyDecision(_proxy(1, 10, 20), True, 20),
        ProxyDecision(_proxy(2, 11, None), True, 30),  # blank: the chair holds it
        ProxyDecision(_proxy(3, 12, 21), False, None),
        ProxyDecision(_proxy(4, 13, None), False, None),  # refused blank: nobody named
    ])  # fmt: skip
    assert dict(maps.proxies) == {10: 20}
    assert maps.blank == frozenset({11})
    assert dict(maps.void) == {12: 21}


OPENED = datetime(2026, 6, 13, 10, 30)
CLOSED = datetime(2026, 6, 13, 10, 50)


def _poll(*, opened: datetime | None, closed: datetime | None, recorded: int | None) -> Poll:
    definition = PollDefinition(
        organisation="0" * 64, meeting_id=1, meeting_title="AG", meeting_on="2026-06-13",
        item_id=1, number=1, title="Résolution 1", text="", kind=PollKind.RESOLUTION,
        choices=RESOLUTION_CHOICES, presenter=Presenter.MANAGEMENT,
    )  # fmt: skip
    status = PollStatus.CLOSED if closed else PollStatus.OPEN if opened else PollStatus.PREPARED
    return Poll(1, 1, 1, status, definition, "", opened, closed, recorded)


def _session() -> Session:
    meeting = Meeting(1, "AG", MeetingType.AGO, date(2026, 6, 13))
    return Session(meeting, preset(LegalForm.SCOP_SARL), False, frozenset(), {}, (), ())


def test_proxies_are_decided_at_the_opening_and_participants_counted_at_the_closing() -> None:
    m = poll_moments(_poll(opened=OPENED, closed=CLOSED, recorded=None), _session(),
                     datetime(2026, 6, 13, 12, 0))
    assert (m.decided_at, m.counted_at) == (OPENED, CLOSED)  # a closed poll ignores "at"


def test_a_quorum_recorded_at_the_opening_fixes_the_participants_there() -> None:
    m = poll_moments(_poll(opened=OPENED, closed=CLOSED, recorded=4), _session())
    assert (m.decided_at, m.counted_at) == (OPENED, OPENED)


def test_an_open_poll_is_counted_at_the_moment_asked_and_a_prepared_one_on_the_day() -> None:
    later = datetime(2026, 6, 13, 10, 40)
    m = poll_moments(_poll(opened=OPENED, closed=None, recorded=None), _session(), later)
    assert (m.decided_at, m.counted_at) == (OPENED, later)
    m = poll_moments(_poll(opened=None, closed=None, recorded=None), _session())
    assert m.decided_at == m.counted_at == datetime(2026, 6, 13, 0, 0)
