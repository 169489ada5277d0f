# SPDX-License-Identifier: GPL-3.0-or-later
"""Each closed poll's electorate recomputed from the record, against the one frozen
when it closed.

When a poll closes TalaGov freezes what it judged the ballots on (voters, proxies,
blank and refused proxies, colleges, participants, bases): later changes to the
attendance never move its result. The verifier recomputes all of it from the bundle's
roll, attendance and proxies under its statutes (:mod:`talagov.verifier.session_record`)
and names every difference; the ballots are then judged on the recomputed electorate,
so a frozen setting rewritten to let a ballot count is found either way.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime

from talagov.core.bundle_format import POLLS
from talagov.core.bundle_model import FrozenSetting, PollRecord
from talagov.verifier.lines import failed, ok, poll_subject
from talagov.verifier.report import Area, CheckLine
from talagov.verifier.session_record import Recomputed

_A = Area.BALLOTS
_SHOWN = 8  # members named in a difference before "…"


def _ids(values: Collection[int]) -> str:
    shown = sorted(values)
    text = ", ".join(str(v) for v in shown[:_SHOWN])
    return text + (", …" if len(shown) > _SHOWN else "") if text else "-"


def _pairs(values: Mapping[int, object]) -> str:
    shown = sorted(values.items())
    text = ", ".join(f"{k}→{v}" for k, v in shown[:_SHOWN])
    return text + (", …" if len(shown) > _SHOWN else "") if text else "-"


def _set_difference(name: str, recorded: Collection[int], computed: Collection[int]
                    ) -> tuple[str, str, str] | None:
    only_recorded, only_computed = set(recorded) - set(computed), set(computed) - set(recorded)
    if not only_recorded and not only_computed:
        return None
    return name, _ids(only_recorded), _ids(only_computed)


def _map_difference(name: str, recorded: Mapping[int, object], computed: Mapping[int, object]
                    ) -> tuple[str, str, str] | None:
    keys = set(recorded) | set(computed)
    differ = {k for k in keys if recorded.get(k) != computed.get(k)}
    if not differ:
        return None
    return (name, _pairs({k: recorded[k] for k in differ if k in recorded}),
            _pairs({k: computed[k] for k in differ if k in computed}))


def _value(name: str, recorded: object, computed: object) -> tuple[str, str, str] | None:
    if recorded == computed:
        return None
    return name, str(recorded), str(computed)


def differences(frozen: FrozenSetting, again: Recomputed) -> list[tuple[str, str, str]]:
    """``(field, what only the record says, what only the recomputation says)`` for
    every field of the frozen setting that the record does not give again."""
    e, b, fb = again.electorate, again.bases, frozen.bases
    found = [
        _set_difference("voters", frozen.voters, e.voters),
        _map_difference("proxies", frozen.proxies, e.proxies),
        _map_difference("void_proxies", frozen.void_proxies, e.void_proxies),
        _set_difference("blank_proxies", frozen.blank_proxies, e.blank_proxies),
        _map_difference("colleges", frozen.colleges, e.colleges),
        _set_difference("participants", frozen.participants, again.participants),
        _value("bases.participants", fb.participants, b.participants),
        _value("bases.eligible", fb.eligible, b.eligible),
        _value("bases.participants_by_college", dict(fb.participants_by_college),
               dict(b.participants_by_college)),
        _value("bases.eligible_by_college", dict(fb.eligible_by_college),
               dict(b.eligible_by_college)),
        _value("bases.chair_id", fb.chair_id, b.chair_id),
        _value("bases.quorum_met", fb.quorum_met, b.quorum_met),
        _value("bases.quorum_source", fb.quorum_source, b.quorum_source),
    ]
    return [d for d in found if d is not None]


def revocation_difference(frozen: FrozenSetting, revoked_at: Mapping[str, datetime]
                          ) -> list[str]:
    """The serials the frozen setting says were revoked at the closing that the
    organisation's revocation list does not revoke at that same time (a list only
    grows: a revocation can never disappear or move)."""
    return sorted(s for s in frozen.revoked_serials
                  if s not in revoked_at
                  or (s in frozen.revoked_at and frozen.revoked_at[s] != revoked_at[s]))


def check_electorate(record: PollRecord, again: Recomputed,
                     revoked_at: Mapping[str, datetime]) -> list[CheckLine]:
    """One line per difference between the frozen setting of a closed poll and the
    recomputed one, or one line saying they agree."""
    number = record.poll.definition.number
    subject = poll_subject(number)
    if record.setting is None:
        return [failed(_A, "verify.electorate.not_frozen", POLLS, subject, number=number)]
    lines = [failed(_A, "verify.electorate.differs", POLLS, subject, number=number,
                    field=name, recorded=recorded, computed=computed)
             for name, recorded, computed in differences(record.setting, again)]
    missing = revocation_difference(record.setting, revoked_at)
    if missing:
        lines.append(failed(_A, "verify.electorate.revocations", POLLS, subject,
                            number=number, serials=", ".join(missing[:_SHOWN])))
    if not lines:
        lines.append(ok(_A, "verify.electorate.ok", POLLS, subject, number=number,
                        voters=len(again.electorate.voters),
                        participants=again.bases.participants))
    return lines
