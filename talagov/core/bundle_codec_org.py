# SPDX-License-Identifier: GPL-3.0-or-later
"""Codecs of ``data/organisation.json``, ``data/roll.json`` and ``data/convocations.json``.

Each ``encode_*`` returns the JSON object of one data file (canonical JSON once
serialised); each ``decode_*`` reads one back strictly and raises
:class:`~talagov.core.bundle_model.BundleDataError` naming the member and the place.
The statutes reuse :mod:`talagov.core.statutes_codec`; since that reader fills
defaults, the decoded statutes must write back to the very same JSON.
"""

from __future__ import annotations

from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.bundle_codec_base import Node, document, header, iso
from talagov.core.bundle_model import OrganisationData, Roll, RollMember
from talagov.core.canonical import canonical
from talagov.core.convocation import Channel, Sending, SendingStatus
from talagov.core.legal_forms import LegalForm
from talagov.core.mandates import Mandate, Role
from talagov.core.organisation import Organisation
from talagov.core.statutes_codec import statutes_from_dict, statutes_to_dict
from talagov.core.voting_rights import NoVoteReason

_ORG_KEYS = ("id", "name", "form", "siren", "registered_office", "rcs_city", "fiscal_year_end",
             "share_nominal_cents")


# -- data/organisation.json -----------------------------------------------------------


def encode_organisation(data: OrganisationData) -> dict[str, Any]:
    """The object of ``data/organisation.json``."""
    org = data.organisation
    return {
        **header("organisation"),
        "organisation": {
            "id": org.id, "name": org.name, "form": org.form.value, "siren": org.siren,
            "registered_office": org.registered_office, "rcs_city": org.rcs_city,
            "fiscal_year_end": list(org.fiscal_year_end),
            "share_nominal_cents": org.share_nominal_cents},
        "statutes": statutes_to_dict(data.statutes),
        "statutes_from": iso(data.statutes_from),
    }  # fmt: skip


def _organisation(node: Node) -> Organisation:
    node.object(_ORG_KEYS)
    end = node["fiscal_year_end"].ints()
    if len(end) != 2:
        raise node["fiscal_year_end"].fail("[month, day] expected")
    return Organisation(
        id=node["id"].integer(), name=node["name"].text(), form=node["form"].enum(LegalForm),
        siren=node["siren"].text(), registered_office=node["registered_office"].text(),
        rcs_city=node["rcs_city"].text(), fiscal_year_end=(end[0], end[1]),
        share_nominal_cents=node["share_nominal_cents"].integer(),
    )  # fmt: skip


def decode_organisation(data: object) -> OrganisationData:
    """``data/organisation.json`` back (the statutes exactly as written)."""
    node = document(data, bf.ORGANISATION, "organisation",
                    ("organisation", "statutes", "statutes_from"))
    statutes_node = node["statutes"]
    raw = statutes_node.value
    if not isinstance(raw, dict):
        raise statutes_node.fail("object expected")
    try:
        statutes = statutes_from_dict(raw)
        same = canonical(statutes_to_dict(statutes)) == canonical(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise statutes_node.fail(f"not statutes of this version ({exc})") from None
    if not same:
        raise statutes_node.fail("not exactly the statutes format (a key or a type differs)")
    return OrganisationData(_organisation(node["organisation"]), statutes,
                            node["statutes_from"].optional(Node.date))


# -- data/roll.json -------------------------------------------------------------------


def _mandate_data(m: Mandate) -> dict[str, Any]:
    return {"id": m.id, "body_id": m.body_id, "member_id": m.member_id, "role": m.role.value,
            "start": iso(m.start), "planned_end": iso(m.planned_end), "end": iso(m.end),
            "end_reason": m.end_reason}  # fmt: skip


def mandate_from(node: Node) -> Mandate:
    """A mandate back from its data."""
    node.object(("id", "body_id", "member_id", "role", "start", "planned_end", "end",
                 "end_reason"))
    return Mandate(
        id=node["id"].integer(), body_id=node["body_id"].integer(),
        member_id=node["member_id"].integer(), role=node["role"].enum(Role),
        start=node["start"].date(), planned_end=node["planned_end"].optional(Node.date),
        end=node["end"].optional(Node.date), end_reason=node["end_reason"].text(),
    )  # fmt: skip


def encode_roll(roll: Roll) -> dict[str, Any]:
    """The object of ``data/roll.json`` (members by id, mandates by id)."""
    return {
        **header("roll"), "record_date": iso(roll.record_date),
        "members": [{"member_id": m.member_id, "number": m.number, "name": m.name,
                     "shares": m.shares, "has_vote": m.has_vote,
                     "reason": None if m.reason is None else m.reason.value,
                     "college_key": m.college_key, "category_key": m.category_key}
                    for m in sorted(roll.members, key=lambda m: m.member_id)],
        "mandates": [_mandate_data(m) for m in sorted(roll.mandates, key=lambda m: m.id)],
    }  # fmt: skip


def _member(node: Node) -> RollMember:
    node.object(("member_id", "number", "name", "shares", "has_vote", "reason", "college_key",
                 "category_key"))
    has_vote = node["has_vote"].boolean()
    reason = node["reason"].optional(lambda n: n.enum(NoVoteReason))
    if has_vote == (reason is not None):
        raise node["reason"].fail("a reason is given exactly when the member has no vote")
    return RollMember(
        member_id=node["member_id"].integer(), number=node["number"].text(),
        name=node["name"].text(), shares=node["shares"].integer(), has_vote=has_vote,
        reason=reason, college_key=node["college_key"].text(),
        category_key=node["category_key"].text(),
    )  # fmt: skip


def decode_roll(data: object) -> Roll:
    """``data/roll.json`` back; a member listed twice is refused."""
    node = document(data, bf.ROLL, "roll", ("record_date", "members", "mandates"))
    members = node["members"].each(_member)
    if len({m.member_id for m in members}) != len(members):
        raise node["members"].fail("a member is listed twice")
    return Roll(node["record_date"].date(), members, node["mandates"].each(mandate_from))


# -- data/convocations.json -----------------------------------------------------------


def encode_convocations(sendings: tuple[Sending, ...]) -> dict[str, Any]:
    """The object of ``data/convocations.json``: the sending log in the order written."""
    return {
        **header("convocations"),
        "sendings": [{"id": s.id, "meeting_id": s.meeting_id, "member_id": s.member_id,
                      "channel": s.channel.value, "at": iso(s.at), "address": s.address,
                      "status": s.status.value, "evidence": s.evidence, "error": s.error}
                     for s in sendings],
    }  # fmt: skip


def _sending(node: Node) -> Sending:
    node.object(("id", "meeting_id", "member_id", "channel", "at", "address", "status",
                 "evidence", "error"))
    return Sending(
        id=node["id"].integer(), meeting_id=node["meeting_id"].integer(),
        member_id=node["member_id"].integer(), channel=node["channel"].enum(Channel),
        at=node["at"].datetime(), address=node["address"].text(),
        status=node["status"].enum(SendingStatus), evidence=node["evidence"].text(),
        error=node["error"].text(),
    )  # fmt: skip


def decode_convocations(data: object) -> tuple[Sending, ...]:
    """``data/convocations.json`` back."""
    node = document(data, bf.CONVOCATIONS, "convocations", ("sendings",))
    return node["sendings"].each(_sending)
