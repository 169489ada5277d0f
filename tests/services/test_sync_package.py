# SPDX-License-Identifier: GPL-3.0-or-later
"""What the organisation publishes, built from the database: its identity, and a meeting's
package with the convocation, the agenda, the documents, the open polls, the roll with
its certificates and the named proxies."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from talagov.core import certificates
from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError
from talagov.core.library import DocumentKind
from talagov.core.meeting_package import (
    MeetingPackage,
    content_digest,
    package_payload,
    parse_package,
)
from talagov.core.members import ExitCause
from talagov.core.polls import definition_hash
from talagov.core.proxies import Proxy
from talagov.core.sync_format import MAX_DOCUMENT, MAX_PACKAGE
from talagov.core.sync_identity import identity_payload, parse_identity
from talagov.services import convocations, keys, library, session_forms
from talagov.services.sync_package import (
    active_certificates,
    build_identity,
    build_package,
    unreadable_cause,
)
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
from .vote_setup import BEFORE, ON, Assembly, at, make_assembly, open_polls

NOW = BEFORE + timedelta(days=1)


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


def _build(a: Assembly) -> tuple[MeetingPackage, dict[str, bytes]]:
    with UnitOfWork(a.db) as uow:
        return build_package(uow, a.meeting_id, now=NOW)


def test_a_convened_meeting_package_says_what_the_convocation_says(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=4, resolutions=2, election=True, enrol=3)
    package, _ = _build(a)
    assert parse_package(package_payload(package)) == package  # the strict reader takes it
    with UnitOfWork(db) as uow:
        org = keys.organisation_key(uow)
    assert org is not None
    assert (package.organisation, package.organisation_name) == (org.fingerprint,
                                                                 "Fonderie du Val")
    assert (package.meeting_id, package.title, package.kind, package.on, package.status) == (
        a.meeting_id, "AG 2026", "ago", ON, "convened")
    assert [(i.number, i.title, i.kind) for i in package.items] == [
        ("1", "Résolution 1", "resolution"), ("2", "Résolution 2", "resolution"),
        ("3", "Élection au conseil", "election")]
    # The letter as every member reads it: the agenda, the fingerprint, no addressee.
    assert "Résolution 1" in package.convocation_text
    assert org.readable.split()[0] in package.convocation_text
    assert "Associé00" not in package.convocation_text.split("\n")[:8]
    assert package.polls == ()  # nothing open yet


def test_the_convocation_pdf_is_published_without_any_addressee(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=3, resolutions=1)
    package, documents = _build(a)
    assert package.convocation_document is not None
    pdf = documents[package.convocation_document]
    assert pdf.startswith(b"%PDF") and sha256_hex(pdf) == package.convocation_document
    listed = package.document(package.convocation_document)
    assert listed is not None and listed.file_name.endswith(".pdf") and listed.size == len(pdf)
    assert listed.title == "Convocation — AG 2026"
    with UnitOfWork(db) as uow:  # the very pages a member receives: letter, draft, forms
        personal = convocations.convocation_pdf(uow, a.meeting_id, a.members[0])
    assert _pages(pdf) == _pages(personal) >= 3
    # The same meeting gives the same bytes: an unchanged meeting is not published again.
    again, _ = _build(a)
    assert content_digest(again) == content_digest(package)


def test_attached_documents_travel_with_their_bytes(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=3, resolutions=1)
    with UnitOfWork(db) as uow:
        doc, _ = library.add_document(uow, b"Rapport de gestion.\n", filename="Rapport.TXT",
                                      title="Rapport de gestion", kind=DocumentKind.REPORT, now=NOW)
        library.attach(uow, a.meeting_id, doc)
        library.attach(uow, a.meeting_id, doc, item_id=a.items[0])
        odd, _ = library.add_document(uow, b"%PDF-1.4 annexe", filename="annexe.données",
                                      title="Annexe", kind=DocumentKind.OTHER, now=NOW)
        library.attach(uow, a.meeting_id, odd, item_id=a.items[0])
    package, documents = _build(a)
    sha = sha256_hex(b"Rapport de gestion.\n")
    report = [d for d in package.documents if d.sha256 == sha]
    assert [(d.file_name, d.item_id) for d in report] == [(f"{sha}.txt", None),
                                                          (f"{sha}.txt", a.items[0])]
    assert documents[sha] == b"Rapport de gestion.\n"
    annexe = next(d for d in package.documents if d.title == "Annexe")
    # No usable extension: the media type's (here the library's "any bytes").
    assert annexe.file_name == sha256_hex(b"%PDF-1.4 annexe") + ".bin"


def test_a_library_file_altered_on_disk_is_not_published(db: Database,
                                                         add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=3, resolutions=1)
    with UnitOfWork(db) as uow:
        doc, _ = library.add_document(uow, b"original", filename="a.txt", title="Note",
                                      kind=DocumentKind.OTHER, now=NOW)
        library.attach(uow, a.meeting_id, doc)
        library.document_path(uow, doc).write_bytes(b"altered!")
    with pytest.raises(UserError) as caught:
        _build(a)
    assert caught.value.code == "sync.document_altered"
    assert caught.value.params["title"] == "Note"


def test_open_polls_come_with_their_definitions(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=3, resolutions=2)
    poll_ids = open_polls(a, at(9))  # still convened: open for remote voting
    package, _ = _build(a)
    assert [p.id for p in package.polls] == poll_ids
    for poll in package.polls:
        assert poll.hash == definition_hash(poll.definition) == a.poll(poll.id).definition_hash
        assert poll.definition.meeting_id == a.meeting_id


def test_the_roll_carries_the_certificates_in_force(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=4, resolutions=1, enrol=2)
    package, _ = _build(a)
    assert [m.id for m in package.members] == sorted(a.members)
    with_cert = {m.id: m.certificate_pem for m in package.members if m.certificate_pem}
    assert set(with_cert) == set(a.members[:2])
    for member_id, pem in with_cert.items():
        assert pem == certificates.to_pem(a.member_keys[member_id][1])
    with UnitOfWork(db) as uow:
        keys.revoke(uow, a.members[0], "lost", org_key=a.org_key, now=NOW)
    package, _ = _build(a)
    assert {m.id for m in package.members if m.certificate_pem} == {a.members[1]}
    with UnitOfWork(db) as uow:
        assert [c.member_id for c in active_certificates(uow, at=NOW)] == [a.members[1]]


def test_named_proxies_travel_blank_ones_do_not(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=4, resolutions=1)
    m = a.members
    with UnitOfWork(db) as uow:
        session_forms.add_proxy(uow, Proxy(0, a.meeting_id, m[1], m[0], ON - timedelta(days=3)),
                                now=NOW)
        session_forms.add_proxy(uow, Proxy(0, a.meeting_id, m[2], None, ON - timedelta(days=3)),
                                now=NOW)
    package, _ = _build(a)
    assert package.proxies == ((m[1], m[0]),)


def test_the_identity_lists_the_current_members(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=3, resolutions=1)
    add_member("Parti", admitted=date(2020, 1, 1), exit_date=date(2021, 1, 1),
               exit_cause=ExitCause.RESIGNATION)
    add_member("Futur", admitted=date(2030, 1, 1))
    with UnitOfWork(db) as uow:
        identity = build_identity(uow, now=NOW)
        org = keys.organisation_key(uow)
    assert org is not None
    assert parse_identity(identity_payload(identity)) == identity
    assert identity.organisation == org.fingerprint and identity.name == "Fonderie du Val"
    assert [i for i, _ in identity.members] == sorted(a.members)
    assert identity.members[0][1] == "Associé00"


def test_without_the_organisation_key_there_is_nothing_to_publish(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=2, resolutions=1, org_key=False)
    with UnitOfWork(db) as uow:
        for call in (lambda: build_identity(uow, now=NOW),
                     lambda: build_package(uow, a.meeting_id, now=NOW)):
            with pytest.raises(UserError) as caught:
                call()
            assert caught.value.code == "keys.no_org_key"


def test_a_package_readers_would_refuse_says_why(db: Database, add_member: AddMember) -> None:
    # The database sets none of the readers' limits: the publisher asks before it signs.
    a = make_assembly(db, add_member, n=2, resolutions=1)
    package, _ = _build(a)
    assert unreadable_cause(package) is None
    big = replace(package.documents[0], size=MAX_DOCUMENT + 1)
    cause = unreadable_cause(replace(package, documents=(package.documents[0], big)))
    assert cause is not None and "documents[1]" in cause and "too large" in cause
    assert f"“{big.title}”" in cause and str(MAX_DOCUMENT + 1) in cause
    cause = unreadable_cause(replace(package, title="x" * 20_000))
    assert cause is not None and cause.startswith("title")
    roll = tuple(replace(package.members[0], id=n, name="y" * 9_000, certificate_pem=None)
                 for n in range(1, 4_000))
    cause = unreadable_cause(replace(package, members=roll, proxies=()))
    assert cause is not None and cause.endswith(f"> {MAX_PACKAGE} bytes")
