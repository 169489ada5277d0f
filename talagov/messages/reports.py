# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the printable registers (PDF) and of saving them."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "reports.font_missing": (
        "La police {name} livrée avec TalaGov est introuvable\u00a0: réinstallez TalaGov.",
        "The font {name} shipped with TalaGov is missing: reinstall TalaGov.",
    ),
    "reports.write_failed": (
        "Impossible d'enregistrer {path}\u00a0: {reason}. Aucun fichier n'a été modifié.",
        "Could not save {path}: {reason}. No file was changed.",
    ),
    "reports.saved": (
        "Registre enregistré dans {path}.",
        "Register saved to {path}.",
    ),
    "reports.db_missing": (
        "La base {path} n'existe pas ; indiquez-en une autre avec --db.",
        "The database {path} does not exist; choose another one with --db.",
    ),
}
