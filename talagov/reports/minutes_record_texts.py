# SPDX-License-Identifier: GPL-3.0-or-later
"""The words of the generated half of the minutes, in French and English.

Only what no other table says already: the attendance summary's lines, how the
convocations were sent, the mandates' functions, the lines of a vote result that the
results document prints as tables (colleges, ranking), and the incidents found in the
record. Declared as ``(french, english)`` templates (see :mod:`talagov.reports.bilingual`);
French ones carry the no-break spaces of French typography.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from talagov.reports.bilingual import Texts, fill

TEXTS: Texts = {
    # -- header -------------------------------------------------------------------------
    "remote": ("Participation à distance possible (visioconférence)",
               "Remote participation possible (video conference)"),
    "channel.email": ("par courrier électronique", "by e-mail"),
    "channel.post": ("par lettre", "by letter"),
    "channel.registered": ("par lettre recommandée", "by registered letter"),
    "channel.hand": ("par remise en main propre", "by hand"),
    "and": (" et ", " and "),
    "convocation": ("{channels}, le {date}", "{channels}, on {date}"),
    "convocation.second": ("{text} ({rank})", "{text} ({rank})"),
    "annex.attendance": ("Feuille de présence", "Attendance sheet"),
    "annex.proxies": ("Pouvoirs ({count})", "Proxies ({count})"),
    "annex.forms": ("Formulaires de vote par correspondance ({count})",
                    "Postal voting forms ({count})"),
    # -- attendance ---------------------------------------------------------------------
    "line.eligible.company": ("Associés ayant le droit de vote au {date}",
                              "Members with a vote on {date}"),
    "line.eligible.association": ("Membres ayant le droit de vote au {date}",
                                  "Members with a vote on {date}"),
    "line.eligible.body": ("Membres en fonction ayant voix délibérative au {date}",
                           "Voting members in office on {date}"),
    "line.present": ("Présents", "Present"),
    "line.remote": ("À distance", "Remote"),
    "line.represented": ("Représentés", "Represented"),
    "line.correspondence": ("Votes par correspondance", "Postal votes"),
    "line.late": ("Votes par correspondance non comptés", "Postal votes not counted"),
    "line.excused": ("Excusés", "Excused"),
    "line.absent": ("Absents", "Absent"),
    # -- functions (mandates in office on the day) --------------------------------------
    "role.president": ("Président(e)", "Chair"),
    "role.vice_president": ("Vice-président(e)", "Vice-chair"),
    "role.secretary": ("Secrétaire", "Secretary"),
    "role.treasurer": ("Trésorier(ère)", "Treasurer"),
    "role.administrator": ("Administrateur(rice)", "Director"),
    "role.gerant": ("Gérant(e)", "Manager (gérant)"),
    "role.director_general": ("Directeur(rice) général(e)", "Managing director"),
    "role.member": ("Membre", "Member"),
    "role.advisory": ("Membre à voix consultative", "Advisory member"),
    "role.entity_representative": ("Représentant(e) d'une personne morale",
                                   "Representative of a legal entity"),
    "role.supervisory": ("Membre du conseil de surveillance", "Member of the supervisory board"),
    # -- vote results -------------------------------------------------------------------
    "college": (
        "Pour\u00a0: {for_}, contre\u00a0: {against}, abstention\u00a0: {abstain}, sur "
        "{base}\u00a0; part du «\u00a0pour\u00a0»\u00a0: {share}\u00a0; poids appliqué\u00a0: "
        "{weight}",
        "For: {for_}, against: {against}, abstain: {abstain}, out of {base}; share “for”: "
        "{share}; weight applied: {weight}",
    ),
    "college.election": ("{choices}, sur {base}\u00a0; poids appliqué\u00a0: {weight}",
                         "{choices}, out of {base}; weight applied: {weight}"),
    "college.empty": ("Aucun votant\u00a0; poids appliqué\u00a0: {weight}",
                      "Nobody voted; weight applied: {weight}"),
    "choice_votes": ("{label}\u00a0: {votes}", "{label}: {votes}"),
    "rank": ("{rank}. {label} — {votes} voix", "{rank}. {label} — {votes} vote(s)"),
    "rank.outcome": ("{line} — {outcome}", "{line} — {outcome}"),
    "no_decision": ("Pas de décision (quorum non atteint)", "No decision (quorum not met)"),
    "reasons": ("Bulletins rejetés — {reasons}.", "Ballots rejected — {reasons}."),
    "reason": ("{reason}\u00a0: {count}", "{reason}: {count}"),
    # -- incidents ----------------------------------------------------------------------
    "left": (
        "{name} a quitté la séance à {time}, avant le vote de la résolution n°\u00a0{number} "
        "(«\u00a0{title}\u00a0»).",
        "{name} left the meeting at {time}, before the vote on resolution {number} (“{title}”).",
    ),
    "remote_note": ("{name}, à distance\u00a0: {note}", "{name}, remote: {note}"),
    "quorum_lost": (
        "Quorum non atteint à l'ouverture du point n°\u00a0{number} («\u00a0{title}\u00a0»)\u00a0: "
        "{participants} participant(s), {required} requis.",
        "Quorum not met when item {number} (“{title}”) opened: {participants} taking part, "
        "{required} required.",
    ),
    "late_form": (
        "Le formulaire de vote par correspondance de {name}, reçu le {date} à {time}, après "
        "l'ouverture de la séance, est conservé mais non compté.",
        "The postal voting form of {name}, received on {date} at {time}, after the session "
        "opened, is kept but not counted.",
    ),
}


def text(key: str, lang: str, **params: Any) -> str:
    """The text ``key`` in ``lang`` (``"fr"``, anything else is English), filled in."""
    return fill(TEXTS, key, lang, params)


def joined(parts: Sequence[str], lang: str) -> str:
    """« a, b et c » / "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + text("and", lang) + parts[-1]
