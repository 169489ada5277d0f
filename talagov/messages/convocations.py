# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the convocations area (French, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "convocation.empty_agenda": (
        "L'ordre du jour de «\u00a0{title}\u00a0» est vide\u00a0: ajoutez au moins un point "
        "avant de convoquer.",
        "The agenda of “{title}” is empty: add at least one item before convening.",
    ),
    "convocation.not_convened": (
        "«\u00a0{title}\u00a0» n'est pas convoquée\u00a0: convoquez la réunion avant d'envoyer "
        "ou d'enregistrer les convocations.",
        "“{title}” is not convened: convene the meeting before sending or logging convocations.",
    ),
    "convocation.not_recipient": (
        "Ce membre n'est pas convoqué à cette réunion (pas de droit de vote à la date "
        "d'arrêté, ou pas de mandat dans l'instance).",
        "This member is not convened to this meeting (no vote on the record date, or no seat "
        "in the body).",
    ),
    "convocation.evidence_required": (
        "Indiquez le numéro de la lettre recommandée envoyée à {name}.",
        "Enter the number of the registered letter sent to {name}.",
    ),
    "mail.not_configured": (
        "Le serveur d'envoi n'est pas configuré\u00a0: renseignez le serveur SMTP et l'adresse "
        "d'expéditeur dans les paramètres.",
        "The mail server is not set up: enter the SMTP server and the sender address in the "
        "settings.",
    ),
    "mail.connection_failed": (
        "Connexion impossible au serveur d'envoi {host}\u00a0: {error}",
        "Could not connect to the mail server {host}: {error}",
    ),
    "mail.login_failed": (
        "Le serveur d'envoi a refusé l'identifiant {user}\u00a0: {error}",
        "The mail server refused the user {user}: {error}",
    ),
    "mail.test_failed": (
        "Le serveur d'envoi a refusé le message de test\u00a0: {error}",
        "The mail server refused the test message: {error}",
    ),
    "mail.port_invalid": (
        "Le port {port} n'est pas valable (de 1 à 65535).",
        "Port {port} is not valid (1 to 65535).",
    ),
    "mail.security_invalid": (
        "Mode de sécurité inconnu\u00a0: {value}.",
        "Unknown security mode: {value}.",
    ),
    "mail.sender_invalid": (
        "«\u00a0{value}\u00a0» n'est pas une adresse électronique valable.",
        "“{value}” is not a valid e-mail address.",
    ),
    "mail.no_keyring": (
        "Aucun trousseau de mots de passe n'est disponible sur cet ordinateur\u00a0: le mot de "
        "passe sera demandé à chaque envoi.",
        "No password keyring is available on this computer: the password will be asked at "
        "each sending.",
    ),
    "mail.keyring_failed": (
        "Le trousseau de mots de passe a refusé d'enregistrer le mot de passe ({error}).",
        "The password keyring refused to store the password ({error}).",
    ),
}
