# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the demo command (``talagov demo``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "demo.db_not_empty": (
        "La base {path} contient déjà une organisation\u00a0; elle n'a pas été modifiée. "
        "Choisissez un autre fichier avec --db, ou ajoutez --force pour la mettre de côté "
        "(elle sera renommée, jamais supprimée).",
        "The database {path} already holds an organisation; it was not modified. "
        "Choose another file with --db, or add --force to set it aside "
        "(it is renamed, never deleted).",
    ),
    "demo.too_few_members": (
        "Une démonstration {form} demande au moins {min} sociétaires ({count} demandés).",
        "A {form} demo needs at least {min} members ({count} requested).",
    ),
    "demo.backed_up": (
        "L'ancienne base a été renommée en {path}.",
        "The previous database was renamed to {path}.",
    ),
    "demo.passphrases": (
        "Votes signés : la phrase secrète de l'organisation (secrétariat, sortie de l'isoloir) "
        "est « {secretary} » ; celle de la clé d'un sociétaire inscrit à l'isoloir "
        "est « vote- » suivi de son identifiant sur quatre chiffres ({example}).",
        "Signed votes: the organisation's passphrase (secretary, leaving the booth) is "
        "“{secretary}”; a member's key enrolled at the booth opens with “vote-” "
        "followed by their id on four digits ({example}).",
    ),
    "demo.built": (
        "Démonstration créée dans {path}\u00a0: {name} ({form}), {members} sociétaires "
        "dont {active} en activité, {movements} mouvements de parts, {mandates} mandats, "
        "{applications} candidatures.",
        "Demo built in {path}: {name} ({form}), {members} members "
        "of whom {active} active, {movements} share movements, {mandates} mandates, "
        "{applications} applications.",
    ),
}
