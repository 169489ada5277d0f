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
    # Ballot files (core.ballots): one code per problem of core.ballots.MALFORMED (the
    # "reason" parameter is a technical detail in English, left out of the sentences)
    "ballot.malformed.not_utf8": (
        "Ce fichier n'est pas un bulletin TalaGov lisible\u00a0: ce n'est pas du texte UTF-8.",
        "This file is not a readable TalaGov ballot: it is not UTF-8 text.",
    ),
    "ballot.malformed.not_json": (
        "Ce fichier n'est pas un bulletin TalaGov lisible\u00a0: ce n'est pas du JSON.",
        "This file is not a readable TalaGov ballot: it is not JSON.",
    ),
    "ballot.malformed.not_object": (
        "Ce fichier n'est pas un bulletin TalaGov lisible\u00a0: ce n'est pas un objet JSON.",
        "This file is not a readable TalaGov ballot: it is not a JSON object.",
    ),
    "ballot.malformed.not_ballot": (
        "Ce fichier n'est pas un bulletin de vote TalaGov (un paquet de vote, un autre "
        "fichier\u00a0?).",
        "This file is not a TalaGov ballot (a voting package, another file?).",
    ),
    "ballot.malformed.unsupported_version": (
        "Ce bulletin vient d'une version de TalaGov que celle-ci ne sait pas lire\u00a0: "
        "mettez TalaGov à jour.",
        "This ballot comes from a version of TalaGov this one cannot read: update TalaGov.",
    ),
    "ballot.malformed.bad_keys": (
        "Ce fichier n'est pas un bulletin TalaGov lisible\u00a0: des rubriques manquent ou "
        "sont en trop.",
        "This file is not a readable TalaGov ballot: some fields are missing or unexpected.",
    ),
    "ballot.malformed.bad_payload": (
        "Ce fichier n'est pas un bulletin TalaGov lisible\u00a0: son contenu est incomplet "
        "ou mal formé.",
        "This file is not a readable TalaGov ballot: its content is incomplete or malformed.",
    ),
    "ballot.malformed.bad_signature_encoding": (
        "Ce fichier n'est pas un bulletin TalaGov lisible\u00a0: sa signature est mal codée.",
        "This file is not a readable TalaGov ballot: its signature is badly encoded.",
    ),
    "ballot.malformed.bad_certificate": (
        "Ce fichier n'est pas un bulletin TalaGov lisible\u00a0: son certificat est illisible.",
        "This file is not a readable TalaGov ballot: its certificate is unreadable.",
    ),
}
