# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the meetings area: meetings, agenda, library (French, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Meetings (core.meetings, services.meetings)
    "meeting.not_found": ("Cette réunion n'existe plus (n° interne {id}).",
                          "This meeting no longer exists (internal id {id})."),
    "meeting.title_required": ("Le titre de la réunion est obligatoire.",
                               "The meeting's title is required."),
    "meeting.assembly_has_no_body": (
        "Une assemblée générale réunit les associés\u00a0: elle n'est rattachée à aucun organe.",
        "A general assembly gathers the associates: it belongs to no body.",
    ),
    "meeting.body_required": ("Choisissez l'organe qui se réunit.",
                              "Choose the body that meets."),
    "meeting.end_before_start": ("L'heure de fin doit suivre l'heure de début.",
                                 "The end time must be after the start time."),
    "meeting.record_date_after": (
        "La date d'arrêté de la liste des votants ({date}) est postérieure à la réunion ({on}).",
        "The record date of the voting roll ({date}) is after the meeting ({on}).",
    ),
    "meeting.previous_required": (
        "Une seconde convocation doit être rattachée à la réunion qui n'a pas atteint le quorum.",
        "A second convocation must be linked to the meeting that failed its quorum.",
    ),
    "meeting.previous_not_found": ("La réunion précédente indiquée n'existe pas.",
                                   "The previous meeting given does not exist."),
    "meeting.locked_field": (
        "La réunion est convoquée\u00a0: sa date, son type, son organe et sa convocation ne "
        "peuvent plus changer.",
        "The meeting is convened: its date, type, body and convocation can no longer change.",
    ),
    "meeting.archived": ("La réunion «\u00a0{title}\u00a0» est archivée\u00a0: elle ne peut plus "
                         "être modifiée.",
                         "The meeting \"{title}\" is archived: it can no longer be changed."),
    "meeting.same_status": ("La réunion est déjà dans cet état.",
                            "The meeting already has this status."),
    "meeting.illegal_transition": (
        "Ce changement d'état n'est pas permis\u00a0: une réunion passe de brouillon à convoquée, "
        "en séance, close puis archivée.",
        "This change of status is not allowed: a meeting goes from draft to convened, "
        "in session, closed, then archived.",
    ),
    "meeting.already_sent": (
        "{count} envoi(s) de convocation sont enregistrés pour cette réunion\u00a0: elle ne peut "
        "plus redevenir un brouillon ni être supprimée.",
        "{count} convocation sending(s) are logged for this meeting: it can no longer go back "
        "to draft or be deleted.",
    ),
    "meeting.delete_not_draft": (
        "Seul un brouillon peut être supprimé\u00a0; «\u00a0{title}\u00a0» a déjà été convoquée.",
        "Only a draft can be deleted; \"{title}\" has already been convened.",
    ),
    "meeting.has_session_records": (
        "La réunion a {count} enregistrement(s) de présence, pouvoir ou vote par correspondance\u00a0: "
        "elle ne peut pas être supprimée.",
        "The meeting has {count} attendance, proxy or postal vote record(s): it cannot be deleted.",
    ),
    "meeting.no_third_convocation": (
        "Cette réunion est déjà une seconde convocation.",
        "This meeting is already a second convocation.",
    ),
    "meeting.second_exists": ("La seconde convocation de cette réunion existe déjà (n° interne {id}).",
                              "This meeting's second convocation already exists (internal id {id})."),
    "meeting.quorum_not_failed": (
        "Le dernier quorum enregistré pour «\u00a0{title}\u00a0» n'a pas été manqué\u00a0: "
        "une seconde convocation n'est pas justifiée.",
        "The last quorum recorded for \"{title}\" was not failed: a second convocation is not "
        "justified.",
    ),
    "meeting.second_not_possible": (
        "Une seconde convocation se prépare depuis une réunion convoquée, en séance ou close.",
        "A second convocation is prepared from a convened, in-session or closed meeting.",
    ),
    "meeting.second_before_first": ("La seconde convocation doit avoir lieu après le {on}.",
                                    "The second convocation must take place after {on}."),
    # Agenda (services.agenda)
    "agenda.locked": ("L'ordre du jour ne peut plus changer une fois la séance ouverte.",
                      "The agenda can no longer change once the session has opened."),
    "agenda.reason_required": (
        "La réunion est convoquée\u00a0: indiquez le motif de la modification de l'ordre du jour "
        "(elle sera consignée au procès-verbal).",
        "The meeting is convened: give the reason for changing the agenda "
        "(it will be recorded in the minutes).",
    ),
    "agenda.title_required": ("Le titre du point est obligatoire.",
                              "The item's title is required."),
    "agenda.election_body_required": ("Choisissez l'organe dont les sièges sont à pourvoir.",
                                      "Choose the body whose seats are to be filled."),
    "agenda.seats_required": ("Une élection porte sur au moins un siège.",
                              "An election is for at least one seat."),
    "agenda.candidate_duplicate": ("Un même candidat est inscrit deux fois.",
                                   "The same candidate is listed twice."),
    "agenda.candidate_not_eligible": (
        "Le sociétaire {number} n'a pas le droit de vote au {date}\u00a0: il ne peut pas être "
        "candidat.",
        "Member {number} has no vote on {date}: they cannot stand as a candidate.",
    ),
    "agenda.item_not_found": ("Ce point de l'ordre du jour n'existe plus (n° interne {id}).",
                              "This agenda item no longer exists (internal id {id})."),
    "agenda.item_has_open_poll": (
        "Le point « {title} » ne peut pas être retiré : son scrutin a déjà été "
        "ouvert et des bulletins ont pu être déposés.",
        "Item “{title}” cannot be removed: its poll has already been opened and ballots may "
        "have been cast.",
    ),
    "meeting.polls_open": (
        "{count} scrutin(s) sont encore ouverts (n° {numbers}) : clôturez-les "
        "d'abord, sans quoi leurs bulletins ne pourraient jamais être dépouillés.",
        "{count} poll(s) are still open (number(s) {numbers}): close them first, or their "
        "ballots could never be counted.",
    ),
    "agenda.item_has_postal_votes": (
        "{count} formulaire(s) de vote par correspondance portent sur «\u00a0{title}\u00a0»\u00a0: "
        "ce point ne peut pas être retiré.",
        "{count} postal voting form(s) vote on \"{title}\": this item cannot be removed.",
    ),
    "agenda.order_mismatch": (
        "Le nouvel ordre doit reprendre une fois chacun des {expected} points (reçu\u00a0: {given}).",
        "The new order must list each of the {expected} items once (received: {given}).",
    ),
    # Library (services.library)
    "library.title_required": ("Le titre du document est obligatoire.",
                               "The document's title is required."),
    "library.not_found": ("Ce document n'existe plus (n° interne {id}).",
                          "This document no longer exists (internal id {id})."),
    "library.file_missing": (
        "Le fichier du document «\u00a0{title}\u00a0» est introuvable ({path}).",
        "The file of the document \"{title}\" is missing ({path}).",
    ),
    "library.in_use": (
        "Le document «\u00a0{title}\u00a0» est joint à {meetings} réunion(s) et à {forms} "
        "pouvoir(s) ou formulaire(s)\u00a0: détachez-le avant de le supprimer.",
        "The document \"{title}\" is attached to {meetings} meeting(s) and {forms} proxy or "
        "postal form(s): detach it before deleting it.",
    ),
    "library.already_attached": ("Ce document est déjà joint ici.",
                                 "This document is already attached here."),
    "library.not_attached": ("Ce document n'est pas joint ici.",
                             "This document is not attached here."),
}
