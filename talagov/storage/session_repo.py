# SPDX-License-Identifier: GPL-3.0-or-later
"""The session of a meeting: attendance, proxies, postal forms and quorum records.

Signatures are stored as compact JSON (a list of strokes, each a list of ``[x, y]``
points), so the same strokes always give the same text.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from talagov.core.attendance import AttendanceEntry, AttendanceStatus, Signature, Stroke
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.findings import Finding, Severity
from talagov.core.proxies import Proxy
from talagov.core.quorum import QuorumResult
from talagov.core.ratio import Ratio
from talagov.storage.models import (
    AttendanceRow,
    CorrespondenceChoiceRow,
    CorrespondenceRow,
    ProxyRow,
    QuorumRecordRow,
)


def strokes_to_json(strokes: tuple[Stroke, ...]) -> str:
    """Strokes as compact JSON text."""
    return json.dumps([[list(p) for p in s] for s in strokes], separators=(",", ":"))


def strokes_from_json(text: str) -> tuple[Stroke, ...]:
    """Strokes back from :func:`strokes_to_json` text (empty text: no stroke)."""
    if not text:
        return ()
    return tuple(tuple((int(x), int(y)) for x, y in stroke) for stroke in json.loads(text))


def to_entry(row: AttendanceRow | Any) -> AttendanceEntry:
    """Convert a row to a core value (the signature only when one was stored)."""
    signature = None
    if row.signature and row.signed_at is not None:
        signature = Signature(strokes_from_json(row.signature), row.signed_at)
    return AttendanceEntry(
        member_id=row.member_id, status=AttendanceStatus(row.status), arrived_at=row.arrived_at,
        left_at=row.left_at, signature=signature, note=row.note,
    )  # fmt: skip


def apply_entry(row: AttendanceRow, entry: AttendanceEntry) -> None:
    """Copy an entry onto a row, its signature included (``None`` clears it)."""
    row.member_id = entry.member_id
    row.status = entry.status.value
    row.arrived_at = entry.arrived_at
    row.left_at = entry.left_at
    row.note = entry.note
    sig = entry.signature
    row.signature = strokes_to_json(sig.strokes) if sig is not None else ""
    row.signed_at = sig.signed_at if sig is not None else None


def attendance_row(session: Session, meeting_id: int, member_id: int) -> AttendanceRow | None:
    """The attendance row of one member at one meeting, if recorded."""
    return session.scalars(
        select(AttendanceRow).where(AttendanceRow.meeting_id == meeting_id,
                                    AttendanceRow.member_id == member_id)
    ).first()


def attendance(session: Session, meeting_id: int) -> list[AttendanceEntry]:
    """The recorded attendance entries of a meeting, by member id."""
    # Plain column rows: an AG of thousands reloads its sheet after every arrival.
    table = AttendanceRow.__table__
    rows = session.execute(select(table).where(table.c.meeting_id == meeting_id)
                           .order_by(table.c.member_id))
    return [to_entry(r) for r in rows]


def to_proxy(row: ProxyRow) -> Proxy:
    """Convert a row to a core value."""
    return Proxy(row.id, row.meeting_id, row.principal_id, row.holder_id, row.received_on,
                 row.document_id, row.note)


def new_proxy_row(proxy: Proxy) -> ProxyRow:
    """A new row for a proxy (its id is assigned on flush)."""
    return ProxyRow(meeting_id=proxy.meeting_id, principal_id=proxy.principal_id,
                    holder_id=proxy.holder_id, received_on=proxy.received_on,
                    document_id=proxy.document_id, note=proxy.note)


def proxies(session: Session, meeting_id: int) -> list[Proxy]:
    """The proxies of a meeting, in the order received (ties by id)."""
    rows = session.scalars(select(ProxyRow).where(ProxyRow.meeting_id == meeting_id)
                           .order_by(ProxyRow.received_on, ProxyRow.id))
    return [to_proxy(r) for r in rows]


def to_form(row: CorrespondenceRow) -> CorrespondenceForm:
    """Convert a row (with its choices) to a core value."""
    return CorrespondenceForm(
        id=row.id, meeting_id=row.meeting_id, member_id=row.member_id,
        received_at=row.received_at, choices={c.item_id: Choice(c.choice) for c in row.choices},
        document_id=row.document_id,
    )  # fmt: skip


def new_form_row(form: CorrespondenceForm) -> CorrespondenceRow:
    """A new row for a postal form and its choices."""
    return CorrespondenceRow(
        meeting_id=form.meeting_id, member_id=form.member_id, received_at=form.received_at,
        document_id=form.document_id,
        choices=[CorrespondenceChoiceRow(item_id=item, choice=choice.value)
                 for item, choice in sorted(form.choices.items())],
    )  # fmt: skip


def forms(session: Session, meeting_id: int) -> list[CorrespondenceForm]:
    """The postal forms of a meeting, in the order received."""
    rows = session.scalars(
        select(CorrespondenceRow).where(CorrespondenceRow.meeting_id == meeting_id)
        .options(selectinload(CorrespondenceRow.choices))
        .order_by(CorrespondenceRow.received_at, CorrespondenceRow.id)
    )
    return [to_form(r) for r in rows]


def _param(value: Any) -> Any:
    # Finding parameters are ints, strings, dates or ratios: tag the last two.
    if isinstance(value, Ratio):
        return {"ratio": [value.num, value.den]}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _unparam(value: Any) -> Any:
    if isinstance(value, dict) and "ratio" in value:
        return Ratio(*value["ratio"])
    if isinstance(value, dict) and "date" in value:
        return date.fromisoformat(value["date"])
    return value


def _findings_json(findings: tuple[Finding, ...]) -> str:
    return json.dumps([{"code": f.code, "severity": f.severity.value, "source": f.source,
                        "params": {k: _param(v) for k, v in f.params.items()}, "field": f.field}
                       for f in findings], ensure_ascii=False, sort_keys=True)  # fmt: skip


def _findings(text: str) -> tuple[Finding, ...]:
    return tuple(Finding(d["code"], Severity(d["severity"]), d["source"],
                         {k: _unparam(v) for k, v in d["params"].items()}, d["field"])
                 for d in json.loads(text or "[]"))  # fmt: skip


def new_quorum_row(meeting_id: int, item_id: int | None, at: datetime,
                   result: QuorumResult) -> QuorumRecordRow:
    """A row recording a quorum result with the rule and the reasons as applied then."""
    return QuorumRecordRow(
        meeting_id=meeting_id, item_id=item_id, at=at, met=result.met, base=result.base,
        present=result.present, remote=result.remote, represented=result.represented,
        correspondence=result.correspondence, participants=result.participants,
        required=result.required, ratio_num=result.ratio.num, ratio_den=result.ratio.den,
        source=result.source, reasons=_findings_json(result.reasons),
    )  # fmt: skip


def quorum_records(session: Session, meeting_id: int) -> list[tuple[int | None, datetime, QuorumResult]]:
    """The recorded quorums of a meeting, oldest first, as ``(item_id, at, result)``."""
    rows = session.scalars(select(QuorumRecordRow).where(QuorumRecordRow.meeting_id == meeting_id)
                           .order_by(QuorumRecordRow.at, QuorumRecordRow.id))
    return [
        (r.item_id, r.at, QuorumResult(
            met=r.met, base=r.base, present=r.present, remote=r.remote,
            represented=r.represented, correspondence=r.correspondence,
            participants=r.participants, required=r.required,
            ratio=Ratio(r.ratio_num, r.ratio_den), source=r.source,
            reasons=_findings(r.reasons)))
        for r in rows
    ]
