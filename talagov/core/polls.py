# SPDX-License-Identifier: GPL-3.0-or-later
"""Polls (scrutins): one per resolution or election of the agenda, and its definition.

A :class:`PollDefinition` is everything a voter must know to cast a ballot: the
organisation (its certificate fingerprint), the meeting, the item, the choices, the
number of seats, the majority rule and the colleges. It is frozen when the poll opens;
its :func:`definition_hash` (SHA-256 of the RFC 8785 JSON of :meth:`PollDefinition.payload`)
is what every ballot names, so a ballot can never be counted under another question.
Nothing here reads the clock.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from talagov.core.agenda import AgendaItem, ItemKind, Presenter, ResolutionNature
from talagov.core.canonical import digest
from talagov.core.presets import rule_path
from talagov.core.ratio import Ratio
from talagov.core.statutes import (
    CollegeSpec,
    Convocation,
    EmptyCollegePolicy,
    MajorityBase,
    MajorityRule,
    MeetingKind,
    Statutes,
)

FORMAT_VERSION = 1
FOR, AGAINST, ABSTAIN, BLANK = "for", "against", "abstain", "blank"
RESOLUTION_CHOICES = (FOR, AGAINST, ABSTAIN)
CANDIDATE_PREFIX = "candidate:"


class PollKind(enum.StrEnum):
    """A resolution (for / against / abstain) or an election of people."""

    RESOLUTION = "resolution"
    ELECTION = "election"


class PollStatus(enum.StrEnum):
    """Prepared (definition may still follow the agenda), open, closed."""

    PREPARED = "prepared"
    OPEN = "open"
    CLOSED = "closed"


def candidate_choice(member_id: int) -> str:
    """The choice key of a candidate (``"candidate:42"``)."""
    return f"{CANDIDATE_PREFIX}{member_id}"


def candidate_of(choice: str) -> int | None:
    """The member id of a candidate choice, or ``None`` for any other choice."""
    if not choice.startswith(CANDIDATE_PREFIX):
        return None
    tail = choice[len(CANDIDATE_PREFIX):]
    return int(tail) if tail.isdigit() else None


@dataclass(frozen=True)
class PollDefinition:
    """What a poll asks, under which rule. Hashed into every ballot.

    Attributes:
        organisation: SHA-256 fingerprint (hex) of the organisation's certificate.
        number: the resolution number (1, 2...) printed on the convocation.
        choices: ``for/against/abstain``, or candidate choices then ``blank``.
        labels: choice -> display label (candidate names; resolutions use the GUI's).
        seats: how many candidates a ballot may name (1 for a resolution).
        majority: the rule applied (from the statutes by the item's nature, or an
            override such as unanimity: ``Ratio(1, 1)``, not strict, base TOTAL).
        majority_source: the legal or statutory source of that rule.
        secret: results show totals only (the database can still link voter and choice).
        casting_vote: a tie is settled by the chair's vote (boards whose statutes allow
            it, never in a general assembly, never in a secret poll).
        colleges: the SCIC voting colleges (empty: heads are counted directly).
    """

    organisation: str
    meeting_id: int
    meeting_title: str
    meeting_on: str  # ISO date
    item_id: int
    number: int
    title: str
    text: str
    kind: PollKind
    choices: tuple[str, ...]
    labels: Mapping[str, str] = field(default_factory=dict)
    seats: int = 1
    majority: MajorityRule = MajorityRule(Ratio(1, 2), True, MajorityBase.CAST)
    majority_source: str = ""
    secret: bool = False
    casting_vote: bool = False
    presenter: Presenter = Presenter.MANAGEMENT
    colleges: tuple[CollegeSpec, ...] = ()
    empty_college_policy: EmptyCollegePolicy = EmptyCollegePolicy.REDISTRIBUTE

    def payload(self) -> dict[str, Any]:
        """The JSON object that is hashed (documented in ``docs/formats.md``)."""
        return {
            "format": "talagov.poll", "version": FORMAT_VERSION,
            "organisation": self.organisation, "meeting_id": self.meeting_id,
            "meeting_title": self.meeting_title, "meeting_on": self.meeting_on,
            "item_id": self.item_id, "number": self.number, "title": self.title,
            "text": self.text, "kind": self.kind.value, "choices": list(self.choices),
            "labels": dict(sorted(self.labels.items())), "seats": self.seats,
            "majority": {"num": self.majority.ratio.num, "den": self.majority.ratio.den,
                         "strict": self.majority.strict, "base": self.majority.base.value},
            "majority_source": self.majority_source, "secret": self.secret,
            "casting_vote": self.casting_vote, "presenter": self.presenter.value,
            "colleges": [{"key": c.key, "name": c.name, "weight": c.weight} for c in self.colleges],
            "empty_college_policy": self.empty_college_policy.value,
        }  # fmt: skip

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> PollDefinition:
        """Read a payload back. Raises ``ValueError``/``KeyError`` when malformed."""
        if data.get("format") != "talagov.poll" or data.get("version") != FORMAT_VERSION:
            raise ValueError("not a TalaGov poll definition")
        m = data["majority"]
        return cls(
            organisation=str(data["organisation"]), meeting_id=int(data["meeting_id"]),
            meeting_title=str(data["meeting_title"]), meeting_on=str(data["meeting_on"]),
            item_id=int(data["item_id"]), number=int(data["number"]), title=str(data["title"]),
            text=str(data["text"]), kind=PollKind(data["kind"]),
            choices=tuple(str(c) for c in data["choices"]),
            labels={str(k): str(v) for k, v in data["labels"].items()}, seats=int(data["seats"]),
            majority=MajorityRule(Ratio(int(m["num"]), int(m["den"])), bool(m["strict"]),
                                  MajorityBase(m["base"])),
            majority_source=str(data["majority_source"]), secret=bool(data["secret"]),
            casting_vote=bool(data["casting_vote"]), presenter=Presenter(data["presenter"]),
            colleges=tuple(CollegeSpec(str(c["key"]), str(c["name"]), int(c["weight"]))
                           for c in data["colleges"]),
            empty_college_policy=EmptyCollegePolicy(data["empty_college_policy"]),
        )  # fmt: skip


def definition_hash(definition: PollDefinition) -> str:
    """SHA-256 (hex) of the canonical JSON of the definition: what ballots name."""
    return digest(definition.payload())


@dataclass(frozen=True)
class Poll:
    """A poll as recorded: its definition, state and window.

    Attributes:
        id: the poll's own id (one poll per agenda item).
        definition_hash: empty while prepared; set when the poll opens.
        opened_at, closed_at: the window; ballots received outside it are rejected.
        quorum_record_id: the quorum recorded at opening (``None`` before the session).
    """

    id: int
    meeting_id: int
    item_id: int
    status: PollStatus
    definition: PollDefinition
    definition_hash: str = ""
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    quorum_record_id: int | None = None

    def is_open_at(self, at: datetime) -> bool:
        """Whether a ballot received at ``at`` falls inside the window."""
        if self.opened_at is None or at < self.opened_at:
            return False
        return self.closed_at is None or at <= self.closed_at


@dataclass(frozen=True)
class PollOptions:
    """What the secretary may set on a poll before it opens.

    Attributes:
        majority: an override of the statutes' rule (``None``: the statutes decide).
        majority_source: why (the article of the statutes, "unanimité L223-30"...).
        secret: ``None``: elections are secret, resolutions are not (E2-E3 default).
    """

    majority: MajorityRule | None = None
    majority_source: str = ""
    secret: bool | None = None


def statutes_majority(statutes: Statutes, item: AgendaItem, *, board: bool,
                      meeting_kind: MeetingKind,
                      convocation: Convocation = Convocation.FIRST) -> tuple[MajorityRule, str]:
    """The statutes' majority for an item, and its source.

    An extraordinary resolution uses the AGE rule, an ordinary one the AGO rule (also in
    a mixed AG), a board item the board rule. Elections use the ordinary rule. A second
    convocation has its own rule where the statutes give one (SARL: votes émis).
    """
    if board:
        kind = MeetingKind.BOARD
    elif item.kind is ItemKind.RESOLUTION and item.nature is ResolutionNature.EXTRAORDINARY:
        kind = MeetingKind.AGE
    elif meeting_kind is MeetingKind.AGE and item.kind is ItemKind.RESOLUTION \
            and item.nature is ResolutionNature.ORDINARY:
        kind = MeetingKind.AGO
    else:
        kind = MeetingKind.AGO if meeting_kind is not MeetingKind.BOARD else MeetingKind.BOARD
    conv = convocation if (kind, convocation) in statutes.meetings else Convocation.FIRST
    rule = statutes.rule(kind, conv)
    return rule.majority, statutes.source(rule_path(kind, conv, "majority.ratio"))


def build_definition(
    item: AgendaItem,
    *,
    number: int,
    statutes: Statutes,
    organisation: str,
    meeting_id: int,
    meeting_title: str,
    meeting_on: str,
    meeting_kind: MeetingKind,
    board: bool,
    convocation: Convocation = Convocation.FIRST,
    candidate_names: Mapping[int, str] | None = None,
    options: PollOptions = PollOptions(),
) -> PollDefinition:
    """The definition of the poll of one resolution or election item.

    Raises:
        ValueError: the item is an information item (nothing is voted).
    """
    if not item.votes:
        raise ValueError("an information item has no poll")
    majority, source = statutes_majority(statutes, item, board=board, meeting_kind=meeting_kind,
                                         convocation=convocation)
    if options.majority is not None:
        majority, source = options.majority, options.majority_source
    election = item.kind is ItemKind.ELECTION
    if election:
        choices = (*(candidate_choice(c) for c in item.candidate_ids), BLANK)
        names = candidate_names or {}
        labels = {candidate_choice(c): names.get(c, str(c)) for c in item.candidate_ids}
    else:
        choices, labels = RESOLUTION_CHOICES, {}
    secret = election if options.secret is None else options.secret
    casting = board and statutes.rule(MeetingKind.BOARD, Convocation.FIRST).casting_vote \
        and not secret
    return PollDefinition(
        organisation=organisation, meeting_id=meeting_id, meeting_title=meeting_title,
        meeting_on=meeting_on, item_id=item.id, number=number, title=item.title,
        text=item.text, kind=PollKind.ELECTION if election else PollKind.RESOLUTION,
        choices=choices, labels=labels, seats=max(1, item.seats) if election else 1,
        majority=majority, majority_source=source, secret=secret, casting_vote=casting,
        presenter=item.presenter, colleges=() if board else statutes.colleges,
        empty_college_policy=statutes.empty_college_policy,
    )  # fmt: skip

