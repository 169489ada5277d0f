# SPDX-License-Identifier: GPL-3.0-or-later
"""Each closed poll's electorate recomputed from the roll, the attendance and the
proxies, against the one frozen at its closing."""

from __future__ import annotations

from typing import Any

from talagov.core import bundle_format as bf
from talagov.verifier.api import verify_bundle
from talagov.verifier.check_certificates import read_organisation
from talagov.verifier.session_record import recompute, session_record
from tests.verifier.conftest import Tamper, failed_with
from tests.verifier.meeting_setup import ExportedMeeting
from tests.verifier.tamper import Rewrite


def test_the_recomputed_electorate_is_the_frozen_one(exported: ExportedMeeting) -> None:
    contents = verify_bundle(exported.bundle).contents
    rewrite = Rewrite.of(exported.bundle, exported.assembly.org_key)
    ca, _ = read_organisation(rewrite.members[bf.ORG_CERT])
    assert contents is not None and ca is not None
    session = session_record(contents)
    for record in contents.polls:
        again = recompute(record.poll, session, ca, {})
        frozen = record.setting
        assert frozen is not None
        assert again.electorate.voters == frozen.voters
        assert dict(again.electorate.proxies) == dict(frozen.proxies)
        assert again.participants == frozen.participants
        assert again.bases == frozen.bases


def test_a_member_struck_off_the_roll_is_named(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        member = next(m for m in data["members"] if m["member_id"] == 6)
        member["has_vote"], member["reason"] = False, "no_shares"

    result = tampered(lambda r: r.edit_json(bf.ROLL, edit))
    voters = [x for x in failed_with(result, "verify.electorate.differs")
              if x.params["field"] == "voters"]
    assert len(voters) == 3 and voters[0].params["recorded"] == "6"
    assert voters[0].params["computed"] == "-"


def test_a_frozen_setting_rewritten_to_let_a_proxy_count_is_named(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["polls"][0]["setting"]["proxies"].append([6, 2])  # A5 "represented" by A1

    result = tampered(lambda r: r.edit_json(bf.POLLS, edit))
    [line] = [x for x in failed_with(result, "verify.electorate.differs")
              if x.params["field"] == "proxies"]
    assert line.subject == "poll 1" and line.params["recorded"] == "6→2"
