# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for general errors, the database, members, shares and mandates."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "validation.failed": (
        "{count} problème(s) empêchent l'enregistrement\u00a0; rien n'a été modifié.",
        "{count} problem(s) prevent saving; nothing was changed.",
    ),
    "db.too_new": (
        "Cette base de données a été écrite par une version plus récente de TalaGov "
        "(révision {revision}). Mettez TalaGov à jour pour l'ouvrir\u00a0; elle n'a pas été modifiée.",
        "This database was written by a newer TalaGov (revision {revision}). "
        "Update TalaGov to open it; it was not modified.",
    ),
    "migration.foreign_keys": (
        "La mise à jour de la base a laissé {count} référence(s) orpheline(s)\u00a0; "
        "une sauvegarde a été faite avant la mise à jour.",
        "The database upgrade left {count} dangling reference(s); "
        "a backup was made before the upgrade.",
    ),
    "org.missing": (
        "Aucune organisation n'est enregistrée dans cette base\u00a0: créez-la d'abord "
        "(ou lancez «\u00a0talagov demo\u00a0»).",
        "No organisation is set up in this database yet: create it first "
        "(or run \"talagov demo\").",
    ),
    "org.exists": (
        "Cette base contient déjà une organisation.",
        "This database already has an organisation.",
    ),
    "file.unreadable": (
        "Impossible de lire {path}\u00a0: {reason}.",
        "Cannot read {path}: {reason}.",
    ),
    "file.unwritable": (
        "Impossible d'enregistrer {path}\u00a0: {reason}. Le fichier précédent, s'il existait, "
        "est intact.",
        "Cannot save {path}: {reason}. The previous file, if any, is intact.",
    ),
    "file.not_regular": (
        "{path} n'est pas un fichier ordinaire (lien, tube ou dossier)\u00a0: il n'a pas été lu.",
        "{path} is not a regular file (a link, a pipe or a folder): it was not read.",
    ),
    "file.too_large": (
        "{path} dépasse la taille admise ({limit} octets)\u00a0: il n'a pas été lu.",
        "{path} is larger than allowed ({limit} bytes): it was not read.",
    ),
    "file.unsafe_dir": (
        "{path} n'est pas un vrai dossier (c'est un lien ou un fichier)\u00a0: TalaGov refuse "
        "d'y écrire ou d'y lire, pour ne pas envoyer vos fichiers ailleurs. Supprimez ce lien "
        "ou prévenez le secrétariat.",
        "{path} is not a real folder (it is a link or a file): TalaGov refuses to write or read "
        "there, so as not to send your files elsewhere. Remove the link or tell the secretary.",
    ),
}
