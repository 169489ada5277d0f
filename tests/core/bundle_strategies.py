# SPDX-License-Identifier: GPL-3.0-or-later
"""Hypothesis strategies for the values of a decoded bundle (tests of the codecs)."""

from __future__ import annotations

from datetime import UTC

from hypothesis import strategies as st

from talagov.core.agenda import AgendaItem, Amendment, ItemKind, Presenter, ResolutionNature
from talagov.core.attendance import AttendanceEntry, AttendanceStatus, Signature
from talagov.core.ballot_check import RejectReason, Verdict
from talagov.core.ballots import Channel
from talagov.core.bundle_codec_minutes import (
    member_certificate_path,
    minutes_content_path,
    minutes_pdf_path,
    register_path,
)
from talagov.core.bundle_codec_polls import ballot_path
from talagov.core.bundle_model import (
    AttendanceData,
    BallotEntry,
    CertificateEntry,
    DocumentEntry,
    FrozenSetting,
    KeysIndex,
    MeetingData,
    MinutesRecord,
    MinutesSignatureRecord,
    OrganisationData,
    PollRecord,
    ProxiesData,
    QuorumRecord,
    RegisterRecord,
    Roll,
    RollMember,
)
from talagov.core.convocation import Channel as SendChannel
from talagov.core.convocation import Sending, SendingStatus
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.findings import Finding, Severity
from talagov.core.legal_forms import LegalForm
from talagov.core.library import DocumentKind
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.minutes_content import MinutesStatus
from talagov.core.organisation import Organisation
from talagov.core.polls import Poll, PollDefinition, PollKind, PollStatus
from talagov.core.presets import preset
from talagov.core.proxies import Proxy
from talagov.core.ratio import Ratio
from talagov.core.statutes import Convocation, MajorityBase, MajorityRule
from talagov.core.tally_model import Bases, ChoiceCount, HandCount, TallyResult
from talagov.core.voting_rights import NoVoteReason

ids = st.integers(1, 10**6)
small = st.integers(0, 999)
text = st.text(max_size=12)
hex64 = st.text("0123456789abcdef", min_size=64, max_size=64)
naive = st.datetimes()
aware = st.datetimes(timezones=st.just(UTC))
moments = naive | aware
days = st.dates()
ratios = st.integers(1, 50).flatmap(lambda d: st.builds(Ratio, st.integers(0, d), st.just(d)))
params = st.dictionaries(st.sampled_from(["for", "name", "count", "ratio", "on"]),
                         small | text | ratios | days, max_size=3)
findings = st.builds(Finding, st.sampled_from(["tally.counts", "quorum.not_met"]),
                     st.sampled_from(list(Severity)), text, params, text)


def _strokes() -> st.SearchStrategy[tuple[tuple[tuple[int, int], ...], ...]]:
    point = st.tuples(st.integers(0, 1000), st.integers(0, 333))
    return st.lists(st.lists(point, max_size=4).map(tuple), max_size=3).map(tuple)


organisations = st.builds(
    OrganisationData,
    st.builds(Organisation, name=text, form=st.sampled_from(list(LegalForm)), siren=text,
              registered_office=text, rcs_city=text,
              fiscal_year_end=st.tuples(st.integers(1, 12), st.integers(1, 28)),
              share_nominal_cents=small, id=small),
    st.sampled_from(list(LegalForm)).map(preset), st.none() | days)


@st.composite
def roll_members(draw: st.DrawFn, member_id: int) -> RollMember:
    has_vote = draw(st.booleans())
    reason = None if has_vote else draw(st.sampled_from(list(NoVoteReason)))
    return RollMember(member_id, draw(text), draw(text), draw(small), has_vote, reason,
                      draw(text), draw(text))


mandates = st.builds(Mandate, ids, ids, ids, st.sampled_from(list(Role)), days,
                     st.none() | days, st.none() | days, text)
rolls = st.builds(
    Roll, days,
    st.sets(ids, max_size=5).flatmap(
        lambda s: st.tuples(*(roll_members(i) for i in sorted(s)))),
    st.lists(mandates, max_size=3, unique_by=lambda m: m.id).map(
        lambda ms: tuple(sorted(ms, key=lambda m: m.id))))

sendings = st.lists(st.builds(Sending, ids, ids, ids, st.sampled_from(list(SendChannel)), moments,
                              text, st.sampled_from(list(SendingStatus)), text, text),
                    max_size=3).map(tuple)


@st.composite
def meetings(draw: st.DrawFn) -> MeetingData:
    body = draw(st.none() | st.builds(Body, ids, st.sampled_from(list(BodyKind)), text, small))
    meeting = draw(st.builds(
        Meeting, ids, text, st.sampled_from(list(MeetingType)), days,
        st.sampled_from(list(MeetingStatus)), st.just(None if body is None else body.id),
        st.none() | st.times(), st.none() | st.times(), text, text,
        st.sampled_from(list(Convocation)), st.none() | ids, st.none() | days, text,
        st.none() | moments, st.none() | moments, st.none() | ids, text,
        st.lists(ids, max_size=3).map(tuple), text))
    items = draw(st.lists(st.builds(
        AgendaItem, ids, ids, small, st.sampled_from(list(ItemKind)), text, text,
        st.sampled_from(list(ResolutionNature)), st.sampled_from(list(Presenter)),
        st.none() | ids, small, st.lists(ids, max_size=3).map(tuple)), max_size=3))
    amendments = draw(st.lists(st.builds(Amendment, ids, ids, naive.map(lambda d: d.isoformat()),
                                         text, text), max_size=2))
    documents = draw(st.lists(st.builds(
        lambda i, *rest: DocumentEntry(i, *rest, path=f"documents/{i}-file.pdf"),
        ids, text, st.sampled_from(list(DocumentKind)), text, text, hex64, small,
        st.none() | ids), max_size=2, unique_by=lambda d: d.path))
    items.sort(key=lambda i: (i.position, i.id))
    documents.sort(key=lambda d: d.path)
    return MeetingData(meeting, body, tuple(items), tuple(amendments), tuple(documents))


entries = st.lists(st.builds(
    AttendanceEntry, ids, st.sampled_from(list(AttendanceStatus)), st.none() | moments,
    st.none() | moments, st.none() | st.builds(Signature, _strokes(), moments), text),
    max_size=4, unique_by=lambda e: e.member_id).map(
    lambda es: tuple(sorted(es, key=lambda e: e.member_id)))
records = st.lists(st.builds(QuorumRecord, ids, st.none() | ids, moments, st.booleans(), small,
                             small, small, small, small, small, small, ratios, text,
                             st.lists(findings, max_size=2).map(tuple)), max_size=2).map(tuple)
attendances = st.builds(AttendanceData, entries, records)

proxies = st.builds(
    ProxiesData,
    st.lists(st.builds(Proxy, ids, ids, ids, st.none() | ids, days, st.none() | ids, text),
             max_size=3).map(tuple),
    st.lists(st.builds(CorrespondenceForm, ids, ids, ids, moments,
                       st.dictionaries(ids, st.sampled_from(list(Choice)), max_size=3),
                       st.none() | ids), max_size=3).map(tuple))

definitions = st.builds(
    PollDefinition, organisation=hex64, meeting_id=ids, meeting_title=text,
    meeting_on=days.map(lambda d: d.isoformat()), item_id=ids, number=st.integers(1, 50),
    title=text, text=text, kind=st.sampled_from(list(PollKind)),
    choices=st.just(("for", "against", "abstain")),
    labels=st.dictionaries(text, text, max_size=2), seats=st.integers(1, 3),
    majority=st.builds(MajorityRule, ratios, st.booleans(), st.sampled_from(list(MajorityBase))),
    majority_source=text, secret=st.booleans(), casting_vote=st.booleans())
bases = st.builds(Bases, small, small, st.dictionaries(text, small, max_size=2),
                  st.dictionaries(text, small, max_size=2), st.none() | ids,
                  st.none() | st.booleans(), text)
settings_ = st.builds(
    FrozenSetting, st.frozensets(ids, max_size=4), st.dictionaries(ids, ids, max_size=2),
    st.dictionaries(ids, ids, max_size=2), st.frozensets(ids, max_size=2),
    st.dictionaries(ids, text, max_size=2), st.frozensets(text, max_size=2),
    st.dictionaries(text, aware, max_size=2), st.frozensets(hex64, max_size=2),
    st.frozensets(ids, max_size=4), bases)
hand_counts = st.builds(HandCount, ids, st.dictionaries(text, st.dictionaries(text, small,
                                                                              max_size=2),
                                                        max_size=2),
                        st.lists(text, max_size=2).map(tuple),
                        naive.map(lambda d: d.isoformat(timespec="seconds")))
results = st.builds(
    TallyResult, ids,
    st.lists(st.builds(ChoiceCount, text, small,
                       st.dictionaries(st.sampled_from(list(Channel)), small, max_size=2),
                       st.dictionaries(text, small, max_size=2)), max_size=3).map(tuple),
    small, st.none() | st.booleans(), small,
    explanation=st.lists(findings, max_size=2).map(tuple))


@st.composite
def ballot_entries(draw: st.DrawFn, poll_id: int) -> BallotEntry:
    fingerprint = draw(hex64)
    verdict = draw(st.sampled_from(list(Verdict)))
    reason = draw(st.sampled_from(list(RejectReason))) if verdict is Verdict.REJECTED else None
    return BallotEntry(draw(ids), ballot_path(poll_id, fingerprint), fingerprint,
                       draw(st.sampled_from(list(Channel))), draw(moments), draw(text), verdict,
                       reason, draw(st.dictionaries(text, small | text | st.none(), max_size=2)))


@st.composite
def poll_records(draw: st.DrawFn) -> PollRecord:
    poll_id = draw(ids)
    poll = Poll(poll_id, draw(ids), draw(ids), draw(st.sampled_from(list(PollStatus))),
                draw(definitions), draw(hex64), draw(st.none() | moments),
                draw(st.none() | moments), draw(st.none() | ids))
    hand = draw(st.none() | hand_counts.map(lambda h: HandCount(poll_id, h.counts,
                                                                  h.scrutineers, h.at)))
    ballots = draw(st.lists(ballot_entries(poll_id), max_size=3, unique_by=lambda b: b.id,
                            ).filter(lambda bs: len({b.path for b in bs}) == len(bs)))
    return PollRecord(poll, draw(st.none() | settings_), hand,
                      draw(st.none() | st.binary(max_size=72)), draw(st.none() | results),
                      tuple(sorted(ballots, key=lambda b: b.id)))


polls = st.lists(poll_records(), max_size=3, unique_by=lambda r: r.poll.id).filter(
    lambda rs: len({b.path for r in rs for b in r.ballots})
    == sum(len(r.ballots) for r in rs)).map(tuple)


@st.composite
def minutes_records(draw: st.DrawFn) -> MinutesRecord:
    minutes_id = draw(ids)
    signatures = draw(st.lists(st.builds(
        MinutesSignatureRecord, ids, text, st.builds(member_certificate_path, ids, hex64),
        st.binary(max_size=72), moments, st.booleans()), max_size=2))
    register = draw(st.none() | st.builds(
        lambda r, n, h, at: RegisterRecord(r, n, h, at, register_path(r, n),
                                           register_path(r, n)[:-5] + ".sig"),
        st.sampled_from(["ag", "body-3", "other"]), ids, hex64, moments))
    return MinutesRecord(
        minutes_id, draw(st.sampled_from(["minutes", "erratum"])), draw(st.none() | ids),
        draw(st.sampled_from(list(MinutesStatus))), draw(st.sampled_from(["fr", "en"])),
        draw(st.none() | st.just(minutes_content_path(minutes_id))), draw(st.just("") | hex64),
        draw(st.none() | st.just(minutes_pdf_path(minutes_id))), draw(small), draw(text),
        draw(st.none() | moments), draw(st.none() | moments), tuple(signatures), register)


minutes = st.lists(minutes_records(), max_size=3, unique_by=lambda m: m.id).map(
    lambda ms: tuple(sorted(ms, key=lambda m: m.id)))

keys = st.builds(
    KeysIndex, st.just("certificates/organisation.pem"), hex64,
    st.lists(st.builds(lambda m, s, *rest: CertificateEntry(m, s, *rest,
                                                            path=member_certificate_path(m, s)),
                       ids, hex64, hex64, aware, aware, st.none() | aware, text),
             max_size=3, unique_by=lambda c: c.path).map(
        lambda cs: tuple(sorted(cs, key=lambda c: c.path))),
    st.sampled_from([None, "certificates/revocations.json"]))
