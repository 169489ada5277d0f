# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation, roll and convocation files read back exactly; anything else is refused."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings

from talagov.core.bundle_codec_org import (
    decode_convocations,
    decode_organisation,
    decode_roll,
    encode_convocations,
    encode_organisation,
    encode_roll,
)
from talagov.core.bundle_model import BundleDataError, OrganisationData, Roll
from talagov.core.canonical import canonical
from talagov.core.convocation import Sending
from talagov.core.legal_forms import LegalForm
from talagov.core.organisation import Organisation
from talagov.core.presets import preset
from tests.core.bundle_strategies import organisations, rolls, sendings


def through_json(data: dict[str, Any]) -> Any:
    """What a reader parses from the canonical bytes written."""
    return json.loads(canonical(data))


@settings(max_examples=60, deadline=None)
@given(organisations)
def test_the_organisation_and_its_statutes_read_back_exactly(data: OrganisationData) -> None:
    assert decode_organisation(through_json(encode_organisation(data))) == data


@settings(max_examples=100, deadline=None)
@given(rolls)
def test_the_roll_reads_back_exactly(roll: Roll) -> None:
    assert decode_roll(through_json(encode_roll(roll))) == roll


@settings(max_examples=100, deadline=None)
@given(sendings)
def test_the_convocation_log_reads_back_exactly(log: tuple[Sending, ...]) -> None:
    assert decode_convocations(through_json(encode_convocations(log))) == log


def _organisation() -> dict[str, Any]:
    org = Organisation("Coopérative des Tilleuls", LegalForm.SCOP_SA, siren="123456782")
    data = OrganisationData(org, preset(LegalForm.SCOP_SA), date(2024, 1, 1))
    return through_json(encode_organisation(data))


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d.update(version=2), "unsupported version"),
    (lambda d: d.update(format="talagov.bundle.roll"), "format"),
    (lambda d: d.update(extra=1), "unexpected ['extra']"),
    (lambda d: d["organisation"].update(id=True), "organisation.id"),
    (lambda d: d["organisation"].update(fiscal_year_end=[12]), "fiscal_year_end"),
    (lambda d: d["statutes"].update(remote_allowed=1), "statutes"),
    (lambda d: d["statutes"].update(invented=True), "statutes"),
    (lambda d: d["statutes"].pop("colleges"), "statutes"),
    (lambda d: d.update(statutes_from="2025-13-01"), "statutes_from"),
])
def test_a_mistyped_organisation_file_is_refused(change: Any, where: str) -> None:
    data = _organisation()
    change(data)
    with pytest.raises(BundleDataError) as caught:
        decode_organisation(data)
    assert caught.value.path == "data/organisation.json" and where in str(caught.value)


def test_a_roll_member_listed_twice_or_with_an_inconsistent_vote_is_refused() -> None:
    member = {"member_id": 4, "number": "A4", "name": "Zoé", "shares": 1, "has_vote": True,
              "reason": None, "college_key": "", "category_key": ""}
    data = {"format": "talagov.bundle.roll", "version": 1, "record_date": "2026-06-30",
            "members": [member, member], "mandates": []}
    with pytest.raises(BundleDataError, match="listed twice"):
        decode_roll(data)
    data["members"] = [{**member, "reason": "exited"}]
    with pytest.raises(BundleDataError, match=r"members\[0\]\.reason"):
        decode_roll(data)
    data["members"] = [{**member, "shares": "1"}]
    with pytest.raises(BundleDataError, match=r"members\[0\]\.shares: integer expected"):
        decode_roll(data)


@pytest.mark.parametrize("value", [None, [], "x", 3])
def test_a_file_that_is_not_an_object_is_refused(value: object) -> None:
    with pytest.raises(BundleDataError, match="object expected"):
        decode_convocations(value)


def test_a_sending_with_an_unknown_channel_is_refused() -> None:
    sending = {"id": 1, "meeting_id": 2, "member_id": 3, "channel": "pigeon",
               "at": "2026-06-01T10:00:00", "address": "", "status": "sent", "evidence": "",
               "error": ""}
    data = {"format": "talagov.bundle.convocations", "version": 1, "sendings": [sending]}
    with pytest.raises(BundleDataError, match=r"sendings\[0\]\.channel: unknown Channel"):
        decode_convocations(data)
    sending["channel"], sending["at"] = "post", "2026-06-01"
    with pytest.raises(BundleDataError, match="ISO date and time expected"):
        decode_convocations(data)
