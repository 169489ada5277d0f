# SPDX-License-Identifier: GPL-3.0-or-later
"""Statutes to and from plain JSON-compatible dicts (stored, exported, signed later).

The format is versioned (``"format": 1``) and documented in ``docs/formats.md``.
Ratios are written ``"2/3"``; every key is written, so a stored version is complete.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from talagov.core.legal_forms import LegalForm
from talagov.core.ratio import Ratio
from talagov.core.statutes import (
    CollegeSpec,
    CompositionRules,
    Convocation,
    EmptyCollegePolicy,
    MajorityBase,
    MajorityRule,
    MandateRules,
    MeetingKind,
    MeetingRule,
    MembershipRules,
    MinutesRules,
    ProxyCap,
    ProxyHolder,
    ProxyRules,
    QuorumBase,
    Statutes,
)

FORMAT = 1


def _ratio(r: Ratio | None) -> str | None:
    return None if r is None else str(r)


def _parse_ratio(value: Any) -> Ratio | None:
    return None if value is None else Ratio.parse(str(value))


def _rule_to_dict(rule: MeetingRule) -> dict[str, Any]:
    return {
        "quorum": str(rule.quorum),
        "quorum_base": rule.quorum_base.value,
        "represented_count_for_quorum": rule.represented_count_for_quorum,
        "majority": {
            "ratio": str(rule.majority.ratio),
            "strict": rule.majority.strict,
            "base": rule.majority.base.value,
        },
        "notice_days": rule.notice_days,
        "casting_vote": rule.casting_vote,
    }


def _rule_from_dict(d: dict[str, Any]) -> MeetingRule:
    maj = d["majority"]
    return MeetingRule(
        quorum=Ratio.parse(d["quorum"]),
        quorum_base=QuorumBase(d["quorum_base"]),
        represented_count_for_quorum=bool(d.get("represented_count_for_quorum", True)),
        majority=MajorityRule(Ratio.parse(maj["ratio"]), bool(maj["strict"]), MajorityBase(maj["base"])),
        notice_days=int(d["notice_days"]),
        casting_vote=bool(d.get("casting_vote", False)),
    )


def statutes_to_dict(s: Statutes) -> dict[str, Any]:
    """A JSON-compatible dict holding every field of ``s``."""
    mandates = asdict(s.mandates)
    mandates["over_70_max"] = _ratio(s.mandates.over_70_max)
    mandates["non_employee_mandates_max"] = _ratio(s.mandates.non_employee_mandates_max)
    comp = {k: (_ratio(v) if isinstance(v, Ratio) else v) for k, v in asdict(s.composition).items()}
    for key in ("employee_capital_min", "employee_votes_min", "external_votes_max", "public_capital_max",
                "college_min", "college_max"):
        comp[key] = _ratio(getattr(s.composition, key))
    return {
        "format": FORMAT,
        "form": s.form.value,
        "meetings": [
            {"kind": k.value, "convocation": int(c), **_rule_to_dict(r)}
            for (k, c), r in sorted(s.meetings.items(), key=lambda kv: (kv[0][0].value, kv[0][1]))
        ],
        "proxies": {
            "holder": s.proxies.holder.value,
            "cap": s.proxies.cap.value,
            "cap_value": s.proxies.cap_value,
            "blank_proxies": s.proxies.blank_proxies,
            "chains_allowed": s.proxies.chains_allowed,
        },
        "correspondence_allowed": s.correspondence_allowed,
        "remote_allowed": s.remote_allowed,
        "colleges": [asdict(c) for c in s.colleges],
        "empty_college_policy": s.empty_college_policy.value,
        "mandates": mandates,
        "membership": asdict(s.membership),
        "composition": comp,
        "minutes": asdict(s.minutes),
        "suggested": sorted(s.suggested),
        "sources": dict(sorted(s.sources.items())),
    }


def statutes_from_dict(d: dict[str, Any]) -> Statutes:
    """Rebuild statutes from :func:`statutes_to_dict` output.

    Raises:
        ValueError: unknown format version or malformed value.
    """
    if d.get("format") != FORMAT:
        raise ValueError(f"unsupported statutes format {d.get('format')!r}")
    meetings = {
        (MeetingKind(m["kind"]), Convocation(int(m["convocation"]))): _rule_from_dict(m)
        for m in d["meetings"]
    }
    p = d["proxies"]
    md = dict(d["mandates"])
    md["over_70_max"] = _parse_ratio(md["over_70_max"])
    md["non_employee_mandates_max"] = _parse_ratio(md.get("non_employee_mandates_max"))
    cd = dict(d["composition"])
    for key in ("employee_capital_min", "employee_votes_min", "external_votes_max", "public_capital_max"):
        cd[key] = _parse_ratio(cd.get(key))
    cd["college_min"] = Ratio.parse(cd["college_min"])
    cd["college_max"] = Ratio.parse(cd["college_max"])
    return Statutes(
        form=LegalForm(d["form"]),
        meetings=meetings,
        proxies=ProxyRules(
            ProxyHolder(p["holder"]), ProxyCap(p["cap"]), int(p["cap_value"]),
            bool(p["blank_proxies"]), bool(p.get("chains_allowed", False)),
        ),
        correspondence_allowed=bool(d["correspondence_allowed"]),
        remote_allowed=bool(d["remote_allowed"]),
        colleges=tuple(CollegeSpec(c["key"], c["name"], int(c["weight"])) for c in d["colleges"]),
        empty_college_policy=EmptyCollegePolicy(d["empty_college_policy"]),
        mandates=MandateRules(**md),
        membership=MembershipRules(**d["membership"]),
        composition=CompositionRules(**cd),
        # Statutes saved before the minutes rules existed take the defaults.
        minutes=MinutesRules(**d.get("minutes", {})),
        suggested=frozenset(d.get("suggested", ())),
        sources=dict(d.get("sources", {})),
    )
