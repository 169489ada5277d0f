# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the archive area (codes ``archive.*``): exporting a meeting's bundle."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "archive.not_closed": (
        "La séance «\u00a0{title}\u00a0» n’est pas close\u00a0: seule une séance close peut être archivée.",
        "The meeting \u201c{title}\u201d is not closed: only a closed meeting can be archived.",
    ),
    "archive.document_missing": (
        "Le document «\u00a0{title}\u00a0» n’est plus dans la bibliothèque ({path})\u00a0: "
        "l’archive n’a pas été écrite.",
        "The document \u201c{title}\u201d is no longer in the library ({path}): "
        "the archive was not written.",
    ),
    "archive.document_altered": (
        "Le fichier du document «\u00a0{title}\u00a0» a été modifié depuis son ajout ({path})\u00a0: "
        "l’archive n’a pas été écrite.",
        "The file of the document \u201c{title}\u201d was changed since it was added "
        "({path}): the archive was not written.",
    ),
    "archive.exported": (
        "Archive écrite\u00a0: {path} ({files} fichiers, {size} octets).",
        "Archive written: {path} ({files} files, {size} bytes).",
    ),
    "archive.fingerprint": (
        "Empreinte de l’organisation\u00a0: {fingerprint}",
        "Organisation fingerprint: {fingerprint}",
    ),
    "archive.demo_exported": (
        "L’archive de l’assemblée passée est prête\u00a0: {path}\u00a0— ouvrez-la avec "
        "«\u00a0talagov open {path}\u00a0» ou vérifiez-la avec «\u00a0talagov verify {path}\u00a0».",
        "The past assembly\u2019s archive is ready: {path} \u2014 open it with "
        "\u201ctalagov open {path}\u201d or check it with \u201ctalagov verify {path}\u201d.",
    ),
}
