# SPDX-License-Identifier: GPL-3.0-or-later
"""The registers of deliberations: listing, verifying and printing them.

One register per body (the general assembly, each board or committee, and the meetings
of no body). :func:`verify` re-reads every entry exactly as stored and reports, per
register, the first break of the chain (an entry altered, removed or reordered, a
signature that fails), then checks that each entry still matches the minutes it
records (content hash, signed PDF revision) and that no signed minutes lacks its entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509

from talagov.core import certificates, deliberations, pades
from talagov.core.canonical import sha256_hex
from talagov.core.deliberations import Break, ChainReport
from talagov.core.errors import UserError
from talagov.core.minutes_content import MinutesStatus, from_data
from talagov.core.signing import unb64, verify_bytes
from talagov.messages import format_date
from talagov.reports.deliberations_pdf import RegisterPrintEntry
from talagov.reports.deliberations_pdf import register_pdf as render
from talagov.services import keys
from talagov.services.files import save_file
from talagov.services.organisation import require_organisation
from talagov.services.uow import UnitOfWork
from talagov.storage import mandates_repo, minutes_repo
from talagov.storage.minutes_models import MinutesRow, RegisterEntryRow

# Said plainly in the printed register (décret 2019-1118 asks for a reliable time-stamp).
_TIMESTAMP = {
    (True, False): "Horodatage qualifié RFC 3161 obtenu lors de la signature.",
    (True, True): "RFC 3161 time-stamp obtained at signing.",
    (False, False): "Aucun horodatage RFC 3161 n'a été obtenu à la signature : l'heure indiquée "
                    "est celle de l'ordinateur.",
    (False, True): "No RFC 3161 time-stamp was obtained at signing: the time shown is the "
                   "computer's.",
}
_LABELS = {"ag": ("Assemblée générale", "General assembly"),
           "other": ("Autres réunions", "Other meetings")}  # fmt: skip


@dataclass(frozen=True)
class EntryView:
    """One line of a register, as the registers page lists it."""

    number: int
    minutes_id: int
    meeting_id: int
    meeting_date: str
    title: str
    kind: str
    corrects: int | None
    entered_at: datetime
    entry_hash: str
    signatories: tuple[str, ...]
    timestamp: str


@dataclass(frozen=True)
class RegisterView:
    """A register and its entries, in order."""

    key: str
    label: str
    entries: tuple[EntryView, ...]


@dataclass(frozen=True)
class RegisterCheck:
    """The verdict on one register: ``report`` is the chain's; ``problem`` a content
    mismatch found after the chain held (``None`` when everything holds)."""

    key: str
    label: str
    report: ChainReport
    problem: Break | None = None
    problem_number: int | None = None

    @property
    def ok(self) -> bool:
        """Whether the chain holds and every entry matches its minutes."""
        return self.report.ok and self.problem is None


def label(uow: UnitOfWork, key: str, lang: str = "fr") -> str:
    """The register's name: « Assemblée générale », the body's name..."""
    if key in _LABELS:
        fr, en = _LABELS[key]
        return en if lang == "en" else fr
    if key.startswith("body-") and key[5:].isdigit():
        for body in mandates_repo.all_bodies(uow.session):
            if body.id == int(key[5:]):
                return body.name
    return key


def _entry_view(row: RegisterEntryRow) -> EntryView:
    data = json.loads(row.data)
    return EntryView(
        number=row.number, minutes_id=row.minutes_id, meeting_id=int(data["meeting_id"]),
        meeting_date=str(data["meeting_date"]), title=str(data["title"]), kind=str(data["kind"]),
        corrects=data.get("corrects"), entered_at=row.entered_at, entry_hash=row.entry_hash,
        signatories=tuple(str(s["name"]) for s in data["signatures"]),
        timestamp=str(data["timestamp"]),
    )  # fmt: skip


def _keys(uow: UnitOfWork) -> list[str]:
    found = {row.register for row in minutes_repo.entries(uow.session)}
    found |= {json.loads(r.generated)["body"] for r in minutes_repo.minutes_with_status(
        uow.session, (MinutesStatus.SIGNED.value,))}  # fmt: skip
    return sorted(found, key=lambda k: (k != "ag", k == "other", k))


def registers(uow: UnitOfWork, *, lang: str = "fr") -> list[RegisterView]:
    """Every register that has an entry (the AG's first)."""
    out = []
    for key in _keys(uow):
        rows = minutes_repo.entries(uow.session, key)
        out.append(RegisterView(key, label(uow, key, lang), tuple(_entry_view(r) for r in rows)))
    return out


def _signatures_hold(uow: UnitOfWork, minutes: MinutesRow, data: dict[str, Any],
                     ca: x509.Certificate | None) -> bool:
    """Every signature the entry names verifies: over the canonical content, with the
    certificate stored for that signatory, and as a valid PAdES signature in the PDF."""
    stored = {s.member_id: s for s in minutes_repo.signatures(uow.session, minutes.id)}
    content = minutes.content.encode("utf-8")
    for s in data["signatures"]:
        row = stored.get(s["member_id"])
        if row is None:
            return False
        cert = certificates.from_pem(row.certificate_pem)
        public_key = certificates.ec_public_key(cert)
        if (certificates.fingerprint(cert) != s["certificate"] or public_key is None
                or not verify_bytes(content, unb64(s["signature"]), public_key)):
            return False
    if ca is None or minutes.pdf is None:
        return False
    signed = minutes.pdf[:int(data["pdf_size"])]
    valid = {p.fingerprint for p in pades.validate(signed, ca)
             if p.kind is pades.SignatureKind.SIGNATURE and p.valid and p.intact}
    return {s["certificate"] for s in data["signatures"]} <= valid


def _content_problem(uow: UnitOfWork, rows: list[RegisterEntryRow],
                     ca: x509.Certificate | None) -> tuple[Break, int] | None:
    for row in rows:
        minutes = uow.session.get(MinutesRow, row.minutes_id)
        data = json.loads(row.data)
        if minutes is None or minutes.pdf is None:
            return Break.CONTENT, row.number
        size = int(data["pdf_size"])
        if (sha256_hex(minutes.content.encode("utf-8")) != data["content_hash"]
                or minutes.content_hash != data["content_hash"]
                or sha256_hex(minutes.pdf[:size]) != data["pdf_sha256"]
                or len(minutes.pdf) < size):
            return Break.CONTENT, row.number
        try:
            holds = _signatures_hold(uow, minutes, data, ca)
        except (ValueError, KeyError, TypeError, UserError):
            holds = False
        if not holds:
            return Break.SIGNATORY, row.number
    return None


def verify(uow: UnitOfWork, *, lang: str = "fr") -> list[RegisterCheck]:
    """Check every register (see the module docstring)."""
    try:
        ca: x509.Certificate | None = keys.organisation_certificate(uow)
    except UserError:  # no organisation key: every signature then fails, as it should
        ca = None
    public_key = certificates.ec_public_key(ca) if ca is not None else None

    def check_signature(data: bytes, signature: bytes) -> bool:
        return public_key is not None and verify_bytes(data, signature, public_key)

    entered = {row.minutes_id for row in minutes_repo.entries(uow.session)}
    unentered: dict[str, int] = {}
    for m in minutes_repo.minutes_with_status(uow.session, (MinutesStatus.SIGNED.value,)):
        if m.id not in entered:
            unentered.setdefault(json.loads(m.generated)["body"], m.id)
    out = []
    for key in _keys(uow):
        rows = minutes_repo.entries(uow.session, key)
        report = deliberations.verify(key, (minutes_repo.stored(r) for r in rows), check_signature)
        problem: tuple[Break, int | None] | None = None
        if report.ok:
            problem = _content_problem(uow, rows, ca)
        if report.ok and problem is None and key in unentered:
            problem = (Break.MISSING, None)
        out.append(RegisterCheck(key, label(uow, key, lang), report,
                                 *(problem if problem is not None else (None, None))))  # fmt: skip
    return out


def register_pdf(uow: UnitOfWork, key: str, *, lang: str = "fr") -> bytes:
    """The register printed: every entry in order, numbered pages, no blank gaps."""
    org = require_organisation(uow)
    entries = []
    for row in minutes_repo.entries(uow.session, key):
        data = json.loads(row.data)
        minutes = uow.session.get_one(MinutesRow, row.minutes_id)
        lines = tuple(
            f"{s['name']}, {_role(minutes, s)} — "
            f"{format_date(datetime.fromisoformat(s['signed_at']).date(), lang)} "
            f"{s['signed_at'][11:16]} — {s['certificate'][:16].upper()}"
            for s in data["signatures"])  # fmt: skip
        lines += (_TIMESTAMP[(data["timestamp"] == "rfc3161", lang == "en")],)
        entries.append(RegisterPrintEntry(
            number=row.number,
            entered_at=f"{format_date(row.entered_at.date(), lang)} {row.entered_at:%H:%M}",
            entry_hash=row.entry_hash, previous=str(data["previous"]), kind=str(data["kind"]),
            corrects=data.get("corrects"), content=from_data(json.loads(minutes.content)),
            signatures=lines,
        ))  # fmt: skip
    # The mentions as the newest signed minutes printed them (capital, office...).
    mentions = entries[-1].content.header.mentions if entries else ()
    return render(label(uow, key, lang), org.name, mentions, entries, lang=lang)


def _role(minutes: MinutesRow, signature: dict[str, object]) -> str:
    """The worded role of a signatory, as the signed content names it."""
    for s in json.loads(minutes.content).get("signatories", []):
        if s.get("member_id") == signature.get("member_id"):
            return str(s.get("role", ""))
    return str(signature.get("role", ""))


def export_register(uow: UnitOfWork, key: str, path: Path, *, lang: str = "fr") -> Path:
    """Write :func:`register_pdf` to ``path`` (temporary name, fsync, rename)."""
    save_file(path, register_pdf(uow, key, lang=lang))
    return path
