# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov member fetch``: a verified copy of a meeting's document or archive.

Anyone can write into the shared folder, so a member is never pointed at one of its
files: ``member show`` prints, for each document and archive, the ``member fetch``
command (:func:`fetch_command`), and ``member fetch`` copies the file into the member's
home while checking it against the SHA-256 and size the trusted package gives
(:func:`talagov.services.member_folder.document_path`, ``archive_path``), then prints
the copy's path: that copy is what the member opens. For an archive it also prints the
command to check it independently (``talagov verify``, with the member's receipts) and
to read it in the auditor's window. A document is named by its SHA-256 or a prefix of it
(``member show`` gives 16 digits). A file the package does not name, not (yet) in the
folder, or altered is refused with one line (exit 1), and no copy is made; a home that
cannot be written exits 2.
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from talagov.core.errors import UserError
from talagov.messages import render

if TYPE_CHECKING:
    from talagov.core.meeting_package import MeetingPackage, PackageDocument
    from talagov.services.member_folder import MemberView

#: How many hex digits of a document's SHA-256 ``member show`` prints to fetch it.
SHOWN_DIGITS = 16


def fetch_command(home: str, meeting_id: int, document: str | None = None) -> str:
    """The ``talagov member fetch`` command line for a document (its SHA-256, shortened
    to :data:`SHOWN_DIGITS`) or, when ``document`` is ``None``, the meeting's archive;
    the home is quoted for the shell."""
    which = "--archive" if document is None else f"--document {document[:SHOWN_DIGITS]}"
    return f"talagov member fetch --home {shlex.quote(home)} --meeting {meeting_id} {which}"


def find_document(package: MeetingPackage, prefix: str) -> PackageDocument:
    """The document of ``package`` whose SHA-256 starts with ``prefix`` (hex digits,
    case and surrounding spaces ignored).

    Raises:
        UserError: ``member_cli.no_document``, ``member_cli.ambiguous_document``.
    """
    wanted = prefix.strip().lower()
    found = list({d.sha256: d for d in package.documents
                  if wanted and d.sha256.startswith(wanted)}.values())  # fmt: skip
    params: dict[str, object] = {"meeting": str(package.meeting_id), "prefix": prefix.strip()}
    if not found:
        raise UserError("member_cli.no_document", params)
    if len(found) > 1:
        raise UserError("member_cli.ambiguous_document", {**params, "count": len(found)})
    return found[0]


def fetch_lines(view: MemberView, meeting_id: int, document: str | None,
                lang: str) -> list[str]:
    """Make the verified copy of the document named by ``document`` (a SHA-256 prefix)
    or, when it is ``None``, of the meeting's archive, in the member's home; return the
    lines that give its path (and, for an archive, how to check and read it).

    Raises:
        UserError: ``member.unknown_meeting``, ``member_cli.no_document``,
            ``member_cli.ambiguous_document``, ``member.document_missing``,
            ``member.document_altered``, ``member.archive_missing``,
            ``member.archive_altered``; ``file.unwritable``, ``file.unsafe_dir``.
    """
    from talagov.services.member_folder import archive_path, document_path

    def say(code: str, **params: object) -> str:
        return render(f"member_cli.fetch.{code}", params, lang)

    package = view.meeting(meeting_id)
    if package is None:
        raise UserError("member.unknown_meeting", {"meeting": str(meeting_id)})
    if document is not None:
        found = find_document(package, document)
        copy = document_path(view, meeting_id, found.sha256)
        return [say("document", title=found.title, path=str(copy))]
    copy = archive_path(view, meeting_id)
    quoted = shlex.quote(str(copy))
    return [say("archive", id=str(meeting_id), path=str(copy)),
            say("check", command=f"talagov verify {quoted}"),
            say("read", command=f"talagov open {quoted}")]
