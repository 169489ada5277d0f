# SPDX-License-Identifier: GPL-3.0-or-later
"""The meeting package: read back as written, strict about every field, and its parts
agreeing with one another (polls of this meeting, documents named by their digest)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import certificates
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.meeting_package import (
    MeetingPackage,
    PackageArchive,
    PackageDocument,
    PackageItem,
    PackageMember,
    PackagePoll,
    content_digest,
    package_file,
    package_payload,
    parse_package,
    read_package,
)
from talagov.core.polls import RESOLUTION_CHOICES, PollDefinition, PollKind, definition_hash
from talagov.core.signing import new_private_key
from talagov.core.sync_format import MAX_ARCHIVE, archive_name, document_name

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
KEY = new_private_key()
CERT = certificates.organisation_certificate(KEY, name="Fonderie du Val", now=NOW)
FP = certificates.fingerprint(CERT)
MEMBER_KEY = new_private_key()
MEMBER_CERT = certificates.issue_member_certificate(KEY, CERT, MEMBER_KEY.public_key(),
                                                    member_id=1, name="Ada", now=NOW)  # fmt: skip
DEFINITION = PollDefinition(
    organisation=FP, meeting_id=3, meeting_title="AG 2026", meeting_on="2026-06-30", item_id=10,
    number=1, title="Approbation des comptes", text="L'assemblée approuve…",
    kind=PollKind.RESOLUTION, choices=RESOLUTION_CHOICES,
)  # fmt: skip
REPORT = sha256_hex(b"rapport")
PACKAGE = MeetingPackage(
    organisation=FP, organisation_name="Fonderie du Val",
    organisation_certificate_pem=certificates.to_pem(CERT), meeting_id=3, sequence=1,
    issued_at="2026-06-01T09:00:00+00:00", title="AG 2026", kind="ago", on=date(2026, 6, 30),
    starts_at="2026-06-30T14:00", place="Salle des fêtes", remote_link="https://visio/ag",
    status="convened", convocation_text="Madame, Monsieur,\n…", convocation_document=REPORT,
    items=(PackageItem(10, "1", "Approbation des comptes", "L'assemblée…", "resolution"),
           PackageItem(11, "", "Questions diverses", "", "information")),
    documents=(PackageDocument(REPORT, document_name(REPORT, "pdf"), "Rapport", None, 7),
               PackageDocument(REPORT, document_name(REPORT, "pdf"), "Rapport", 10, 7)),
    polls=(PackagePoll(20, DEFINITION, definition_hash(DEFINITION)),),
    members=(PackageMember(1, "Ada", certificates.to_pem(MEMBER_CERT)),
             PackageMember(2, "Léon", None)),
    proxies=((2, 1),),
)  # fmt: skip


ARCHIVE_SHA = sha256_hex(b"archive")
ARCHIVED = replace(PACKAGE, status="closed", polls=(), archive=PackageArchive(
    ARCHIVE_SHA, archive_name(3, ARCHIVE_SHA[:16]), 12_345))


def _code(payload: Any) -> str:
    with pytest.raises(UserError) as caught:
        parse_package(payload)
    return caught.value.code


def test_a_package_reads_back_as_written() -> None:
    assert parse_package(package_payload(PACKAGE)) == PACKAGE
    data = package_file(PACKAGE, KEY)
    assert read_package(data, CERT) == PACKAGE
    assert PACKAGE.poll(20) is not None and PACKAGE.poll(21) is None
    assert PACKAGE.document(REPORT) == PACKAGE.documents[0]


def test_a_package_signed_by_another_organisation_is_refused() -> None:
    other = certificates.organisation_certificate(new_private_key(), name="X", now=NOW)
    with pytest.raises(UserError) as caught:
        read_package(package_file(PACKAGE, KEY), other)
    assert caught.value.code == "sync.bad_signature"


def test_a_package_naming_another_organisation_under_our_key_is_refused() -> None:
    other_key = new_private_key()
    other = certificates.organisation_certificate(other_key, name="X", now=NOW)
    with pytest.raises(UserError) as caught:  # signed by us, names them
        read_package(package_file(replace(PACKAGE, polls=()), KEY), other)
    assert caught.value.code == "sync.bad_signature"
    stolen = replace(PACKAGE, polls=(), organisation=certificates.fingerprint(other),
                     organisation_certificate_pem=certificates.to_pem(other))
    with pytest.raises(UserError) as caught:
        read_package(package_file(stolen, KEY), CERT)
    assert caught.value.code == "sync.package_malformed"


def test_the_content_digest_ignores_only_the_sequence_and_the_time() -> None:
    later = replace(PACKAGE, sequence=4, issued_at="2026-06-10T09:00:00+00:00")
    assert content_digest(later) == content_digest(PACKAGE)
    assert content_digest(replace(PACKAGE, polls=())) != content_digest(PACKAGE)
    assert content_digest(replace(PACKAGE, status="in_session")) != content_digest(PACKAGE)


def test_a_closed_package_names_its_archive_and_reads_back() -> None:
    assert package_payload(PACKAGE)["archive"] is None
    assert package_payload(ARCHIVED)["archive"] == {
        "sha256": ARCHIVE_SHA, "file_name": f"meeting-3-{ARCHIVE_SHA[:16]}.zip", "size": 12_345}
    assert parse_package(package_payload(ARCHIVED)) == ARCHIVED
    assert read_package(package_file(ARCHIVED, KEY), CERT) == ARCHIVED
    # Publishing the archive is a change of the package: the members must hear of it.
    assert content_digest(ARCHIVED) != content_digest(replace(ARCHIVED, archive=None))


def _archive_payload(p: dict[str, Any]) -> dict[str, Any]:
    archive: dict[str, Any] = p["archive"]
    return archive


@pytest.mark.parametrize("change", [
    lambda p: p.pop("archive"),
    lambda p: p.update(archive="meeting-3.zip"),
    lambda p: p.update(archive=[]),
    lambda p: p.update(status="convened"),  # an archive of a meeting not over
    lambda p: _archive_payload(p).update(extra=1),
    lambda p: _archive_payload(p).pop("size"),
    lambda p: _archive_payload(p).update(sha256="AB" * 32),
    lambda p: _archive_payload(p).update(sha256=sha256_hex(b"other")),  # not the name's
    lambda p: _archive_payload(p).update(file_name=archive_name(4, ARCHIVE_SHA[:16])),
    lambda p: _archive_payload(p).update(file_name="../" + archive_name(3, ARCHIVE_SHA[:16])),
    lambda p: _archive_payload(p).update(
        file_name=f"meeting-3-{ARCHIVE_SHA[:16]}.sync-conflict-20261201-101500-ABCDEF7.zip"),
    lambda p: _archive_payload(p).update(size=0),
    lambda p: _archive_payload(p).update(size=True),
    lambda p: _archive_payload(p).update(size=MAX_ARCHIVE + 1),
    lambda p: _archive_payload(p).update(size="12345"),
])  # fmt: skip
def test_an_archive_entry_of_another_shape_is_refused(change: Any) -> None:
    payload = package_payload(ARCHIVED)
    change(payload)
    assert _code(payload) == "sync.package_malformed"


def _poll_payload(p: dict[str, Any]) -> dict[str, Any]:
    poll: dict[str, Any] = p["polls"][0]
    return poll


@pytest.mark.parametrize("change", [
    lambda p: p.update(meeting_id=True),
    lambda p: p.update(sequence=0),
    lambda p: p.update(kind="assembly"),
    lambda p: p.update(status="open"),
    lambda p: p.update(on="30/06/2026"),
    lambda p: p.update(starts_at="14h"),
    lambda p: p.update(issued_at="2026-06-01 09:00"),
    lambda p: p.update(convocation_document="ab" * 32),  # not among the documents
    lambda p: p.update(organisation="ab" * 32),
    lambda p: p.update(extra=None),
    lambda p: p.pop("proxies"),
    lambda p: p["items"].append(p["items"][0]),
    lambda p: p["items"][0].update(kind="motion"),
    lambda p: p["items"][0].update(id=0),
    lambda p: p["documents"][0].update(file_name=document_name("cd" * 32, "pdf")),
    lambda p: p["documents"][0].update(file_name=REPORT + " (conflicted copy).pdf"),
    lambda p: p["documents"][0].update(size=-1),
    lambda p: p["documents"][0].update(item_id=99),
    lambda p: p["documents"].append(p["documents"][0]),
    lambda p: _poll_payload(p).update(hash="00" * 32),
    lambda p: _poll_payload(p)["definition"].update(seats=True),  # 1 == True for Python
    lambda p: _poll_payload(p)["definition"].update(extra=1),
    lambda p: _poll_payload(p)["definition"].update(labels=[]),
    lambda p: _poll_payload(p)["definition"].update(meeting_id=4),
    lambda p: _poll_payload(p).update(definition="for/against"),
    lambda p: p["polls"].append(p["polls"][0]),
    lambda p: p["members"][1].update(id=1),
    lambda p: p["members"][1].update(certificate_pem=p["members"][0]["certificate_pem"]),
    lambda p: p["members"][0].update(certificate_pem=p["organisation_certificate_pem"]),
    lambda p: p["proxies"].append({"principal": 2, "holder": 1}),
    lambda p: p["proxies"].append({"principal": 1, "holder": 1}),
    lambda p: p.update(proxies=[[2, 1]]),
    lambda p: p.update(title="x" * 20_000),
    lambda p: p.update(items=[{"id": i, "number": "", "title": "", "text": "",
                               "kind": "information"} for i in range(1, 10_002)]),
])  # fmt: skip
def test_a_payload_of_another_shape_is_refused(change: Any) -> None:
    payload = package_payload(PACKAGE)
    change(payload)
    with pytest.raises(UserError) as caught:
        parse_package(payload)
    assert caught.value.code == "sync.package_malformed"
    assert caught.value.params["meeting"] in ("3", "")


def test_a_package_with_nothing_open_and_no_documents_is_fine() -> None:
    bare = replace(PACKAGE, starts_at=None, convocation_document=None, documents=(), polls=(),
                   members=(), proxies=(), status="closed")
    assert parse_package(package_payload(bare)) == bare


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(package_payload(PACKAGE))),
                       st.one_of(st.none(), st.booleans(), st.integers(-3, 3),
                                 st.text(max_size=5), st.lists(st.integers(), max_size=2),
                                 st.dictionaries(st.text(max_size=3), st.integers(),
                                                 max_size=2))))  # fmt: skip
def test_any_change_of_field_types_is_refused_never_a_crash(fields: dict[str, Any]) -> None:
    payload = {**package_payload(PACKAGE), **fields}
    try:
        parsed = parse_package(payload)
    except UserError as exc:
        assert exc.code == "sync.package_malformed"
    else:
        assert canonical(package_payload(parsed)) == canonical(payload)
