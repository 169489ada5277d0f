# SPDX-License-Identifier: GPL-3.0-or-later
"""The governance library: content stored once, attachments, and deletion rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.library import DocumentKind, content_hash
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.services import library, meetings
from talagov.services.changes import Aggregate
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from talagov.storage.models import ProxyRow

from .conftest import NOW, AddMember

STATUTES = b"%PDF-1.7 statuts de la Fonderie du Val"


def _add(db: Database, data: bytes = STATUTES, *, filename: str = "statuts.pdf",
         title: str = "Statuts") -> int:
    with UnitOfWork(db) as uow:
        doc_id, _ = library.add_document(uow, data, filename=filename, title=title,
                                         kind=DocumentKind.STATUTES, version="2024",
                                         on=date(2024, 6, 1), now=NOW)
    return doc_id


def _meeting(db: Database) -> int:
    with UnitOfWork(db) as uow:
        meeting_id, _ = meetings.create_meeting(
            uow, Meeting(0, "AG 2027", MeetingType.AGO, date(2027, 6, 30)), now=NOW
        )
    return meeting_id


def _files(db: Database) -> list[str]:
    with UnitOfWork(db) as uow:
        root = library.library_dir(uow)
    return sorted(p.name for p in root.rglob("*") if p.is_file())


def test_same_content_is_stored_once(scop: Database) -> None:
    first = _add(scop)
    second = _add(scop, filename="copie.pdf", title="Statuts (copie)")
    sha = content_hash(STATUTES)
    with UnitOfWork(scop) as uow:
        docs = library.list_documents(uow)
        path = library.document_path(uow, first)
        root = library.library_dir(uow)
        assert library.document_path(uow, second) == path
    assert root == scop.path.parent / "test-library"
    assert path == root / sha[:2] / sha
    assert path.read_bytes() == STATUTES
    assert _files(scop) == [sha]
    assert [(d.title, d.media_type, d.size, d.version) for d in docs] == [
        ("Statuts", "application/pdf", len(STATUTES), "2024"),
        ("Statuts (copie)", "application/pdf", len(STATUTES), "2024"),
    ]


def test_title_defaults_to_the_file_name(scop: Database) -> None:
    doc = _add(scop, b"notes", filename="C:\\Users\\anne\\compte-rendu.odt", title=" ")
    with UnitOfWork(scop) as uow:
        (stored,) = library.list_documents(uow)
    assert (stored.id, stored.title, stored.filename) == (doc, "compte-rendu.odt", "compte-rendu.odt")
    assert stored.media_type == "application/vnd.oasis.opendocument.text"
    with pytest.raises(ValidationError), UnitOfWork(scop) as uow:
        library.add_document(uow, b"x", filename="", title="", kind=DocumentKind.OTHER, now=NOW)


def test_update_changes_the_description_not_the_content(scop: Database) -> None:
    doc = _add(scop)
    with UnitOfWork(scop) as uow:
        (old,) = library.list_documents(uow)
        changes = library.update_document(uow, replace(old, title="Statuts à jour",
                                                       kind=DocumentKind.RULES, sha256="0" * 64))
        (new,) = library.list_documents(uow)
    assert changes.touches(Aggregate.LIBRARY)
    assert (new.id, new.title, new.kind, new.sha256) == (doc, "Statuts à jour", DocumentKind.RULES,
                                                         old.sha256)


def test_a_missing_file_is_reported(scop: Database) -> None:
    doc = _add(scop)
    with UnitOfWork(scop) as uow:
        library.document_path(uow, doc).unlink()
    with pytest.raises(NotFoundError) as err, UnitOfWork(scop) as uow:
        library.document_path(uow, doc)
    assert err.value.code == "library.file_missing"
    _add(scop)  # adding the same content again restores the file
    with UnitOfWork(scop) as uow:
        assert library.document_path(uow, doc).read_bytes() == STATUTES


def test_the_file_goes_with_the_last_document_sharing_it(scop: Database) -> None:
    first, second = _add(scop), _add(scop, title="Doublon")
    with UnitOfWork(scop) as uow:
        library.delete_document(uow, first)
    assert _files(scop) == [content_hash(STATUTES)]
    with pytest.raises(RuntimeError), UnitOfWork(scop) as uow:
        library.delete_document(uow, second)
        raise RuntimeError("the action fails after the deletion")
    assert _files(scop) == [content_hash(STATUTES)]  # rolled back: the file is still there
    with UnitOfWork(scop) as uow:
        library.delete_document(uow, second)
        assert _files(scop) == [content_hash(STATUTES)]  # removed only once committed
    assert _files(scop) == []
    with UnitOfWork(scop) as uow:
        assert library.list_documents(uow) == []


def test_a_document_in_use_cannot_be_deleted(scop: Database, add_member: AddMember) -> None:
    meeting = _meeting(scop)
    attached, scanned = _add(scop), _add(scop, b"pouvoir signe", filename="pouvoir.jpg")
    member = add_member("Durand", shares_count=1)
    with UnitOfWork(scop) as uow:
        library.attach(uow, meeting, attached)
        uow.session.add(ProxyRow(meeting_id=meeting, principal_id=member, holder_id=None,
                                 received_on=date(2027, 6, 20), document_id=scanned))
    for doc in (attached, scanned):
        with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
            library.delete_document(uow, doc)
        assert err.value.code == "library.in_use"
    with UnitOfWork(scop) as uow:
        library.detach(uow, meeting, attached)
        library.delete_document(uow, attached)
        assert [d.id for d in library.list_documents(uow)] == [scanned]


def test_attachments_to_a_meeting_and_its_items(scop: Database) -> None:
    meeting, other = _meeting(scop), _meeting(scop)
    rules = _add(scop, b"reglement", filename="ri.pdf", title="Règlement intérieur")
    accounts = _add(scop, b"comptes", filename="comptes.pdf", title="Comptes 2026")
    with UnitOfWork(scop) as uow:
        item, _ = meetings.add_item(
            uow, AgendaItem(0, meeting, 0, ItemKind.RESOLUTION, "Approbation des comptes"), now=NOW
        )
        library.attach(uow, meeting, accounts, item_id=item)
        library.attach(uow, meeting, rules)
        library.attach(uow, meeting, accounts)
        listed = library.meeting_documents(uow, meeting)
    assert [(d.document.title, d.item_id) for d in listed] == [
        ("Comptes 2026", None), ("Règlement intérieur", None), ("Comptes 2026", item),
    ]
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        library.attach(uow, meeting, rules)
    assert err.value.code == "library.already_attached"
    with pytest.raises(NotFoundError) as err, UnitOfWork(scop) as uow:
        library.attach(uow, other, rules, item_id=item)
    assert err.value.code == "agenda.item_not_found"
    with pytest.raises(NotFoundError) as err, UnitOfWork(scop) as uow:
        library.detach(uow, other, rules)
    assert err.value.code == "library.not_attached"


def test_deleting_an_item_keeps_its_documents_on_the_meeting(scop: Database) -> None:
    meeting = _meeting(scop)
    accounts = _add(scop, b"comptes", filename="comptes.pdf", title="Comptes 2026")
    with UnitOfWork(scop) as uow:
        item, _ = meetings.add_item(
            uow, AgendaItem(0, meeting, 0, ItemKind.RESOLUTION, "Approbation des comptes"), now=NOW
        )
        library.attach(uow, meeting, accounts, item_id=item)
        meetings.delete_item(uow, item, now=NOW)
        listed = library.meeting_documents(uow, meeting)
    assert [(d.document.id, d.item_id) for d in listed] == [(accounts, None)]


def test_an_archived_meeting_takes_no_new_attachment(scop: Database) -> None:
    meeting, doc = _meeting(scop), _add(scop)
    for target in (MeetingStatus.CONVENED, MeetingStatus.IN_SESSION, MeetingStatus.CLOSED,
                   MeetingStatus.ARCHIVED):
        with UnitOfWork(scop) as uow:
            meetings.change_status(uow, meeting, target, now=NOW)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        library.attach(uow, meeting, doc)
    assert err.value.code == "meeting.archived"
