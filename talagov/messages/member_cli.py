# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the command line of the shared folder (codes ``member_cli.*``):
``talagov sync``, ``talagov requests`` and ``talagov member``."""

from __future__ import annotations

_NB = "\u00a0"

MESSAGES: dict[str, tuple[str, str]] = {
    # talagov sync (the secretary's install)
    "member_cli.sync.folder": (
        f"Dossier partagé{_NB}: {{folder}}",
        "Shared folder: {folder}",
    ),
    "member_cli.sync.published": (
        f"Publié{_NB}: {{count}} fichier(s).",
        "Published: {count} file(s).",
    ),
    "member_cli.sync.published_file": (
        "  + {path} ({kind})",
        "  + {path} ({kind})",
    ),
    "member_cli.sync.nothing_to_publish": (
        "Rien de nouveau à publier.",
        "Nothing new to publish.",
    ),
    "member_cli.sync.not_published": (
        "Publication non faite (--no-publish).",
        "Nothing published (--no-publish).",
    ),
    "member_cli.sync.publish_refused": (
        "Rien n'a été publié (la raison suit)\u00a0; les fichiers des sociétaires ont été "
        "lus quand même.",
        "Nothing was published (the reason follows); the members' files were read all the "
        "same.",
    ),
    "member_cli.sync.needs_key": (
        f"{{count}} fichier(s) à signer n’ont pas été publiés{_NB}: il faut la phrase secrète "
        "de l’organisation (--passphrase-env VARIABLE, ou lancez la commande dans un terminal).",
        "{count} file(s) to sign were not published: the organisation's passphrase is needed "
        "(--passphrase-env VAR, or run the command in a terminal).",
    ),
    "member_cli.sync.damaged": (
        "ATTENTION : {path} porte le nom d’un fichier de l’organisation mais pas son "
        "contenu (laissé tel quel).",
        "WARNING: {path} has the name of one of the organisation's files but not its "
        "content (left as it is).",
    ),
    "member_cli.sync.read": (
        f"Lu{_NB}: {{scanned}} fichier(s) des sociétaires, dont {{unchanged}} inchangé(s) "
        "depuis le dernier passage.",
        "Read: {scanned} file(s) from members, {unchanged} of them unchanged since the last "
        "pass.",
    ),
    "member_cli.sync.ballots": (
        f"Bulletins{_NB}: {{summary}}.",
        "Ballots: {summary}.",
    ),
    "member_cli.sync.no_ballot": (
        "Aucun nouveau bulletin.",
        "No new ballot.",
    ),
    "member_cli.sync.proxies": (
        f"Pouvoirs reçus{_NB}: {{count}}.",
        "Proxies received: {count}.",
    ),
    "member_cli.sync.new_requests": (
        f"Demandes de certificat reçues{_NB}: {{count}}.",
        "Certificate requests received: {count}.",
    ),
    "member_cli.sync.duplicates": (
        f"Copies de fichiers déjà lus{_NB}: {{count}}.",
        "Copies of files already read: {count}.",
    ),
    "member_cli.sync.waiting": (
        f"Demandes de certificat en attente{_NB}: {{count}} (talagov requests).",
        "Certificate requests waiting: {count} (talagov requests).",
    ),
    "member_cli.sync.quarantined": (
        f"Mis de côté{_NB}: {{count}} fichier(s) (le dossier n’est pas modifié)\u00a0:",
        "Set aside: {count} file(s) (the folder is left as it is):",
    ),
    "member_cli.sync.quarantined_file": (
        f"  {{path}}{_NB}: {{reason}}",
        "  {path}: {reason}",
    ),
    # talagov requests
    "member_cli.requests.none": (
        "Aucune demande de certificat.",
        "No certificate request.",
    ),
    "member_cli.requests.line": (
        "#{id} [{status}] sociétaire {member_id} {member_name} (demande signée au nom de "
        "«\u00a0{name}\u00a0»), reçue le {received_at}",
        "#{id} [{status}] member {member_id} {member_name} (request signed as "
        "\u201c{name}\u201d), received {received_at}",
    ),
    "member_cli.requests.key": (
        f"    empreinte de la clé{_NB}: {{fingerprint}}",
        "    key fingerprint: {fingerprint}",
    ),
    "member_cli.requests.compare": (
        "Délivrez un certificat seulement si le sociétaire vous lit la même empreinte "
        "(talagov requests approve ID).",
        "Issue a certificate only if the member reads you the same fingerprint "
        "(talagov requests approve ID).",
    ),
    "member_cli.requests.approved": (
        "Certificat délivré à {name} (sociétaire {member_id})\u00a0: il parvient à son "
        "installation à la prochaine synchronisation (talagov sync).",
        "Certificate issued to {name} (member {member_id}): it reaches their install at the "
        "next sync (talagov sync).",
    ),
    "member_cli.requests.refused": (
        "Demande n°{id} refusée.",
        "Request {id} refused.",
    ),
    "member_cli.requests.status.pending": ("en attente", "pending"),
    "member_cli.requests.status.issued": ("délivrée", "issued"),
    "member_cli.requests.status.refused": ("refusée", "refused"),
    # talagov member join
    "member_cli.join.organisation": (
        f"Organisation{_NB}: {{name}}",
        "Organisation: {name}",
    ),
    "member_cli.join.fingerprint": (
        f"Empreinte{_NB}: {{fingerprint}}",
        "Fingerprint: {fingerprint}",
    ),
    "member_cli.join.compare": (
        "Comparez cette empreinte avec celle imprimée sur votre convocation. Si elle est "
        "identique, relancez la commande avec --fingerprint \"{fingerprint}\".",
        "Compare this fingerprint with the one printed on your convocation. If it is the "
        "same, run the command again with --fingerprint \"{fingerprint}\".",
    ),
    "member_cli.join.joined": (
        "Installation rattachée à {name} par le dossier {folder}.",
        "This install has joined {name} through the folder {folder}.",
    ),
    "member_cli.join.as_member": (
        "Vous êtes le sociétaire {member_id}\u00a0: {name}.",
        "You are member {member_id}: {name}.",
    ),
    "member_cli.join.who": (
        "Dites qui vous êtes\u00a0: relancez la commande avec --member ID, parmi\u00a0:",
        "Say who you are: run the command again with --member ID, one of:",
    ),
    # talagov member show / sync
    "member_cli.show.member": (
        f"Sociétaire{_NB}: {{member_id}} {{name}}",
        "Member: {member_id} {name}",
    ),
    "member_cli.show.unknown_member": (
        f"Sociétaire{_NB}: pas encore choisi (talagov member join --member ID)",
        "Member: not chosen yet (talagov member join --member ID)",
    ),
    "member_cli.show.folder": (
        f"Dossier partagé{_NB}: {{folder}}",
        "Shared folder: {folder}",
    ),
    "member_cli.certificate.none": (
        "Clé de vote\u00a0: aucune (talagov member enrol).",
        "Voting key: none (talagov member enrol).",
    ),
    "member_cli.certificate.requested": (
        "Clé de vote\u00a0: demande envoyée, en attente du certificat du secrétariat.",
        "Voting key: request sent, waiting for the secretary's certificate.",
    ),
    "member_cli.certificate.issued": (
        "Clé de vote\u00a0: certificat valable, vous pouvez voter.",
        "Voting key: certificate valid, you can vote.",
    ),
    "member_cli.certificate.revoked": (
        "Clé de vote\u00a0: certificat RÉVOQUÉ (talagov member enrol --replace).",
        "Voting key: certificate REVOKED (talagov member enrol --replace).",
    ),
    "member_cli.show.no_meeting": (
        "Aucune réunion publiée.",
        "No meeting published.",
    ),
    "member_cli.show.meeting": (
        "Réunion {id}\u00a0: {title}, le {on} [{status}]",
        "Meeting {id}: {title}, on {on} [{status}]",
    ),
    "member_cli.status.draft": ("en préparation", "in preparation"),
    "member_cli.status.convened": ("convoquée", "convened"),
    "member_cli.status.in_session": ("en séance", "in session"),
    "member_cli.status.closed": ("close", "closed"),
    "member_cli.status.archived": ("archivée", "archived"),
    "member_cli.show.place": (
        f"  Lieu{_NB}: {{place}}",
        "  Place: {place}",
    ),
    "member_cli.show.item": (
        "  {number}. {title}",
        "  {number}. {title}",
    ),
    "member_cli.show.item_unnumbered": (
        "  – {title}",
        "  – {title}",
    ),
    "member_cli.show.document": (
        "  Document\u00a0: {title} (copie vérifiée\u00a0: {command})",
        "  Document: {title} (verified copy: {command})",
    ),
    "member_cli.show.poll": (
        "  Scrutin n°{number} ouvert au vote à distance\u00a0: {title} — {choices}",
        "  Poll {number} open for remote voting: {title} — {choices}",
    ),
    "member_cli.show.principal": (
        "  Vous pouvez voter pour\u00a0: {member_id} {name}",
        "  You may vote for: {member_id} {name}",
    ),
    "member_cli.show.archive": (
        "Archive de la réunion {id}\u00a0: copie vérifiée avec {command}",
        "Archive of meeting {id}: get a verified copy with {command}",
    ),
    # talagov member fetch
    "member_cli.fetch.document": (
        f"Copie vérifiée de «{_NB}{{title}}{_NB}»{_NB}: {{path}}",
        "Verified copy of \u201c{title}\u201d: {path}",
    ),
    "member_cli.fetch.archive": (
        f"Copie vérifiée de l’archive de la réunion {{id}}{_NB}: {{path}}",
        "Verified copy of the archive of meeting {id}: {path}",
    ),
    "member_cli.fetch.check": (
        f"  Pour la contrôler (ajoutez --receipt REÇU pour chaque reçu gardé){_NB}: "
        "{command}",
        "  To check it (add --receipt RECEIPT for each receipt you kept): {command}",
    ),
    "member_cli.fetch.read": (
        f"  Pour la lire dans la fenêtre de l’auditeur{_NB}: {{command}}",
        "  To read it in the auditor's window: {command}",
    ),
    "member_cli.no_document": (
        "Aucun document de la réunion {meeting} ne commence par {prefix} "
        "(talagov member show les liste).",
        "No document of meeting {meeting} starts with {prefix} (talagov member show "
        "lists them).",
    ),
    "member_cli.ambiguous_document": (
        f"{{count}} documents de la réunion {{meeting}} commencent par {{prefix}}{_NB}: "
        "donnez plus de chiffres.",
        "{count} documents of meeting {meeting} start with {prefix}: give more digits.",
    ),
    "member_cli.refused_file": (
        "REFUSÉ {path}\u00a0: {reason}",
        "REFUSED {path}: {reason}",
    ),
    "member_cli.sync.certificate_received": (
        "Certificat reçu du secrétariat et installé\u00a0: vous pouvez voter.",
        "Certificate received from the secretary and installed: you can vote.",
    ),
    "member_cli.sync.meetings": (
        "{count} réunion(s) publiée(s), dont {open} avec des scrutins ouverts au vote à "
        "distance.",
        "{count} meeting(s) published, {open} of them with polls open for remote voting.",
    ),
    "member_cli.sync.archives": (
        "{count} archive(s) de réunion close.",
        "{count} archive(s) of closed meetings.",
    ),
    "member_cli.sync.refused": (
        "ATTENTION\u00a0: {count} fichier(s) du dossier refusé(s)\u00a0:",
        "WARNING: {count} file(s) of the folder refused:",
    ),
    # talagov member enrol / vote / proxy
    "member_cli.enrol.done": (
        "Votre clé de vote est créée et sa demande de certificat est déposée dans le "
        "dossier.",
        "Your voting key is made and its certificate request is in the folder.",
    ),
    "member_cli.enrol.read_aloud": (
        "Lisez cette empreinte au secrétariat, qui la compare avant de délivrer le "
        "certificat\u00a0:",
        "Read this fingerprint to the secretary, who compares it before issuing the "
        "certificate:",
    ),
    "member_cli.bad_choice": (
        f"Choix illisible{_NB}: «{_NB}{{text}}{_NB}» (attendu SCRUTIN=CHOIX[,CHOIX][@MANDANT]).",
        "Unreadable choice: \u201c{text}\u201d (expected POLL=CHOICE[,CHOICE][@PRINCIPAL]).",
    ),
    "member_cli.vote.written": (
        f"Bulletin déposé dans le dossier{_NB}: {{path}}",
        "Ballot placed in the folder: {path}",
    ),
    "member_cli.vote.receipt": (
        "  reçu (à garder pour vérifier qu’il est compté)\u00a0: {readable}",
        "  receipt (keep it to check that it is counted): {readable}",
    ),
    "member_cli.proxy.holder_or_blank": (
        "Indiquez à qui vous donnez pouvoir (--holder ID) ou donnez-le en blanc (--blank).",
        "Say to whom you give your proxy (--holder ID) or give it blank (--blank).",
    ),
    "member_cli.proxy.written": (
        f"Pouvoir donné à {{holder}}, déposé dans le dossier{_NB}: {{path}}",
        "Proxy given to {holder}, placed in the folder: {path}",
    ),
    "member_cli.proxy.blank": (
        "la présidence (pouvoir en blanc)",
        "the chair (blank proxy)",
    ),
    "member_cli.demo.shared": (
        "Le dossier partagé est prêt ({count} fichiers publiés) : {path} — une "
        "installation de sociétaire le rejoint avec « talagov member join --folder "
        "{path} ».",
        "The shared folder is ready ({count} files published): {path} — a member's "
        "install joins it with “talagov member join --folder {path}”.",
    ),
    "member_cli.demo.folder_set_aside": (
        "L’ancien dossier partagé de la démonstration a été renommé en {path}.",
        "The demo's previous shared folder was renamed to {path}.",
    ),
    "member_cli.no_gui": (
        "La fenêtre du sociétaire n’est pas disponible dans cette installation.",
        "The member's window is not available in this install.",
    ),
}
