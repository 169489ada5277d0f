# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for general errors, the database, members, shares and mandates."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "validation.failed": (
        "{count} problème(s) empêchent l'enregistrement ; rien n'a été modifié.",
        "{count} problem(s) prevent saving; nothing was changed.",
    ),
    "db.too_new": (
        "Cette base de données a été écrite par une version plus récente de TalaGov "
        "(révision {revision}). Mettez TalaGov à jour pour l'ouvrir ; elle n'a pas été modifiée.",
        "This database was written by a newer TalaGov (revision {revision}). "
        "Update TalaGov to open it; it was not modified.",
    ),
    "migration.foreign_keys": (
        "La mise à jour de la base a laissé {count} référence(s) orpheline(s) ; "
        "une sauvegarde a été faite avant la mise à jour.",
        "The database upgrade left {count} dangling reference(s); "
        "a backup was made before the upgrade.",
    ),
}
