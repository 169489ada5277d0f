# SPDX-License-Identifier: GPL-3.0-or-later
"""The fixed words of the minutes (procès-verbal) and of the register of deliberations.

Declared as ``(french, english)`` templates (see :mod:`talagov.reports.bilingual`);
the French ones carry the no-break spaces of French typography (before ``:`` and
``;``, inside « »). Everything else on the page comes already worded in the content.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from talagov.reports.bilingual import Texts, fill
from talagov.reports.convocation_texts import long_date

_N = "\u00a0"

TEXTS: Texts = {
    # -- the head of the minutes ----------------------------------------------------
    "title": ("Procès-verbal", "Minutes"),
    "hours": (f"{{start}}{_N}– {{end}}", f"{{start}}{_N}– {{end}}"),
    "convocation": (f"Convocation{_N}: {{text}}", "Notice: {text}"),
    "chair": (f"Réunion présidée par{_N}: {{name}}", "Chaired by: {name}"),
    "secretary": (f"Secrétaire de séance{_N}: {{name}}", "Secretary: {name}"),
    "scrutineers": (f"Scrutateurs{_N}: {{names}}", "Scrutineers: {names}"),
    "drafted": ("Rédigé par {name} le {date}", "Drafted by {name} on {date}"),
    "drafted.on": ("Rédigé le {date}", "Drafted on {date}"),
    "documents": ("Documents présentés", "Documents presented"),
    "attachments": (f"PJ{_N}: {{names}}", "Attached: {names}"),
    "participants.annex": ("Liste des participants en annexe", "List of participants annexed"),
    # -- attendance and quorum ------------------------------------------------------
    "attendance": ("Présences", "Attendance"),
    "attendance.quorum": ("Présences et quorum", "Attendance and quorum"),
    "quorum.met": ("Le quorum est atteint.", "The quorum is reached."),
    "quorum.not_met": ("Le quorum n'est pas atteint.", "The quorum is not reached."),
    # -- tables -----------------------------------------------------------------------
    "agenda": ("Ordre du jour", "Agenda"),
    "col.number": ("N°", "No."),
    "col.item": ("Point", "Item"),
    "col.treated": ("Traité (O/N)", "Dealt with (Y/N)"),
    "yes": ("O", "Y"),
    "no": ("N", "N"),
    "decisions": ("Décisions", "Decisions"),
    "col.action": ("Action à mener", "Action"),
    "col.who": ("Qui", "Who"),
    "col.due": ("Échéance", "Due"),
    # -- the sections -------------------------------------------------------------------
    "opening": ("Ouverture de la séance", "Opening of the meeting"),
    "closing": ("Clôture de la séance", "Closing of the meeting"),
    "item": ("{number} / {title}", "{number} / {title}"),
    "not_recorded": ("Débats non enregistrés", "Debates not recorded"),
    "resolution": ("Texte soumis au vote", "Text put to the vote"),
    "vote": ("Résultat du vote", "Result of the vote"),
    "majority": (f"Majorité{_N}: {{rule}}", "Majority: {rule}"),
    "col.choice": ("Choix", "Choice"),
    "col.candidate": ("Candidat", "Candidate"),
    "col.votes": ("Voix", "Votes"),
    "col.college": ("Collège", "College"),
    "col.result": ("Résultat", "Result"),
    "ranking": ("Classement", "Ranking"),
    "decision": ("Décision", "Decision"),
    # -- annexes ------------------------------------------------------------------------
    "participants": ("Liste des participants", "List of participants"),
    "col.name": ("Nom", "Surname"),
    "col.first_name": ("Prénom", "First name"),
    "col.role": ("Fonction", "Role"),
    "col.organisation": ("Structure", "Organisation"),
    "col.attendance": ("Présence", "Attendance"),
    "proxies": ("Procurations", "Proxies"),
    "col.principal": ("Mandant", "Principal"),
    "col.holder": ("Mandataire", "Proxy holder"),
    "correspondence": ("Votes par correspondance", "Postal votes"),
    "incidents": ("Incidents", "Incidents"),
    # -- an erratum ---------------------------------------------------------------------
    "erratum.title": (f"Erratum au procès-verbal n°{_N}{{number}} du {{date}}",
                      "Erratum to minutes no. {number} of {date}"),
    "erratum.reference": (f"Ce texte corrige le procès-verbal n°{_N}{{number}} du registre.",
                          "This text corrects minutes no. {number} of the register."),
    "erratum.hash": ("Empreinte du contenu corrigé", "Fingerprint of the corrected content"),
    "erratum.correction": ("Correction", "Correction"),
    # -- signatures ---------------------------------------------------------------------
    "signatures": ("Signatures", "Signatures"),
    "signatory": ("{name}, {role}", "{name}, {role}"),
    "certificate": (f"Certificat{_N}: {{fingerprint}}", "Certificate: {fingerprint}"),
    "no_remarks": ("Aucune observation consignée.", "No remarks recorded."),
    "certificate.unknown": ("Certificat non encore connu", "Certificate not yet known"),
    "content_hash": ("Empreinte SHA-256 du contenu signé", "SHA-256 of the signed content"),
    "org_key": ("Empreinte de la clé de l'organisation", "Fingerprint of the organisation's key"),
    "signed_by": (
        "Les signataires ci-dessus signent électroniquement le contenu de ce procès-verbal "
        "(signature avancée, PAdES) avec leur clé TalaGov.",
        "The signatories above sign the content of these minutes electronically "
        "(advanced signature, PAdES) with their TalaGov keys.",
    ),
    "draft.planned": ("Signataires prévus", "Planned signatories"),
    "draft.unsigned": (
        f"Projet{_N}: ce document n'est pas signé et ne vaut pas procès-verbal.",
        "Draft: this document is not signed and is not the minutes.",
    ),
    "draft.nobody": ("Aucun signataire désigné.", "No signatory appointed."),
    "watermark": ("PROJET", "DRAFT"),
    "page": ("Page {page} / {pages}", "Page {page} / {pages}"),
    "footer": ("{title} — {organisation} — {date}", "{title} — {organisation} — {date}"),
    "subject": ("Procès-verbal — {kind} — {date}", "Minutes — {kind} — {date}"),
    "keywords": ("procès-verbal, délibérations, {kind}", "minutes, deliberations, {kind}"),
    # -- the register of deliberations --------------------------------------------------
    "register": ("Registre des délibérations", "Register of deliberations"),
    "register.entry": (f"Délibération n°{_N}{{number}} — {{entered_at}}",
                       "Deliberation no. {number} — {entered_at}"),
    "register.erratum": (f"Erratum à la délibération n°{_N}{{number}}",
                         "Erratum to deliberation no. {number}"),
    "register.keywords": ("registre des délibérations, procès-verbaux, {label}",
                          "register of deliberations, minutes, {label}"),
    "register.hash": ("Empreinte de l'entrée", "Entry hash"),
    "register.previous": ("Empreinte de l'entrée précédente", "Hash of the previous entry"),
    "register.first": ("aucune (première entrée)", "none (first entry)"),
    "register.end": (f"Fin du registre{_N}: {{count}} {{entries}}",
                     "End of the register: {count} {entries}"),
    "entry.one": ("entrée", "entry"),
    "entry.many": ("entrées", "entries"),
    "register.empty": ("Aucune délibération n'est encore inscrite.",
                       "No deliberation entered yet."),
}


def t(key: str, lang: str, **params: Any) -> str:
    """The text ``key`` in ``lang`` with ``params`` filled in (values already worded).

    Raises:
        KeyError: ``key`` is not declared (a bug).
    """
    return fill(TEXTS, key, lang, params)


def worded_date(iso: str, lang: str) -> str:
    """An ISO date as ``samedi 13 juin 2026``; any other text is returned as given."""
    try:
        return long_date(date.fromisoformat(iso), lang)
    except ValueError:
        return iso


def end_of_register(count: int, lang: str) -> str:
    """« Fin du registre : 3 entrées » (French counts 0 and 1 as singular)."""
    singular = count <= 1 if lang == "fr" else count == 1
    noun = t("entry.one" if singular else "entry.many", lang)
    return t("register.end", lang, count=count, entries=noun)
