# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal entries of the meeting: chain, signatures, and the events they must hold."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.signing import b64, sign_bytes
from tests.verifier.conftest import Tamper, failed_with
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
