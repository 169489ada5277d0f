# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of publishing to the shared folder (codes ``sync.*``): the folder, the
organisation's files, what a pass published."""

from __future__ import annotations

_NB = "\u00a0"

MESSAGES: dict[str, tuple[str, str]] = {
    # Reading the organisation's files (core.sync_envelope, sync_identity, meeting_package)
    "sync.malformed": (
        f"Ce fichier n'est pas un fichier «{_NB}{{format}}{_NB}» de TalaGov lisible "
        "(tronqué, modifié ou d'une autre version).",
        "This file is not a readable TalaGov “{format}” file (truncated, altered or of "
        "another version).",
    ),
    "sync.bad_signature": (
        f"La signature de ce fichier «{_NB}{{format}}{_NB}» ne correspond pas à la clé de "
        "l'organisation\u00a0: il a été modifié, ou signé par une autre clé.",
        "The signature of this “{format}” file does not match the organisation's key: it "
        "was altered, or signed by another key.",
    ),
    "sync.identity_malformed": (
        "La fiche d'identité de l'organisation dans le dossier partagé est illisible ou "
        "incohérente (certificat, empreinte ou membres).",
        "The organisation's identity file in the shared folder is unreadable or "
        "inconsistent (certificate, fingerprint or members).",
    ),
    "sync.package_malformed": (
        "Le dossier de la réunion {meeting} publié dans le dossier partagé est illisible "
        "ou incohérent.",
        "The package of meeting {meeting} published in the shared folder is unreadable or "
        "inconsistent.",
    ),
    # The folder (services.sync_folder)
    "sync.folder_missing": (
        f"Le dossier partagé «{_NB}{{path}}{_NB}» n'existe pas (ou plus)\u00a0: choisissez "
        "un dossier existant, par exemple celui que synchronise Nextcloud ou Syncthing.",
        "The shared folder “{path}” does not exist (any more): choose an existing folder, "
        "for instance the one Nextcloud or Syncthing keeps in step.",
    ),
    "sync.folder_not_dir": (
        f"«{_NB}{{path}}{_NB}» est un fichier, pas un dossier.",
        "“{path}” is a file, not a folder.",
    ),
    "sync.folder_unwritable": (
        f"TalaGov ne peut pas écrire dans le dossier partagé «{_NB}{{path}}{_NB}»\u00a0: "
        "{reason}.",
        "TalaGov cannot write into the shared folder “{path}”: {reason}.",
    ),
    "sync.folder_unreadable": (
        f"TalaGov ne peut pas lire le dossier «{_NB}{{path}}{_NB}»\u00a0: {{reason}}.",
        "TalaGov cannot read the folder “{path}”: {reason}.",
    ),
    "sync.folder_unsafe": (
        f"«{_NB}{{path}}{_NB}» n'est pas un vrai dossier du dossier partagé (c'est un lien "
        "symbolique, un raccourci ou un fichier)\u00a0: TalaGov n'y publie rien et n'y lit "
        "rien, pour ne pas envoyer les fichiers de l'organisation ailleurs. Quelqu'un qui "
        "écrit dans le dossier partagé l'a mis à la place du dossier de l'organisation\u00a0; "
        "supprimez ce lien (TalaGov recréera le dossier), puis synchronisez à nouveau.",
        "“{path}” is not a real folder of the shared folder (it is a symbolic link, a "
        "shortcut or a file): TalaGov publishes nothing there and reads nothing from it, so "
        "as not to send the organisation's files elsewhere. Someone who writes into the "
        "shared folder put it in place of the organisation's folder; remove that link "
        "(TalaGov will make the folder again), then synchronise again.",
    ),
    "sync.no_folder": (
        "Aucun dossier partagé n'est choisi pour cette organisation.",
        "No shared folder has been chosen for this organisation.",
    ),
    # Publishing (services.sync_package, services.sync_publish)
    "sync.document_altered": (
        f"Le document «{_NB}{{title}}{_NB}» de la bibliothèque ne correspond plus à son "
        f"empreinte ({{path}}) : il n'est pas publié. Rajoutez-le à la bibliothèque.",
        "The library document “{title}” no longer matches its digest ({path}): it is not "
        "published. Add it to the library again.",
    ),
    "sync.package_unpublishable": (
        f"La réunion «{_NB}{{title}}{_NB}» n'est pas publiée dans le dossier partagé\u00a0: "
        "les installations des membres refuseraient son dossier ({cause}). Réduisez ou "
        "scindez le document en cause (ou raccourcissez le texte), puis synchronisez à "
        "nouveau\u00a0; le reste est publié.",
        "The meeting “{title}” is not published in the shared folder: members' installs "
        "would refuse its package ({cause}). Shrink or split the document at fault (or "
        "shorten the text), then synchronise again; the rest is published.",
    ),
    "sync.archive_too_large": (
        f"L'archive de la réunion «{_NB}{{title}}{_NB}» ({{size}} octets) dépasse ce que "
        "les installations des membres acceptent ({limit} octets)\u00a0: elle n'est pas "
        "publiée dans le dossier partagé. Remettez-la aux membres autrement (clé USB, "
        "envoi).",
        "The archive of the meeting “{title}” ({size} bytes) is larger than members' "
        "installs accept ({limit} bytes): it is not published in the shared folder. Hand "
        "it to the members another way (USB key, sending it).",
    ),
    "sync.needs_key": (
        "Publier ces fichiers demande la clé de l'organisation (sa phrase secrète).",
        "Publishing these files needs the organisation's key (its passphrase).",
    ),
    "sync.busy": (
        f"Une autre synchronisation est en cours (une autre fenêtre, ou «{_NB}talagov "
        f"sync{_NB}»)\u00a0: rien n'a été publié cette fois-ci, la prochaine "
        "synchronisation publiera ce qui manque.",
        "Another synchronisation is running (another window, or “talagov sync”): nothing "
        "was published this time; the next synchronisation will publish what is missing.",
    ),
    "sync.name_taken": (
        f"Le fichier «{_NB}{{path}}{_NB}» du dossier partagé existe déjà avec un autre "
        "contenu\u00a0: TalaGov ne l'a pas remplacé. Il a sans doute été abîmé par la "
        "synchronisation\u00a0; signalez-le.",
        "The file “{path}” of the shared folder already exists with another content: "
        "TalaGov did not replace it. It was probably damaged by the sync; report it.",
    ),
}
