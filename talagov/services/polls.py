# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases of polls: one per resolution or election item, prepared, opened, closed.

A prepared poll follows the agenda and the statutes (its definition is rebuilt by
:func:`prepare_polls`); opening freezes the definition and its hash, which every
ballot names, and records the quorum for the item when the session is in progress.
A poll opened while the meeting is only convened is open for remote voting (ballot
files from members' own TalaGov). Closing writes the witness ballots of the postal
forms, signs the hand count, and stores the result; after that nothing about the
poll changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.agenda import resolution_numbers
from talagov.core.ballots import (
    BallotContent,
    Channel,
    SignedBallot,
    new_nonce,
    receipt_time,
    sign_ballot,
)
from talagov.core.canonical import sha256_hex
from talagov.core.correspondence import choice_on, counts
from talagov.core.errors import NotFoundError, UserError
from talagov.core.journal import EventKind
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.polls import (
    PollDefinition,
    PollKind,
    PollOptions,
    PollStatus,
    build_definition,
    definition_hash,
)
from talagov.core.signing import b64, sign
from talagov.core.tally import TallyResult
from talagov.services import hand_counts, journal, keys, session
from talagov.services.agenda import require_meeting
from talagov.services.changes import Aggregate, Changes
from talagov.services.key_lists import check_org_key
from talagov.services.organisation import statutes_at
from talagov.services.roll_cache import roll_and_members
from talagov.services.session_context import SessionContext, load_context
from talagov.services.uow import UnitOfWork
from talagov.storage import meetings_repo, poll_settings_repo, polls_repo
from talagov.storage.models import AgendaItemRow
from talagov.storage.vote_models import PollRow

_ENDED = frozenset({MeetingStatus.CLOSED, MeetingStatus.ARCHIVED})
_OPENABLE = frozenset({MeetingStatus.CONVENED, MeetingStatus.IN_SESSION})


@dataclass(frozen=True)
class PollView:
    """A poll as the Votes tab, the booth and the CLI show it.

    Attributes:
        ballots: ballots received, whatever their verdict.
        result: the tally stored at closing (``None`` until then: no partial count).
    """

    id: int
    meeting_id: int
    item_id: int
    number: int
    title: str
    kind: PollKind
    status: PollStatus
    secret: bool
    definition: PollDefinition
    definition_hash: str
    opened_at: datetime | None
    closed_at: datetime | None
    ballots: int
    result: TallyResult | None


def _changes(meeting_id: int) -> Changes:
    return Changes.of(Aggregate.POLLS, ids=(meeting_id,))


def _view(row: PollRow, ballots: int) -> PollView:
    d = polls_repo.definition_of(row)
    return PollView(
        id=row.id, meeting_id=row.meeting_id, item_id=row.item_id, number=d.number,
        title=d.title, kind=d.kind, status=PollStatus(row.status), secret=d.secret,
        definition=d, definition_hash=row.definition_hash, opened_at=row.opened_at,
        closed_at=row.closed_at, ballots=ballots, result=polls_repo.result_from_json(row.result),
    )  # fmt: skip


def _row(uow: UnitOfWork, poll_id: int) -> PollRow:
    row = polls_repo.poll_row(uow.session, poll_id)
    if row is None:
        raise NotFoundError("poll.not_found", {"id": poll_id})
    return row


def _number(row: PollRow) -> int:
    return polls_repo.definition_of(row).number if row.definition else 0


def _require_status(row: PollRow, wanted: PollStatus) -> None:
    status = PollStatus(row.status)
    if status is wanted:
        return
    params = {"number": _number(row)}
    if status is PollStatus.CLOSED:
        raise UserError("poll.closed", params)
    if wanted is PollStatus.PREPARED:
        raise UserError("poll.already_open", params)
    raise UserError("poll.not_open", params)


def _organisation(uow: UnitOfWork) -> str:
    org = keys.organisation_key(uow)
    if org is None:
        raise UserError("keys.no_org_key")
    return org.fingerprint


def _refresh(uow: UnitOfWork, meeting: Meeting) -> None:
    """Create or rebuild the prepared poll of every voted item; drop stale prepared ones."""
    if meeting.status in _ENDED:
        raise UserError("poll.meeting_closed", {"title": meeting.title})
    organisation = _organisation(uow)
    items = meetings_repo.agenda(uow.session, meeting.id)
    numbers = resolution_numbers(items)
    statutes = statutes_at(uow, meeting.on)
    _, members = roll_and_members(uow, meeting.roll_date)
    rows = {r.item_id: r for r in polls_repo.poll_rows(uow.session, meeting.id)}
    for item in items:
        if not item.votes:
            continue
        row = rows.pop(item.id, None)
        if row is None:
            row = PollRow(meeting_id=meeting.id, item_id=item.id, status=PollStatus.PREPARED.value,
                          definition="", definition_hash="", secret=None, majority_override="",
                          majority_source="", result="", setting="")  # fmt: skip
            uow.session.add(row)
        if row.status != PollStatus.PREPARED.value:
            continue  # frozen at opening
        names = {c: members[c].display_name for c in item.candidate_ids if c in members}
        definition = build_definition(
            item, number=numbers[item.id], statutes=statutes, organisation=organisation,
            meeting_id=meeting.id, meeting_title=meeting.title, meeting_on=meeting.on.isoformat(),
            meeting_kind=meeting.rule_kind, board=meeting.body_id is not None,
            convocation=meeting.convocation, candidate_names=names,
            options=polls_repo.to_options(row),
        )  # fmt: skip
        row.definition = polls_repo.definition_to_json(definition)
    for stale in rows.values():  # the item is no longer put to the vote
        if stale.status == PollStatus.PREPARED.value:
            uow.session.delete(stale)
    uow.session.flush()


def refresh_prepared(uow: UnitOfWork, meeting_id: int) -> None:
    """Rebuild a meeting's prepared polls after its agenda changed (the agenda calls it).

    Nothing happens once the meeting is closed; open and closed polls never change.
    """
    meeting = require_meeting(uow, meeting_id)
    if meeting.status not in _ENDED:
        _refresh(uow, meeting)


def prepare_polls(uow: UnitOfWork, meeting_id: int, *, now: datetime) -> Changes:
    """Create the poll of every resolution and election item, or refresh prepared ones.

    Idempotent: a prepared poll's definition follows the agenda, the statutes in force
    on the meeting date and its options; open and closed polls are never touched.
    ``now`` is accepted for symmetry with the other actions (nothing is dated).

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``keys.no_org_key`` (ballots name the organisation's certificate),
            ``poll.meeting_closed``.
    """
    del now
    _refresh(uow, require_meeting(uow, meeting_id))
    return _changes(meeting_id)


def list_polls(uow: UnitOfWork, meeting_id: int) -> list[PollView]:
    """The polls of a meeting in agenda order (``meeting.not_found``)."""
    require_meeting(uow, meeting_id)
    rows = polls_repo.poll_rows(uow.session, meeting_id)
    counted = polls_repo.ballot_counts(uow.session, [r.id for r in rows])
    return [_view(r, counted.get(r.id, 0)) for r in rows]


def get_poll(uow: UnitOfWork, poll_id: int) -> PollView:
    """One poll (``poll.not_found``)."""
    row = _row(uow, poll_id)
    return _view(row, polls_repo.ballot_counts(uow.session, [row.id]).get(row.id, 0))


def set_options(uow: UnitOfWork, poll_id: int, options: PollOptions) -> Changes:
    """Set a prepared poll's secrecy and majority override; its definition is rebuilt.

    Raises:
        UserError: ``poll.already_open``, ``poll.closed``, ``poll.majority_invalid`` (a
            zero threshold is a relative majority: elections only).
    """
    row = _row(uow, poll_id)
    _require_status(row, PollStatus.PREPARED)
    kind = polls_repo.definition_of(row).kind
    if options.majority is not None and options.majority.ratio.num == 0 \
            and kind is PollKind.RESOLUTION:
        raise UserError("poll.majority_invalid", {"number": _number(row)})
    polls_repo.apply_options(row, options)
    _refresh(uow, require_meeting(uow, row.meeting_id))
    return _changes(row.meeting_id)


def open_poll(uow: UnitOfWork, poll_id: int, *, now: datetime) -> Changes:
    """Open a poll at ``now``: its definition and hash are frozen.

    In session, the quorum is recorded for the item. A convened meeting's poll opens
    for remote voting, which the statutes must allow (remote or postal votes).

    Raises:
        UserError: ``poll.already_open``, ``poll.closed``, ``poll.meeting_not_open``,
            ``poll.remote_voting_not_allowed``, ``poll.item_removed``,
            ``keys.no_org_key``.
    """
    row = _row(uow, poll_id)
    _require_status(row, PollStatus.PREPARED)
    meeting = require_meeting(uow, row.meeting_id)
    if meeting.status not in _OPENABLE:
        raise UserError("poll.meeting_not_open", {"title": meeting.title,
                                                  "status": meeting.status.value})
    item_id = row.item_id
    _refresh(uow, meeting)
    fresh = polls_repo.poll_row(uow.session, poll_id)
    if fresh is None or uow.session.get(AgendaItemRow, item_id) is None:
        raise UserError("poll.item_removed", {"id": poll_id})
    if meeting.status is MeetingStatus.CONVENED:
        statutes = statutes_at(uow, meeting.on)
        postal = statutes.correspondence_allowed and meeting.body_id is None
        if not (statutes.remote_allowed or postal):
            raise UserError("poll.remote_voting_not_allowed", {"title": meeting.title})
    else:
        session.record_quorum(uow, meeting.id, item_id, at=now)
        fresh.quorum_record_id = polls_repo.latest_quorum_record_id(uow.session, meeting.id, item_id)
    definition = polls_repo.definition_of(fresh)
    fresh.definition_hash = definition_hash(definition)
    fresh.opened_at = now
    fresh.status = PollStatus.OPEN.value
    uow.session.flush()
    journal.append(uow, EventKind.POLL_OPENED, meeting_id=meeting.id, now=now, subject={
        "poll_id": fresh.id, "number": definition.number, "title": definition.title,
        "item_id": fresh.item_id, "definition_hash": fresh.definition_hash,
        "remote": meeting.status is MeetingStatus.CONVENED,
    })  # fmt: skip
    return _changes(meeting.id)


def journal_ballot(uow: UnitOfWork, kind: EventKind, ballot_id: int, ballot: SignedBallot,
                   channel: Channel, number: int, *, now: datetime,
                   **extra: object) -> None:
    """Journal a ballot received: who cast it for whom and its fingerprint, never its
    choices (the poll may be secret)."""
    c = ballot.content
    journal.append(uow, kind, meeting_id=c.meeting_id, now=now, subject={
        "ballot_id": ballot_id, "poll_id": c.poll_id, "number": number,
        "fingerprint": ballot.fingerprint, "voter_id": c.voter_id,
        "on_behalf_of": c.on_behalf_of, "sequence": c.sequence, "channel": channel.value,
        **extra,
    })  # fmt: skip


def _witness_forms(uow: UnitOfWork, row: PollRow, ctx: SessionContext,
                   org_key: ec.EllipticCurvePrivateKey, *, now: datetime) -> int:
    """A correspondence ballot, signed by the organisation as witness, per postal form
    received in time with a direction on the item. Returns how many were written."""
    definition = polls_repo.definition_of(row)
    # A postal form says for / against / abstain: it cannot name candidates.
    if not ctx.correspondence_allowed or definition.kind is not PollKind.RESOLUTION:
        return 0
    certificate = keys.organisation_certificate(uow)
    cast_at = receipt_time(now.astimezone(UTC))
    # A member who sent a form but attends when the poll opens votes in the room (as the
    # quorum counts them present): their form gives no ballot, so no hand counts twice.
    attending = ctx.attending(row.opened_at) if row.opened_at is not None else frozenset()
    written = 0
    for form in ctx.forms:
        choice = choice_on(form, row.item_id)
        if choice is None or form.member_id not in ctx.voters or form.member_id in attending \
                or not counts(form, opened_at=ctx.meeting.opened_at):
            continue
        content = BallotContent(
            organisation=definition.organisation, meeting_id=row.meeting_id, poll_id=row.id,
            definition_hash=row.definition_hash, voter_id=form.member_id,
            on_behalf_of=form.member_id, choices=(choice.value,), nonce=new_nonce(),
            cast_at=cast_at, sequence=1,
        )  # fmt: skip
        ballot = sign_ballot(content, org_key, certificate)
        stored = polls_repo.new_ballot_row(row.id, ballot, channel=Channel.CORRESPONDENCE,
                                           received_at=now, origin=f"form:{form.id}")
        uow.session.add(stored)
        uow.session.flush()
        journal_ballot(uow, EventKind.BALLOT_ACCEPTED, stored.id, ballot,
                       Channel.CORRESPONDENCE, definition.number, now=now, form_id=form.id)
        written += 1
    return written


def close_poll(uow: UnitOfWork, poll_id: int, *, org_key: ec.EllipticCurvePrivateKey,
               now: datetime) -> Changes:
    """Close an open poll at ``now`` during the session and store its result.

    The postal forms become witness ballots, the hand count is signed by the
    organisation's key, and the tally is stored on the poll.

    Raises:
        UserError: ``poll.not_open``, ``poll.closed``, ``poll.meeting_not_in_session``,
            ``keys.org_key_mismatch`` (the key is not the organisation certificate's).
    """
    from talagov.services.tally import compute  # tally shows polls: imported when used

    row = _row(uow, poll_id)
    _require_status(row, PollStatus.OPEN)
    meeting = require_meeting(uow, row.meeting_id)
    if meeting.status is not MeetingStatus.IN_SESSION:
        raise UserError("poll.meeting_not_in_session", {"title": meeting.title})
    check_org_key(org_key, keys.organisation_certificate(uow))
    # Ballots may have arrived after the hand count: the two together must still fit
    # the participants, or someone would be counted twice.
    hand_counts.recheck(uow, row.id, at=now)
    _witness_forms(uow, row, load_context(uow, meeting.id), org_key, now=now)
    hand = polls_repo.hand_count_row(uow.session, row.id)
    if hand is not None:
        payload = polls_repo.hand_count_payload(
            polls_repo.to_hand_count(hand), organisation=polls_repo.definition_of(row).organisation,
            definition_hash=row.definition_hash)  # fmt: skip
        hand.signature = b64(sign(payload, org_key))
    row.status = PollStatus.CLOSED.value
    row.closed_at = now
    uow.session.flush()
    computed = compute(uow, row.id, at=now)
    row.setting = poll_settings_repo.setting_to_json(
        computed.setting.electorate, computed.setting.bases, computed.setting.participants)
    row.result = polls_repo.result_to_json(computed.result)
    uow.session.flush()
    definition = polls_repo.definition_of(row)
    journal.append(uow, EventKind.POLL_CLOSED, meeting_id=meeting.id, now=now, subject={
        "poll_id": row.id, "number": definition.number, "title": definition.title,
        "definition_hash": row.definition_hash, "ballots": len(computed.received),
        "counted": len(computed.judgement.counted), "total_votes": computed.result.total_votes,
        "adopted": computed.result.adopted,
        "result_sha256": sha256_hex(row.result.encode("utf-8")),
        "setting_sha256": sha256_hex(row.setting.encode("utf-8")),
        "hand_count_signature": hand.signature if hand is not None else None,
    })  # fmt: skip
    journal.seal(uow, org_key)
    return _changes(meeting.id)
