# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes' content, its signatories' signatures and the PDF's PAdES signatures."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.minutes_content import MinutesStatus
from talagov.messages import render
from talagov.verifier.api import verify_bundle
from talagov.verifier.check_minutes import signed_minutes_lines
from talagov.verifier.lines import minutes_subject
from talagov.verifier.report import Status
from tests.verifier.conftest import Tamper, failed_codes, failed_with, failures
from tests.verifier.meeting_setup import ExportedMeeting
from tests.verifier.tamper import Rewrite

CONTENT = "minutes/1.content.json"


def _minutes(data: dict[str, Any]) -> dict[str, Any]:
    minutes: dict[str, Any] = data["minutes"][0]
    return minutes


def rewrite_content(r: Rewrite, edit: Any) -> None:
    """Change the content and record its new hash, as someone holding the organisation
    key but no signatory's key would."""
    content = json.loads(r.members[CONTENT])
    edit(content)
    data = canonical(content)
    r.put(CONTENT, data)
    r.edit_json(bf.MINUTES, lambda d: _minutes(d).update(content_hash=sha256_hex(data)))


def test_minutes_content_altered_and_rehashed_lose_every_signature(tampered: Tamper) -> None:
    def edit(content: dict[str, Any]) -> None:
        choices = content["items"][0]["vote"]["choices"]
        choices[0][1], choices[1][1] = choices[1][1], choices[0][1]  # for and against

    result = tampered(lambda r: rewrite_content(r, edit))
    signatures = failed_with(result, "verify.minutes.signature_signature")
    assert len(signatures) == 3 and {x.subject for x in signatures} == {minutes_subject(1)}
    [votes] = failed_with(result, "verify.minutes.votes_differ")
    assert (votes.params["recorded"], votes.params["computed"]) == ("2, 3, 0", "3, 2, 0")
    assert "verify.register.content_hash" in failed_codes(result)


def test_a_signature_left_out_is_named(tampered: Tamper) -> None:
    result = tampered(lambda r: r.edit_json(
        bf.MINUTES, lambda d: _minutes(d)["signatures"].pop()))
    assert failed_with(result, "verify.minutes.signature_missing")
    assert failed_with(result, "verify.register.signatures")


def test_a_signature_under_another_signatory_s_certificate_is_named(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        first, second = _minutes(data)["signatures"][:2]
        first["certificate"] = second["certificate"]

    result = tampered(lambda r: r.edit_json(bf.MINUTES, edit))
    assert failed_with(result, "verify.minutes.signature_not_named")


def test_something_appended_to_the_signed_pdf_is_caught(tampered: Tamper) -> None:
    def append(r: Rewrite) -> None:
        r.put("minutes/1.pdf", r.members["minutes/1.pdf"] + b"\n% appended after signing\n")

    assert failed_with(tampered(append), "verify.minutes.pdf_tail")


def test_a_damaged_pdf_fails_its_signatures(tampered: Tamper) -> None:
    def damage(r: Rewrite) -> None:
        pdf = r.members["minutes/1.pdf"]
        r.flip("minutes/1.pdf", len(pdf) // 3)

    result = tampered(damage)
    assert failed_codes(result) & {"verify.minutes.pades_invalid", "verify.minutes.pdf_unreadable"}


def test_minutes_without_their_content_fail(tampered: Tamper) -> None:
    result = tampered(lambda r: r.drop(CONTENT))
    assert failed_with(result, "verify.minutes.content_missing")


def _downgrade(r: Rewrite) -> None:
    """The signed minutes turned back into submitted ones by whoever holds the
    organisation key: signatures, register entry and the minutes' journal entries gone."""
    def minutes(data: dict[str, Any]) -> None:
        _minutes(data).update(status="submitted", signatures=[], register=None, signed_at=None)

    r.edit_json(bf.MINUTES, minutes)
    r.drop("register/ag-1.json").drop("register/ag-1.sig")
    r.edit_json(bf.JOURNAL, lambda j: j.update(entries=[
        e for e in j["entries"] if not json.loads(e["entry"])["kind"].startswith("minutes.")]))


def test_minutes_downgraded_to_submitted_are_not_signed_and_none_is(tampered: Tamper) -> None:
    result = tampered(_downgrade)
    assert not failures(result)  # nothing contradicts it: the warnings are all there is
    lines = {x.code: x for x in result.lines}
    assert "verify.minutes.ok" not in lines
    assert lines["verify.minutes.not_signed"].status is Status.WARNING
    assert lines["verify.minutes.none_signed"].status is Status.WARNING
    assert lines["verify.minutes.none_signed"].file == bf.MINUTES


def test_minutes_removed_leave_a_warning(tampered: Tamper) -> None:
    def remove(r: Rewrite) -> None:
        r.edit_json(bf.MINUTES, lambda d: d.update(minutes=[]))
        for name in ("register/ag-1.json", "register/ag-1.sig", "minutes/1.pdf", CONTENT):
            r.drop(name)

    result = tampered(remove)
    [line] = [x for x in result.lines if x.code == "verify.minutes.none_signed"]
    assert line.status is Status.WARNING and line.params["count"] == 0


def test_signed_minutes_need_no_warning(exported: ExportedMeeting) -> None:
    contents = verify_bundle(exported.bundle).contents
    assert contents is not None
    assert signed_minutes_lines(contents) == []
    unsigned = replace(contents, minutes=tuple(
        replace(m, status=MinutesStatus.SUBMITTED) for m in contents.minutes))
    [line] = signed_minutes_lines(unsigned)
    assert (line.code, line.status) == ("verify.minutes.none_signed", Status.WARNING)
    assert "ballots/poll-N/" in render(line.code, line.params, "en")
