# SPDX-License-Identifier: GPL-3.0-or-later
"""Who must sign a meeting's minutes, from the statutes' minutes rules and the bureau.

The chair of the meeting always signs. For a general assembly the statutes add the
secretary, the scrutineers (SA: the whole bureau, R225-106) and the gérants (SARL,
R223-24); for a board, at least ``board_administrators_sign`` administrators beside the
chair (R225-23); other meetings (committees, working groups) need the chair alone.
:func:`plan` proposes the signatories; :func:`check` says what a chosen list lacks.
Nothing here reads the database: the services pass the bureau and the gérants in.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from talagov.core.meetings import MeetingType
from talagov.core.statutes import MinutesRules


class SignerRole(enum.StrEnum):
    """The capacity in which someone signs."""

    CHAIR = "chair"
    SECRETARY = "secretary"
    SCRUTINEER = "scrutineer"
    GERANT = "gerant"
    ADMINISTRATOR = "administrator"


@dataclass(frozen=True)
class Signer:
    """One signatory: a member (their TalaGov key signs) in one capacity."""

    member_id: int
    role: SignerRole


@dataclass(frozen=True)
class Bureau:
    """The people the rule draws on; ``None`` where the role is unfilled or not a member."""

    chair_id: int | None
    secretary_id: int | None = None
    scrutineer_ids: tuple[int, ...] = ()
    gerant_ids: tuple[int, ...] = ()  # gérants in office on the meeting day
    administrator_ids: tuple[int, ...] = ()  # the body's members who attended


@dataclass(frozen=True)
class Missing:
    """A role the chosen signatories do not fill: ``count`` more are needed."""

    role: SignerRole
    count: int = 1


def _required(meeting_type: MeetingType, rules: MinutesRules, bureau: Bureau) -> list[tuple[SignerRole, int]]:
    need: list[tuple[SignerRole, int]] = [(SignerRole.CHAIR, 1)]
    if meeting_type.is_general_assembly:
        if rules.ag_secretary_signs:
            need.append((SignerRole.SECRETARY, 1))
        if rules.ag_scrutineers_sign:
            need.append((SignerRole.SCRUTINEER, max(1, len(bureau.scrutineer_ids))))
        if rules.ag_gerants_sign and bureau.gerant_ids:
            need.append((SignerRole.GERANT, len(bureau.gerant_ids)))
    elif meeting_type is MeetingType.BOARD:
        need.append((SignerRole.ADMINISTRATOR, max(0, rules.board_administrators_sign)))
    return [(role, n) for role, n in need if n > 0]


def plan(meeting_type: MeetingType, rules: MinutesRules, bureau: Bureau) -> tuple[Signer, ...]:
    """The signatories the rule proposes, each member once, chair first.

    A gérant who chairs signs once, as chair; administrators are the first attending
    members of the body other than the chair.
    """
    out: list[Signer] = []
    seen: set[int] = set()

    def add(member_id: int | None, role: SignerRole) -> None:
        if member_id is not None and member_id not in seen:
            seen.add(member_id)
            out.append(Signer(member_id, role))

    for role, count in _required(meeting_type, rules, bureau):
        if role is SignerRole.CHAIR:
            add(bureau.chair_id, role)
        elif role is SignerRole.SECRETARY:
            add(bureau.secretary_id, role)
        elif role is SignerRole.SCRUTINEER:
            for member_id in bureau.scrutineer_ids:
                add(member_id, role)
        elif role is SignerRole.GERANT:
            for member_id in bureau.gerant_ids:
                add(member_id, role)
        else:
            for member_id in [m for m in bureau.administrator_ids if m not in seen][:count]:
                add(member_id, role)
    return tuple(out)


def check(meeting_type: MeetingType, rules: MinutesRules, bureau: Bureau,
          chosen: Sequence[Signer]) -> tuple[Missing, ...]:
    """What ``chosen`` lacks for the rule (empty: the list is complete).

    Each member signs once, so they fill one place only: the chair listed again as an
    administrator does not make the board's second signature (R225-23), and a member
    listed twice counts once. The gérants are the exception: a gérant who chairs (or is
    the secretary) still counts as a gérant, as R223-24 asks for their signatures, not
    for extra people.
    """
    ids = {s.member_id for s in chosen}
    by_role: dict[SignerRole, list[int]] = {}
    for s in chosen:
        by_role.setdefault(s.role, []).append(s.member_id)
    used: set[int] = set()
    missing: list[Missing] = []
    for role, count in _required(meeting_type, rules, bureau):
        if role is SignerRole.GERANT:
            have = len(ids & set(bureau.gerant_ids))
        else:
            # The bureau's chair fills the chair's place whatever role they were listed in.
            pool = ([bureau.chair_id] if role is SignerRole.CHAIR and bureau.chair_id in ids
                    else by_role.get(role, []))
            fill = [m for m in dict.fromkeys(pool) if m is not None and m not in used][:count]
            used.update(fill)
            have = len(fill)
        if have < count:
            missing.append(Missing(role, count - have))
    return tuple(missing)
