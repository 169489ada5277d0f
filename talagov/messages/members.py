# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the registers: members, organisation, categories, shares, mandates, applications."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Members (core.member_validation, services.members)
    "member.number_required": ("Le numéro de sociétaire est obligatoire.",
                               "The membership number is required."),
    "member.name_required": ("Le nom est obligatoire.", "The name is required."),
    "member.entity_first_name": ("Une personne morale n'a pas de prénom.",
                                 "A legal entity has no first name."),
    "member.email_invalid": ("L'adresse électronique «\u00a0{value}\u00a0» n'est pas valide.",
                             "The e-mail address \"{value}\" is not valid."),
    "member.exit_without_admission": ("Une date de sortie demande une date d'admission.",
                                      "An exit date needs an admission date."),
    "member.exit_before_admission": (
        "La date de sortie ({exit}) est antérieure à la date d'admission ({admission}).",
        "The exit date ({exit}) is before the admission date ({admission}).",
    ),
    "member.exit_cause_required": ("Indiquez le motif de la sortie.",
                                   "Give the reason for the exit."),
    "member.exit_date_required": ("Un motif de sortie demande une date de sortie.",
                                  "An exit reason needs an exit date."),
    "member.consent_needs_email": (
        "Le consentement à la convocation électronique demande une adresse électronique valide.",
        "Consent to electronic convocation needs a valid e-mail address.",
    ),
    "member.employment_dates": ("La période d'emploi commençant le {start} finit avant de commencer.",
                                "The employment period starting on {start} ends before it starts."),
    "member.representative_name": ("Le nom du représentant est obligatoire.",
                                   "The representative's name is required."),
    "member.representative_dates": (
        "La désignation du représentant commençant le {start} finit avant de commencer.",
        "The representative's designation starting on {start} ends before it starts.",
    ),
    "member.person_with_representative": (
        "Seule une personne morale a un représentant.",
        "Only a legal entity has a representative.",
    ),
    "member.number_taken": ("Le numéro {number} est déjà attribué à un autre sociétaire.",
                            "Number {number} is already used by another member."),
    "member.not_found": ("Ce sociétaire n'existe plus (n° interne {id}).",
                         "This member no longer exists (internal id {id})."),
    "member.already_exited": ("Ce sociétaire est déjà sorti le {date}.",
                              "This member already left on {date}."),
    "member.has_history": (
        "Le sociétaire {number} a un historique (parts, mandats ou passations)\u00a0: "
        "il ne peut pas être supprimé\u00a0; enregistrez plutôt sa sortie.",
        "Member {number} has a history (shares, mandates or handovers): "
        "it cannot be deleted; record the member's exit instead.",
    ),
    # Organisation and categories (services.organisation)
    "org.name_required": ("Le nom de l'organisation est obligatoire.",
                          "The organisation's name is required."),
    "org.siren_invalid": ("Le SIREN «\u00a0{value}\u00a0» n'est pas valide (9 chiffres, clé de contrôle).",
                          "The SIREN \"{value}\" is not valid (9 digits with a check digit)."),
    "org.nominal_positive": ("La valeur nominale d'une part doit être positive.",
                             "The nominal value of a share must be positive."),
    "org.fiscal_year_end": ("La date de clôture de l'exercice n'existe pas.",
                            "The fiscal year end is not a valid date."),
    "category.key_required": ("Chaque catégorie doit avoir un code.",
                              "Every category needs a key."),
    "category.key_duplicate": ("Deux catégories ont le même code.",
                               "Two categories have the same key."),
    "category.in_use": (
        "La catégorie «\u00a0{key}\u00a0» est encore utilisée par {count} sociétaire(s).",
        "Category \"{key}\" is still used by {count} member(s).",
    ),
    # Shares (core.shares, services.shares)
    "shares.count_positive": ("Le nombre de parts doit être positif.",
                              "The number of shares must be positive."),
    "shares.nominal_positive": ("La valeur nominale doit être positive.",
                                "The nominal value must be positive."),
    "shares.from_member": ("Indiquez le sociétaire qui cède ou dont les parts sont remboursées.",
                           "Give the member who transfers or whose shares are redeemed."),
    "shares.to_member": ("Indiquez le sociétaire qui souscrit ou reçoit les parts.",
                         "Give the member who subscribes or receives the shares."),
    "shares.transfer_to_self": ("Un sociétaire ne peut pas se céder des parts à lui-même.",
                                "A member cannot transfer shares to themselves."),
    "shares.negative_balance": (
        "Ce mouvement laisserait le sociétaire avec {balance} part(s) le {date}.",
        "This movement would leave the member with {balance} share(s) on {date}.",
    ),
    "shares.unknown_member": ("Ce sociétaire n'existe pas.", "This member does not exist."),
    "shares.to_exited_member": ("Le sociétaire {number} est sorti à cette date.",
                                "Member {number} had left by that date."),
    "shares.not_found": ("Ce mouvement de parts n'existe plus (n° {id}).",
                         "This share movement no longer exists (id {id})."),
    # Bodies, mandates, handovers (services.mandates)
    "body.name_required": ("Le nom de l'instance est obligatoire.", "The body's name is required."),
    "mandate.body_required": ("Choisissez l'instance du mandat.", "Choose the mandate's body."),
    "mandate.member_required": ("Choisissez le titulaire du mandat.", "Choose the mandate holder."),
    "mandate.end_before_start": ("La fin du mandat précède son début.",
                                 "The mandate ends before it starts."),
    "mandate.not_associate": (
        "Le sociétaire {number} n'est pas associé à cette date\u00a0: il ne peut pas siéger.",
        "Member {number} is not an associate on that date and cannot sit on the body.",
    ),
    "mandate.not_found": ("Ce mandat n'existe plus (n° {id}).",
                          "This mandate no longer exists (id {id})."),
    "mandate.already_ended": ("Ce mandat a déjà pris fin le {date}.",
                              "This mandate already ended on {date}."),
    "handover.same_person": ("La passation doit se faire entre deux personnes différentes.",
                             "A handover needs two different people."),
    # Applications (services.applications)
    "application.name_required": ("Le nom du candidat est obligatoire.",
                                  "The applicant's name is required."),
    "application.applied_before_hired": (
        "La candidature ne peut pas précéder l'embauche.",
        "The application cannot precede the hiring date.",
    ),
    "application.not_found": ("Cette candidature n'existe plus (n° {id}).",
                              "This application no longer exists (id {id})."),
    "application.already_decided": ("Cette candidature a déjà été tranchée ({decision}).",
                                    "This application was already decided ({decision})."),
    "application.decision_required": ("Choisissez une décision.", "Choose a decision."),
}
