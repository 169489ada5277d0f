# SPDX-License-Identifier: GPL-3.0-or-later
"""The governance library: documents stored once by content hash."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from datetime import date


class DocumentKind(enum.StrEnum):
    """What a document of the library is."""

    STATUTES = "statutes"
    RULES = "rules"  # règlement intérieur
    REPORT = "report"  # rapport de gestion, rapport du réviseur...
    ACCOUNTS = "accounts"
    PROXY_FORM = "proxy_form"  # a scanned proxy
    CORRESPONDENCE_FORM = "correspondence_form"
    OTHER = "other"


@dataclass(frozen=True)
class Document:
    """A document of the library.

    Attributes:
        sha256: hex digest of the content; the file is stored under this name, so the
            same content is kept once however many meetings it is attached to.
    """

    id: int
    title: str
    kind: DocumentKind
    sha256: str
    size: int
    filename: str
    media_type: str = "application/octet-stream"
    version: str = ""
    on: date | None = None


def content_hash(data: bytes) -> str:
    """The SHA-256 hex digest naming a document's content."""
    return hashlib.sha256(data).hexdigest()
