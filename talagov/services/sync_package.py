# SPDX-License-Identifier: GPL-3.0-or-later
"""What the organisation publishes of itself and of a meeting, built from the database.

:func:`build_identity` gives the organisation's identity (name, CA certificate, current
members), :func:`build_package` a meeting's package and the bytes of its documents.
Both leave ``sequence`` at 1 and stamp ``issued_at`` with ``now``: the publisher
(:mod:`talagov.services.sync_publish`) compares their content digests with what the
folder already holds and numbers the new file after the folder's newest. The database
sets no limit a member's install sets (a 65 MiB scan, a text too long):
:func:`unreadable_cause` says, before anything is published, why a reader would
refuse a package.

The convocation is published as its wording (the letter as plain text, as the e-mail
carries it, without the addressee) and as the PDF letter every member receives, with its
personal parts blank: no name in the address window, and lines to fill in by hand where
the forms name the member (there is no addressee on a copy everyone reads; TalaGov has
no such PDF of its own, so it is drawn here from the same layout). Nothing here needs
the organisation's private key.
"""

from __future__ import annotations

import io
import mimetypes
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from reportlab.lib.utils import simpleSplit

from talagov.core import certificates
from talagov.core.agenda import resolution_numbers
from talagov.core.ballots import receipt_time
from talagov.core.bundle_model import BundleDataError
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.meeting_package import (
    MeetingPackage,
    PackageDocument,
    PackageItem,
    PackageMember,
    PackagePoll,
    package_payload,
    parse_package,
)
from talagov.core.meetings import Meeting
from talagov.core.polls import PollStatus
from talagov.core.sync_format import MAX_DOCUMENT, MAX_PACKAGE, document_name
from talagov.core.sync_identity import Identity
from talagov.reports import convocation_content as content
from talagov.reports.convocation_content import Addressee, BlockKind, ConvocationData
from talagov.reports.convocation_pdf import ConvocationLayout
from talagov.reports.convocation_texts import t
from talagov.reports.pdf_canvas import deterministic_canvas
from talagov.services import keys, library
from talagov.services.agenda import require_meeting
from talagov.services.convocation_data import convocation_data
from talagov.services.files import read_file
from talagov.services.key_lists import aware, local
from talagov.services.organisation import require_organisation
from talagov.services.session_context import load_context
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, meetings_repo, members_repo, polls_repo
from talagov.storage.vote_models import MemberKeyRow

_EXTENSION = re.compile(r"[a-z0-9]{1,8}")
_AT_DOCUMENT = re.compile(r"documents\[(\d+)\]")
# The envelope (format, version, signature) around a package's payload: well under this.
_ENVELOPE = 1024


@dataclass(frozen=True)
class ActiveCertificate:
    """A member certificate in force: never revoked, not expired."""

    member_id: int
    pem: str


def active_certificates(uow: UnitOfWork, *, at: datetime) -> list[ActiveCertificate]:
    """Each member's newest certificate in force at ``at`` (as
    :func:`talagov.services.keys.member_certificate` picks it), by member id."""
    newest: dict[int, MemberKeyRow] = {}
    at = local(at)
    for row in keys_repo.member_key_rows(uow.session):  # newest first
        if row.revoked_at is None and row.not_after > at and row.member_id not in newest:
            newest[row.member_id] = row
    return [ActiveCertificate(m, newest[m].certificate_pem) for m in sorted(newest)]


def build_identity(uow: UnitOfWork, *, now: datetime) -> Identity:
    """The organisation's identity: its name, CA certificate and current members
    (admitted and not exited on ``now``'s date), by id.

    Raises:
        UserError: ``keys.no_org_key``, ``org.missing``.
    """
    org = keys.organisation_key(uow)
    if org is None:
        raise UserError("keys.no_org_key")
    today = local(now).date()
    members = tuple((m.id, m.display_name) for m in
                    sorted(members_repo.all_members(uow.session), key=lambda m: m.id)
                    if m.is_member_on(today))  # fmt: skip
    return Identity(organisation=org.fingerprint, name=require_organisation(uow).name,
                    certificate_pem=org.certificate_pem, sequence=1,
                    issued_at=receipt_time(aware(now)), members=members)  # fmt: skip


def convocation_text(data: ConvocationData, lang: str) -> str:
    """The letter as plain text, as every member reads it (no addressee)."""
    lines = [data.organisation.name, *content.mentions(data, lang)[1:], ""]
    for block in content.letter_blocks(data, lang):
        if block.kind is BlockKind.HEADING:
            lines.extend(["", block.text, ""])
        elif block.kind is BlockKind.ITEM:
            lines.append(f"{block.label} {block.text}")
        else:
            lines.extend([block.text, ""])
    return "\n".join(lines).strip() + "\n"


# What the personal lines of the forms say on the copy: a line to fill in by hand.
_BLANK = "_" * 24


def convocation_copy_pdf(data: ConvocationData, lang: str) -> bytes:
    """The convocation's pages as every member receives them, without an addressee:
    the address window is empty and the forms' personal lines (« Je soussigné(e) … »)
    are blanks to fill in by hand. Deterministic: the same meeting gives the same bytes.

    Raises:
        UserError: ``reports.font_missing`` on a broken installation.
    """
    layout = ConvocationLayout(data, lang)
    blank = Addressee(name=_BLANK, number=_BLANK[:8], address=_BLANK)
    principal, form_line = content.personal_lines(data, blank, lang)
    texts = {"principal": principal, "member": form_line}
    buffer = io.BytesIO()
    canvas = deterministic_canvas(buffer, title=layout.title, author=data.organisation.name,
                                  at=data.meeting.on, lang=lang)  # fmt: skip
    font = layout.fonts.regular
    for name, page in zip(layout.define(canvas), layout.pages, strict=True):
        canvas.doForm(name)
        for slot in page.slots:  # as ConvocationLayout.draw sets a member's lines
            lines = simpleSplit(texts[slot.name], font, 10, slot.width)
            canvas.setFont(font, 10)
            for n, line in enumerate(lines[: max(1, int(slot.height // 13.5))]):
                canvas.drawString(slot.x, slot.y + slot.height - 10 - n * 13.5, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _extension(filename: str, media_type: str) -> str:
    suffix = PurePath(filename).suffix.lower().lstrip(".")
    if _EXTENSION.fullmatch(suffix):
        return suffix
    guessed = (mimetypes.guess_extension(media_type) or "").lstrip(".")
    return guessed if _EXTENSION.fullmatch(guessed) else ""


def _documents(uow: UnitOfWork, meeting_id: int) -> tuple[list[PackageDocument], dict[str, bytes]]:
    listed: list[PackageDocument] = []
    data: dict[str, bytes] = {}
    seen: set[tuple[str, int | None]] = set()
    for attached in library.meeting_documents(uow, meeting_id):
        doc = attached.document
        if (doc.sha256, attached.item_id) in seen:
            continue  # two library entries of one content, attached to the same place
        seen.add((doc.sha256, attached.item_id))
        if doc.sha256 not in data:
            path = library.document_path(uow, doc.id)
            raw = read_file(path)
            if sha256_hex(raw) != doc.sha256:
                raise UserError("sync.document_altered", {"title": doc.title, "path": str(path)})
            data[doc.sha256] = raw
        listed.append(PackageDocument(
            sha256=doc.sha256, file_name=document_name(doc.sha256, _extension(doc.filename,
                                                                              doc.media_type)),
            title=doc.title, item_id=attached.item_id, size=doc.size))  # fmt: skip
    return listed, data


def _starts_at(meeting: Meeting) -> str | None:
    if meeting.start_time is None:
        return None
    return datetime.combine(meeting.on, meeting.start_time).isoformat(timespec="minutes")


def build_package(uow: UnitOfWork, meeting_id: int, *, now: datetime,
                  lang: str = "fr") -> tuple[MeetingPackage, dict[str, bytes]]:
    """A meeting's package as the database says it at ``now``, and the bytes of its
    documents by SHA-256 (the convocation PDF among them).

    The package holds the open polls (none once the meeting is over), the members who
    take part in the meeting (the roll of an AG, the body's voting members of a board)
    with their certificate in force, and the valid named proxies decided at ``now``.

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``keys.no_org_key``, ``library.file_missing``,
            ``sync.document_altered``, ``file.unreadable``, ``org.missing``.
    """
    org = keys.organisation_key(uow)
    if org is None:
        raise UserError("keys.no_org_key")
    meeting = require_meeting(uow, meeting_id)
    agenda = meetings_repo.agenda(uow.session, meeting_id)
    numbers = resolution_numbers(agenda)
    items = tuple(PackageItem(id=i.id, number=str(numbers[i.id]) if i.id in numbers else "",
                              title=i.title, text=i.text, kind=i.kind.value) for i in agenda)  # fmt: skip
    documents, data = _documents(uow, meeting_id)
    letter = convocation_data(uow, meeting)
    pdf = convocation_copy_pdf(letter, lang)
    pdf_sha = sha256_hex(pdf)
    data[pdf_sha] = pdf
    title = letter.meeting.title or content.nature_label(meeting.type, lang)
    if all((d.sha256, d.item_id) != (pdf_sha, None) for d in documents):
        documents.insert(0, PackageDocument(pdf_sha, document_name(pdf_sha, "pdf"),
                                            t("pdf.title", lang, title=title), None, len(pdf)))  # fmt: skip
    polls = tuple(PackagePoll(r.id, polls_repo.definition_of(r), r.definition_hash)
                  for r in polls_repo.poll_rows(uow.session, meeting_id)
                  if r.status == PollStatus.OPEN.value)  # fmt: skip
    ctx = load_context(uow, meeting_id)
    pems = {c.member_id: c.pem for c in active_certificates(uow, at=now)}
    members = tuple(PackageMember(m, ctx.members[m].display_name if m in ctx.members else "",
                                  pems.get(m)) for m in sorted(ctx.voters))  # fmt: skip
    proxies = tuple(sorted(
        (d.proxy.principal_id, d.holder_id) for d in ctx.decisions(at=local(now))
        if d.valid and not d.proxy.blank and d.holder_id is not None
        and d.holder_id != d.proxy.principal_id))  # fmt: skip
    package = MeetingPackage(
        organisation=org.fingerprint, organisation_name=require_organisation(uow).name,
        organisation_certificate_pem=org.certificate_pem, meeting_id=meeting.id, sequence=1,
        issued_at=receipt_time(aware(now)), title=meeting.title, kind=meeting.type.value,
        on=meeting.on, starts_at=_starts_at(meeting), place=meeting.place,
        remote_link=meeting.remote_link, status=meeting.status.value,
        convocation_text=convocation_text(letter, lang), convocation_document=pdf_sha,
        items=items, documents=tuple(documents), polls=polls, members=members, proxies=proxies,
    )  # fmt: skip
    return package, data


def unreadable_cause(package: MeetingPackage) -> str | None:
    """Why members' installs would refuse ``package``, as :func:`parse_package` and the
    size limit of a package file judge it (the reader's words, with the title of the
    document at fault: ``documents[2]`` says little); ``None`` when they will read it."""
    payload = package_payload(package)
    try:
        parse_package(payload)
    except UserError as exc:
        error = exc.__cause__
        detail = error.detail if isinstance(error, BundleDataError) else str(error or exc.code)
        found = _AT_DOCUMENT.match(detail)
        if found is not None and int(found[1]) < len(package.documents):
            doc = package.documents[int(found[1])]
            detail = f"{detail}: “{doc.title}”, {doc.size} > {MAX_DOCUMENT} bytes"
        return detail
    size = len(canonical(payload)) + _ENVELOPE
    return f"{size} > {MAX_PACKAGE} bytes" if size > MAX_PACKAGE else None


def certificate_der_sha(pem: str) -> str:
    """SHA-256 (hex) of a certificate's DER, which its file name carries."""
    return certificates.fingerprint(certificates.from_pem(pem))
