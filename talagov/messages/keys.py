# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of keys, certificates and revocation lists (core: keyseal, certificates, revocation)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Sealed keys (core.keyseal)
    "keys.passphrase_too_short": (
        "La phrase secrète doit compter au moins {min}\u00a0caractères.",
        "The passphrase must be at least {min} characters long.",
    ),
    "keys.wrong_passphrase": (
        "Phrase secrète incorrecte, ou le fichier de clé a été modifié. Une phrase secrète "
        "perdue ne se récupère pas\u00a0: il faut créer une nouvelle clé.",
        "Wrong passphrase, or the key file was altered. A lost passphrase cannot be "
        "recovered: a new key must be created.",
    ),
    "keys.not_a_key_file": (
        "Ce fichier n'est pas une clé TalaGov scellée.",
        "This file is not a sealed TalaGov key.",
    ),
    # Certificates (core.certificates; cert.<CertProblem> codes)
    "cert.malformed": (
        "Ce certificat n'est pas un certificat de sociétaire TalaGov valable.",
        "This certificate is not a valid TalaGov member certificate.",
    ),
    "cert.bad_request": (
        "La demande de certificat est illisible, mal signée ou ne désigne pas ce sociétaire.",
        "The certificate request is unreadable, badly signed or does not name this member.",
    ),
    "cert.not_issued_by_org": (
        "Ce certificat n'a pas été délivré par la clé de l'organisation.",
        "This certificate was not issued by the organisation's key.",
    ),
    "cert.not_yet_valid": (
        "Ce certificat n'est pas encore valable.",
        "This certificate is not valid yet.",
    ),
    "cert.expired": (
        "Ce certificat a expiré.",
        "This certificate has expired.",
    ),
    "cert.revoked": (
        "Ce certificat a été révoqué par l'organisation.",
        "This certificate was revoked by the organisation.",
    ),
    "cert.wrong_member": (
        "Ce certificat appartient à un autre sociétaire.",
        "This certificate belongs to another member.",
    ),
    # Revocation lists (core.revocation)
    "revocation.malformed": (
        "La liste de révocation est illisible.",
        "The revocation list is unreadable.",
    ),
    "revocation.bad_signature": (
        "La signature de la liste de révocation ne correspond pas à la clé de l'organisation.",
        "The revocation list's signature does not match the organisation's key.",
    ),
    # Ballot files (core.ballots)
    "ballot.malformed": (
        "Ce fichier n'est pas un bulletin TalaGov lisible ({reason}).",
        "This file is not a readable TalaGov ballot ({reason}).",
    ),
}
