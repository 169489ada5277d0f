# SPDX-License-Identifier: GPL-3.0-or-later
"""The governance library: document rows, attachments to meetings, and who uses a document."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talagov.core.library import Document, DocumentKind
from talagov.storage.models import (
    AgendaItemRow,
    CorrespondenceRow,
    DocumentRow,
    MeetingDocumentRow,
    ProxyRow,
)


def to_document(row: DocumentRow) -> Document:
    """Convert a row to a core value."""
    return Document(
        id=row.id, title=row.title, kind=DocumentKind(row.kind), sha256=row.sha256,
        size=row.size, filename=row.filename, media_type=row.media_type,
        version=row.version, on=row.on,
    )  # fmt: skip


def apply_document(row: DocumentRow, doc: Document) -> None:
    """Copy a core value's fields onto a row (the id and the time it was added excepted)."""
    row.title = doc.title
    row.kind = doc.kind.value
    row.sha256 = doc.sha256
    row.size = doc.size
    row.filename = doc.filename
    row.media_type = doc.media_type
    row.version = doc.version
    row.on = doc.on


def new_document_row(doc: Document, added_at: datetime) -> DocumentRow:
    """A row for a new document."""
    row = DocumentRow(added_at=added_at)
    apply_document(row, doc)
    return row


def all_documents(session: Session) -> list[Document]:
    """Every document, by title."""
    rows = session.scalars(select(DocumentRow).order_by(DocumentRow.title, DocumentRow.id))
    return [to_document(r) for r in rows]


def usage(session: Session, doc_id: int) -> tuple[int, int]:
    """How many meetings the document is attached to, and how many proxies or postal forms cite it."""
    meetings = session.scalar(
        select(func.count(func.distinct(MeetingDocumentRow.meeting_id))).where(
            MeetingDocumentRow.document_id == doc_id
        )
    )
    proxies = session.scalar(select(func.count()).where(ProxyRow.document_id == doc_id))
    forms = session.scalar(select(func.count()).where(CorrespondenceRow.document_id == doc_id))
    return int(meetings or 0), int(proxies or 0) + int(forms or 0)


def others_with_content(session: Session, sha256: str, except_id: int) -> int:
    """How many other documents share the content ``sha256`` (and so its file)."""
    found = session.scalar(
        select(func.count()).where(DocumentRow.sha256 == sha256, DocumentRow.id != except_id)
    )
    return int(found or 0)


def find_attachment(
    session: Session, meeting_id: int, doc_id: int, item_id: int | None
) -> MeetingDocumentRow | None:
    """The attachment of a document to a meeting (or to one of its items), if any."""
    item_clause = (
        MeetingDocumentRow.item_id.is_(None) if item_id is None
        else MeetingDocumentRow.item_id == item_id
    )  # fmt: skip
    return session.scalar(
        select(MeetingDocumentRow).where(
            MeetingDocumentRow.meeting_id == meeting_id,
            MeetingDocumentRow.document_id == doc_id,
            item_clause,
        )
    )


def attachments(session: Session, meeting_id: int) -> list[tuple[Document, int | None]]:
    """A meeting's documents with the item each is attached to.

    The meeting's own documents come first, then the items' in agenda order; by title
    within each group.
    """
    stmt = (
        select(DocumentRow, MeetingDocumentRow.item_id)
        .join(MeetingDocumentRow, MeetingDocumentRow.document_id == DocumentRow.id)
        .outerjoin(AgendaItemRow, AgendaItemRow.id == MeetingDocumentRow.item_id)
        .where(MeetingDocumentRow.meeting_id == meeting_id)
        .order_by(
            MeetingDocumentRow.item_id.is_not(None), AgendaItemRow.position,
            DocumentRow.title, DocumentRow.id,
        )
    )  # fmt: skip
    return [(to_document(row), item_id) for row, item_id in session.execute(stmt)]


def copy_attachments(
    session: Session, from_id: int, to_id: int, item_ids: Mapping[int, int]
) -> int:
    """Attach a meeting's documents to another meeting; returns how many were copied.

    ``item_ids`` maps the first meeting's item ids to the second's, so a document
    attached to an item follows the copy of that item.
    """
    rows = session.scalars(
        select(MeetingDocumentRow).where(MeetingDocumentRow.meeting_id == from_id)
    ).all()
    for row in rows:
        item = item_ids.get(row.item_id) if row.item_id is not None else None
        session.add(MeetingDocumentRow(meeting_id=to_id, document_id=row.document_id, item_id=item))
    return len(rows)


def move_item_attachments_to_meeting(session: Session, meeting_id: int, item_id: int) -> None:
    """Before an item is deleted: its documents stay attached to the meeting itself."""
    rows = session.scalars(
        select(MeetingDocumentRow).where(MeetingDocumentRow.item_id == item_id)
    ).all()
    for row in rows:
        if find_attachment(session, meeting_id, row.document_id, None) is None:
            row.item_id = None
        else:
            session.delete(row)
    session.flush()
