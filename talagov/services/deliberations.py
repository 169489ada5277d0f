# SPDX-License-Identifier: GPL-3.0-or-later
"""The registers of deliberations: listing, verifying and printing them.

One register per body (the general assembly, each board or committee, and the meetings
of no body). :func:`verify` re-reads every entry exactly as stored and reports, per
register, the first break of the chain (an entry altered, removed or reordered, a
signature that fails), then checks that each entry still matches the minutes it
records (content hash, signed PDF revision and nothing but time-stamps after it, every
signatory the content names, the minutes' own columns) and that no signed minutes lacks
its entry.

What it cannot see, since everything it checks against is in the same file: the newest
entries of a register removed together with their minutes (the chain that remains is
whole), and a file rewritten from scratch under a new organisation key. Both show only
against something kept elsewhere: the organisation key's fingerprint printed on every
minutes and convocation, and the last entry's hash in a printed or exported register.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509

from talagov.core import certificates, deliberations
from talagov.core.deliberations import Break, ChainReport
from talagov.core.errors import UserError
from talagov.core.minutes_codec import from_data
from talagov.core.minutes_content import MinutesStatus
from talagov.core.signing import verify_bytes
from talagov.messages import format_date, render
from talagov.reports.deliberations_pdf import RegisterPrintEntry
from talagov.reports.deliberations_pdf import register_pdf as render_register
from talagov.services import keys
from talagov.services.files import save_file
from talagov.services.organisation import require_organisation
from talagov.services.register_check import content_problem, register_of
from talagov.services.uow import UnitOfWork
from talagov.storage import mandates_repo, minutes_repo
from talagov.storage.minutes_models import MinutesRow, RegisterEntryRow

# Said plainly in the printed register (décret 2019-1118 asks for a reliable time-stamp).
_TIMESTAMP = {
    (True, False): "Horodatage RFC 3161 obtenu lors de la signature.",
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

    def verdict(self, lang: str = "fr") -> str:
        """« chaîne intacte, 4 entrée(s) », or the first break named with its entry."""
        report = self.report
        kind = report.first_break if report.first_break is not None else self.problem
        number = report.at_number if report.first_break is not None else self.problem_number
        if kind is None:
            return render("register.chain_ok", {"count": report.entries}, lang)
        return render(f"register.break.{kind.value}",
                      {"number": number if number is not None else "?",
                       "expected": report.expected}, lang)  # fmt: skip


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
    """The entry as listed, from its signed bytes (not from columns beside them).

    Raises:
        UserError: ``minutes.bad_content`` when the bytes are not an entry.
    """
    try:
        data = json.loads(row.data)
        return EntryView(
            number=row.number, minutes_id=row.minutes_id, meeting_id=int(data["meeting_id"]),
            meeting_date=str(data["meeting_date"]), title=str(data["title"]),
            kind=str(data["kind"]), corrects=data.get("corrects"),
            entered_at=datetime.fromisoformat(data["entered_at"]), entry_hash=row.entry_hash,
            signatories=tuple(str(s["name"]) for s in data["signatures"]),
            timestamp=str(data["timestamp"]),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise UserError("minutes.bad_content") from exc


def _keys(uow: UnitOfWork) -> list[str]:
    found = {row.register for row in minutes_repo.entries(uow.session)}
    found |= {register_of(r) for r in minutes_repo.minutes_with_status(
        uow.session, (MinutesStatus.SIGNED.value,))}  # fmt: skip
    return sorted(found, key=lambda k: (k != "ag", k == "other", k))


def registers(uow: UnitOfWork, *, lang: str = "fr") -> list[RegisterView]:
    """Every register that has an entry (the AG's first)."""
    out = []
    for key in _keys(uow):
        rows = minutes_repo.entries(uow.session, key)
        out.append(RegisterView(key, label(uow, key, lang), tuple(_entry_view(r) for r in rows)))
    return out


def last_entries(uow: UnitOfWork) -> dict[str, tuple[int, str]]:
    """Each register's last entry as stored, its number and hash: what a register printed
    or exported earlier is compared with (entries removed from the end, together with
    their minutes, leave a chain that holds)."""
    out: dict[str, tuple[int, str]] = {}
    for row in minutes_repo.entries(uow.session):
        out[row.register] = (row.number, row.entry_hash)
    return out


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
            unentered.setdefault(register_of(m), m.id)
    out = []
    for key in _keys(uow):
        rows = minutes_repo.entries(uow.session, key)
        report = deliberations.verify(key, (minutes_repo.stored(r) for r in rows), check_signature)
        problem: tuple[Break, int | None] | None = None
        if report.ok:
            problem = content_problem(uow, rows, ca)
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
        content = from_data(json.loads(minutes.content))
        # The worded role, as the signed content names each signatory.
        roles = {s.member_id: s.role for s in content.signatories}
        lines = tuple(
            f"{s['name']}, {roles.get(s['member_id'], s['role'])} — "
            f"{format_date(datetime.fromisoformat(s['signed_at']).date(), lang)} "
            f"{s['signed_at'][11:16]} — {s['certificate'][:16].upper()}"
            for s in data["signatures"])  # fmt: skip
        lines += (_TIMESTAMP[(data["timestamp"] == "rfc3161", lang == "en")],)
        entered_at = datetime.fromisoformat(data["entered_at"])  # as signed, not the column
        entries.append(RegisterPrintEntry(
            number=row.number,
            entered_at=f"{format_date(entered_at.date(), lang)} {entered_at:%H:%M}",
            entry_hash=row.entry_hash, previous=str(data["previous"]), kind=str(data["kind"]),
            corrects=data.get("corrects"), content=content,
            signatures=lines,
        ))  # fmt: skip
    # The mentions as the newest signed minutes printed them (capital, office...).
    mentions = entries[-1].content.header.mentions if entries else ()
    return render_register(label(uow, key, lang), org.name, mentions, entries, lang=lang)


def export_register(uow: UnitOfWork, key: str, path: Path, *, lang: str = "fr") -> Path:
    """Write :func:`register_pdf` to ``path`` (temporary name, fsync, rename)."""
    save_file(path, register_pdf(uow, key, lang=lang))
    return path
