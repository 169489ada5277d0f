# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal entries of the meeting: chain, signatures, and the events they must hold."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.signing import b64, sign_bytes
from tests.verifier.conftest import Tamper, failed_with, failures
from tests.verifier.tamper import Rewrite


def _kind(entry: dict[str, Any]) -> str:
    kind: str = json.loads(entry["entry"])["kind"]
    return kind


def without(kind: str) -> Callable[[Rewrite], None]:
    """Remove the first journal entry of one kind."""

    def change(r: Rewrite) -> None:
        def edit(data: dict[str, Any]) -> None:
            entries = data["entries"]
            entries.remove(next(e for e in entries if _kind(e) == kind))

        r.edit_json(bf.JOURNAL, edit)

    return change


def test_a_ballot_s_entry_removed_is_named(tampered: Tamper) -> None:
    result = tampered(without("ballot.accepted"))
    [line] = failed_with(result, "verify.journal.ballot_missing")
    assert line.subject.startswith("ballot ") and line.params["id"] == 1


def test_a_poll_opening_or_a_minutes_signature_unjournaled_is_named(tampered: Tamper) -> None:
    result = tampered(without("poll.opened"))
    [line] = failed_with(result, "verify.journal.event_missing")
    assert line.subject == "poll 1" and line.params["event"] == "poll.opened"
    result = tampered(without("minutes.signed"))
    [line] = failed_with(result, "verify.journal.event_missing")
    assert line.subject == "minutes 1"


def test_an_entry_rewritten_and_signed_again_breaks_the_chain(tampered: Tamper) -> None:
    def change(r: Rewrite) -> None:
        def edit(data: dict[str, Any]) -> None:
            entry = next(e for e in data["entries"] if _kind(e) == "ballot.rejected")
            body = json.loads(entry["entry"])
            body["kind"] = "ballot.accepted"  # the rejected ballot "accepted" after all
            raw = canonical(body)
            entry.update(entry=raw.decode(), hash=sha256_hex(raw),
                         signature=b64(sign_bytes(raw, r.key)))

        r.edit_json(bf.JOURNAL, edit)

    result = tampered(change)
    assert failed_with(result, "verify.journal.chain")


def test_an_entry_not_signed_by_the_organisation_is_named(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["entries"][0]["signer"] = "0" * 64

    result = tampered(lambda r: r.edit_json(bf.JOURNAL, edit))
    assert failed_with(result, "verify.journal.unknown_signer")


def _payload(entry: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(entry["entry"])
    return body


def test_the_span_carries_other_events_and_has_no_gap(tampered: Tamper) -> None:
    result = tampered(lambda r: None)
    assert not failures(result)

    def check(r: Rewrite) -> None:
        entries = [_payload(e) for e in r.json(bf.JOURNAL)["entries"]]
        sequences = [e["sequence"] for e in entries]
        assert sequences == list(range(sequences[0], sequences[-1] + 1))
        assert entries[0]["meeting_id"] == entries[-1]["meeting_id"] == 1
        assert any(e["meeting_id"] is None for e in entries)  # certificates issued meanwhile

    tampered(check)


def test_an_entry_removed_from_the_span_without_signing_anything_is_a_gap(
        tampered: Tamper) -> None:
    # A certificate issued between two of the meeting's entries: no coverage check
    # looks for it, only the span's contiguity.
    removed: list[int] = []

    def edit(data: dict[str, Any]) -> None:
        entry = next(e for e in data["entries"] if _payload(e)["meeting_id"] is None)
        removed.append(_payload(entry)["sequence"])
        data["entries"].remove(entry)

    result = tampered(lambda r: r.edit_json(bf.JOURNAL, edit))
    [line] = failures(result)
    assert line.code == "verify.journal.gap"
    assert (line.params["after"], line.params["before"], line.params["missing"]) == (
        removed[0] - 1, removed[0] + 1, 1)


def test_a_rejected_ballot_and_its_entry_removed_is_a_gap(tampered: Tamper) -> None:
    """Review k2b: the rejected ballot 6, its file and its journal entry removed; the
    other entries untouched (nothing signed again but the manifest)."""

    def change(r: Rewrite) -> None:
        def polls(data: dict[str, Any]) -> None:
            ballots = data["polls"][0]["ballots"]
            gone = next(b for b in ballots if b["verdict"] == "rejected")
            ballots.remove(gone)
            r.drop(gone["path"])

        r.edit_json(bf.POLLS, polls)
        r.edit_json(bf.JOURNAL, lambda d: d["entries"].remove(
            next(e for e in d["entries"] if _kind(e) == "ballot.rejected")))

    assert failed_with(tampered(change), "verify.journal.gap")


def test_a_poll_s_closing_entry_that_says_another_result_is_named(tampered: Tamper) -> None:
    def edit(entries: list[dict[str, Any]]) -> None:
        closed = next(e for e in entries if e["kind"] == "poll.closed")
        closed["subject"]["adopted"] = not closed["subject"]["adopted"]

    result = tampered(lambda r: r.edit_journal(edit))
    [line] = failures(result)
    assert line.code == "verify.journal.poll_differs" and line.subject == "poll 1"
    assert (line.params["event"], line.params["field"]) == ("poll.closed", "adopted")


def test_a_poll_s_setting_rewritten_in_the_archive_is_named(tampered: Tamper) -> None:
    """The frozen setting of poll 1 without its first participant: its hash is no longer
    the one journaled at closing (whatever else notices it)."""

    def edit(data: dict[str, Any]) -> None:
        setting = data["polls"][0]["setting"]
        setting["participants"] = setting["participants"][1:]

    result = tampered(lambda r: r.edit_json(bf.POLLS, edit))
    lines = failed_with(result, "verify.journal.poll_differs")
    assert [(x.subject, x.params["field"]) for x in lines] == [("poll 1", "setting_sha256")]


def test_a_poll_s_opening_entry_at_another_time_is_named(tampered: Tamper) -> None:
    def edit(entries: list[dict[str, Any]]) -> None:
        opened = next(e for e in entries if e["kind"] == "poll.opened")
        opened["at"] = "2026-06-30T14:04:00"

    result = tampered(lambda r: r.edit_journal(edit))
    [line] = failures(result)
    assert (line.code, line.params["field"], line.params["journaled"],
            line.params["recorded"]) == ("verify.journal.poll_differs", "at",
                                         "2026-06-30T14:04:00", "2026-06-30T14:05:00")


def test_a_ballot_s_entry_naming_another_voter_is_named(tampered: Tamper) -> None:
    def edit(entries: list[dict[str, Any]]) -> None:
        ballot = next(e for e in entries if e["kind"] == "ballot.accepted")
        ballot["subject"]["voter_id"] = 6

    result = tampered(lambda r: r.edit_journal(edit))
    [line] = failures(result)
    assert line.code == "verify.journal.ballot_differs" and line.params["field"] == "voter_id"
