# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the archive area (codes ``archive.*``): exporting a meeting's bundle."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "archive.not_closed": (
        "La séance « {title} » n’est pas close : seule une séance close peut être archivée.",
        "The meeting \u201c{title}\u201d is not closed: only a closed meeting can be archived.",
    ),
    "archive.document_missing": (
        "Le document « {title} » n’est plus dans la bibliothèque ({path}) : "
        "l’archive n’a pas été écrite.",
        "The document \u201c{title}\u201d is no longer in the library ({path}): "
        "the archive was not written.",
    ),
    "archive.document_altered": (
        "Le fichier du document « {title} » a été modifié depuis son ajout ({path}) : "
        "l’archive n’a pas été écrite.",
        "The file of the document \u201c{title}\u201d was changed since it was added "
        "({path}): the archive was not written.",
    ),
    "archive.exported": (
        "Archive écrite : {path} ({files} fichiers, {size} octets).",
        "Archive written: {path} ({files} files, {size} bytes).",
    ),
    "archive.fingerprint": (
        "Empreinte de l’organisation : {fingerprint}",
        "Organisation fingerprint: {fingerprint}",
    ),
    "archive.demo_exported": (
        "L’archive de l’assemblée passée est prête : {path}\u00a0— ouvrez-la avec "
        "« talagov open {path} » ou vérifiez-la avec « talagov verify {path} ».",
        "The past assembly\u2019s archive is ready: {path} \u2014 open it with "
        "\u201ctalagov open {path}\u201d or check it with \u201ctalagov verify {path}\u201d.",
    ),
}
