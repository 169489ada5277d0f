# SPDX-License-Identifier: GPL-3.0-or-later
"""The register entry of the minutes: bytes, organisation signature, chain, and what it
says of its minutes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.signing import sign_bytes
from tests.verifier.conftest import Tamper, failed_with
from tests.verifier.tamper import Rewrite

ENTRY, SIGNATURE = "register/ag-1.json", "register/ag-1.sig"


def re_enter(edit: Callable[[dict[str, Any]], object]) -> Callable[[Rewrite], None]:
    """Rewrite the entry, sign it with the organisation key and record its new hash:
    what someone holding that key (but no signatory's) could do."""

    def change(r: Rewrite) -> None:
        body = json.loads(r.members[ENTRY])
        edit(body)
        data = canonical(body)
        r.put(ENTRY, data).put(SIGNATURE, sign_bytes(data, r.key))
        r.edit_json(bf.MINUTES, lambda d: d["minutes"][0]["register"].update(
            entry_hash=sha256_hex(data)))

    return change


def test_an_entry_re_signed_with_another_content_hash_is_caught(tampered: Tamper) -> None:
    result = tampered(re_enter(lambda b: b.update(content_hash="0" * 64)))
    [line] = failed_with(result, "verify.register.content_hash")
    assert line.subject == "minutes 1" and line.params == {"register": "ag", "number": 1}


def test_an_entry_re_signed_with_another_previous_breaks_the_chain(tampered: Tamper) -> None:
    result = tampered(re_enter(lambda b: b.update(previous="1" * 64)))
    assert [x.subject for x in failed_with(result, "verify.register.chain")] == ["register ag 1"]


def test_an_entry_filed_under_another_number_is_caught(tampered: Tamper) -> None:
    result = tampered(re_enter(lambda b: b.update(number=2)))
    assert failed_with(result, "verify.register.misfiled")


def test_an_entry_re_spaced_is_an_alteration(tampered: Tamper) -> None:
    def change(r: Rewrite) -> None:
        data = json.dumps(json.loads(r.members[ENTRY]), indent=1).encode()
        r.put(ENTRY, data).put(SIGNATURE, sign_bytes(data, r.key))
        r.edit_json(bf.MINUTES, lambda d: d["minutes"][0]["register"].update(
            entry_hash=sha256_hex(data)))

    assert failed_with(tampered(change), "verify.register.altered")


def test_signed_minutes_without_their_entry_fail(tampered: Tamper) -> None:
    def change(r: Rewrite) -> None:
        r.drop(ENTRY).drop(SIGNATURE)
        r.edit_json(bf.MINUTES, lambda d: d["minutes"][0].update(register=None))

    assert failed_with(tampered(change), "verify.register.not_entered")
