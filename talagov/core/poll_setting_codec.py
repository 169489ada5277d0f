# SPDX-License-Identifier: GPL-3.0-or-later
"""The electorate and bases a closed poll was judged on, as plain JSON data.

Attendance and proxies may still change after one poll closes (members leave, a proxy
is corrected before the next resolution): freezing what the closed poll was judged on
keeps its result final, and lets anyone re-run that exact judgement later. The same
data is stored on the poll (``poll.setting``) and archived in ``data/polls.json``; the
organisation's certificate is not part of it (the reader supplies it).
"""

from __future__ import annotations

from typing import Any

from talagov.core.ballot_check import Electorate
from talagov.core.bundle_codec_base import Node
from talagov.core.bundle_model import FrozenSetting
from talagov.core.tally_model import Bases

FORMAT = "talagov.poll-setting"
VERSION = 1
_KEYS = ("format", "version", "voters", "proxies", "void_proxies", "blank_proxies", "colleges",
         "revoked_serials", "revoked_at", "issued_fingerprints", "participants", "bases")
_BASES_KEYS = ("participants", "eligible", "participants_by_college", "eligible_by_college",
               "chair_id", "quorum_met", "quorum_source")


def _ids(values: Any) -> list[int]:
    return sorted(int(v) for v in values)


def setting_of(electorate: Electorate, bases: Bases, participants: frozenset[int]) -> FrozenSetting:
    """What is frozen of an electorate (all but the CA certificate), with its bases."""
    return FrozenSetting(
        voters=electorate.voters, proxies=dict(electorate.proxies),
        void_proxies=dict(electorate.void_proxies), blank_proxies=electorate.blank_proxies,
        colleges=dict(electorate.colleges), revoked_serials=electorate.revoked_serials,
        revoked_at=dict(electorate.revoked_at),
        issued_fingerprints=electorate.issued_fingerprints, participants=participants,
        bases=bases,
    )  # fmt: skip


def setting_to_data(setting: FrozenSetting) -> dict[str, Any]:
    """The JSON data of a frozen setting (every list sorted: the same setting always
    gives the same data)."""
    bases = setting.bases
    return {
        "format": FORMAT, "version": VERSION,
        "voters": _ids(setting.voters),
        "proxies": sorted([int(p), int(h)] for p, h in setting.proxies.items()),
        "void_proxies": sorted([int(p), int(h)] for p, h in setting.void_proxies.items()),
        "blank_proxies": _ids(setting.blank_proxies),
        "colleges": sorted([int(m), c] for m, c in setting.colleges.items()),
        "revoked_serials": sorted(setting.revoked_serials),
        "revoked_at": sorted([s, t.isoformat()] for s, t in setting.revoked_at.items()),
        "issued_fingerprints": sorted(setting.issued_fingerprints),
        "participants": _ids(setting.participants),
        "bases": {"participants": bases.participants, "eligible": bases.eligible,
                  "participants_by_college": dict(sorted(bases.participants_by_college.items())),
                  "eligible_by_college": dict(sorted(bases.eligible_by_college.items())),
                  "chair_id": bases.chair_id, "quorum_met": bases.quorum_met,
                  "quorum_source": bases.quorum_source},
    }  # fmt: skip


def _pairs(node: Node) -> dict[int, int]:
    out: dict[int, int] = {}
    for item in node.items():
        pair = item.ints()
        if len(pair) != 2 or pair[0] in out:
            raise item.fail("[principal, holder] expected, once per principal")
        out[pair[0]] = pair[1]
    return out


def _colleges(node: Node) -> dict[int, str]:
    out: dict[int, str] = {}
    for item in node.items():
        pair = item.items()
        if len(pair) != 2:
            raise item.fail("[member, college] expected")
        out[pair[0].integer()] = pair[1].text()
    return out


def _revoked_at(node: Node) -> dict[str, Any]:
    out = {}
    for item in node.items():
        pair = item.items()
        if len(pair) != 2:
            raise item.fail("[serial, time] expected")
        out[pair[0].text()] = pair[1].datetime()
    return out


def _by_college(node: Node) -> dict[str, int]:
    return {k: v.integer() for k, v in node.mapping()}


def bases_from_data(node: Node) -> Bases:
    """The bases of a setting."""
    node.object(_BASES_KEYS)
    return Bases(
        participants=node["participants"].integer(), eligible=node["eligible"].integer(),
        participants_by_college=_by_college(node["participants_by_college"]),
        eligible_by_college=_by_college(node["eligible_by_college"]),
        chair_id=node["chair_id"].optional(Node.integer),
        quorum_met=node["quorum_met"].optional(Node.boolean),
        quorum_source=node["quorum_source"].text(),
    )  # fmt: skip


def setting_from_data(node: Node) -> FrozenSetting:
    """A frozen setting back from :func:`setting_to_data` data.

    Raises:
        BundleDataError: another format or version, a missing, unexpected or mistyped key.
    """
    node.object(_KEYS)
    if node["format"].value != FORMAT or node["version"].value != VERSION \
            or type(node["version"].value) is not int:
        raise node.fail(f"format {FORMAT!r} version {VERSION} expected")
    return FrozenSetting(
        voters=frozenset(node["voters"].ints()), proxies=_pairs(node["proxies"]),
        void_proxies=_pairs(node["void_proxies"]),
        blank_proxies=frozenset(node["blank_proxies"].ints()),
        colleges=_colleges(node["colleges"]),
        revoked_serials=frozenset(node["revoked_serials"].texts()),
        revoked_at=_revoked_at(node["revoked_at"]),
        issued_fingerprints=frozenset(node["issued_fingerprints"].texts()),
        participants=frozenset(node["participants"].ints()),
        bases=bases_from_data(node["bases"]),
    )  # fmt: skip
