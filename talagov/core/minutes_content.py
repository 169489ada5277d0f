# SPDX-License-Identifier: GPL-3.0-or-later
"""The content of a procès-verbal: what is signed, printed and entered in the register.

A minutes is two halves put together by :func:`assemble`:

* the **generated** part (:class:`Generated`), drafted from the record when the meeting
  closes — header, attendance and quorum, agenda, each item's resolution text and vote
  result, participants, proxies, postal voters and incidents found in the record;
* the **written** part (:class:`Written`), typed by the secretary — the opening words,
  each item's debates (or "not recorded"), the closing words, the decisions table and
  the incidents the record cannot know.

The result (:class:`MinutesContent`) is worded in one language and serialised to plain
JSON by :func:`talagov.core.minutes_codec.to_data`; its RFC 8785 form is what the
signatories sign and its SHA-256 what the register chains (same module).
An erratum is a minutes of its own whose content names the minutes it corrects.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from talagov.core.rich_text import RichText

FORMAT = "talagov.minutes/1"
MAX_DECISIONS = 500
MAX_INCIDENTS = 200
MAX_FIELD = 2_000


class MinutesStatus(enum.StrEnum):
    """Draft (editable) -> submitted (frozen, awaiting signatures) -> signed."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    SIGNED = "signed"


@dataclass(frozen=True)
class Person:
    """One line of the participants' annex: Nom, Prénom, Fonction, Structure, and how
    they took part (« présent », « à distance », « représenté par … »)."""

    name: str
    first_name: str = ""
    role: str = ""
    organisation: str = ""
    attendance: str = ""


@dataclass(frozen=True)
class Header:
    """The head of the minutes (R225-106, R223-24 and the seed's layout).

    Every value is already worded for the page in the content's language; ``date`` is
    ISO (``2026-06-13``) so that software can read it, ``date_text`` is for people.
    """

    organisation: str
    mentions: tuple[str, ...]  # legal form and capital, registered office, RCS
    meeting_kind: str  # « Assemblée générale ordinaire », « Conseil d'administration »
    title: str
    date: str
    date_text: str
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    remote: str = ""  # how remote participants took part, if any
    convocation: str = ""  # « par courrier électronique et par lettre, le 20 mai 2026 »
    chair: str = ""
    secretary: str = ""
    scrutineers: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()  # documents and reports presented
    attachments: tuple[str, ...] = ()  # « PJ »
    notice_override: str = ""  # why it was convened despite a short notice

    @property
    def meeting_line(self) -> str:
        """« Assemblée générale ordinaire — AG 2026 », or the title alone when it already
        says what kind of meeting it is (« Assemblée générale ordinaire annuelle 2026 »)."""
        kind, title = self.meeting_kind.strip(), self.title.strip()
        if kind and title and kind.casefold() in title.casefold():
            return title
        return " — ".join(dict.fromkeys(p for p in (kind, title) if p))


@dataclass(frozen=True)
class Attendance:
    """The attendance summary and the quorum as recorded, with its explanation."""

    lines: tuple[tuple[str, int], ...]  # (« présents », 12), (« représentés », 3)...
    quorum: tuple[str, ...] = ()  # the quorum's explanation, sentence by sentence
    quorum_met: bool | None = None  # None: no quorum applies (a working group)


@dataclass(frozen=True)
class AgendaRow:
    """A line of the « Ordre du jour » table."""

    number: int
    title: str
    treated: bool


@dataclass(frozen=True)
class VoteResult:
    """One poll's result as it enters the minutes (totals only, never a name)."""

    majority: str
    choices: tuple[tuple[str, int], ...]  # (« Pour », 54), (« Contre », 3)...
    counted: str = ""  # « 57 voix exprimées sur 60 participants »
    colleges: tuple[tuple[str, str], ...] = ()  # (college name, its line), SCIC only
    weighted: str = ""  # « R = 5/6 ≈ 83,33 % (seuil : plus de 1/2) »
    ranking: tuple[str, ...] = ()  # elections: « 1. Jeanne Martin — 40 voix — élue »
    decision: str = ""  # « Adoptée », « Rejetée », « Élus : … », « Pas de décision »
    adopted: bool | None = None  # None for an election or no decision
    explanation: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemSection:
    """One agenda item: its resolution text, debates and vote."""

    item_id: int
    number: int
    title: str
    kind: str  # "resolution", "election", "information"
    resolution: str = ""  # the text put to the vote
    vote: VoteResult | None = None
    debates: RichText = ()
    not_recorded: bool = False  # the debates were not recorded (seed 000 apologises)


@dataclass(frozen=True)
class Decision:
    """A line of the « Décisions » table: N°, action à mener, qui, échéance (free)."""

    action: str
    who: str = ""
    due: str = ""


@dataclass(frozen=True)
class Signatory:
    """Who signs, in which capacity, and with which certificate."""

    member_id: int
    name: str
    role: str  # worded: « Président de séance », « Secrétaire », « Administrateur »
    certificate: str = ""  # SHA-256 of the certificate's DER, hex; "" until known


@dataclass(frozen=True)
class Erratum:
    """What an erratum corrects: the register entry of the corrected minutes."""

    register: str
    number: int
    date: str
    content_hash: str


@dataclass(frozen=True)
class Generated:
    """Everything drafted from the record."""

    lang: str
    body: str  # the register's key: "ag", "body-3", "other"
    header: Header
    attendance: Attendance
    agenda: tuple[AgendaRow, ...] = ()
    items: tuple[ItemSection, ...] = ()
    participants: tuple[Person, ...] = ()
    proxies: tuple[tuple[str, str], ...] = ()  # (principal, holder or « en blanc »)
    correspondence: tuple[str, ...] = ()  # postal voters' names
    incidents: tuple[str, ...] = ()  # found in the record (left before a vote...)


@dataclass(frozen=True)
class ItemWritten:
    """What the secretary wrote for one item."""

    debates: RichText = ()
    not_recorded: bool = False


@dataclass(frozen=True)
class Written:
    """Everything the secretary writes; edited freely while the minutes is a draft."""

    opening: RichText = ()
    items: Mapping[int, ItemWritten] = field(default_factory=dict)  # by item id
    closing: RichText = ()
    decisions: tuple[Decision, ...] = ()
    incidents: tuple[str, ...] = ()
    drafted_by: str = ""
    correction: RichText = ()  # an erratum's text


@dataclass(frozen=True)
class MinutesContent:
    """The whole minutes as signed (see the module docstring)."""

    generated: Generated
    opening: RichText
    items: tuple[ItemSection, ...]
    closing: RichText
    decisions: tuple[Decision, ...]
    incidents: tuple[str, ...]
    drafted_by: str
    drafted_on: str  # ISO date
    signatories: tuple[Signatory, ...]
    erratum: Erratum | None = None
    correction: RichText = ()

    @property
    def header(self) -> Header:
        """The generated header."""
        return self.generated.header


def assemble(generated: Generated, written: Written, *, drafted_on: str,
             signatories: tuple[Signatory, ...], erratum: Erratum | None = None) -> MinutesContent:
    """Put the generated and written halves together (items in agenda order)."""
    items = []
    for section in generated.items:
        mine = written.items.get(section.item_id, ItemWritten())
        items.append(replace(section, debates=mine.debates, not_recorded=mine.not_recorded))
    return MinutesContent(
        generated=generated, opening=written.opening, items=tuple(items),
        closing=written.closing, decisions=written.decisions,
        incidents=generated.incidents + written.incidents, drafted_by=written.drafted_by,
        drafted_on=drafted_on, signatories=signatories, erratum=erratum,
        correction=written.correction,
    )  # fmt: skip
