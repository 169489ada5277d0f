# SPDX-License-Identifier: GPL-3.0-or-later
"""The electorate and bases of a poll as they stood when it closed, stored on the poll.

Attendance and proxies may still change after one poll closes (members leave, a proxy
is corrected before the next resolution): freezing what the closed poll was judged on
keeps its result final, and lets anyone re-run that exact judgement later.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from cryptography import x509

from talagov.core.ballot_check import Electorate
from talagov.core.tally import Bases

FORMAT = "talagov.poll-setting"
VERSION = 1


def _ids(values: Any) -> list[int]:
    return sorted(int(v) for v in values)


def setting_to_json(electorate: Electorate, bases: Bases, participants: frozenset[int]) -> str:
    """The JSON text of a poll's electorate (without the CA certificate) and bases."""
    data = {
        "format": FORMAT, "version": VERSION,
        "voters": _ids(electorate.voters),
        "proxies": sorted([int(p), int(h)] for p, h in electorate.proxies.items()),
        "void_proxies": sorted([int(p), int(h)] for p, h in electorate.void_proxies.items()),
        "blank_proxies": _ids(electorate.blank_proxies),
        "colleges": sorted([int(m), c] for m, c in electorate.colleges.items()),
        "revoked_serials": sorted(electorate.revoked_serials),
        "revoked_at": sorted([s, t.isoformat()] for s, t in electorate.revoked_at.items()),
        "issued_fingerprints": sorted(electorate.issued_fingerprints),
        "participants": _ids(participants),
        "bases": {"participants": bases.participants, "eligible": bases.eligible,
                  "participants_by_college": dict(sorted(bases.participants_by_college.items())),
                  "eligible_by_college": dict(sorted(bases.eligible_by_college.items())),
                  "chair_id": bases.chair_id, "quorum_met": bases.quorum_met,
                  "quorum_source": bases.quorum_source},
    }  # fmt: skip
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def setting_from_json(text: str, ca_certificate: x509.Certificate
                      ) -> tuple[Electorate, Bases, frozenset[int]] | None:
    """What :func:`setting_to_json` stored (``None`` for an empty text: not yet closed)."""
    if not text:
        return None
    d = json.loads(text)
    if d.get("format") != FORMAT or d.get("version") != VERSION:
        raise ValueError("not a stored poll setting")
    electorate = Electorate(
        voters=frozenset(d["voters"]), proxies={p: h for p, h in d["proxies"]},
        void_proxies={p: h for p, h in d["void_proxies"]},
        blank_proxies=frozenset(d["blank_proxies"]), colleges={m: c for m, c in d["colleges"]},
        ca_certificate=ca_certificate, revoked_serials=frozenset(d["revoked_serials"]),
        issued_fingerprints=frozenset(d["issued_fingerprints"]),
        revoked_at={s: datetime.fromisoformat(t) for s, t in d["revoked_at"]},
    )  # fmt: skip
    b = d["bases"]
    bases = Bases(participants=b["participants"], eligible=b["eligible"],
                  participants_by_college=b["participants_by_college"],
                  eligible_by_college=b["eligible_by_college"], chair_id=b["chair_id"],
                  quorum_met=b.get("quorum_met"), quorum_source=b.get("quorum_source", ""))
    return electorate, bases, frozenset(d["participants"])
