# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the key services: the organisation key, enrolment, personal keystores, voting packages."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The organisation key and members' certificates (services.keys)
    "keys.no_org_key": (
        "L'organisation n'a pas encore de clé de signature\u00a0: créez-la dans les paramètres "
        "(ou avec «\u00a0talagov keys init\u00a0»).",
        "The organisation has no signing key yet: create it in the settings "
        "(or with \"talagov keys init\").",
    ),
    "keys.org_key_exists": (
        "L'organisation a déjà une clé de signature\u00a0; elle n'est jamais remplacée "
        "en silence.",
        "The organisation already has a signing key; it is never replaced silently.",
    ),
    "keys.org_key_mismatch": (
        "Cette clé n'est pas celle du certificat de l'organisation.",
        "This key is not the one of the organisation's certificate.",
    ),
    "keys.member_exited": (
        "{name} n'est plus associé\u00a0: aucun certificat ne peut lui être délivré.",
        "{name} is no longer a member: no certificate can be issued to them.",
    ),
    "keys.request_without_member": (
        "La demande de certificat ne porte pas de numéro de sociétaire (UID).",
        "The certificate request carries no member id (UID).",
    ),
    "keys.no_member_key": (
        "{name} n'a pas de clé de vote en cours de validité.",
        "{name} has no voting key in force.",
    ),
    "keys.revoked": (
        "Le certificat de {name} a été révoqué ({reason})\u00a0: il faut une nouvelle clé.",
        "{name}'s certificate was revoked ({reason}): a new key is needed.",
    ),
    "keys.expired": (
        "Le certificat de {name} a expiré\u00a0: il faut une nouvelle clé.",
        "{name}'s certificate has expired: a new key is needed.",
    ),
    "keys.key_elsewhere": (
        "La clé de {name} se trouve sur son propre ordinateur, pas sur celui-ci.",
        "{name}'s key is on their own computer, not on this one.",
    ),
    "keys.reason_required": (
        "Indiquez la raison de la révocation (perte, départ…).",
        "Give the reason for the revocation (lost, left…).",
    ),
    # The member's own keystore (services.personal_keys)
    "keys.personal_key_exists": (
        "Une clé existe déjà pour le sociétaire {member_id} dans {path}\u00a0; la remplacer "
        "rend son certificat inutilisable.",
        "A key already exists for member {member_id} in {path}; replacing it makes its "
        "certificate unusable.",
    ),
    "keys.name_required": (
        "Indiquez votre nom tel qu'il figure sur votre convocation.",
        "Give your name as it appears on your convocation.",
    ),
    "keys.member_id_invalid": (
        "Le numéro de sociétaire doit être un entier positif.",
        "The member id must be a positive whole number.",
    ),
    "keys.no_personal_key": (
        "Aucune clé du sociétaire {member_id} dans {path}\u00a0: créez d'abord votre clé.",
        "No key of member {member_id} in {path}: create your key first.",
    ),
    "keys.no_certificate_yet": (
        "Le certificat du sociétaire {member_id} n'est pas encore installé\u00a0: installez "
        "celui que le secrétariat vous a renvoyé.",
        "Member {member_id}'s certificate is not installed yet: install the one the "
        "secretary sent back.",
    ),
    "keys.not_a_member_certificate": (
        "Ce fichier n'est pas un certificat de sociétaire (pas de numéro de sociétaire).",
        "This file is not a member certificate (no member id).",
    ),
    "keys.certificate_mismatch": (
        "Ce certificat ne correspond pas à la clé enregistrée pour le sociétaire {member_id}.",
        "This certificate does not match the key stored for member {member_id}.",
    ),
    "keys.counters_damaged": (
        "Le fichier des numéros de bulletin {path} est illisible\u00a0; sans lui, un nouveau "
        "vote ne remplacerait pas le précédent.",
        "The ballot numbers file {path} is unreadable; without it a new vote would not "
        "replace the previous one.",
    ),
    # Voting packages (services.voting_package)
    "package.malformed": (
        "Ce fichier n'est pas un dossier de vote TalaGov lisible.",
        "This file is not a readable TalaGov voting package.",
    ),
    "package.bad_signature": (
        "La signature du dossier de vote ne correspond pas à la clé de l'organisation\u00a0: "
        "le fichier a été modifié.",
        "The voting package's signature does not match the organisation's key: "
        "the file was altered.",
    ),
    "package.untrusted_organisation": (
        "Ce dossier de vote vient d'une autre organisation\u00a0: empreinte attendue "
        "{expected}, empreinte trouvée {found}.",
        "This voting package comes from another organisation: expected fingerprint "
        "{expected}, found {found}.",
    ),
    "package.no_open_poll": (
        "Aucun scrutin n'est ouvert pour cette réunion\u00a0: il n'y a rien à envoyer.",
        "No poll is open for this meeting: there is nothing to send.",
    ),
    "package.unknown_poll": (
        "Le scrutin {poll} ne fait pas partie de ce dossier de vote.",
        "Poll {poll} is not part of this voting package.",
    ),
    "package.not_a_principal": (
        "Le sociétaire {member_id} ne vous a pas donné de pouvoir pour cette réunion.",
        "Member {member_id} has not given you a proxy for this meeting.",
    ),
    "package.invalid_choice": (
        "Le choix pour le scrutin n°\u00a0{number} («\u00a0{title}\u00a0») n'est pas valable.",
        "The choice for poll no. {number} (\"{title}\") is not valid.",
    ),
    "package.nothing_to_vote": (
        "Aucun choix n'a été fait\u00a0: aucun bulletin n'est écrit.",
        "No choice was made: no ballot is written.",
    ),
    # The key commands (cli.key_commands)
    "keys_cli.passphrase_env_missing": (
        "La variable d'environnement {var} n'est pas définie.",
        "The environment variable {var} is not set.",
    ),
    "keys_cli.passphrase_required": (
        "Une phrase secrète est nécessaire\u00a0: utilisez {option} VAR hors d'un terminal.",
        "A passphrase is needed: use {option} VAR outside a terminal.",
    ),
    "keys_cli.passphrases_differ": (
        "Les deux phrases secrètes saisies diffèrent.",
        "The two passphrases typed differ.",
    ),
    "keys_cli.created": (
        "Clé de l'organisation créée. Empreinte\u00a0: {fingerprint}",
        "Organisation key created. Fingerprint: {fingerprint}",
    ),
    "keys_cli.issued": (
        "Certificat délivré à {name} (sociétaire {member_id})\u00a0: {path}",
        "Certificate issued to {name} (member {member_id}): {path}",
    ),
    "keys_cli.revoked": (
        "Certificat de {name} révoqué.",
        "{name}'s certificate revoked.",
    ),
    "keys_cli.request_written": (
        "Clé créée dans {keystore}. Envoyez la demande {path} au secrétariat.",
        "Key created in {keystore}. Send the request {path} to the secretary.",
    ),
    "keys_cli.installed": (
        "Certificat installé pour {name} (sociétaire {member_id}).",
        "Certificate installed for {name} (member {member_id}).",
    ),
    "keys_cli.package_written": (
        "Dossier de vote de {name} écrit\u00a0: {path} ({polls} scrutins).",
        "Voting package for {name} written: {path} ({polls} polls).",
    ),
    "keys_cli.no_org_key": (
        "Pas encore de clé de l'organisation.",
        "No organisation key yet.",
    ),
    "keys_cli.no_certificate": (
        "Aucun certificat de sociétaire.",
        "No member certificate.",
    ),
    "keys_cli.org_line": (
        "Clé de l'organisation {name}, créée le {date}.",
        "Organisation key of {name}, created on {date}.",
    ),
    "keys_cli.fingerprint": (
        "Empreinte\u00a0: {fingerprint}",
        "Fingerprint: {fingerprint}",
    ),
    "keys_cli.status_active": ("en vigueur", "in force"),
    "keys_cli.status_expired": ("expiré", "expired"),
    "keys_cli.status_revoked": ("révoqué ({reason})", "revoked ({reason})"),
    "keys_cli.here": ("clé sur cet ordinateur", "key on this computer"),
    "keys_cli.elsewhere": ("clé sur l'ordinateur du sociétaire", "key on the member's computer"),
    "keys_cli.prompt_org": (
        "Phrase secrète de la clé de l'organisation\u00a0: ",
        "Passphrase of the organisation key: ",
    ),
    "keys_cli.prompt_new_org": (
        "Nouvelle phrase secrète de la clé de l'organisation (8\u00a0caractères au moins)\u00a0: ",
        "New passphrase of the organisation key (at least 8 characters): ",
    ),
    "keys_cli.prompt_new_member": (
        "Phrase secrète de votre clé de vote (8\u00a0caractères au moins)\u00a0: ",
        "Passphrase of your voting key (at least 8 characters): ",
    ),
    "keys_cli.prompt_member": (
        "Phrase secrète de votre clé de vote : ",
        "Passphrase of your voting key: ",
    ),
    "keys_cli.pkcs12_written": (
        "Clé et certificat écrits dans {path} (PKCS#12, protégé par la même phrase secrète).",
        "Key and certificate written to {path} (PKCS#12, protected by the same passphrase).",
    ),
    "keys_cli.prompt_again": (
        "La même, une seconde fois\u00a0: ",
        "The same again: ",
    ),
}
