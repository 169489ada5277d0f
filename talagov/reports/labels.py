# SPDX-License-Identifier: GPL-3.0-or-later
"""The words printed on the registers, in French and English.

Declared once as ``(french, english)`` templates with ``{name}`` placeholders, like the
message catalogue, so that a test can check both languages carry the same
placeholders. French templates already hold the no-break spaces French typography
needs before ``:`` and inside « ».
"""

from __future__ import annotations

from typing import Any

from talagov.core.legal_forms import CompanyType, Family, LegalForm
from talagov.core.members import ExitCause, PersonKind
from talagov.core.shares import MovementKind
from talagov.reports.bilingual import Texts, fill

NBSP = "\u00a0"

TEXTS: Texts = {
    "members.title": ("Registre des associés", "Register of members"),
    "shares.title.titres": ("Registre des mouvements de titres", "Register of share movements"),
    "shares.title.parts": (
        "Registre des mouvements de parts sociales",
        "Register of share movements",
    ),
    "as_of": ("arrêté au {date}", "as of {date}"),
    "form.capital": ("{form} à capital variable", "{form} with variable capital"),
    "siren": ("SIREN {siren}", "SIREN {siren}"),
    "rcs": ("RCS {city} {siren}", "RCS {city} {siren}"),
    "office": ("Siège social\u00a0: {office}", "Registered office: {office}"),
    "capital_at": ("Capital au {date}\u00a0: {capital}", "Capital on {date}: {capital}"),
    "page": ("Page {page} / {pages}", "Page {page} / {pages}"),
    # A dash, not « de »: French would need « d'» before a vowel ("d'Atelier").
    "footer": ("{title} — {name} — {as_of}", "{title} — {name} — {as_of}"),
    "col.number": ("N°", "No."),
    "col.name": ("Nom", "Name"),
    "col.person": ("Personne", "Person"),
    "col.category": ("Catégorie", "Category"),
    "col.college": ("Collège", "College"),
    "col.admission": ("Admission", "Admission"),
    "col.decision": ("Décision d'admission", "Admission decision"),
    "col.exit": ("Sortie", "Exit"),
    "col.exit_cause": ("Cause de sortie", "Exit cause"),
    "col.shares": ("Parts", "Shares"),
    "col.capital": ("Capital", "Capital"),
    "col.line": ("N°", "No."),
    "col.date": ("Date", "Date"),
    "col.kind": ("Nature", "Kind"),
    "col.from": ("Compte débité", "From"),
    "col.to": ("Compte crédité", "To"),
    "col.count": ("Nombre", "Count"),
    "col.nominal": ("Nominal", "Nominal"),
    "col.amount": ("Montant", "Amount"),
    "col.reference": ("Référence", "Reference"),
    "col.total_shares": ("Total parts", "Total shares"),
    "col.total_capital": ("Capital après", "Capital after"),
    "members.total": (
        "Total\u00a0: {active} associés au {date}",
        "Total: {active} members on {date}",
    ),
    "shares.total": ("Total\u00a0: {count} mouvements", "Total: {count} movements"),
    "members.empty": ("Aucun associé à cette date.", "No member on this date."),
    "shares.empty": ("Aucun mouvement à cette date.", "No movement on this date."),
    "person.natural": ("physique", "natural"),
    "person.legal": ("morale", "legal entity"),
    "kind.subscription": ("Souscription", "Subscription"),
    "kind.transfer": ("Cession", "Transfer"),
    "kind.redemption": ("Remboursement", "Redemption"),
    "exit.resignation": ("Démission", "Resignation"),
    "exit.exclusion": ("Exclusion", "Exclusion"),
    "exit.death": ("Décès", "Death"),
    "exit.retirement": ("Départ en retraite", "Retirement"),
    "exit.economic_dismissal": ("Licenciement économique", "Economic dismissal"),
    "exit.invalidity": ("Invalidité", "Invalidity"),
    "exit.end_of_employment": ("Fin du contrat de travail", "End of employment"),
    "exit.dissolution": ("Dissolution", "Dissolution"),
    "exit.other": ("Autre", "Other"),
}


def text(key: str, lang: str, **params: Any) -> str:
    """The label ``key`` in ``lang`` (``"fr"``, anything else is English), filled in.

    Raises:
        KeyError: ``key`` is not declared (a bug).
    """
    return fill(TEXTS, key, lang, params)


def person_label(kind: PersonKind, lang: str) -> str:
    """``physique`` / ``morale`` (the column header says « Personne »)."""
    return text(f"person.{kind.value}", lang)


def movement_label(kind: MovementKind, lang: str) -> str:
    """Subscription, transfer or redemption."""
    return text(f"kind.{kind.value}", lang)


def exit_label(cause: ExitCause | None, lang: str) -> str:
    """Why a member left; empty when no cause was recorded."""
    return text(f"exit.{cause.value}", lang) if cause is not None else ""


def share_register_title(form: LegalForm, lang: str) -> str:
    """R228-8 names the register of a company issuing *titres* (SA, SAS).

    SARL and association registers record *parts sociales*, hence the other title.
    """
    titres = form.company_type in (CompanyType.SA, CompanyType.SAS)
    return text("shares.title.titres" if titres else "shares.title.parts", lang)


def has_capital(form: LegalForm) -> bool:
    """Whether the organisation has a share capital to mention (not an association)."""
    return form.family is not Family.ASSOCIATION
