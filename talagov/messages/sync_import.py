# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of importing from the shared folder (codes ``sync_import.*``): what a pass
imported, and why a file is quarantined.

A quarantined file is shown to the secretary with one of these sentences (or with the
message of the refusal an existing service gave, ``poll.closed``, ``proxy.cap_exceeded``...).
The folder itself is never touched: the sentences say what the app did, not what to delete.
"""

from __future__ import annotations

_NB = "\u00a0"

MESSAGES: dict[str, tuple[str, str]] = {
    # Files that cannot be read (yet)
    "sync_import.incomplete": (
        "Fichier incomplet ou illisible — il sera relu s'il change",
        "Incomplete or unreadable file — it will be read again if it changes",
    ),
    "sync_import.unreadable": (
        "Fichier impossible à ouvrir ({reason}) — il sera relu s'il change",
        "The file cannot be opened ({reason}) — it will be read again if it changes",
    ),
    "sync_import.too_large": (
        f"Fichier trop gros pour venir de TalaGov ({{size}} octets){_NB}: il n'est pas lu",
        "File too large to come from TalaGov ({size} bytes): it is not read",
    ),
    "sync_import.unknown_name": (
        f"Fichier inconnu de TalaGov{_NB}: il n'est pas lu",
        "A file TalaGov does not know: it is not read",
    ),
    "sync_import.misplaced": (
        f"Fichier rangé dans le mauvais dossier («{_NB}{{folder}}{_NB}»){_NB}: il n'est pas lu",
        "File in the wrong folder (“{folder}”): it is not read",
    ),
    "sync_import.unexpected": (
        f"Fichier que TalaGov n'a pas su lire ({{error}}){_NB}: il est mis de côté, les "
        "autres fichiers sont importés — il sera relu s'il change",
        "A file TalaGov could not read ({error}): it is set aside, the other files are "
        "imported — it will be read again if it changes",
    ),
    "sync_import.busy": (
        f"Une autre synchronisation est en cours (une autre fenêtre, ou «{_NB}talagov "
        f"sync{_NB}»){_NB}: celle-ci s'est arrêtée sans rien perdre, la prochaine importera "
        "ce qui reste",
        "Another synchronisation is running (another window, or “talagov sync”): this one "
        "stopped without losing anything, the next one will import what is left",
    ),
    "sync_import.folder_unsafe": (
        f"«{_NB}{{path}}{_NB}» n'est pas un vrai dossier du dossier partagé (c'est un lien "
        "symbolique, un raccourci ou un fichier)\u00a0: TalaGov n'y lit aucun fichier des "
        "sociétaires, pour ne pas importer des fichiers venus d'ailleurs. Quelqu'un qui "
        "écrit dans le dossier partagé l'a mis à la place du dossier des sociétaires\u00a0; "
        "supprimez ce lien (les installations des sociétaires recréeront le dossier), puis "
        "synchronisez à nouveau.",
        "“{path}” is not a real folder of the shared folder (it is a symbolic link, a "
        "shortcut or a file): TalaGov reads no member's file through it, so as not to import "
        "files from elsewhere. Someone who writes into the shared folder put it in place of "
        "the members' folder; remove that link (the members' installs will make the folder "
        "again), then synchronise again.",
    ),
    "sync_import.no_organisation_key": (
        f"La coopérative n'a pas encore de clé de signature{_NB}: les fichiers des "
        "sociétaires ne peuvent pas être vérifiés",
        "The cooperative has no signing key yet: members' files cannot be checked",
    ),
    # Ballots
    "sync_import.ballot_other_organisation": (
        "Ce bulletin est signé pour une autre coopérative",
        "This ballot is signed for another cooperative",
    ),
    "sync_import.ballot_name_mismatch": (
        f"Le nom du fichier ne correspond pas au bulletin qu'il contient (réunion n°{_NB}"
        f"{{meeting}}, scrutin n°{_NB}{{poll}}){_NB}: il n'est pas importé",
        "The file's name does not match the ballot inside (meeting {meeting}, poll {poll}): "
        "it is not imported",
    ),
    "sync_import.ballot_bad_signature": (
        f"La signature de ce bulletin n'est pas valide (fichier modifié après avoir été signé){_NB}: "
        "il n'est pas importé",
        "This ballot's signature is not valid (the file was changed after it was signed): it is "
        "not imported",
    ),
    "sync_import.ballot_unknown_certificate": (
        f"Ce bulletin est signé par une clé que la coopérative n'a pas certifiée{_NB}: il n'est "
        "pas importé",
        "This ballot is signed with a key the cooperative did not certify: it is not imported",
    ),
    # Certificate requests
    "sync_import.request_other_organisation": (
        "Cette demande de certificat est adressée à une autre coopérative",
        "This certificate request is meant for another cooperative",
    ),
    "sync_import.request_misplaced": (
        "Cette demande de certificat a été déposée dans le dossier d'une autre installation",
        "This certificate request was left in the folder of another install",
    ),
    "sync_import.request_unknown_member": (
        f"La demande de certificat désigne le sociétaire n°{_NB}{{member}}, absent du registre",
        "The certificate request names member no. {member}, who is not in the register",
    ),
    "sync_import.request_replaces": (
        f"    attention{_NB}: {{name}} a déjà un certificat valide — le délivrer révoque la clé "
        "avec laquelle ce sociétaire vote aujourd'hui",
        "    warning: {name} already holds a valid certificate — issuing this one revokes the "
        "key the member votes with today",
    ),
    "sync_import.request_other_install": (
        f"    attention{_NB}: cette demande vient d'une autre installation que la demande "
        "précédente de ce sociétaire",
        "    warning: this request comes from another install than the member's earlier request",
    ),
    "sync_import.request_not_found": (
        f"Demande de certificat introuvable (n°{_NB}{{id}})",
        "Certificate request not found (no. {id})",
    ),
    "sync_import.request_already_issued": (
        f"Le certificat de cette demande (n°{_NB}{{id}}) est déjà délivré",
        "The certificate of this request (no. {id}) was already issued",
    ),
    "sync_import.request_already_refused": (
        f"Cette demande de certificat (n°{_NB}{{id}}) a déjà été refusée",
        "This certificate request (no. {id}) was already refused",
    ),
    # Proxies
    "sync_import.proxy_other_organisation": (
        "Ce pouvoir est signé pour une autre coopérative",
        "This proxy is signed for another cooperative",
    ),
    "sync_import.proxy_name_mismatch": (
        f"Le nom du fichier ne correspond pas au pouvoir qu'il contient (réunion n°{_NB}"
        f"{{meeting}}){_NB}: il n'est pas enregistré",
        "The file's name does not match the proxy inside (meeting {meeting}): it is not recorded",
    ),
    "sync_import.proxy_unknown_meeting": (
        f"Ce pouvoir est donné pour une réunion inconnue (n°{_NB}{{meeting}})",
        "This proxy is given for an unknown meeting ({meeting})",
    ),
    "sync_import.proxy_bad_signature": (
        f"La signature de ce pouvoir n'est pas valide{_NB}: il n'est pas enregistré",
        "This proxy's signature is not valid: it is not recorded",
    ),
    "sync_import.proxy_unknown_certificate": (
        f"Ce pouvoir est signé par une clé que la coopérative n'a pas certifiée{_NB}: "
        "il n'est pas enregistré",
        "This proxy is signed with a key the cooperative did not certify: it is not recorded",
    ),
    "sync_import.proxy_revoked_certificate": (
        f"Ce pouvoir est signé par une clé révoquée{_NB}: il n'est pas enregistré",
        "This proxy is signed with a revoked key: it is not recorded",
    ),
    "sync_import.proxy_not_principal": (
        f"Ce pouvoir au nom du sociétaire n°{_NB}{{principal}} est signé par la clé d'un "
        f"autre sociétaire (n°{_NB}{{signer}}){_NB}: il n'est pas enregistré",
        "This proxy in the name of member no. {principal} is signed with another member's key "
        "(no. {signer}): it is not recorded",
    ),
    "sync_import.proxy_expired_certificate": (
        f"Ce pouvoir est signé par une clé dont le certificat a expiré{_NB}: il n'est pas "
        "enregistré",
        "This proxy is signed with a key whose certificate has expired: it is not recorded",
    ),
    "sync_import.proxy_too_late": (
        f"Ce sociétaire avait déjà donné un pouvoir et un scrutin de la réunion est ouvert{_NB}: "
        "le nouveau pouvoir n'est pas enregistré",
        "This member had already given a proxy and a poll of the meeting has started: the new "
        "proxy is not recorded",
    ),
    "sync_import.proxy_superseded": (
        f"Pouvoir remplacé par un pouvoir plus récent du même sociétaire{_NB}: il n'est pas "
        "enregistré",
        "Proxy replaced by a more recent one from the same member: it is not recorded",
    ),
    # Proxy documents in the library
    "sync_import.proxy_title": (
        "Pouvoir électronique de {name}",
        "Electronic proxy of {name}",
    ),
}
