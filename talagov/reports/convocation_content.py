# SPDX-License-Identifier: GPL-3.0-or-later
"""What a convocation says: its input values and the text blocks of each part.

The same blocks feed the PDF letter and the plain-text body of the e-mail, so that
both carry the mentions of R225-66 (domain-rules K2): name, legal form, capital,
registered office, RCS, day, time and place, kind of meeting, agenda, and how to vote
without attending. Nothing here depends on the member convened, except
:func:`personal_lines`: the static parts are built once for a whole batch.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from talagov.core.agenda import ItemKind, Presenter, ResolutionNature
from talagov.core.legal_forms import Family
from talagov.core.meetings import Meeting, MeetingType
from talagov.core.organisation import Organisation
from talagov.core.statutes import MajorityBase, ProxyHolder
from talagov.messages import format_int
from talagov.reports.convocation_texts import (
    hour,
    long_date,
    management_label,
    ordinal_heading,
    t,
)
from talagov.reports.letterhead import legal_mentions, one_line
from talagov.reports.vote_texts import fingerprint_lines


@dataclass(frozen=True)
class ItemLine:
    """One agenda item as printed; ``number`` is its resolution number (``None``: not voted)."""

    title: str
    kind: ItemKind
    number: int | None = None
    text: str = ""
    nature: ResolutionNature = ResolutionNature.ORDINARY
    presenter: Presenter = Presenter.MANAGEMENT
    seats: int = 0
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatutesFacts:
    """What the statutes say about taking part without attending.

    Attributes:
        max_proxies: proxies a holder may carry besides their own vote (``None``: no cap).
        ordinary_base, extraordinary_base: the majority bases, which decide what an
            abstention on the correspondence form does (K11).
    """

    correspondence_allowed: bool
    remote_allowed: bool
    proxy_holder: ProxyHolder = ProxyHolder.ASSOCIATE
    blank_proxies: bool = True
    max_proxies: int | None = None
    ordinary_base: MajorityBase = MajorityBase.CAST
    extraordinary_base: MajorityBase = MajorityBase.CAST


@dataclass(frozen=True)
class Addressee:
    """The member convened: name, membership number and postal address (lines).

    ``member_id`` is what a member types to make their voting key at home (the key's
    certificate names it); it is printed only when the organisation has a key.
    """

    name: str
    number: str = ""
    address: str = ""
    member_id: int | None = None

    @property
    def address_one_line(self) -> str:
        """The address on one line, parts separated by commas."""
        return one_line(self.address)


@dataclass(frozen=True)
class ConvocationData:
    """Everything one meeting's convocations share.

    Attributes:
        capital_cents: the capital on the record date, from the share register.
        body_name: the body that meets (board meetings); empty for an AG.
        previous_on: date of the failed first meeting, for a second convocation.
        management: who signs and presents management's resolutions; empty = by form.
        fingerprint: the readable fingerprint of the organisation's certificate (16
            groups of four hex digits), for members to compare before voting
            electronically; empty when the organisation has no key (no line printed).
    """

    organisation: Organisation
    meeting: Meeting
    items: tuple[ItemLine, ...]
    statutes: StatutesFacts
    capital_cents: int
    body_name: str = ""
    previous_on: date | None = None
    management: str = ""
    fingerprint: str = ""

    @property
    def is_assembly(self) -> bool:
        """A general assembly: its letter carries the proxy (and postal) forms."""
        return self.meeting.type.is_general_assembly

    @property
    def voted(self) -> tuple[ItemLine, ...]:
        """The items put to the vote, in order."""
        return tuple(i for i in self.items if i.number is not None)


class BlockKind(enum.StrEnum):
    """How a block of text is set."""

    HEADING = "heading"
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # numbered or bulleted list entry
    NOTE = "note"  # smaller print
    FINGERPRINT = "fingerprint"  # a fingerprint to read aloud and compare


@dataclass(frozen=True)
class Block:
    """One block of text; ``label`` is a list entry's number or bullet."""

    kind: BlockKind
    text: str
    label: str = ""


def management(data: ConvocationData, lang: str) -> str:
    """Who manages: the data's value, else by legal form (« la gérance »)."""
    return data.management or management_label(data.organisation.form, lang)


def nature_label(meeting_type: MeetingType, lang: str) -> str:
    """« assemblée générale ordinaire », « réunion du conseil »..."""
    return t(f"nature.{meeting_type.value}", lang)


def deadline_phrase(meeting: Meeting, lang: str) -> str:
    """Forms must be received before the session opens (L225-107 I, K9)."""
    day = long_date(meeting.on, lang)
    if meeting.start_time is None:
        return t("deadline.day", lang, date=day)
    return t("deadline.at", lang, date=day, start=hour(meeting.start_time, lang))


def mentions(data: ConvocationData, lang: str) -> tuple[str, ...]:
    """The organisation's legal mentions, capital taken on the record date."""
    return legal_mentions(data.organisation, data.meeting.roll_date, data.capital_cents, lang)


def subject(data: ConvocationData, lang: str) -> str:
    """``Objet : convocation à l'assemblée générale ordinaire du …``."""
    m = data.meeting
    what = t(f"what.{_what_key(m.type)}", lang, body=data.body_name or m.title)
    text = t("subject", lang, what=what, date=long_date(m.on, lang))
    return text + (t("subject.second", lang) if m.convocation > 1 else "")


def _what_key(kind: MeetingType) -> str:
    return kind.value if kind.is_general_assembly else "board"


def _intro(data: ConvocationData, lang: str) -> str:
    m, org = data.meeting, data.organisation
    when = ""
    if m.start_time is not None and m.end_time is not None:
        when = t("when.from_to", lang, start=hour(m.start_time, lang), end=hour(m.end_time, lang))
    elif m.start_time is not None:
        when = t("when.at", lang, start=hour(m.start_time, lang))
    place = " ".join(p.strip() for p in m.place.splitlines() if p.strip())
    if place:
        where = t("where", lang, place=place)
    else:
        where = t("where.remote_only", lang) if m.remote_link else ""
    what = t(f"what.{_what_key(m.type)}", lang, body=data.body_name or m.title)
    day = long_date(m.on, lang)
    if not data.is_assembly:
        return t("intro.board", lang, what=what, org=org.name, date=day, when=when, where=where)
    family = "association" if org.form.family is Family.ASSOCIATION else "company"
    of = t(f"of.{family}", lang, org=org.name)
    return t("intro", lang, what=what, of=of, date=day, when=when, where=where)


def agenda_label(item: ItemLine, lang: str) -> str:
    """The agenda line of an item, with its resolution number and nature."""
    nature = t(f"resolution.{item.nature.value}", lang)
    if item.kind is ItemKind.RESOLUTION and item.number is not None:
        tag = t("agenda.resolution", lang, number=item.number, nature=nature)
    elif item.kind is ItemKind.ELECTION and item.number is not None:
        tag = t("agenda.election", lang, number=item.number, seats=format_int(item.seats, lang))
    else:
        tag = t("agenda.information", lang)
    return f"{item.title} ({tag})"


def letter_blocks(data: ConvocationData, lang: str) -> list[Block]:
    """The letter after the addressee: subject, invitation, agenda, ways to vote, closing."""
    m, facts = data.meeting, data.statutes
    blocks = [Block(BlockKind.SUBHEADING, subject(data, lang)),
              Block(BlockKind.PARAGRAPH, t("greeting", lang)),
              Block(BlockKind.PARAGRAPH, _intro(data, lang))]  # fmt: skip
    if m.convocation > 1:
        previous = t("second.previous", lang, date=long_date(data.previous_on, lang)) if (
            data.previous_on) else ""  # fmt: skip
        blocks.append(Block(BlockKind.PARAGRAPH, t("second", lang, previous=previous)))
    if m.remote_link:
        blocks.append(Block(BlockKind.PARAGRAPH, t("remote", lang, link=m.remote_link)))
        if facts.remote_allowed:
            blocks.append(Block(BlockKind.PARAGRAPH, t("remote.deemed", lang)))
    rank = t(f"rank.{min(int(m.convocation), 2)}", lang)
    blocks.append(Block(BlockKind.PARAGRAPH,
                        t("nature", lang, nature=nature_label(m.type, lang), rank=rank)))  # fmt: skip
    blocks.append(Block(BlockKind.HEADING, t("agenda", lang)))
    blocks.extend(Block(BlockKind.ITEM, agenda_label(item, lang), f"{n}.")
                  for n, item in enumerate(data.items, start=1))  # fmt: skip
    if not data.items:
        blocks.append(Block(BlockKind.PARAGRAPH, t("agenda.empty", lang)))
    if data.is_assembly:
        blocks.extend(_how_to_vote(data, lang))
    blocks.extend(fingerprint_blocks(data, lang))
    blocks.append(Block(BlockKind.PARAGRAPH, t("enclosed", lang)))
    blocks.append(Block(BlockKind.PARAGRAPH, t("closing", lang)))
    signature = t("signature", lang, org=data.organisation.name, signatory=management(data, lang))
    blocks.append(Block(BlockKind.PARAGRAPH, signature))
    return blocks


def holder_phrase(holder: ProxyHolder, lang: str) -> str:
    """Who may hold a proxy, as a noun phrase (« un autre associé »)."""
    return t(f"holder.{holder.value}", lang)


def _how_to_vote(data: ConvocationData, lang: str) -> list[Block]:
    facts, m = data.statutes, data.meeting
    blocks = [Block(BlockKind.HEADING, t("how", lang))]
    bullet = "—"
    if m.remote_link and facts.remote_allowed:
        blocks.append(Block(BlockKind.ITEM, t("how.remote", lang), bullet))
    blocks.append(Block(BlockKind.ITEM, t("how.proxy", lang, holder=holder_phrase(
        facts.proxy_holder, lang)), bullet))  # fmt: skip
    if facts.blank_proxies:
        blocks.append(Block(BlockKind.ITEM, t("how.blank", lang), bullet))
    if facts.correspondence_allowed:
        deadline = deadline_phrase(m, lang)
        blocks.append(
            Block(BlockKind.ITEM, t("how.correspondence", lang, deadline=deadline), bullet)
        )
    else:
        blocks.append(Block(BlockKind.PARAGRAPH, t("how.no_correspondence", lang)))
    office = one_line(data.organisation.registered_office)
    if office:
        blocks.append(Block(BlockKind.PARAGRAPH, t("how.return", lang, office=office)))
    return blocks


def fingerprint_blocks(data: ConvocationData, lang: str) -> list[Block]:
    """The organisation certificate's fingerprint, when it has one, with what it is for."""
    if not data.fingerprint.strip():
        return []
    return [Block(BlockKind.PARAGRAPH, t("fingerprint", lang)),
            Block(BlockKind.FINGERPRINT, fingerprint_lines(data.fingerprint))]  # fmt: skip


def resolution_blocks(data: ConvocationData, lang: str) -> list[Block]:
    """The numbered draft resolutions with their text."""
    blocks = [Block(BlockKind.HEADING, t("resolutions", lang))]
    for item in data.voted:
        assert item.number is not None
        heading = t("resolution.heading", lang, ordinal=ordinal_heading(item.number, lang),
                    title=item.title)  # fmt: skip
        blocks.append(Block(BlockKind.SUBHEADING, heading))
        presenter = (management(data, lang) if item.presenter is Presenter.MANAGEMENT
                     else t("presenter.members", lang))  # fmt: skip
        nature = t(f"resolution.{item.nature.value}", lang)
        blocks.append(Block(BlockKind.NOTE, t("resolution.meta", lang, nature=nature,
                                              presenter=presenter)))  # fmt: skip
        if item.kind is ItemKind.ELECTION:
            blocks.append(Block(BlockKind.PARAGRAPH,
                                t("election.seats", lang, seats=format_int(item.seats, lang))))  # fmt: skip
            names = ", ".join(item.candidates)
            blocks.append(Block(BlockKind.PARAGRAPH, t("election.candidates", lang, names=names)
                                if names else t("election.no_candidates", lang)))  # fmt: skip
        blocks.extend(Block(BlockKind.PARAGRAPH, p.strip())
                      for p in item.text.split("\n") if p.strip())  # fmt: skip
    if not data.voted:
        blocks.append(Block(BlockKind.PARAGRAPH, t("resolutions.none", lang)))
    return blocks


def proxy_rules(data: ConvocationData, lang: str) -> list[str]:
    """The rules printed under the proxy form: holder, cap, blank proxies, void if present."""
    facts = data.statutes
    rules = [t("proxy.rule.holder", lang, holder=holder_phrase(facts.proxy_holder, lang))]
    if facts.max_proxies is not None:
        rules.append(t("proxy.rule.cap", lang, cap=format_int(facts.max_proxies, lang)))
    rules.append(t("proxy.rule.blank", lang, management=management(data, lang))
                 if facts.blank_proxies else t("proxy.rule.no_blank", lang))  # fmt: skip
    rules.append(t("proxy.rule.void", lang))
    return rules


def abstention_rules(data: ConvocationData, lang: str) -> list[str]:
    """What an abstention does on the postal form, per majority base in use (K11)."""
    natures = {i.nature for i in data.voted} or {ResolutionNature.ORDINARY}
    bases = {
        ResolutionNature.ORDINARY: data.statutes.ordinary_base,
        ResolutionNature.EXTRAORDINARY: data.statutes.extraordinary_base,
    }
    used = {bases[n] for n in natures}
    if len(used) == 1:
        return [t(f"form.abstain.{used.pop().value}", lang, which="")]
    return [t(f"form.abstain.{bases[n].value}", lang, which=t(f"form.which.{n.value}", lang))
            for n in sorted(natures)]  # fmt: skip


def personal_lines(data: ConvocationData, member: Addressee, lang: str) -> tuple[str, str]:
    """The proxy form's « Je soussigné(e) … » line and the postal form's member line."""
    number = member.number or "—"
    address = member.address_one_line
    if address:
        principal = t("proxy.principal", lang, name=member.name, number=number, address=address)
    else:
        principal = t("proxy.principal_no_address", lang, name=member.name, number=number)
    return principal, t("form.member", lang, name=member.name, number=number)


def letter_text(data: ConvocationData, member: Addressee, lang: str) -> str:
    """The letter as plain text, for the body of the e-mail."""
    lines = [data.organisation.name, *mentions(data, lang)[1:], "", member.name, ""]
    for block in letter_blocks(data, lang):
        if block.kind is BlockKind.HEADING:
            lines.extend(["", block.text, ""])
        elif block.kind is BlockKind.ITEM:
            lines.append(f"{block.label} {block.text}")
        else:
            lines.extend([block.text, ""])
    return "\n".join(lines).strip() + "\n"
