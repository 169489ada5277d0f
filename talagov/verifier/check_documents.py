# SPDX-License-Identifier: GPL-3.0-or-later
"""The library documents attached to the meeting (``documents/``) against the
meeting's list of them: each listed document present with the SHA-256 and size the
library recorded, and no file there that the meeting does not list."""

from __future__ import annotations

from collections.abc import Iterable

from talagov.core.bundle_format import DOCUMENTS_DIR, MEETING
from talagov.core.bundle_model import DocumentEntry
from talagov.verifier.lines import failed, ok
from talagov.verifier.reader import BundleFiles
from talagov.verifier.report import Area, CheckLine

_A = Area.DOCUMENTS


def check_documents(documents: Iterable[DocumentEntry], files: BundleFiles) -> list[CheckLine]:
    """One line per document that is absent, altered or unlisted, else one line."""
    listed = list(documents)
    lines: list[CheckLine] = []
    for d in listed:
        subject = f"document {d.document_id}"
        if d.path not in files:
            lines.append(failed(_A, "verify.documents.missing", d.path, subject, title=d.title))
        elif files.sha256(d.path) != d.sha256 or len(files.read(d.path)) != d.size:
            lines.append(failed(_A, "verify.documents.altered", d.path, subject, title=d.title))
    paths = {d.path for d in listed}
    lines += [failed(_A, "verify.documents.unlisted", name)
              for name in files.names(DOCUMENTS_DIR) if name not in paths]
    if not lines:
        lines.append(ok(_A, "verify.documents.ok", MEETING, count=len(listed)))
    return lines
