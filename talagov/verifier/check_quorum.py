# SPDX-License-Identifier: GPL-3.0-or-later
"""Every recorded quorum recomputed from the attendance, and the polls' links to them.

TalaGov records the quorum when the session opens and when each poll opens; the
"present or represented" base of a poll and whether it could decide at all come from
that record. Each record is recomputed at its own moment with
:func:`talagov.core.quorum.evaluate_quorum`, from the attendance sheet (arrivals and
departures), the proxies decided then and the postal forms received before the
opening, under the bundle's statutes: every count must be the one recorded.
"""

from __future__ import annotations

from collections.abc import Iterable

from talagov.core.bundle_format import ATTENDANCE, POLLS
from talagov.core.bundle_model import PollRecord, QuorumRecord
from talagov.core.quorum import QuorumResult
from talagov.verifier.lines import failed, ok, poll_subject
from talagov.verifier.report import Area, CheckLine
from talagov.verifier.session_record import SessionRecord

_A = Area.QUORUM
_COUNTS = ("met", "base", "present", "remote", "represented", "correspondence",
           "participants", "required")


def quorum_subject(record: QuorumRecord) -> str:
    """``"quorum 3"``: how a line names a quorum record."""
    return f"quorum {record.id}"


def differences(record: QuorumRecord, computed: QuorumResult) -> list[tuple[str, str, str]]:
    """``(field, recorded, recomputed)`` for every count, the rule and its source."""
    found = [(name, str(getattr(record, name)), str(getattr(computed, name)))
             for name in _COUNTS if getattr(record, name) != getattr(computed, name)]
    if record.ratio != computed.ratio:
        found.append(("ratio", str(record.ratio), str(computed.ratio)))
    if record.source != computed.source:
        found.append(("source", record.source, computed.source))
    return found


def check_record(session: SessionRecord, record: QuorumRecord) -> list[CheckLine]:
    """One recorded quorum against the recomputed one."""
    computed = session.quorum(record.at)
    when = record.at.isoformat(sep=" ", timespec="minutes")
    lines = [failed(_A, "verify.quorum.differs", ATTENDANCE, quorum_subject(record), at=when,
                    field=name, recorded=recorded, computed=again)
             for name, recorded, again in differences(record, computed)]
    if not lines:
        code = "verify.quorum.ok_met" if record.met else "verify.quorum.ok_not_met"
        lines.append(ok(_A, code, ATTENDANCE, quorum_subject(record), at=when,
                        participants=record.participants, base=record.base,
                        required=record.required))
    return lines


def check_links(session: SessionRecord, polls: Iterable[PollRecord]) -> list[CheckLine]:
    """Each poll opened in session names a quorum record of its own item (the opening
    quorum is the session's)."""
    lines: list[CheckLine] = []
    for r in polls:
        poll = r.poll
        if poll.quorum_record_id is None:
            continue
        found = session.record(poll.quorum_record_id)
        if found is None or found.item_id != poll.item_id:
            lines.append(failed(_A, "verify.quorum.poll_link", POLLS,
                                poll_subject(poll.definition.number),
                                number=poll.definition.number, record=poll.quorum_record_id))
    return lines


def check_quorum(session: SessionRecord, polls: Iterable[PollRecord]) -> list[CheckLine]:
    """Every quorum record, then the polls' links to them."""
    lines: list[CheckLine] = []
    for record in session.records:
        lines += check_record(session, record)
    lines += check_links(session, polls)
    if not session.records:
        lines.append(ok(_A, "verify.quorum.none_recorded", ATTENDANCE))
    return lines
