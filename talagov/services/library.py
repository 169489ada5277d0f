# SPDX-License-Identifier: GPL-3.0-or-later
"""The governance library: documents stored once by content hash, attached to meetings.

Files live next to the database, in ``<folder>/<db stem>-library/<ab>/<sha256>``
(``ab`` = the first two hex digits), so backing up or synchronising the folder keeps
them together. A document row is added per upload; identical content shares one file.
A file is removed only once the transaction that deleted its last row has committed,
so a refused or failed action never loses a file.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path, PurePath

from sqlalchemy import event
from sqlalchemy.orm import Session

from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.library import Document, DocumentKind, content_hash
from talagov.core.meetings import MeetingStatus
from talagov.services.agenda import require_meeting
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage import library_repo as repo
from talagov.storage.files import write_atomically
from talagov.storage.models import AgendaItemRow, DocumentRow, MeetingDocumentRow

_PENDING = "talagov.library.unlink"  # session.info key: files to remove after commit


@dataclass(frozen=True)
class AttachedDocument:
    """A document attached to a meeting, or to one of its items (``item_id``)."""

    document: Document
    item_id: int | None


def library_dir(uow: UnitOfWork) -> Path:
    """The folder of the library: ``<database folder>/<database stem>-library``."""
    path = Path(uow.db.path)
    return path.parent / f"{path.stem}-library"


def _file(uow: UnitOfWork, sha256: str) -> Path:
    return library_dir(uow) / sha256[:2] / sha256


def _store(uow: UnitOfWork, data: bytes, sha256: str) -> None:
    target = _file(uow, sha256)
    _pending(uow.session).discard(target)
    if target.is_file() and target.stat().st_size == len(data):
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
    except OSError as exc:
        raise UserError("file.unwritable",
                        {"path": str(target), "reason": exc.strerror or str(exc)}) from exc


def _unlink_pending(session: Session) -> None:
    for path in session.info.pop(_PENDING, set()):
        path.unlink(missing_ok=True)


def _forget_pending(session: Session, *_: object) -> None:
    session.info.pop(_PENDING, None)


def _pending(session: Session) -> set[Path]:
    if _PENDING not in session.info:
        session.info[_PENDING] = set()
        if not event.contains(session, "after_commit", _unlink_pending):
            event.listen(session, "after_commit", _unlink_pending)
            event.listen(session, "after_soft_rollback", _forget_pending)
    pending: set[Path] = session.info[_PENDING]
    return pending


def _title_problems(title: str) -> None:
    if not title:
        raise ValidationError((Finding("library.title_required", Severity.VIOLATION,
                                       field="title"),))


def add_document(
    uow: UnitOfWork, data: bytes, *, filename: str, title: str, kind: DocumentKind,
    version: str = "", on: date | None = None, now: datetime,
) -> tuple[int, Changes]:
    """Add a document to the library; returns its id.

    The content is written once (atomically) under its SHA-256; the media type is
    guessed from ``filename``. An empty title takes the file's name.

    Raises:
        ValidationError: ``library.title_required`` (no title and no file name).
        UserError: ``file.unwritable`` when the library folder cannot be written.
    """
    name = PurePath(filename.replace("\\", "/")).name.strip()
    title = title.strip() or name
    _title_problems(title)
    sha256 = content_hash(data)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    doc = Document(0, title, kind, sha256, len(data), name, media_type, version.strip(), on)
    _store(uow, data, sha256)
    row = repo.new_document_row(doc, now)
    uow.session.add(row)
    uow.session.flush()
    return row.id, Changes.of(Aggregate.LIBRARY, ids=(row.id,))


def list_documents(uow: UnitOfWork) -> list[Document]:
    """Every document of the library, by title."""
    return repo.all_documents(uow.session)


def _row(uow: UnitOfWork, doc_id: int) -> DocumentRow:
    row = uow.session.get(DocumentRow, doc_id)
    if row is None:
        raise NotFoundError("library.not_found", {"id": doc_id})
    return row


def update_document(uow: UnitOfWork, doc: Document) -> Changes:
    """Change a document's title, kind, version and date (never its content).

    Raises:
        NotFoundError: ``library.not_found``.
        ValidationError: ``library.title_required``.
    """
    row = _row(uow, doc.id)
    old = repo.to_document(row)
    title = doc.title.strip()
    _title_problems(title)
    repo.apply_document(row, replace(old, title=title, kind=doc.kind,
                                     version=doc.version.strip(), on=doc.on))
    return Changes.of(Aggregate.LIBRARY, ids=(doc.id,))


def delete_document(uow: UnitOfWork, doc_id: int) -> Changes:
    """Remove a document; its file goes too unless another document has the same content.

    Raises:
        NotFoundError: ``library.not_found``.
        UserError: ``library.in_use`` (attached to a meeting, or the scan of a proxy or
            of a postal voting form).
    """
    row = _row(uow, doc_id)
    meetings, forms = repo.usage(uow.session, doc_id)
    if meetings or forms:
        raise UserError("library.in_use", {"title": row.title, "meetings": meetings,
                                           "forms": forms})
    if not repo.others_with_content(uow.session, row.sha256, doc_id):
        _pending(uow.session).add(_file(uow, row.sha256))
    uow.session.delete(row)
    uow.session.flush()
    return Changes.of(Aggregate.LIBRARY, ids=(doc_id,))


def document_path(uow: UnitOfWork, doc_id: int) -> Path:
    """The stored file of a document (to open with the system viewer).

    Raises:
        NotFoundError: ``library.not_found``, or ``library.file_missing`` when the
            file was removed from the library folder.
    """
    row = _row(uow, doc_id)
    path = _file(uow, row.sha256)
    if not path.is_file():
        raise NotFoundError("library.file_missing", {"title": row.title, "path": str(path)})
    return path


def _check_target(uow: UnitOfWork, meeting_id: int, doc_id: int, item_id: int | None) -> None:
    meeting = require_meeting(uow, meeting_id)
    if meeting.status is MeetingStatus.ARCHIVED:
        raise UserError("meeting.archived", {"title": meeting.title})
    _row(uow, doc_id)
    if item_id is not None:
        item = uow.session.get(AgendaItemRow, item_id)
        if item is None or item.meeting_id != meeting_id:
            raise NotFoundError("agenda.item_not_found", {"id": item_id})


def attach(uow: UnitOfWork, meeting_id: int, doc_id: int, *, item_id: int | None = None) -> Changes:
    """Attach a document to a meeting, or to one of its agenda items.

    Raises:
        NotFoundError: ``meeting.not_found``, ``library.not_found``, ``agenda.item_not_found``.
        UserError: ``library.already_attached``, ``meeting.archived``.
    """
    _check_target(uow, meeting_id, doc_id, item_id)
    if repo.find_attachment(uow.session, meeting_id, doc_id, item_id) is not None:
        raise UserError("library.already_attached")
    uow.session.add(MeetingDocumentRow(meeting_id=meeting_id, document_id=doc_id, item_id=item_id))
    uow.session.flush()
    return Changes.of(Aggregate.LIBRARY, ids=(meeting_id,))


def detach(uow: UnitOfWork, meeting_id: int, doc_id: int, *, item_id: int | None = None) -> Changes:
    """Remove an attachment; the document stays in the library.

    Raises:
        NotFoundError: ``library.not_attached`` (and as :func:`attach`).
        UserError: ``meeting.archived``.
    """
    _check_target(uow, meeting_id, doc_id, item_id)
    row = repo.find_attachment(uow.session, meeting_id, doc_id, item_id)
    if row is None:
        raise NotFoundError("library.not_attached")
    uow.session.delete(row)
    uow.session.flush()
    return Changes.of(Aggregate.LIBRARY, ids=(meeting_id,))


def meeting_documents(uow: UnitOfWork, meeting_id: int) -> list[AttachedDocument]:
    """A meeting's documents: its own first, then its items' in agenda order.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    require_meeting(uow, meeting_id)
    return [AttachedDocument(d, i) for d, i in repo.attachments(uow.session, meeting_id)]
