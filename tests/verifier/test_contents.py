# SPDX-License-Identifier: GPL-3.0-or-later
"""The data files: decoded strictly, and written exactly as TalaGov writes them."""

from __future__ import annotations

import json
from typing import Any

from talagov.core import bundle_format as bf
from talagov.verifier.report import Area
from tests.verifier.conftest import Tamper, failed_with


def test_a_reordered_index_is_not_the_canonical_data(tampered: Tamper) -> None:
    result = tampered(lambda r: r.edit_json(
        bf.POLLS, lambda d: d["polls"][0]["ballots"].reverse()))
    [line] = failed_with(result, "verify.data.not_canonical")
    assert line.file == bf.POLLS and line.area is Area.MANIFEST


def test_a_data_file_of_another_version_is_named_and_the_rest_still_checked(
        tampered: Tamper) -> None:
    result = tampered(lambda r: r.edit_json(bf.ROLL, lambda d: d.update(version=2)))
    [line] = failed_with(result, "verify.data.malformed")
    assert line.file == bf.ROLL and "version" in line.params["detail"]
    assert result.contents is None  # the decoded bundle is incomplete
    assert any(x.code == "verify.cert.org_ok" for x in result.lines)


def test_a_data_file_that_is_not_json_is_a_failed_line(tampered: Tamper) -> None:
    result = tampered(lambda r: r.put(bf.MEETING, b'{"format": '))
    [line] = [x for x in result.lines if x.file == bf.MEETING]
    assert line.code.startswith("bundle.") and not result.ok


def test_a_pretty_printed_data_file_is_not_canonical(tampered: Tamper) -> None:
    def change(r: Any) -> None:
        r.put(bf.PROXIES, json.dumps(r.json(bf.PROXIES), indent=2, sort_keys=True).encode())

    assert failed_with(tampered(change), "verify.data.not_canonical")
