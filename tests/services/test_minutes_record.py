# SPDX-License-Identifier: GPL-3.0-or-later
"""The generated half of the minutes, checked against the record it is drafted from.

The record is built through the services, as the Séance tab builds it: attendance,
a proxy, postal forms (one late), the bureau, polls opened one after the other, a
member who leaves before the third vote, and the session closed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.convocation import Channel
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.library import DocumentKind
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.members import Member, PersonKind, Representative
from talagov.core.minutes_codec import generated_data, generated_from_data
from talagov.core.minutes_content import Generated
from talagov.core.polls import PollStatus
from talagov.core.proxies import Proxy
from talagov.core.shares import MovementKind, ShareMovement
from talagov.messages import placeholders
from talagov.reports import minutes_record_texts
from talagov.reports.results_content import choice_label
from talagov.services import (
    convocations,
    library,
    mandates,
    meetings,
    members,
    polls,
    session,
    shares,
)
from talagov.services.minutes_record import generate
from talagov.services.tally import tally_poll
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database

from .conftest import NOW, AddMember, setup_org
from .vote_setup import BEFORE, OPENING, Assembly, at, attend, close, make_assembly, vote

NB = "\u00a0"


@dataclass
class Record:
    """The assembly and who did what in it."""

    a: Assembly
    chair: int
    scrutineer: int
    leaver: int
    remote: int
    principal: int
    postal: int
    late: int
    excused: int
    commune: int
    polls: list[int]


def _commune(db: Database) -> int:
    """A legal-entity associate, represented by its mayor."""
    entity = Member(0, "T-900", PersonKind.LEGAL, "Commune de Lisière",
                    admission_date=date(2020, 1, 1),
                    representatives=(Representative("Jeanne Maire", "Maire", date(2020, 1, 1)),))
    with UnitOfWork(db) as uow:
        member_id, _ = members.add_member(uow, entity, now=NOW)
        shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2020, 1, 1), 1,
                                               2500, to_member_id=member_id), now=NOW)
    return member_id


def _record(db: Database, add_member: AddMember) -> Record:
    """Eight associates and a commune; four resolutions, the last never put to the vote."""
    commune = _commune(db)
    a = make_assembly(db, add_member, n=8, resolutions=4)
    m = a.members
    chair, scrutineer, leaver, remote, principal, postal, late, excused = m
    with UnitOfWork(db) as uow:
        meeting = meetings.get_meeting(uow, a.meeting_id)
        meetings.update_meeting(uow, replace(
            meeting, place="Salle des fêtes\n1 rue Haute, 69002 Lyon", start_time=time(14),
            end_time=time(17), remote_link="https://visio.example.org/ag"), now=BEFORE)
        board, _ = mandates.add_body(uow, Body(0, BodyKind.BOARD, "Conseil d'administration", 3))
        mandates.add_mandate(uow, Mandate(0, board, chair, Role.PRESIDENT, date(2024, 1, 1)))
        mandates.add_mandate(uow, Mandate(0, board, commune, Role.ADMINISTRATOR, date(2024, 1, 1)))
        report, _ = library.add_document(uow, b"Rapport", filename="rapport.txt",
                                         title="Rapport de gestion 2025", kind=DocumentKind.REPORT,
                                         now=BEFORE)  # fmt: skip
        library.attach(uow, a.meeting_id, report)
        for member in m[:4]:
            convocations.record_sending(uow, a.meeting_id, member, channel=Channel.POST,
                                        evidence="", at=BEFORE)  # fmt: skip
        for member in [*m[4:], commune]:
            convocations.record_sending(uow, a.meeting_id, member, channel=Channel.REGISTERED,
                                        evidence="1A 234", at=datetime(2026, 6, 2, 9))  # fmt: skip
    for member in (chair, scrutineer, leaver, commune):
        attend(a, member)
    with UnitOfWork(db) as uow:
        session.set_attendance(uow, a.meeting_id, AttendanceEntry(
            remote, AttendanceStatus.REMOTE, at(13, 55), note="connexion perdue à 15 h"),
            now=at(13, 55))  # fmt: skip
        session.set_attendance(uow, a.meeting_id, AttendanceEntry(excused, AttendanceStatus.EXCUSED),
                               now=at(13, 55))  # fmt: skip
        session.add_proxy(uow, Proxy(0, a.meeting_id, principal, chair, date(2026, 6, 25)),
                          now=at(13, 55))  # fmt: skip
        items = {i: Choice.FOR for i in a.items}
        session.record_correspondence(uow, CorrespondenceForm(0, a.meeting_id, postal, at(9), items))
        session.set_bureau(uow, a.meeting_id, chair_id=chair, secretary_name="Anne Greffe",
                           scrutineer_ids=(scrutineer, leaver))  # fmt: skip
        session.open_session(uow, a.meeting_id, now=OPENING)
        session.record_correspondence(uow, CorrespondenceForm(0, a.meeting_id, late, at(14, 20), items))
        polls.prepare_polls(uow, a.meeting_id, now=OPENING)
    ids = a.poll_ids()
    with UnitOfWork(db) as uow:
        for poll_id in ids[:2]:
            polls.open_poll(uow, poll_id, now=at(14, 5))
    for member, choices in ((chair, ("for", "against")), (scrutineer, ("for", "against")),
                            (leaver, ("against", "against"))):
        for poll_id, choice in zip(ids[:2], choices, strict=True):
            vote(a, member, poll_id, choice, when=at(14, 10))
    vote(a, chair, ids[0], "for", when=at(14, 10), on_behalf_of=principal)
    close(a, ids[0], at(14, 20))
    close(a, ids[1], at(14, 21))
    with UnitOfWork(db) as uow:
        session.set_attendance(uow, a.meeting_id, AttendanceEntry(
            leaver, AttendanceStatus.PRESENT, at(13, 50), left_at=at(14, 30)), now=at(14, 30))
        polls.open_poll(uow, ids[2], now=at(14, 40))
    vote(a, chair, ids[2], "for", when=at(14, 45))
    close(a, ids[2], at(14, 50))
    with UnitOfWork(db) as uow:
        session.close_session(uow, a.meeting_id, now=at(15, 10))
    return Record(a, chair, scrutineer, leaver, remote, principal, postal, late, excused, commune, ids)


def _names(db: Database, meeting_id: int) -> dict[int, str]:
    with UnitOfWork(db) as uow:
        state = session.session_state(uow, meeting_id, at=datetime(2030, 1, 1))
    return {line.member_id: line.name for line in state.lines}


def _generate(db: Database, meeting_id: int, lang: str = "fr") -> Generated:
    with UnitOfWork(db) as uow:
        return generate(uow, meeting_id, lang=lang)


@pytest.fixture
def record(db: Database, add_member: AddMember) -> Record:
    return _record(db, add_member)


def test_the_header_says_who_met_when_where_how_they_were_convened_and_the_bureau(
        db: Database, record: Record) -> None:
    h = _generate(db, record.a.meeting_id).header
    names = _names(db, record.a.meeting_id)
    assert (h.organisation, h.meeting_kind, h.title) == (
        "Fonderie du Val", "Assemblée générale ordinaire", "AG 2026")
    assert h.mentions[0] == "SCOP-SA à capital variable"
    assert (h.date, h.date_text) == ("2026-06-30", f"mardi{NB}30{NB}juin{NB}2026")
    # The hours recorded (opening, closing) win over the planned 14 h - 17 h.
    assert (h.start_time, h.end_time) == (f"14{NB}h", f"15{NB}h{NB}10")
    assert h.place == "Salle des fêtes, 1 rue Haute, 69002 Lyon"
    assert h.remote == "Participation à distance possible (visioconférence)"
    assert h.convocation == f"par lettre et par lettre recommandée, le lundi{NB}1er{NB}juin{NB}2026"
    assert h.chair == names[record.chair] and h.secretary == "Anne Greffe"
    assert h.scrutineers == (names[record.scrutineer], names[record.leaver])
    assert h.documents == ("Rapport de gestion 2025",)
    assert h.attachments == ("Feuille de présence", "Pouvoirs (1)",
                             "Formulaires de vote par correspondance (2)", "Rapport de gestion 2025")


def test_attendance_counts_and_the_quorum_are_those_recorded_at_the_opening(
        db: Database, record: Record) -> None:
    g = _generate(db, record.a.meeting_id)
    with UnitOfWork(db) as uow:
        state = session.session_state(uow, record.a.meeting_id, at=at(16))
    opening = next(r.result for r in state.records if r.item_id is None)
    assert g.body == "ag"
    assert dict(g.attendance.lines) == {
        "Associés ayant le droit de vote au 30/06/2026": 9, "Présents": 4, "À distance": 1,
        "Représentés": 1, "Votes par correspondance": 1, "Votes par correspondance non comptés": 1,
        "Excusés": 1, "Absents": 0}
    # 4 present + 1 remote (deemed present) + 1 represented + 1 postal; a quarter of 9 is 3.
    assert (opening.participants, opening.required, opening.met) == (7, 3, True)
    assert g.attendance.quorum_met is True
    assert g.attendance.quorum[0].startswith(
        f"Quorum atteint{NB}: 7 participant(s), 3 requis (25{NB}% de 9).")
    # The late form came after the opening: the quorum recorded then does not know of it.
    assert len(g.attendance.quorum) == 1


def test_each_vote_is_the_recount_with_its_decision_and_the_agenda_says_what_was_dealt_with(
        db: Database, record: Record) -> None:
    g = _generate(db, record.a.meeting_id)
    assert [row.treated for row in g.agenda] == [True, True, True, False]
    assert [s.item_id for s in g.items] == record.a.items
    with UnitOfWork(db) as uow:
        views = [polls.get_poll(uow, p) for p in record.polls]
        tallies = [tally_poll(uow, p) for p in record.polls[:3]]
    for section, counted in zip(g.items[:3], tallies, strict=True):
        vote_result = section.vote
        assert vote_result is not None
        definition = counted.poll.definition
        assert dict(vote_result.choices) == {
            choice_label(c.choice, definition, "fr"): c.votes for c in counted.result.counts}
        assert vote_result.adopted is counted.result.adopted
    first, second, third, never = (s.vote for s in g.items)
    assert first is not None and second is not None and third is not None and never is not None
    # Chair, scrutineer, the proxy and the postal form for; the leaver against.
    assert dict(first.choices) == {"Pour": 4, "Contre": 1, "Abstention": 0}
    assert first.decision == f"Décision{NB}: résolution adoptée." and first.adopted is True
    assert dict(second.choices)["Contre"] == 3 and second.adopted is False
    assert second.decision == f"Décision{NB}: résolution rejetée."
    assert first.majority.startswith("plus de la moitié des suffrages exprimés")
    assert first.counted.startswith(f"Votes comptés{NB}: 5.")
    # The explanation gives the rule and what it decided, not the counts a second time.
    assert any("adoptée" in s for s in first.explanation)
    assert not any("(5 votes comptés)" in s for s in first.explanation)
    assert views[3].status is PollStatus.PREPARED
    assert never.choices == () and never.adopted is None and "non ouvert" in never.decision
    assert g.items[0].kind == "resolution" and g.items[0].number == 1


def test_participants_proxies_and_postal_voters_as_on_the_attendance_sheet(
        db: Database, record: Record) -> None:
    g = _generate(db, record.a.meeting_id)
    names = _names(db, record.a.meeting_id)
    by_name = {(p.name, p.first_name): p for p in g.participants}
    assert [p.name for p in g.participants] == sorted(p.name for p in g.participants)
    chair = by_name[(names[record.chair], "")]
    assert (chair.role, chair.attendance) == ("Président(e)", "présent, porteur de 1 pouvoir(s)")
    assert by_name[(names[record.remote], "")].attendance == "à distance"
    assert by_name[(names[record.principal], "")].attendance == f"représenté par {names[record.chair]}"
    assert by_name[(names[record.postal], "")].attendance == "vote par correspondance"
    # The commune takes part through its mayor, with the seat it holds on the board.
    mayor = by_name[("Jeanne Maire", "")]
    assert (mayor.organisation, mayor.role) == ("Commune de Lisière", "Administrateur(rice)")
    assert (names[record.late], "") not in by_name and (names[record.excused], "") not in by_name
    assert len(g.participants) == 7  # the opening quorum's participants
    assert g.proxies == ((names[record.principal], names[record.chair]),)
    assert g.correspondence == (names[record.postal],)


def test_incidents_found_in_the_record(db: Database, record: Record) -> None:
    names = _names(db, record.a.meeting_id)
    incidents = _generate(db, record.a.meeting_id).incidents
    assert incidents == (
        f"{names[record.remote]}, à distance{NB}: connexion perdue à 15 h",
        f"Le formulaire de vote par correspondance de {names[record.late]}, reçu le 30/06/2026 à "
        f"14{NB}h{NB}20, après l'ouverture de la séance, est conservé mais non compté.",
        f"{names[record.leaver]} a quitté la séance à 14{NB}h{NB}30, avant le vote de la "
        f"résolution n°{NB}3 («{NB}Résolution 3{NB}»).",
    )


def test_english_minutes_are_worded_in_english_and_survive_json(db: Database, record: Record) -> None:
    g = _generate(db, record.a.meeting_id, "en")
    names = _names(db, record.a.meeting_id)
    assert g.lang == "en" and g.header.meeting_kind == "Ordinary general meeting"
    assert g.header.convocation == f"by letter and by registered letter, on Monday{NB}1{NB}June{NB}2026"
    assert g.attendance.quorum[0].startswith("Quorum met: 7 taking part, 3 required")
    assert dict(g.attendance.lines)["Present"] == 4
    first = g.items[0].vote
    assert first is not None and first.decision == "Decision: resolution adopted."
    assert dict(first.choices) == {"For": 4, "Against": 1, "Abstain": 0}
    by_name = {p.name: p for p in g.participants}
    assert by_name[names[record.principal]].attendance == f"represented by {names[record.chair]}"
    assert by_name[names[record.chair]].role == "Chair"
    assert g.header.attachments[:2] == ("Attendance sheet", "Proxies (1)")
    assert any(i.startswith(f"{names[record.leaver]} left the meeting at 14:30") for i in g.incidents)
    assert generated_from_data(generated_data(g)) == g
    assert generated_from_data(generated_data(_generate(db, record.a.meeting_id))) == \
        _generate(db, record.a.meeting_id)  # the same record gives the same draft


def test_a_vote_without_its_quorum_decides_nothing(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=8, resolutions=1)
    first, second = a.members[:2]
    attend(a, first)
    attend(a, second)
    with UnitOfWork(db) as uow:
        session.open_session(uow, a.meeting_id, now=OPENING)  # 2 of 8: a quarter, met
        session.set_attendance(uow, a.meeting_id, AttendanceEntry(
            second, AttendanceStatus.PRESENT, at(13, 50), left_at=at(14, 10)), now=at(14, 10))
        polls.prepare_polls(uow, a.meeting_id, now=at(14, 15))
        [poll_id] = [p.id for p in polls.list_polls(uow, a.meeting_id)]
        polls.open_poll(uow, poll_id, now=at(14, 15))
    vote(a, first, poll_id, "for", when=at(14, 16))
    close(a, poll_id, at(14, 20))
    with UnitOfWork(db) as uow:
        session.close_session(uow, a.meeting_id, now=at(14, 30))
        counted = tally_poll(uow, poll_id)
    g = _generate(db, a.meeting_id)
    result = g.items[0].vote
    assert g.attendance.quorum_met is True  # at the opening
    assert result is not None and dict(result.choices)["Pour"] == counted.result.votes_for("for") == 1
    assert result.decision == "Pas de décision (quorum non atteint)" and result.adopted is None
    assert any("le vote ne décide rien" in s for s in result.explanation)
    assert g.agenda[0].treated  # the poll was held and closed
    assert any(i.startswith(f"Quorum non atteint à l'ouverture du point n°{NB}1") for i in g.incidents)


def _body_meeting(db: Database, add_member: AddMember, kind: BodyKind, name: str,
                  meeting_type: MeetingType, roles: tuple[Role, ...]) -> tuple[int, int, list[int]]:
    """A body of ``roles`` holders meeting on 2026-03-10: two attend, one is excused."""
    setup_org(db)
    people = [add_member(f"Membre{i}", first_name=f"Prénom{i}", shares_count=1)
              for i in range(len(roles))]
    on = date(2026, 3, 10)
    with UnitOfWork(db) as uow:
        body, _ = mandates.add_body(uow, Body(0, kind, name, len(roles)))
        for member, role in zip(people, roles, strict=True):
            mandates.add_mandate(uow, Mandate(0, body, member, role, date(2025, 1, 1)))
        meeting_id, _ = meetings.create_meeting(uow, Meeting(
            0, f"{name} de mars", meeting_type, on, body_id=body), now=NOW)
        for title in ("Point sur la trésorerie", "Questions diverses"):
            meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.INFORMATION, title), now=NOW)
        meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=NOW)
        for member in people[:2]:
            session.set_attendance(uow, meeting_id, AttendanceEntry(
                member, AttendanceStatus.PRESENT, datetime.combine(on, time(18))), now=NOW)
        session.set_attendance(uow, meeting_id, AttendanceEntry(people[2], AttendanceStatus.EXCUSED),
                               now=NOW)  # fmt: skip
        session.set_bureau(uow, meeting_id, chair_id=people[0], secretary_name="",
                           scrutineer_ids=())  # fmt: skip
        session.open_session(uow, meeting_id, now=datetime.combine(on, time(18, 5)))
        session.close_session(uow, meeting_id, now=datetime.combine(on, time(19, 40)))
    return meeting_id, body, people


def test_a_board_meeting_has_its_chair_its_quorum_and_no_vote(db: Database, add_member: AddMember) -> None:
    meeting_id, body, _ = _body_meeting(
        db, add_member, BodyKind.BOARD, "Conseil d'administration", MeetingType.BOARD,
        (Role.PRESIDENT, Role.ADMINISTRATOR, Role.ADMINISTRATOR))
    g = _generate(db, meeting_id)
    assert g.body == f"body-{body}" and g.header.meeting_kind == "Conseil d'administration"
    assert g.header.chair == "Membre0 Prénom0" and g.header.convocation == ""
    assert (g.header.start_time, g.header.end_time) == (f"18{NB}h{NB}05", f"19{NB}h{NB}40")
    assert dict(g.attendance.lines) == {
        "Membres en fonction ayant voix délibérative au 10/03/2026": 3, "Présents": 2,
        "À distance": 0, "Représentés": 0, "Excusés": 1, "Absents": 0}  # no postal vote
    assert g.attendance.quorum_met is True  # 2 of 3: at least half of the board
    assert g.attendance.quorum[0].startswith(f"Quorum atteint{NB}: 2 participant(s), 2 requis")
    assert all(s.vote is None for s in g.items) and all(r.treated for r in g.agenda)
    assert [(p.name, p.first_name, p.role, p.attendance) for p in g.participants] == [
        ("Membre0", "Prénom0", "Président(e)", "présent"),
        ("Membre1", "Prénom1", "Administrateur(rice)", "présent")]
    assert g.proxies == () and g.correspondence == () and g.incidents == ()


def test_a_working_group_has_no_quorum_and_no_vote(db: Database, add_member: AddMember) -> None:
    meeting_id, body, _ = _body_meeting(
        db, add_member, BodyKind.WORKING_GROUP, "Groupe mobilité", MeetingType.OTHER,
        (Role.MEMBER, Role.MEMBER, Role.MEMBER))
    g = _generate(db, meeting_id)
    assert g.body == f"body-{body}" and g.header.meeting_kind == "Groupe mobilité"
    assert g.attendance.quorum_met is None
    assert g.attendance.quorum == ("Aucun quorum n'est requis pour cette réunion.",)
    assert [s.vote for s in g.items] == [None, None]
    assert [p.role for p in g.participants] == ["Membre", "Membre"]
    assert _generate(db, meeting_id, "en").attendance.quorum == ("No quorum is required for this meeting.",)


def test_the_demos_past_assembly_matches_its_record(demo_path: Path) -> None:
    db = open_database(demo_path)
    try:
        with UnitOfWork(db) as uow:
            g = generate(uow, 1)
            state = session.session_state(uow, 1, at=datetime(2030, 1, 1))
            tallies = {p.item_id: tally_poll(uow, p.id) for p in polls.list_polls(uow, 1)}
    finally:
        db.close()
    opening = next(r.result for r in state.records if r.item_id is None)
    lines = dict(g.attendance.lines)
    eligible = next(n for label, n in g.attendance.lines if label.startswith("Associés"))
    assert eligible == len(state.lines) == sum(lines.values()) - eligible
    assert len(g.participants) == opening.participants and g.attendance.quorum_met is opening.met
    for section in g.items:
        counted = tallies.get(section.item_id)
        if counted is None:
            assert section.vote is None
            continue
        assert section.vote is not None and section.vote.adopted is counted.result.adopted
        assert [n for _, n in section.vote.choices] == [c.votes for c in counted.result.counts]
        assert len(section.vote.colleges) == len(counted.result.colleges)  # a SCIC votes by college
    assert all(row.treated for row in g.agenda)
    assert any("a quitté la séance" in i for i in g.incidents)
    assert any("non compté" in i for i in g.incidents)  # the late postal form


def test_the_words_exist_in_both_languages_with_the_same_placeholders() -> None:
    for key, (french, english) in minutes_record_texts.TEXTS.items():
        assert french and english, key
        assert placeholders(french) == placeholders(english), key
        assert " :" not in french and " ;" not in french, key  # no-break spaces only
    assert minutes_record_texts.joined(["a", "b", "c"], "fr") == "a, b et c"
    assert minutes_record_texts.joined(["a"], "en") == "a"
