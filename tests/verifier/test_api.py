# SPDX-License-Identifier: GPL-3.0-or-later
"""verify_bundle end to end: a real exported meeting holds; one byte changed in any
file is caught by the manifest, and, with the manifest signed again with the
organisation key, by that file's own check."""

from __future__ import annotations

import itertools
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talagov.core import bundle_format as bf
from talagov.core.canonical import canonical
from talagov.core.certificates import fingerprint, from_pem
from talagov.messages import render
from talagov.verifier.api import verify_bundle
from talagov.verifier.report import Area, BundleUnreadable, Cancelled, Status
from tests.verifier.conftest import Tamper, failed_codes, failures
from tests.verifier.meeting_setup import ExportedMeeting
from tests.verifier.tamper import Rewrite

HEX = "0123456789abcdef"


def _first(rewrite: Rewrite, prefix: str) -> str:
    return next(n for n in sorted(rewrite.members) if n.startswith(prefix))


def replace_once(rewrite: Rewrite, name: str, old: str, new: str) -> None:
    """Change one member's text at the first ``old`` (one byte differs)."""
    text = rewrite.members[name].decode("utf-8")
    assert old in text, (name, old)
    rewrite.members[name] = text.replace(old, new, 1).encode("utf-8")


def hex_after(rewrite: Rewrite, name: str, key: str) -> None:
    """Change the first hex digit of the value that follows ``key`` in one member."""
    data = bytearray(rewrite.members[name])
    at = data.index(key.encode()) + len(key)
    data[at] = ord(HEX[(HEX.index(chr(data[at])) + 1) % 16])
    rewrite.members[name] = bytes(data)


def pem_flip(rewrite: Rewrite, name: str) -> None:
    """Change one letter or digit of a PEM's base64, in the signature near its end, for
    another: the certificate still parses, its signature no longer verifies."""
    data = bytearray(rewrite.members[name])
    at = len(data) - 40
    while not chr(data[at]).isalnum():
        at -= 1
    data[at] = ord("B") if data[at] == ord("A") else ord("A")
    rewrite.members[name] = bytes(data)


def test_the_exported_meeting_holds(exported: ExportedMeeting) -> None:
    result = verify_bundle(exported.bundle)
    assert result.ok, [(x.code, x.file, x.subject) for x in failures(result)]
    assert {x.area for x in result.lines} == set(Area)
    order = list(Area)
    assert [order.index(x.area) for x in result.lines] == sorted(
        order.index(x.area) for x in result.lines)
    with zipfile.ZipFile(exported.bundle) as archive:
        org = from_pem(archive.read(bf.ORG_CERT))
    assert result.organisation_fingerprint == fingerprint(org)
    assert result.manifest.meeting_id == exported.assembly.meeting_id
    assert result.contents is not None and len(result.contents.polls) == 3
    for line in result.lines:  # every line reads as a sentence in both languages
        for lang in ("fr", "en"):
            assert render(line.code, line.params, lang) != line.code


def test_progress_ends_at_its_total_and_cancel_stops(exported: ExportedMeeting) -> None:
    seen: list[tuple[int, int]] = []
    verify_bundle(exported.bundle, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(seen) > 3
    assert all(a <= b for (a, _), (b, _) in itertools.pairwise(seen))
    calls = {"n": 0}

    def cancel_later() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        verify_bundle(exported.bundle, cancelled=cancel_later)


def test_a_file_that_is_not_a_bundle_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(BundleUnreadable) as caught:
        verify_bundle(path)
    assert caught.value.code.startswith("bundle.")


# One member of each kind, and where one byte of it can change without the file
# becoming unreadable (a PEM's signature is near its end).
KINDS = [bf.ORGANISATION, bf.ROLL, bf.MEETING, bf.CONVOCATIONS, bf.ATTENDANCE, bf.PROXIES,
         bf.POLLS, bf.MINUTES, bf.JOURNAL, bf.KEYS, bf.ORG_CERT, bf.MEMBER_CERTS,
         bf.REVOCATIONS, bf.BALLOTS, "minutes/1.content", "minutes/1.pdf", "register/ag-1.json",
         "register/ag-1.sig", bf.DOCUMENTS_DIR, bf.PDF_DIR, bf.README_FR, bf.README_EN]


@pytest.mark.parametrize("prefix", KINDS)
def test_one_byte_changed_is_caught_by_the_manifest(tampered: Tamper, prefix: str) -> None:
    def change(rewrite: Rewrite) -> None:
        name = _first(rewrite, prefix)
        change.name = name  # type: ignore[attr-defined]
        if name.endswith(".pem"):
            pem_flip(rewrite, name)
        else:
            rewrite.flip(name, len(rewrite.members[name]) // 2)

    result = tampered(change, resign=False)
    name = change.name  # type: ignore[attr-defined]
    assert not result.ok
    assert any(x.code == "bundle.check.file_hash" and x.file == name for x in failures(result))


# (member, the one-byte change, the failed code that must name it) with the manifest
# signed again: the file's own check.
def _ballot(rewrite: Rewrite) -> str:
    return _first(rewrite, "ballots/poll-1/")


OWN_CHECKS = {
    "organisation": (lambda r: replace_once(
        r, bf.ORGANISATION, '"convocation":1,"kind":"ago","majority":{"base":"cast","ratio":"1/2"',
        '"convocation":1,"kind":"ago","majority":{"base":"cast","ratio":"1/3"'),
        "verify.polls.majority_differs"),
    "roll": (lambda r: replace_once(r, bf.ROLL, '"member_id":6', '"member_id":7'),
             "verify.electorate.differs"),
    "meeting": (lambda r: replace_once(r, bf.MEETING, '"title":"AG 2026"', '"title":"AG 2027"'),
                "verify.polls.definition_differs"),
    "convocations": (lambda r: replace_once(r, bf.CONVOCATIONS, "7890 1", "7890 3"),
                     "verify.journal.event_missing"),
    "attendance": (lambda r: replace_once(r, bf.ATTENDANCE,
                                          '13:50:00","left_at":null,"member_id":2',
                                          '15:50:00","left_at":null,"member_id":2'),
                   "verify.quorum.differs"),
    "proxies": (lambda r: replace_once(r, bf.PROXIES, '"holder_id":1', '"holder_id":3'),
                "verify.electorate.differs"),
    "polls": (lambda r: replace_once(r, bf.POLLS, '"choice":"for","votes":3',
                                     '"choice":"for","votes":2'), "verify.tally.votes_differ"),
    "minutes": (lambda r: hex_after(r, bf.MINUTES, '"content_hash":"'),
                "verify.minutes.content_hash"),
    "journal": (lambda r: hex_after(r, bf.JOURNAL, '"hash":"'), "verify.journal.altered"),
    "keys": (lambda r: hex_after(r, bf.KEYS, '"fingerprint":"'), "verify.keys.entry_differs"),
    "revocations": (lambda r: replace_once(r, bf.REVOCATIONS, '"sequence":0', '"sequence":1'),
                    "verify.cert.revocations_bad_signature"),
    "ballot": (lambda r: hex_after(r, _ballot(r), '"nonce":"'), "verify.ballots.misnamed"),
    "member certificate": (lambda r: pem_flip(r, _first(r, bf.MEMBER_CERTS)),
                           "verify.cert.member_not_issued"),
    "minutes content": (lambda r: replace_once(r, "minutes/1.content.json", "AG 2026", "AG 2027"),
                        "verify.minutes.content_hash"),
    "minutes pdf": (lambda r: r.flip("minutes/1.pdf", 600), "verify.register.pdf_sha256"),
    "register entry": (lambda r: hex_after(r, "register/ag-1.json", '"content_hash":"'),
                       "verify.register.altered"),
    "register signature": (lambda r: r.flip("register/ag-1.sig", -3), "verify.register.signature"),
    "document": (lambda r: r.flip(_first(r, bf.DOCUMENTS_DIR), 3), "verify.documents.altered"),
}


@pytest.mark.parametrize("kind", sorted(OWN_CHECKS))
def test_one_byte_changed_and_signed_again_is_caught_by_the_file_s_own_check(
        tampered: Tamper, kind: str) -> None:
    change, code = OWN_CHECKS[kind]
    result = tampered(change)
    assert not any(x.file.startswith("manifest") or x.code.startswith("bundle.check")
                   for x in failures(result))  # the manifest was signed again: it holds
    assert code in failed_codes(result), sorted(failed_codes(result))


def test_the_organisation_certificate_changed_is_caught_even_signed_again(
        tampered: Tamper) -> None:
    result = tampered(lambda r: pem_flip(r, bf.ORG_CERT))
    assert "verify.cert.org_not_self_signed" in failed_codes(result)
    # Nothing is trusted then, and what could not be checked says so.
    assert {"verify.manifest.unchecked", "verify.ballots.unchecked"} <= failed_codes(result)


@pytest.mark.parametrize("name", ["pdf/results.pdf", bf.README_FR, bf.README_EN])
def test_the_printed_pdfs_and_the_readmes_rest_on_the_manifest_alone(
        tampered: Tamper, name: str) -> None:
    # Renderings of the data for people: nothing else in the bundle signs them, so only
    # the manifest (and its signature) protects them.
    assert not tampered(lambda r: r.flip(name, len(r.members[name]) // 2), resign=False).ok
    result = tampered(lambda r: r.flip(name, len(r.members[name]) // 2))
    assert result.ok
    assert all(x.status is not Status.FAILED for x in result.lines)


DATA = [bf.ORGANISATION, bf.ROLL, bf.MEETING, bf.CONVOCATIONS, bf.ATTENDANCE, bf.PROXIES,
        bf.POLLS, bf.MINUTES, bf.KEYS, bf.JOURNAL]
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-2, 2**40), st.text(max_size=6),
                   st.just([]), st.just({}), st.just("2026-06-30T14:00:00"))


def _replace_leaf(value: Any, steps: list[int], new: Any) -> Any:
    """``value`` with the element reached by ``steps`` (indexes into the keys or items
    met on the way) replaced by ``new``."""
    if not steps or not isinstance(value, (dict, list)) or not value:
        return new
    if isinstance(value, dict):
        key = sorted(value)[steps[0] % len(value)]
        value[key] = _replace_leaf(value[key], steps[1:], new)
    else:
        index = steps[0] % len(value)
        value[index] = _replace_leaf(value[index], steps[1:], new)
    return value


@settings(max_examples=int(os.environ.get("TALAGOV_VERIFY_FUZZ", "40")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(DATA), steps=st.lists(st.integers(0, 50), min_size=1, max_size=7),
       new=VALUES)
def test_any_value_changed_in_a_data_file_fails_cleanly(
        exported: ExportedMeeting, tmp_path_factory: pytest.TempPathFactory, name: str,
        steps: list[int], new: Any) -> None:
    # Signed again with the organisation key: whatever a data file says, every check
    # runs to its end and reports lines; none of them raises.
    rewrite = Rewrite.of(exported.bundle, exported.assembly.org_key)
    rewrite.members[name] = canonical(_replace_leaf(rewrite.json(name), steps, new))
    path = rewrite.write(tmp_path_factory.mktemp("fuzz") / "b.zip", resign=True)
    result = verify_bundle(path)
    assert all(render(x.code, x.params, "en") != x.code for x in result.lines)
