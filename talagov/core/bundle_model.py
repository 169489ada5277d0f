# SPDX-License-Identifier: GPL-3.0-or-later
"""A meeting's archive bundle, decoded: what each ``data/*.json`` file says.

The values are the core's own (:class:`~talagov.core.meetings.Meeting`,
:class:`~talagov.core.attendance.AttendanceEntry`, :class:`~talagov.core.proxies.Proxy`,
:class:`~talagov.core.polls.Poll`, :class:`~talagov.core.tally.TallyResult`...), so a
verifier re-runs the very rules TalaGov applied (proxies, quorum, ballot judgement,
tally) on what the bundle holds, without any database. Raw bytes that are signed or
hashed (ballot files, minutes content and PDFs, register entries, certificates,
documents) are not decoded here: the model names the member that holds them.
The codecs are in ``bundle_codec_*``; the layout in :mod:`talagov.core.bundle_format`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from cryptography import x509

from talagov.core.agenda import AgendaItem, Amendment
from talagov.core.attendance import AttendanceEntry
from talagov.core.ballot_check import Electorate, RejectReason, Verdict
from talagov.core.ballots import Channel
from talagov.core.convocation import Sending
from talagov.core.correspondence import CorrespondenceForm
from talagov.core.findings import Finding
from talagov.core.library import DocumentKind
from talagov.core.mandates import Body, Mandate
from talagov.core.meetings import Meeting
from talagov.core.minutes_content import MinutesStatus
from talagov.core.organisation import Organisation
from talagov.core.polls import Poll
from talagov.core.proxies import Proxy
from talagov.core.ratio import Ratio
from talagov.core.statutes import Statutes
from talagov.core.tally_model import Bases, HandCount, TallyResult
from talagov.core.voting_rights import NoVoteReason


class BundleDataError(ValueError):
    """A data file (or a stored JSON field) that is not what this version reads.

    Attributes:
        path: the bundle member (``data/polls.json``) or stored field it was read from.
        detail: where in it and what is wrong (``polls[2].status: text expected``).
    """

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


# -- data/organisation.json -----------------------------------------------------------


@dataclass(frozen=True)
class OrganisationData:
    """The organisation and the statutes version applied to the meeting (in force on
    its date), with the date that version applies from."""

    organisation: Organisation
    statutes: Statutes
    statutes_from: date | None


# -- data/roll.json -------------------------------------------------------------------


@dataclass(frozen=True)
class RollMember:
    """One member on the register at the record date, with their voting right.

    Attributes:
        name: the display name (« Nom Prénom », or the entity's name).
        shares: shares held on the record date.
        reason: why the member has no vote (``None`` when ``has_vote``).
    """

    member_id: int
    number: str
    name: str
    shares: int
    has_vote: bool
    reason: NoVoteReason | None
    college_key: str
    category_key: str


@dataclass(frozen=True)
class Roll:
    """Who may vote: the register at the record date, and for a meeting of a body, the
    body's mandates in office on the meeting date (their role says whether they vote).

    Attributes:
        mandates: the body's mandates in office on the meeting date (empty for an AG).
    """

    record_date: date
    members: tuple[RollMember, ...]
    mandates: tuple[Mandate, ...] = ()

    def voters(self, meeting: Meeting) -> frozenset[int]:
        """The members with a vote at ``meeting``: voting mandates of its body in office
        on its date for a body, else the members with a vote on the record date (as
        ``services.session_context.load_context`` decides)."""
        if meeting.body_id is not None:
            return frozenset(m.member_id for m in self.mandates if m.body_id == meeting.body_id
                             and m.votes and m.active_on(meeting.on))  # fmt: skip
        return frozenset(m.member_id for m in self.members if m.has_vote)

    def names(self) -> dict[int, str]:
        """Member id -> display name."""
        return {m.member_id: m.name for m in self.members}


# -- data/meeting.json ----------------------------------------------------------------


@dataclass(frozen=True)
class DocumentEntry:
    """A library document attached to the meeting (or to one of its items), and the
    member holding its file (``documents/<id>-<file name>``)."""

    document_id: int
    title: str
    kind: DocumentKind
    filename: str
    media_type: str
    sha256: str
    size: int
    item_id: int | None
    path: str


@dataclass(frozen=True)
class MeetingData:
    """The meeting, the body that meets (``None``: the general assembly), its agenda in
    order, the logged amendments and the attached documents."""

    meeting: Meeting
    body: Body | None
    agenda: tuple[AgendaItem, ...]
    amendments: tuple[Amendment, ...] = ()
    documents: tuple[DocumentEntry, ...] = ()

    @property
    def board(self) -> bool:
        """A meeting of a body: the board's proxy rules apply, no postal vote."""
        return self.meeting.body_id is not None


# -- data/attendance.json --------------------------------------------------------------


@dataclass(frozen=True)
class QuorumRecord:
    """A quorum as recorded when the session (``item_id`` ``None``) or an item opened,
    with the rule and reasons as applied then."""

    id: int
    item_id: int | None
    at: datetime
    met: bool
    base: int
    present: int
    remote: int
    represented: int
    correspondence: int
    participants: int
    required: int
    ratio: Ratio
    source: str = ""
    reasons: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class AttendanceData:
    """The attendance sheet (signatures as strokes) and the quorum records, oldest first."""

    entries: tuple[AttendanceEntry, ...]
    quorum_records: tuple[QuorumRecord, ...] = ()


# -- data/proxies.json ----------------------------------------------------------------


@dataclass(frozen=True)
class ProxiesData:
    """The proxies in the order received, and the postal forms."""

    proxies: tuple[Proxy, ...]
    forms: tuple[CorrespondenceForm, ...] = ()


# -- data/polls.json ------------------------------------------------------------------


@dataclass(frozen=True)
class FrozenSetting:
    """The electorate (all but the CA certificate) and bases a closed poll was judged
    on, and the participants counted then (see :mod:`talagov.core.poll_setting_codec`)."""

    voters: frozenset[int]
    proxies: Mapping[int, int]
    void_proxies: Mapping[int, int]
    blank_proxies: frozenset[int]
    colleges: Mapping[int, str]
    revoked_serials: frozenset[str]
    revoked_at: Mapping[str, datetime]
    issued_fingerprints: frozenset[str]
    participants: frozenset[int]
    bases: Bases

    def electorate(self, ca_certificate: x509.Certificate) -> Electorate:
        """The electorate under the organisation's certificate."""
        return Electorate(
            voters=self.voters, proxies=self.proxies, void_proxies=self.void_proxies,
            blank_proxies=self.blank_proxies, colleges=self.colleges,
            ca_certificate=ca_certificate, revoked_serials=self.revoked_serials,
            issued_fingerprints=self.issued_fingerprints, revoked_at=self.revoked_at,
        )  # fmt: skip


@dataclass(frozen=True)
class BallotEntry:
    """One received ballot: the member holding its file byte for byte
    (``ballots/poll-<poll id>/<fingerprint>.json``), how and when it arrived, and the
    verdict TalaGov recorded (a verifier judges it again and compares).

    Attributes:
        detail: the verdict's message parameters (texts and integers).
    """

    id: int
    path: str
    fingerprint: str
    channel: Channel
    received_at: datetime
    origin: str
    verdict: Verdict
    reason: RejectReason | None = None
    detail: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class PollRecord:
    """One poll as recorded: definition (in ``poll``) and its hash, window, the quorum
    record of its opening, the frozen setting, the hand count and the organisation's
    witness signature over :func:`talagov.core.tally_codec.hand_count_payload`, the
    recorded result, and every ballot received (``None``: not closed / none)."""

    poll: Poll
    setting: FrozenSetting | None
    hand_count: HandCount | None
    hand_count_signature: bytes | None
    result: TallyResult | None
    ballots: tuple[BallotEntry, ...] = ()


# -- data/minutes.json ----------------------------------------------------------------


@dataclass(frozen=True)
class MinutesSignatureRecord:
    """One signatory's signature over the minutes' content bytes.

    Attributes:
        certificate: the member holding the signatory's certificate (PEM).
    """

    member_id: int
    role: str
    certificate: str
    signature: bytes
    signed_at: datetime
    timestamped: bool


@dataclass(frozen=True)
class RegisterRecord:
    """The register entry recording a minutes: its bytes (``register/<register>-<n>.json``)
    and the organisation's signature over them (``.sig``, DER)."""

    register: str
    number: int
    entry_hash: str
    entered_at: datetime
    path: str
    signature_path: str


@dataclass(frozen=True)
class MinutesRecord:
    """One minutes (or erratum) of the meeting.

    Attributes:
        content: the member holding the signed content bytes (``None`` for a draft).
        pdf: the member holding the PDF with its signatures (``None`` before submission).
        signed_pdf_size: the PDF's size when the last signatory signed (the register
            hashes that prefix; a later time-stamp is an incremental update).
    """

    id: int
    kind: str
    corrects_id: int | None
    status: MinutesStatus
    lang: str
    content: str | None
    content_hash: str
    pdf: str | None
    signed_pdf_size: int
    timestamp: str
    submitted_at: datetime | None
    signed_at: datetime | None
    signatures: tuple[MinutesSignatureRecord, ...] = ()
    register: RegisterRecord | None = None


# -- data/keys.json -------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateEntry:
    """A member's certificate as the organisation's register records it."""

    member_id: int
    serial: str
    fingerprint: str
    issued_at: datetime
    not_after: datetime
    revoked_at: datetime | None
    revoked_reason: str
    path: str


@dataclass(frozen=True)
class KeysIndex:
    """Which certificate file is whose, and the revocation list in force (the signed
    file as stored; ``None`` when none was ever issued)."""

    organisation: str
    organisation_fingerprint: str
    certificates: tuple[CertificateEntry, ...]
    revocations: str | None

    def paths_of(self, member_id: int) -> tuple[str, ...]:
        """The certificate members of one member."""
        return tuple(c.path for c in self.certificates if c.member_id == member_id)


# -- the whole ------------------------------------------------------------------------


@dataclass(frozen=True)
class BundleContents:
    """Every data file of a bundle but the journal (read by ``core.journal``)."""

    organisation: OrganisationData
    roll: Roll
    meeting: MeetingData
    convocations: tuple[Sending, ...]
    attendance: AttendanceData
    proxies: ProxiesData
    polls: tuple[PollRecord, ...]
    minutes: tuple[MinutesRecord, ...]
    keys: KeysIndex
