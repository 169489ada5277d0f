# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of a member's install (codes ``member.*``): joining from the folder, trusting
the organisation, enrolling, voting, giving a proxy."""

from __future__ import annotations

_NB = "\u00a0"

MESSAGES: dict[str, tuple[str, str]] = {
    # The files a member's install writes (core.sync_request, core.sync_proxy)
    "member.request_malformed": (
        "Ce fichier n'est pas une demande de certificat TalaGov lisible.",
        "This file is not a readable TalaGov certificate request.",
    ),
    "member.proxy_malformed": (
        "Ce fichier n'est pas un pouvoir électronique TalaGov lisible.",
        "This file is not a readable TalaGov electronic proxy.",
    ),
    # Joining (services.member_home)
    "member.folder_missing": (
        f"Le dossier partagé «{_NB}{{path}}{_NB}» n'existe pas (ou plus)\u00a0: vérifiez que "
        "le logiciel de synchronisation l'a bien créé, ou choisissez-en un autre.",
        "The shared folder “{path}” does not exist (any more): check that the sync "
        "software created it, or choose another one.",
    ),
    "member.no_organisation": (
        f"Le dossier «{_NB}{{path}}{_NB}» ne contient (encore) aucune fiche d'organisation "
        "lisible\u00a0: attendez la fin de la synchronisation, ou demandez au secrétariat "
        "de publier le dossier.",
        "The folder “{path}” holds no readable organisation file (yet): wait until the "
        "synchronisation is over, or ask the secretary to publish the folder.",
    ),
    "member.fingerprint_mismatch": (
        "L'empreinte confirmée ({expected}) n'est pas celle de l'organisation de ce dossier "
        "({found})\u00a0: ne lui faites pas confiance et prévenez le secrétariat.",
        "The fingerprint confirmed ({expected}) is not that of this folder's organisation "
        "({found}): do not trust it, and tell the secretary.",
    ),
    "member.other_organisation": (
        "Cette installation appartient déjà à l'organisation {name} (empreinte "
        "{fingerprint})\u00a0: elle ne peut pas en rejoindre une autre.",
        "This install already belongs to the organisation {name} (fingerprint "
        "{fingerprint}): it cannot join another one.",
    ),
    "member.unknown_member": (
        "Le sociétaire {member_id} ne figure pas parmi les membres de {name}.",
        "Member {member_id} is not among the members of {name}.",
    ),
    "member.not_joined": (
        "Cette installation n'a encore rejoint aucune organisation (dossier {path}).",
        "This install has not joined any organisation yet (folder {path}).",
    ),
    "member.membership_damaged": (
        f"Le fichier d'adhésion «{_NB}{{path}}{_NB}» est illisible\u00a0: rejoignez de "
        "nouveau l'organisation depuis le dossier partagé.",
        "The membership file “{path}” is unreadable: join the organisation again from the "
        "shared folder.",
    ),
    "member.no_member_id": (
        "Indiquez d'abord quel sociétaire vous êtes.",
        "First say which member you are.",
    ),
    # Reading the folder (services.member_folder)
    "member.foreign_signature": (
        f"Fichier refusé «{_NB}{{path}}{_NB}»\u00a0: il se présente au nom d'une autre "
        "organisation (empreinte {found}, attendue {expected}). Quelqu'un a écrit dans le "
        "dossier à la place de votre coopérative\u00a0: prévenez le secrétariat.",
        "File refused “{path}”: it claims to come from another organisation (fingerprint "
        "{found}, expected {expected}). Someone wrote into the folder in your "
        "cooperative's place: tell the secretary.",
    ),
    "member.bad_signature": (
        f"Fichier refusé «{_NB}{{path}}{_NB}»\u00a0: sa signature n'est pas celle de la clé "
        "de votre organisation (empreinte {expected})\u00a0; il a été modifié ou signé par "
        "une autre clé. Prévenez le secrétariat.",
        "File refused “{path}”: its signature is not that of your organisation's key "
        "(fingerprint {expected}); it was altered or signed by another key. Tell the "
        "secretary.",
    ),
    "member.file_malformed": (
        f"Fichier ignoré «{_NB}{{path}}{_NB}»\u00a0: il est illisible (tronqué, modifié ou "
        "d'une version plus récente de TalaGov).",
        "File ignored “{path}”: it is unreadable (truncated, altered, or from a newer "
        "TalaGov).",
    ),
    "member.not_regular": (
        f"Fichier refusé «{_NB}{{path}}{_NB}»\u00a0: ce n'est pas un fichier ordinaire (un "
        "lien, un tube ou un dossier)\u00a0; TalaGov n'en écrit jamais de tels. Il n'a pas "
        "été lu. Prévenez le secrétariat.",
        "File refused “{path}”: it is not a regular file (a link, a pipe or a folder); "
        "TalaGov never writes such things. It was not read. Tell the secretary.",
    ),
    "member.rolled_back": (
        f"Fichier refusé «{_NB}{{path}}{_NB}»\u00a0: c'est une version plus ancienne "
        f"(n°{_NB}{{sequence}}) que celle déjà lue sur cet ordinateur (n°{_NB}{{seen}})\u00a0; "
        "la plus récente a disparu du dossier ou a été remplacée. Prévenez le secrétariat.",
        "File refused “{path}”: it is an older version (no. {sequence}) than the one this "
        "computer has already read (no. {seen}); the newer one vanished from the folder or "
        "was replaced. Tell the secretary.",
    ),
    "member.not_written_here": (
        f"Fichier refusé «{_NB}{{path}}{_NB}»\u00a0: il est dans le dossier de cette "
        "installation mais elle ne l'a pas signé\u00a0; quelqu'un d'autre l'y a déposé. Il "
        "n'est pas compté comme le vôtre. Prévenez le secrétariat.",
        "File refused “{path}”: it is in this install's directory but this install did not "
        "sign it; someone else put it there. It is not counted as yours. Tell the "
        "secretary.",
    ),
    "member.several_organisations": (
        "ATTENTION\u00a0: ce dossier contient {count} organisations différentes (des clés "
        "différentes, parfois sous le même nom). Une seule est votre coopérative\u00a0: "
        "celle dont l'empreinte est imprimée sur votre convocation. Les autres y ont été "
        "déposées par quelqu'un d'autre\u00a0; prévenez le secrétariat.",
        "WARNING: this folder holds {count} different organisations (different keys, "
        "sometimes under the same name). Only one is your cooperative: the one whose "
        "fingerprint is printed on your convocation. Someone else put the others there; "
        "tell the secretary.",
    ),
    "member.choose_organisation": (
        "Relancez la commande avec --fingerprint suivi de l'empreinte imprimée sur votre "
        "convocation (recopiez-la de la convocation, pas d'ici).",
        "Run the command again with --fingerprint followed by the fingerprint printed on "
        "your convocation (copy it from the convocation, not from here).",
    ),
    "member.archive_missing": (
        f"L'archive de «{_NB}{{title}}{_NB}» n'est pas (encore) dans le dossier partagé\u00a0: "
        "attendez la fin de la synchronisation.",
        "The archive of “{title}” is not in the shared folder (yet): wait until the "
        "synchronisation is over.",
    ),
    "member.archive_altered": (
        f"L'archive de «{_NB}{{title}}{_NB}» du dossier partagé n'est pas celle que "
        "l'organisation a publiée (son contenu a changé)\u00a0: elle n'est pas ouverte. "
        "Prévenez le secrétariat.",
        "The archive of “{title}” in the shared folder is not the one the organisation "
        "published (its content changed): it is not opened. Tell the secretary.",
    ),
    "member.unknown_meeting": (
        "La réunion {meeting} n'est pas (ou plus) publiée dans le dossier partagé.",
        "Meeting {meeting} is not (or no longer) published in the shared folder.",
    ),
    "member.document_missing": (
        f"Le document «{_NB}{{title}}{_NB}» n'est pas (encore) dans le dossier partagé\u00a0: "
        "attendez la fin de la synchronisation.",
        "The document “{title}” is not in the shared folder (yet): wait until the "
        "synchronisation is over.",
    ),
    "member.document_altered": (
        f"Le document «{_NB}{{title}}{_NB}» du dossier partagé n'est pas celui que "
        "l'organisation a publié (son contenu a changé)\u00a0: il n'est pas ouvert.",
        "The document “{title}” in the shared folder is not the one the organisation "
        "published (its content changed): it is not opened.",
    ),
    # Acting (services.member_actions)
    "member.not_on_roll": (
        f"Le sociétaire {{member_id}} n'est pas sur la liste des votants de «{_NB}{{title}}{_NB}».",
        "Member {member_id} is not on the voting roll of “{title}”.",
    ),
    "member.no_open_polls": (
        f"Aucun scrutin n'est ouvert au vote à distance pour «{_NB}{{title}}{_NB}».",
        "No poll is open for remote voting for “{title}”.",
    ),
    "member.no_certificate": (
        "Votre clé de vote n'a pas (encore) de certificat\u00a0: créez-la et faites-la "
        "certifier par le secrétariat.",
        "Your voting key has no certificate (yet): create it and have the secretary "
        "certify it.",
    ),
    "member.certificate_revoked": (
        "Le certificat de votre clé de vote a été révoqué par l'organisation\u00a0: créez "
        "une nouvelle clé et faites-la certifier.",
        "Your voting key's certificate was revoked by the organisation: create a new key "
        "and have it certified.",
    ),
    "member.poll_mismatch": (
        f"Le scrutin n°{_NB}{{number}} («{_NB}{{title}}{_NB}») ne correspond pas à cette "
        "réunion\u00a0: aucun bulletin n'est écrit.",
        "Poll no. {number} (“{title}”) does not match this meeting: no ballot is written.",
    ),
    "member.duplicate_vote": (
        "Deux choix sont donnés pour le scrutin {poll} au nom du sociétaire {member_id}.",
        "Two choices are given for poll {poll} on behalf of member {member_id}.",
    ),
    "member.meeting_not_open": (
        f"La réunion «{_NB}{{title}}{_NB}» n'est plus en cours\u00a0: un pouvoir ne peut "
        "plus être donné.",
        "The meeting “{title}” is no longer under way: a proxy can no longer be given.",
    ),
    "member.own_proxy": (
        "Un sociétaire ne peut pas se donner pouvoir à lui-même.",
        "A member cannot give a proxy to themselves.",
    ),
    "member.holder_not_on_roll": (
        f"Le sociétaire {{member_id}} n'est pas sur la liste des votants de «{_NB}{{title}}{_NB}»\u00a0: "
        "il ne peut pas recevoir de pouvoir.",
        "Member {member_id} is not on the voting roll of “{title}”: they cannot hold a proxy.",
    ),
}
