# SPDX-License-Identifier: GPL-3.0-or-later
"""What ``talagov meeting list|show`` print: plain text for people, JSON for scripts.

The JSON keys are stable (documented in ``docs/formats.md``); dates are ISO 8601 and
the quorum's explanation is rendered in the chosen language.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from talagov.messages import render, render_finding
from talagov.services.uow import UnitOfWork


def _iso(value: date | datetime | time | None) -> str | None:
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    return value.isoformat() if value is not None else None


def print_meetings(items: Sequence[Any], *, as_json: bool, lang: str) -> None:
    """One line per meeting (or a JSON array)."""
    rows = [{"id": m.id, "title": m.title, "type": m.type.value, "date": m.on.isoformat(),
             "status": m.status.value, "body": m.body_name, "convocation": m.convocation}
            for m in items]  # fmt: skip
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        print(render("meeting_cli.none", {}, lang))
    for r in rows:
        print(f"{r['id']:>4}  {r['date']}  {r['type']:<6} {r['status']:<11} {r['title']}")


def meeting_json(uow: UnitOfWork, meeting_id: int, *, at: datetime, lang: str) -> dict[str, Any]:
    """Everything ``meeting show`` tells about one meeting, as JSON-ready data."""
    from talagov.services import convocations, meetings, session

    meeting = meetings.get_meeting(uow, meeting_id)
    items = meetings.agenda(uow, meeting_id)
    state = session.session_state(uow, meeting_id, at=at)
    names = {line.member_id: line.name for line in state.lines}
    quorum = state.quorum
    return {
        "id": meeting.id, "title": meeting.title, "type": meeting.type.value,
        "date": meeting.on.isoformat(), "start": _iso(meeting.start_time),
        "end": _iso(meeting.end_time), "place": meeting.place,
        "remote_link": meeting.remote_link, "status": meeting.status.value,
        "convocation": int(meeting.convocation), "previous_id": meeting.previous_id,
        "record_date": meeting.roll_date.isoformat(),
        "notice_override": meeting.notice_override,
        "agenda": [{"id": i.id, "position": i.position + 1, "kind": i.kind.value,
                    "title": i.title, "nature": i.nature.value, "presenter": i.presenter.value,
                    "seats": i.seats, "candidates": list(i.candidate_ids)} for i in items],
        "amendments": [{"at": a.at, "description": a.description, "reason": a.reason}
                       for a in meetings.amendments(uow, meeting_id)],
        "convocations": [{"member_id": s.member_id, "member": names.get(s.member_id, ""),
                          "channel": s.channel.value, "at": _iso(s.at), "address": s.address,
                          "status": s.status.value, "evidence": s.evidence, "error": s.error}
                         for s in convocations.sendings(uow, meeting_id)],
        "attendance": [{"member_id": line.member_id, "number": line.number, "name": line.name,
                        "status": line.entry.status.value, "arrived": _iso(line.entry.arrived_at),
                        "left": _iso(line.entry.left_at),
                        "signed": line.entry.signature is not None,
                        "proxy_holder": line.proxy_holder_name or None,
                        "blank_proxy": line.blank_proxy} for line in state.lines],
        "proxies": [{"id": p.proxy.id, "principal": p.principal_name,
                     "holder": p.holder_name or None, "blank": p.proxy.blank,
                     "received_on": p.proxy.received_on.isoformat(), "valid": p.valid,
                     "reasons": [render_finding(f, lang) for f in p.reasons]}
                    for p in state.proxies],
        "quorum": {"met": quorum.met, "base": quorum.base, "present": quorum.present,
                   "remote": quorum.remote, "represented": quorum.represented,
                   "correspondence": quorum.correspondence,
                   "participants": quorum.participants, "required": quorum.required,
                   "ratio": f"{quorum.ratio.num}/{quorum.ratio.den}", "source": quorum.source,
                   "explanation": [render_finding(f, lang) for f in quorum.reasons]},
    }  # fmt: skip


def print_meeting(data: dict[str, Any], lang: str) -> None:
    """The human-readable form of :func:`meeting_json`."""
    def t(code: str, **params: Any) -> str:
        return render(f"meeting_cli.{code}", params, lang)

    print(f"{data['title']} — {data['date']} {data['start'] or ''} — {data['status']}")
    if data["place"]:
        print(t("place", place=data["place"]))
    print(t("agenda"))
    for item in data["agenda"]:
        print(f"  {item['position']}. [{item['kind']}] {item['title']}")
    for amendment in data["amendments"]:
        print(t("amendment", at=amendment["at"], what=amendment["description"],
                reason=amendment["reason"]))  # fmt: skip
    print(t("convocations", count=len(data["convocations"])))
    for s in data["convocations"]:
        print(f"  {s['member']}: {s['channel']} {s['status']} {s['at']} {s['evidence'] or s['error']}")
    counts: dict[str, int] = {}
    for line in data["attendance"]:
        counts[line["status"]] = counts.get(line["status"], 0) + 1
    print(t("attendance", detail=", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))
    print(t("proxies", count=len(data["proxies"])))
    for p in data["proxies"]:
        holder = p["holder"] or t("blank")
        validity = t("valid") if p["valid"] else "; ".join(p["reasons"])
        print(f"  {p['principal']} -> {holder}: {validity}")
    q = data["quorum"]
    print(t("quorum_met" if q["met"] else "quorum_not_met", participants=q["participants"],
            required=q["required"], base=q["base"], ratio=q["ratio"]))  # fmt: skip
    for sentence in q["explanation"]:
        print(f"  {sentence}")
