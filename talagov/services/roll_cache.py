# SPDX-License-Identifier: GPL-3.0-or-later
"""The voting roll of a record date, kept between the session's many small actions.

During a session every arrival reloads the attendance sheet, and the roll behind it
needs the whole register (members and share movements): 10,000 members take about
0.3 s to load. The register does not change while members arrive, so the roll is
kept in memory, keyed by what would change it: the database, the record date, the
membership rules, and a fingerprint of the member and share tables (row counts, the
last update of a member, the last movement). Any edit of the register changes the
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
    s = uow.session
    members = s.execute(select(func.count(), func.max(MemberRow.updated_at)).select_from(MemberRow)).one()
    moves = s.execute(select(func.count(), func.max(ShareMovementRow.id),
                             func.max(ShareMovementRow.created_at))).one()  # fmt: skip
    arrears = s.execute(select(func.count(), func.max(ArrearsRow.id),
                               func.max(ArrearsRow.cured_on))).one()  # fmt: skip
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
