# SPDX-License-Identifier: GPL-3.0-or-later
"""The voting roll of a record date, kept between the session's many small actions.

During a session every arrival reloads the attendance sheet, and the roll behind it
needs the whole register (members and share movements): 10,000 members take about
0.3 s to load. The register does not change while members arrive, so the roll is
kept in memory, keyed by what would change it: the database, the record date, the
membership rules, and a fingerprint of the member, share and arrears tables (counts and
sums over the columns the roll reads). Any edit of the register changes the
fingerprint, and the next call loads afresh.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Mapping
from datetime import date

from sqlalchemy import func, select

from talagov.core.members import Member
from talagov.core.voting_rights import VotingRoll, voting_roll
from talagov.services.organisation import statutes_at
from talagov.services.registers import snapshot
from talagov.services.uow import UnitOfWork
from talagov.storage.models import ArrearsRow, MemberRow, ShareMovementRow

_LOCK = threading.Lock()
_CACHE: dict[Hashable, tuple[VotingRoll, Mapping[int, Member]]] = {}
_KEEP = 8  # record dates kept at once (a secretary works on a few meetings)


def _fingerprint(uow: UnitOfWork) -> Hashable:
    # Aggregates over every column the roll and the names depend on: any edit (an exit
    # date, an admission, a name, a college, a movement, a notice cured) moves at least
    # one of them, even when it keeps the row count and the update time.
    s, m, v, a = uow.session, MemberRow, ShareMovementRow, ArrearsRow
    day = func.julianday
    members = s.execute(select(
        func.count(), func.max(m.updated_at),
        func.total(m.id * 7 + func.coalesce(day(m.admission_date), 0) * 3
                   + func.coalesce(day(m.exit_date), 0) * 5 + func.length(m.name)
                   + func.length(m.first_name) * 17 + func.length(m.college_key) * 11
                   + func.length(m.number) * 13 + func.length(m.category_key) * 19),
    )).one()  # fmt: skip
    moves = s.execute(select(func.count(), func.max(v.id), func.total(v.count * v.id),
                             func.total(day(v.on)))).one()  # fmt: skip
    arrears = s.execute(select(func.count(), func.max(a.id), func.total(day(a.notice_date)),
                               func.total(func.coalesce(day(a.cured_on), 0)))).one()  # fmt: skip
    return (tuple(members), tuple(moves), tuple(arrears))


def roll_and_members(uow: UnitOfWork, at: date) -> tuple[VotingRoll, Mapping[int, Member]]:
    """The voting roll on ``at`` and every member by id (shared, do not mutate)."""
    rules = statutes_at(uow, at).membership
    key = (str(uow.db.path), at, rules, _fingerprint(uow))
    with _LOCK:
        found = _CACHE.get(key)
    if found is not None:
        return found
    snap = snapshot(uow, at)
    value = (voting_roll(snap), {m.id: m for m in snap.members})
    with _LOCK:
        if len(_CACHE) >= _KEEP:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = value
    return value
