# SPDX-License-Identifier: GPL-3.0-or-later
"""The words printed on the attendance sheet, in French and English.

Declared as ``(french, english)`` templates (see :mod:`talagov.reports.bilingual`);
French ones carry the no-break spaces of French typography.
"""

from __future__ import annotations

from typing import Any

from talagov.core.attendance import AttendanceStatus
from talagov.reports.bilingual import Texts, fill

TEXTS: Texts = {
    "title": ("Feuille de présence", "Attendance sheet"),
    "col.number": ("N°", "No."),
    "col.name": ("Nom, prénom", "Name"),
    "col.address": ("Adresse", "Address"),
    "col.shares": ("Parts", "Shares"),
    "col.votes": ("Voix", "Votes"),
    "col.mode": ("Participation", "Taking part"),
    "col.arrived": ("Arrivée", "Arrived"),
    "col.left": ("Départ", "Left"),
    "col.signature": ("Signature", "Signature"),
    "col.principal": ("Mandant", "Principal"),
    "col.holder": ("Mandataire", "Proxy holder"),
    "col.received": ("Reçu le", "Received"),
    "col.status": ("Statut", "Status"),
    "col.member": ("Associé", "Member"),
    "signed_at": ("signé à {time}", "signed at {time}"),
    "nobody": ("Aucun associé présent ni représenté.", "Nobody present or represented."),
    "totals": ("Total\u00a0: {people} associé(s) présent(s), représenté(s) ou votant par "
               "correspondance, {votes} voix.",
               "Total: {people} member(s) present, represented or voting by post, {votes} votes."),
    "proxies": ("Pouvoirs", "Proxies"),
    "postal": ("Votes par correspondance", "Postal votes"),
    "others": ("Excusés et absents", "Excused and absent"),
    "quorum": ("Quorum", "Quorum"),
    "certified": ("Feuille de présence certifiée exacte par le bureau, le {date}",
                  "Attendance sheet certified correct by the bureau on {date}"),
    "signature_line": ("Signature\u00a0:", "Signature:"),
    "no_bureau": ("Bureau non encore constitué.", "Bureau not yet constituted."),
    "page": ("Page {page}", "Page {page}"),
    "chair": ("Président de séance", "Chair"),
    "secretary": ("Secrétaire de séance", "Secretary"),
    "scrutineer": ("Scrutateur", "Scrutineer"),
    "blank_holder": ("pouvoir en blanc (au président)", "blank proxy (to the chair)"),
    "valid": ("valable", "valid"),
    "counted": ("reçu à temps, compté", "received in time, counted"),
    "late": ("reçu après l'ouverture, non compté", "received after the opening, not counted"),
    "represented_by": ("représenté par {holder}", "represented by {holder}"),
    "holds": ("{mode}, porteur de {count} pouvoir(s)", "{mode}, holding {count} proxy(ies)"),
    "at_time": ("{date} à {time}", "{date} at {time}"),
    "type.ago": ("{title} — assemblée générale ordinaire du {when}",
                 "{title} — ordinary general meeting, {when}"),
    "type.age": ("{title} — assemblée générale extraordinaire du {when}",
                 "{title} — extraordinary general meeting, {when}"),
    "type.mixed": ("{title} — assemblée générale mixte du {when}",
                   "{title} — ordinary and extraordinary general meeting, {when}"),
    "type.board": ("{title} — réunion du {when}", "{title} — meeting of {when}"),
    "type.other": ("{title} — réunion du {when}", "{title} — meeting of {when}"),
    "status.present": ("présent", "present"),
    "status.remote": ("à distance", "remote"),
    "status.represented": ("représenté", "represented"),
    "status.correspondence": ("vote par correspondance", "postal vote"),
    "status.excused": ("excusé", "excused"),
    "status.absent": ("absent", "absent"),
}


def text(key: str, lang: str, **params: Any) -> str:
    """The label ``key`` in ``lang`` (``"fr"``, anything else is English), filled in."""
    return fill(TEXTS, key, lang, params)


def status_text(status: AttendanceStatus, lang: str) -> str:
    """How a member takes part, in words."""
    return text(f"status.{status.value}", lang)
