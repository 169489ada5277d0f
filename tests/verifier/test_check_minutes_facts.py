# SPDX-License-Identifier: GPL-3.0-or-later
"""What the minutes say of the votes and the attendance, against the record."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from talagov.core import bundle_format as bf
from talagov.core.ballot_check import PollJudgement, Verdict
from talagov.core.bundle_model import BundleContents
from talagov.core.minutes_codec import from_data
from talagov.core.minutes_content import Attendance, MinutesContent
from talagov.core.polls import PollStatus
from talagov.core.tally_model import TallyResult
from talagov.verifier.api import verify_bundle
from talagov.verifier.check_certificates import check_certificates
from talagov.verifier.check_minutes_facts import (
    attendance_counts,
    check_facts,
    expected_ballot_lines,
    expected_quorum_met,
)
from talagov.verifier.check_votes import judge_poll
from talagov.verifier.reader import read_bundle
from talagov.verifier.report import Status
from talagov.verifier.session_record import SessionRecord, recompute, session_record
from tests.verifier.conftest import Tamper, failed_with
from tests.verifier.meeting_setup import ExportedMeeting
from tests.verifier.tamper import Rewrite


@pytest.fixture(scope="module")
def facts(exported: ExportedMeeting) -> tuple[MinutesContent, SessionRecord,
                                              dict[int, TallyResult]]:
    contents = verify_bundle(exported.bundle).contents
    assert isinstance(contents, BundleContents)
    data: Any = json.loads(Rewrite.of(exported.bundle, exported.assembly.org_key)
                           .members["minutes/1.content.json"])
    results = {r.poll.item_id: r.result for r in contents.polls if r.result is not None}
    return from_data(data), session_record(contents), results


@pytest.fixture(scope="module")
def judged(exported: ExportedMeeting) -> tuple[BundleContents, dict[int, PollJudgement]]:
    """The bundle's contents and each closed poll's ballots judged again, by item."""
    files = read_bundle(exported.bundle)
    members = {n: files.read(n) for n in files.names(bf.MEMBER_CERTS)}
    _, certs = check_certificates(files.read(bf.ORG_CERT), files.manifest.organisation_fingerprint,
                                  members, files.read(bf.REVOCATIONS)
                                  if bf.REVOCATIONS in files else None)  # fmt: skip
    contents = verify_bundle(exported.bundle).contents
    assert isinstance(contents, BundleContents) and certs.ca is not None
    session = session_record(contents)
    found = {}
    for record in contents.polls:
        if record.poll.status is PollStatus.CLOSED:
            again = recompute(record.poll, session, certs.ca, certs.revoked_at)
            found[record.poll.item_id] = judge_poll(record, files, again.electorate)[0].judgement
    return contents, found


def _lines(content: MinutesContent, facts: Any, judged: Any) -> list[Any]:
    _, session, results = facts
    return check_facts(1, CONTENT, content, session, results, judgements=judged[1],
                       roll=judged[0].roll)


def _codes(content: MinutesContent, facts: Any, judged: Any = None) -> list[str]:
    _, session, results = facts
    lines = _lines(content, facts, judged) if judged is not None \
        else check_facts(1, CONTENT, content, session, results)
    return [x.code for x in lines if x.status is Status.FAILED]


CONTENT = "minutes/1.content.json"


def test_the_signed_minutes_report_the_record(facts: Any, judged: Any) -> None:
    content, session, results = facts
    lines = check_facts(1, CONTENT, content, session, results)
    assert [x.code for x in lines] == ["verify.minutes.facts_ok"]
    assert lines[0].params["votes"] == 3
    assert [x.code for x in _lines(content, facts, judged)] == ["verify.minutes.facts_ok"]


def test_the_ballots_sentences_are_the_minutes_own(facts: Any, judged: Any) -> None:
    content = facts[0]
    first = content.items[0]
    assert first.vote is not None
    expected = expected_ballot_lines(judged[1][first.item_id], content.generated.lang)
    assert expected == [
        "Bulletins signés reçus\u00a0: 7\u00a0; comptés\u00a0: 5\u00a0; remplacés par un "
        "vote ultérieur\u00a0: 1\u00a0; écartés au profit d'un autre canal\u00a0: 0\u00a0; "
        "rejetés\u00a0: 1.",
        "Bulletins rejetés — aucun pouvoir du mandant\u00a0: 1."]
    assert first.vote.explanation[-2:] == tuple(expected)
    assert expected_ballot_lines(PollJudgement((), ()), "fr") == []


def test_a_ballot_judged_away_from_the_minutes_is_named(facts: Any, judged: Any) -> None:
    content, first = facts[0], facts[0].items[0]
    kept = judged[1][first.item_id]
    without = PollJudgement(tuple(j for j in kept.judgements
                                  if j.verdict is not Verdict.REJECTED), kept.counted)
    lines = [x for x in _lines(content, facts, (judged[0], {**judged[1], first.item_id: without}))
             if x.status is Status.FAILED]
    assert [x.code for x in lines] == ["verify.minutes.ballots_differ"]
    assert {k: lines[0].params[k] for k in ("number", "recorded_received", "recorded_rejected",
                                            "received", "rejected")} \
        == {"number": first.number, "recorded_received": "7", "recorded_rejected": "1",
            "received": "6", "rejected": "0"}


def _without_ballot_line(content: MinutesContent) -> MinutesContent:
    first = content.items[0]
    assert first.vote is not None
    vote = replace(first.vote, explanation=first.vote.explanation[:-2])
    return replace(content, items=(replace(first, vote=vote), *content.items[1:]))


def test_minutes_silent_on_the_ballots_received_are_named(facts: Any, judged: Any) -> None:
    assert _codes(_without_ballot_line(facts[0]), facts, judged) \
        == ["verify.minutes.ballots_differ"]


def test_a_rejected_ballot_erased_with_its_journal_entry_is_caught(
        tampered: Tamper, exported: ExportedMeeting) -> None:
    def erase(r: Rewrite) -> None:
        polls = r.json(bf.POLLS)
        poll = polls["polls"][0]
        [gone] = [b for b in poll["ballots"] if b["verdict"] == "rejected"]
        r.drop(gone["path"])
        r.edit_json(bf.POLLS, lambda p: p["polls"][0].update(
            ballots=[b for b in p["polls"][0]["ballots"] if b["id"] != gone["id"]]))
        r.edit_json(bf.JOURNAL, lambda j: j.update(entries=[
            e for e in j["entries"]
            if json.loads(e["entry"])["subject"].get("ballot_id") != gone["id"]]))

    [line] = failed_with(tampered(erase), "verify.minutes.ballots_differ")
    assert (line.params["recorded_received"], line.params["recorded_rejected"],
            line.params["received"], line.params["rejected"]) == ("7", "1", "6", "0")
    assert (line.file, line.subject) == (CONTENT, "minutes 1")


def test_attendance_counts_follow_the_summary_s_layout(facts: Any) -> None:
    content, session, _ = facts
    # voters, present, remote, represented, postal, excused, absent
    assert attendance_counts(session) == [6, 3, 0, 1, 1, 0, 1]
    assert [n for _, n in content.generated.attendance.lines] == attendance_counts(session)
    assert expected_quorum_met(session) is True


def test_other_votes_or_another_decision_are_named(facts: Any) -> None:
    content = facts[0]
    first = content.items[0]
    assert first.vote is not None
    altered = replace(first, vote=replace(first.vote, choices=((first.vote.choices[0][0], 9),
                                                               *first.vote.choices[1:])))
    assert _codes(replace(content, items=(altered, *content.items[1:])), facts) \
        == ["verify.minutes.votes_differ"]
    turned = replace(first, vote=replace(first.vote, adopted=False))
    assert _codes(replace(content, items=(turned, *content.items[1:])), facts) \
        == ["verify.minutes.decision_differs"]


def test_another_attendance_or_quorum_is_named(facts: Any) -> None:
    content = facts[0]
    g = content.generated
    lines = ((g.attendance.lines[0][0], 7), *g.attendance.lines[1:])
    other = replace(content, generated=replace(g, attendance=Attendance(
        lines, g.attendance.quorum, g.attendance.quorum_met)))
    assert _codes(other, facts) == ["verify.minutes.attendance_differs"]
    no_quorum = replace(content, generated=replace(g, attendance=replace(
        g.attendance, quorum_met=False)))
    assert _codes(no_quorum, facts) == ["verify.minutes.quorum_differs"]


def _header(content: MinutesContent, **changes: Any) -> MinutesContent:
    g = content.generated
    return replace(content, generated=replace(g, header=replace(g.header, **changes)))


def test_the_bureau_named_is_the_meeting_s(facts: Any, judged: Any) -> None:
    content = facts[0]
    header = content.generated.header
    assert (header.chair, header.secretary, header.scrutineers) \
        == ("Associé00", "Associé01", ("Associé02",))
    assert _codes(_header(content, chair="Associé05"), facts, judged) \
        == ["verify.minutes.chair_differs"]
    assert _codes(_header(content, secretary="Quelqu'un"), facts, judged) \
        == ["verify.minutes.secretary_differs"]
    assert _codes(_header(content, scrutineers=("Associé04",)), facts, judged) \
        == ["verify.minutes.scrutineers_differ"]


def test_the_people_named_are_those_of_the_sheet(facts: Any, judged: Any) -> None:
    content = facts[0]
    g = content.generated
    assert g.correspondence == ("Associé04",)
    other_postal = replace(content, generated=replace(g, correspondence=("Associé05",)))
    [line] = [x for x in _lines(other_postal, facts, judged) if x.status is Status.FAILED]
    assert (line.code, line.params["minutes_only"], line.params["record_only"]) \
        == ("verify.minutes.postal_voters_differ", "Associé05", "Associé04")
    swapped = tuple(replace(p, name="Associé05") if p.name == "Associé01" else p
                    for p in g.participants)
    assert swapped != g.participants
    assert _codes(replace(content, generated=replace(g, participants=swapped)), facts, judged) \
        == ["verify.minutes.participants_differ"]


def test_an_attendee_swapped_for_an_absent_member_is_caught(tampered: Tamper) -> None:
    def swap(r: Rewrite) -> None:
        def edit(data: dict[str, Any]) -> None:
            by = {e["member_id"]: e for e in data["entries"]}
            present = by.pop(2)
            present["member_id"] = 6
            absent = by.pop(6, None)
            if absent is not None:
                absent["member_id"] = 2
                by[2] = absent
            by[6] = present
            data["entries"] = [by[k] for k in sorted(by)]

        r.edit_json(bf.ATTENDANCE, edit)

    [line] = failed_with(tampered(swap), "verify.minutes.participants_differ")
    assert (line.params["minutes_only"], line.params["record_only"]) == ("Associé01", "Associé05")
