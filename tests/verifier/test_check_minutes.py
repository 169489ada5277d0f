# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes' content, its signatories' signatures and the PDF's PAdES signatures."""

from __future__ import annotations

import json
from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.canonical import canonical, sha256_hex
from talagov.verifier.lines import minutes_subject
from tests.verifier.conftest import Tamper, failed_codes, failed_with
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
