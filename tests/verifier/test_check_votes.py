# SPDX-License-Identifier: GPL-3.0-or-later
"""Ballots removed, added, replayed, forged or damaged in a bundle whose manifest was
signed again: each is caught by judging the ballots again, and named."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import bundle_format as bf
from talagov.core import certificates
from talagov.core.ballots import BallotContent, SignedBallot, from_file, sign_ballot, to_file
from talagov.core.bundle_codec_polls import ballot_path
from talagov.core.polls import FOR
from talagov.core.signing import new_private_key
from talagov.verifier.lines import ballot_subject
from talagov.verifier.report import CheckLine, Status, Verification
from tests.verifier.conftest import Tamper, failed_with, failures
from tests.verifier.meeting_setup import ExportedMeeting
from tests.verifier.tamper import Rewrite

RECEIVED = "2026-06-30T14:20:00"


def warned_with(result: Verification, code: str) -> list[CheckLine]:
    """The warning lines of one code (a booth voter not ticked present is said, not failed)."""
    assert not [x for x in result.lines if x.code == code and x.status is Status.FAILED]
    return [x for x in result.lines if x.code == code and x.status is Status.WARNING]


def _poll(rewrite: Rewrite, index: int) -> dict[str, Any]:
    poll: dict[str, Any] = rewrite.json(bf.POLLS)["polls"][index]
    return poll


def signed_ballot(rewrite: Rewrite, poll_index: int, voter: int,
                  key: ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> SignedBallot:
    """A ballot for one of the bundle's polls, signed with ``key``."""
    poll = _poll(rewrite, poll_index)
    content = BallotContent(
        organisation=poll["definition"]["organisation"], meeting_id=poll["meeting_id"],
        poll_id=poll["id"], definition_hash=poll["definition_hash"], voter_id=voter,
        on_behalf_of=voter, choices=(FOR,), nonce="c0" * 16,
        cast_at="2026-06-30T12:20:00+00:00", sequence=1)  # fmt: skip
    return sign_ballot(content, key, cert)


def add_ballot(rewrite: Rewrite, poll_index: int, ballot: SignedBallot, *, ballot_id: int = 99,
               verdict: str = "counted") -> str:
    """Put a ballot file in the bundle and in its poll's index, recorded as counted."""
    poll_id = _poll(rewrite, poll_index)["id"]
    path = ballot_path(poll_id, ballot.fingerprint)
    rewrite.put(path, to_file(ballot))

    def edit(data: dict[str, Any]) -> None:
        data["polls"][poll_index]["ballots"].append({
            "channel": "booth", "detail": {}, "fingerprint": ballot.fingerprint, "id": ballot_id,
            "origin": "booth", "path": path, "reason": None, "received_at": RECEIVED,
            "verdict": verdict})  # fmt: skip

    rewrite.edit_json(bf.POLLS, edit)
    return path


def test_a_ballot_removed_is_caught_by_the_recount_and_the_journal(tampered: Tamper) -> None:
    removed: dict[str, Any] = {}

    def change(r: Rewrite) -> None:
        def edit(data: dict[str, Any]) -> None:
            ballots = data["polls"][0]["ballots"]
            removed.update(ballots.pop(0))  # A0's own ballot, counted FOR

        r.edit_json(bf.POLLS, edit)
        r.drop(removed["path"])

    result = tampered(change)
    assert failed_with(result, "verify.tally.votes_differ")
    absent = failed_with(result, "verify.journal.ballot_absent")
    assert [x.subject for x in absent] == [ballot_subject(removed["fingerprint"])]


def test_a_ballot_added_with_a_genuine_key_is_caught(tampered: Tamper,
                                                     exported: ExportedMeeting) -> None:
    a5 = exported.assembly.members[5]
    key, cert = exported.assembly.member_keys[a5]
    added: list[str] = []
    result = tampered(lambda r: added.append(add_ballot(r, 0, signed_ballot(r, 0, a5, key, cert))))
    assert failed_with(result, "verify.tally.votes_differ")  # the recorded result lacks it
    missing = failed_with(result, "verify.journal.ballot_missing")
    assert [x.file for x in missing] == added


def test_a_ballot_replayed_into_another_poll_is_rejected(tampered: Tamper) -> None:
    replayed: list[str] = []

    def change(r: Rewrite) -> None:
        first = _poll(r, 0)["ballots"][0]
        replayed.append(add_ballot(r, 1, from_file(r.members[first["path"]])))

    result = tampered(change)
    differs = failed_with(result, "verify.ballots.verdict_differs")
    assert [x.file for x in differs] == replayed
    assert differs[0].params["computed"] == "rejected: wrong_definition"
    assert differs[0].params["recorded"] == "counted"


def test_a_ballot_signed_under_a_forged_authority_is_rejected(tampered: Tamper,
                                                            exported: ExportedMeeting) -> None:
    a5 = exported.assembly.members[5]
    forger = new_private_key()
    now = datetime(2026, 6, 1, tzinfo=UTC)
    fake_ca = certificates.organisation_certificate(forger, name="Fonderie du Val", now=now)
    key = new_private_key()
    cert = certificates.issue_member_certificate(forger, fake_ca, key.public_key(),
                                                 member_id=a5, name="Associé05", now=now)
    result = tampered(lambda r: add_ballot(r, 0, signed_ballot(r, 0, a5, key, cert)))
    differs = failed_with(result, "verify.ballots.verdict_differs")
    assert len(differs) == 1 and differs[0].params["computed"] == "rejected: bad_certificate"


def test_reordered_ballots_are_caught_by_the_journal(tampered: Tamper) -> None:
    def change(r: Rewrite) -> None:
        def edit(data: dict[str, Any]) -> None:
            ballots = data["polls"][0]["ballots"]
            # A1's two ballots (ids 3 and 4) swap places in the order received.
            first, second = ballots[2], ballots[3]
            first["id"], second["id"] = second["id"], first["id"]
            first["received_at"], second["received_at"] = (second["received_at"],
                                                           first["received_at"])
            second["detail"], first["detail"] = {"by": first["id"]}, {}
            first["verdict"], second["verdict"] = "counted", "superseded"
            ballots.sort(key=lambda b: b["id"])

        r.edit_json(bf.POLLS, edit)

    result = tampered(change)
    assert failed_with(result, "verify.journal.ballot_differs")
    assert failed_with(result, "verify.journal.ballot_order")


def test_a_recorded_verdict_changed_is_named(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        rejected = next(b for b in data["polls"][0]["ballots"] if b["verdict"] == "rejected")
        rejected["verdict"], rejected["reason"], rejected["detail"] = "counted", None, {}

    result = tampered(lambda r: r.edit_json(bf.POLLS, edit))
    differs = failed_with(result, "verify.ballots.verdict_differs")
    assert len(differs) == 1 and differs[0].params["computed"] == "rejected: no_proxy"
    assert differs[0].subject.startswith("ballot ")


def test_a_ballot_file_that_is_not_a_ballot_or_is_missing_or_unlisted(tampered: Tamper) -> None:
    def garbage(r: Rewrite) -> None:
        r.put(_poll(r, 0)["ballots"][0]["path"], b'{"format": "x"}')

    assert failed_with(tampered(garbage), "verify.ballots.malformed")

    def stray(r: Rewrite) -> None:
        r.put("ballots/poll-1/" + "0" * 64 + ".json", b"{}")

    assert failed_with(tampered(stray), "verify.ballots.unlisted")


def test_the_untouched_export_has_no_presence_or_clock_line(exported: ExportedMeeting,
                                                             tampered: Tamper) -> None:
    result = tampered(lambda r: None)
    assert not failures(result)
    assert not [x for x in result.lines if x.status is Status.WARNING]


def test_a_booth_voter_recorded_gone_when_they_voted_is_named(tampered: Tamper) -> None:
    # A1 (member 2) cast ballots 3 and 4 at the booth at 14:12 and 14:13; the sheet now
    # says they left at 14:11:30, after every quorum and poll opening (nothing else moves).
    def edit(data: dict[str, Any]) -> None:
        entry = next(e for e in data["entries"] if e["member_id"] == 2)
        entry["left_at"] = "2026-06-30T14:11:30"

    result = tampered(lambda r: r.edit_json(bf.ATTENDANCE, edit))
    lines = warned_with(result, "verify.ballots.voter_not_present")
    assert [(x.params["id"], x.params["member"]) for x in lines] == [(3, 2), (4, 2)]
    assert all(x.subject.startswith("ballot ") and x.file.startswith("ballots/poll-1/")
               for x in lines)


def test_a_booth_voter_recorded_absent_is_named(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        entry = next(e for e in data["entries"] if e["member_id"] == 2)
        entry["status"], entry["arrived_at"] = "absent", None

    result = tampered(lambda r: r.edit_json(bf.ATTENDANCE, edit))
    lines = warned_with(result, "verify.ballots.voter_not_present")
    assert {x.params["status"] for x in lines} == {"absent"} and len(lines) == 2


def test_a_voter_s_clock_after_the_closing_is_a_warning(tampered: Tamper,
                                                        exported: ExportedMeeting) -> None:
    """A0's first booth ballot signed again by A0's genuine key, its ``cast_at`` an hour
    after poll 1 closed (a laptop's clock ahead): counted all the same, but said."""
    a0 = exported.assembly.members[0]
    key, cert = exported.assembly.member_keys[a0]

    def change(r: Rewrite) -> None:
        entry = _poll(r, 0)["ballots"][0]
        old = from_file(r.members[entry["path"]])
        closed = datetime.fromisoformat(_poll(r, 0)["closed_at"]).astimezone()
        late = (closed + timedelta(hours=1)).isoformat(timespec="seconds")
        ballot = sign_ballot(replace(old.content, cast_at=late), key, cert)
        path = ballot_path(_poll(r, 0)["id"], ballot.fingerprint)
        r.drop(entry["path"]).put(path, to_file(ballot))
        r.edit_json(bf.POLLS, lambda d: d["polls"][0]["ballots"][0].update(
            fingerprint=ballot.fingerprint, path=path))
        r.edit_journal(lambda entries: next(
            e for e in entries if e["subject"].get("fingerprint") == old.fingerprint
        )["subject"].update(fingerprint=ballot.fingerprint))

    result = tampered(change)
    assert not failures(result)
    [line] = [x for x in result.lines if x.status is Status.WARNING]
    assert line.code == "verify.ballots.cast_after_close" and line.params["id"] == 1
    assert line.params["closed_at"] == "2026-06-30T14:30:00"
