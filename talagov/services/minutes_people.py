# SPDX-License-Identifier: GPL-3.0-or-later
"""Who signs a meeting's minutes: the bureau as recorded, the proposed signatories, the
members who may be picked, and each signatory's state (key on this laptop, signed).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from talagov.core import certificates
from talagov.core.attendance import AttendanceStatus
from talagov.core.mandates import BodyKind, Role
from talagov.core.meetings import MeetingType
from talagov.core.members import Member
from talagov.core.minutes_signers import Bureau, Signer, SignerRole, plan
from talagov.core.statutes import MinutesRules
from talagov.services.keys import member_certificate, member_key_status
from talagov.services.session_context import SessionContext, load_context
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, mandates_repo, minutes_repo

ROLE_TEXTS: dict[SignerRole, tuple[str, str]] = {
    SignerRole.CHAIR: ("Président(e) de séance", "Chair of the meeting"),
    SignerRole.SECRETARY: ("Secrétaire de séance", "Secretary of the meeting"),
    SignerRole.SCRUTINEER: ("Scrutateur(rice)", "Scrutineer"),
    SignerRole.GERANT: ("Gérant(e)", "Manager (gérant)"),
    SignerRole.ADMINISTRATOR: ("Administrateur(rice)", "Director"),
}
_ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)


@dataclass(frozen=True)
class SignatoryView:
    """One signatory of a minutes and where they stand.

    Attributes:
        key_here: a usable key of theirs is sealed on this laptop (they can sign here).
        certificate: SHA-256 of their valid certificate, "" when they have none.
    """

    member_id: int
    name: str
    role: SignerRole
    role_text: str
    signed_at: datetime | None
    key_here: bool
    certificate: str


def role_text(role: SignerRole, lang: str) -> str:
    """The capacity worded for the page."""
    fr, en = ROLE_TEXTS[role]
    return en if lang == "en" else fr


def _folded(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.lower().split())


def _matching_member(members: Mapping[int, Member], text: str) -> int | None:
    """The member whose name the free-text secretary field starts with (« Claire
    Dumoulin (salariée) » finds Dumoulin Claire); ``None`` when none or several."""
    wanted = _folded(text.split("(")[0])
    found = []
    for member_id, member in members.items():
        words = _folded(member.display_name).split()
        if words and (wanted == " ".join(words) or wanted == " ".join(words[1:] + words[:1])):
            found.append(member_id)
    return found[0] if len(found) == 1 else None


def _bureau(uow: UnitOfWork, ctx: SessionContext) -> tuple[MinutesRules, Bureau]:
    meeting = ctx.meeting
    mandates = [m for m in mandates_repo.all_mandates(uow.session) if m.active_on(meeting.on)]
    management = {b.id for b in mandates_repo.all_bodies(uow.session)
                  if b.kind is BodyKind.MANAGEMENT}  # fmt: skip
    gerants = tuple(sorted({m.member_id for m in mandates
                            if m.body_id in management and m.role is Role.GERANT}))  # fmt: skip
    administrators: tuple[int, ...] = ()
    if meeting.body_id is not None:
        administrators = tuple(sorted(
            m.member_id for m in mandates
            if m.body_id == meeting.body_id and m.votes and m.member_id != meeting.chair_member_id
            and ctx.entry(m.member_id).status in _ATTENDING))  # fmt: skip
    secretary = (_matching_member(ctx.members, meeting.secretary_name)
                 if meeting.secretary_name else None)  # fmt: skip
    return ctx.statutes.minutes, Bureau(
        chair_id=meeting.chair_member_id, secretary_id=secretary,
        scrutineer_ids=meeting.scrutineer_ids, gerant_ids=gerants,
        administrator_ids=administrators,
    )  # fmt: skip


def bureau_of(uow: UnitOfWork, meeting_id: int) -> tuple[MinutesRules, Bureau]:
    """The statutes' minutes rules and the bureau the signatories are drawn from."""
    return _bureau(uow, load_context(uow, meeting_id))


def default_signers(uow: UnitOfWork, meeting_id: int) -> tuple[Signer, ...]:
    """The signatories the statutes' rule proposes for the meeting."""
    ctx = load_context(uow, meeting_id)
    return plan(MeetingType(ctx.meeting.type), *_bureau(uow, ctx))


def candidates_of(uow: UnitOfWork, meeting_id: int) -> list[tuple[int, str]]:
    """Members who may sign: attendees, the bureau, gérants and the body's members."""
    ctx = load_context(uow, meeting_id)
    _rules, bureau = _bureau(uow, ctx)
    ids = {m for m, e in ctx.entries.items() if e.status in _ATTENDING}
    ids |= {i for i in (bureau.chair_id, bureau.secretary_id) if i is not None}
    ids |= set(bureau.scrutineer_ids) | set(bureau.gerant_ids) | set(bureau.administrator_ids)
    names = keys_repo.member_names(uow.session, sorted(ids))
    return sorted(((i, names[i][0]) for i in ids if i in names), key=lambda x: _folded(x[1]))


def signatory_views(uow: UnitOfWork, minutes_id: int, signers: tuple[Signer, ...], *, lang: str,
                    at: datetime) -> tuple[SignatoryView, ...]:
    """Each signatory with their certificate, whether they can sign here, and when they
    signed. Once someone signed, the certificate shown is the one they signed with."""
    given = {s.member_id: s for s in minutes_repo.signatures(uow.session, minutes_id)}
    names = keys_repo.member_names(uow.session, [s.member_id for s in signers])
    out = []
    for s in signers:
        done = given.get(s.member_id)
        if done is not None:
            fingerprint = certificates.fingerprint(certificates.from_pem(done.certificate_pem))
            key_here = True
        else:
            cert = member_certificate(uow, s.member_id, at=at)
            fingerprint = certificates.fingerprint(cert) if cert is not None else ""
            status = member_key_status(uow, s.member_id, at=at)
            key_here = status is not None and status.on_this_laptop
        out.append(SignatoryView(
            member_id=s.member_id, name=names.get(s.member_id, (str(s.member_id), ""))[0],
            role=s.role, role_text=role_text(s.role, lang),
            signed_at=done.signed_at if done is not None else None, key_here=key_here,
            certificate=fingerprint,
        ))  # fmt: skip
    return tuple(out)
