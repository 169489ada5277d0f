# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the bundle area: why a file is not a readable bundle (``bundle.*``,
raised by talagov/verifier/reader.py) and the manifest check's lines
(``bundle.check.*``, talagov/verifier/check_manifest.py)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The file itself.
    "bundle.not_found": (
        "Le fichier {path} n'existe pas.",
        "The file {path} does not exist.",
    ),
    "bundle.cannot_open": (
        "Impossible de lire le fichier {path} (ce n'est pas un fichier ordinaire, ou "
        "l'accès est refusé).",
        "The file {path} cannot be read (it is not a regular file, or access is denied).",
    ),
    "bundle.empty": (
        "Le fichier {path} est vide\u00a0: ce n'est pas une archive de réunion.",
        "The file {path} is empty: it is not a meeting archive.",
    ),
    "bundle.not_zip": (
        "Le fichier {path} n'est pas une archive ZIP\u00a0: ce n'est pas une archive de "
        "réunion TalaGov.",
        "The file {path} is not a ZIP archive: it is not a TalaGov meeting archive.",
    ),
    "bundle.truncated": (
        "L'archive {path} est tronquée\u00a0: sa fin manque (téléchargement ou copie "
        "interrompus\u00a0?).",
        "The archive {path} is truncated: its end is missing (an interrupted download or "
        "copy?).",
    ),
    "bundle.damaged": (
        "L'archive {path} est endommagée\u00a0: sa table des fichiers est illisible.",
        "The archive {path} is damaged: its table of files cannot be read.",
    ),
    "bundle.too_many_members": (
        "L'archive contient {count} fichiers, au-delà de la limite de {limit}.",
        "The archive holds {count} files, beyond the limit of {limit}.",
    ),
    "bundle.directory_too_large": (
        "La table des fichiers de l'archive fait {size} octets, au-delà de la limite de "
        "{limit}.",
        "The archive's table of files is {size} bytes, beyond the limit of {limit}.",
    ),
    "bundle.total_too_large": (
        "Les fichiers de l'archive font {size} octets une fois décompressés, au-delà de la "
        "limite de {limit}.",
        "The archive's files are {size} bytes once uncompressed, beyond the limit of {limit}.",
    ),
    # One member of the ZIP.
    "bundle.unsafe_name": (
        "L'archive contient un fichier au nom dangereux ou invalide\u00a0: "
        "«\u00a0{name}\u00a0» (chemin absolu, «\u00a0..\u00a0», barre oblique inverse, "
        "lecteur ou caractère interdit).",
        "The archive holds a file with a dangerous or invalid name: “{name}” (absolute "
        "path, “..”, backslash, drive letter or forbidden character).",
    ),
    "bundle.duplicate_member": (
        "L'archive contient deux fois le fichier «\u00a0{name}\u00a0» (à la casse près)\u00a0: "
        "on ne saurait pas lequel lire.",
        "The archive holds the file “{name}” twice (ignoring case): there is no telling "
        "which one to read.",
    ),
    "bundle.name_conflict": (
        "Dans l'archive, «\u00a0{name}\u00a0» est à la fois un fichier et un dossier.",
        "In the archive, “{name}” is both a file and a folder.",
    ),
    "bundle.directory_member": (
        "L'archive contient une entrée de dossier, «\u00a0{name}\u00a0»\u00a0: une archive "
        "TalaGov ne contient que des fichiers.",
        "The archive holds a folder entry, “{name}”: a TalaGov archive holds files only.",
    ),
    "bundle.symlink_member": (
        "L'archive contient un lien symbolique, «\u00a0{name}\u00a0»\u00a0: refusé, il "
        "pourrait désigner un fichier hors de l'archive.",
        "The archive holds a symbolic link, “{name}”: refused, it could point to a file "
        "outside the archive.",
    ),
    "bundle.special_member": (
        "L'archive contient un fichier spécial (périphérique, tube ou socket), "
        "«\u00a0{name}\u00a0».",
        "The archive holds a special file (device, pipe or socket), “{name}”.",
    ),
    "bundle.encrypted_member": (
        "Le fichier «\u00a0{name}\u00a0» de l'archive est chiffré\u00a0: une archive TalaGov "
        "doit se lire sans mot de passe.",
        "The file “{name}” in the archive is encrypted: a TalaGov archive must be readable "
        "without a password.",
    ),
    "bundle.unsupported_compression": (
        "Le fichier «\u00a0{name}\u00a0» est compressé par une méthode que TalaGov ne lit "
        "pas (méthode {method}).",
        "The file “{name}” is compressed with a method TalaGov does not read (method "
        "{method}).",
    ),
    "bundle.member_too_large": (
        "Le fichier «\u00a0{name}\u00a0» fait {size} octets une fois décompressé, au-delà de "
        "la limite de {limit}.",
        "The file “{name}” is {size} bytes once uncompressed, beyond the limit of {limit}.",
    ),
    "bundle.compression_ratio": (
        "Le fichier «\u00a0{name}\u00a0» se décompresse {ratio} fois plus grand (limite\u00a0: "
        "{limit})\u00a0: c'est la marque d'une «\u00a0bombe de décompression\u00a0».",
        "The file “{name}” expands {ratio} times when uncompressed (limit: {limit}): the "
        "mark of a “decompression bomb”.",
    ),
    "bundle.size_mismatch": (
        "Le fichier «\u00a0{name}\u00a0» ne contient pas les {size} octets qu'annonce son "
        "en-tête ZIP\u00a0: l'archive a été fabriquée ou endommagée.",
        "The file “{name}” does not hold the {size} bytes its ZIP header declares: the "
        "archive was forged or damaged.",
    ),
    "bundle.header_mismatch": (
        "L'en-tête du fichier «\u00a0{name}\u00a0» ne correspond pas à la table des fichiers "
        "de l'archive.",
        "The header of the file “{name}” does not match the archive's table of files.",
    ),
    "bundle.overlapping_members": (
        "Les données du fichier «\u00a0{name}\u00a0» empiètent sur un autre fichier de "
        "l'archive (procédé des bombes de décompression).",
        "The data of the file “{name}” overlaps another file of the archive (a "
        "decompression bomb technique).",
    ),
    "bundle.member_truncated": (
        "Le fichier «\u00a0{name}\u00a0» est tronqué\u00a0: l'archive s'arrête avant la fin "
        "de ses données.",
        "The file “{name}” is truncated: the archive ends before its data does.",
    ),
    "bundle.bad_deflate": (
        "Les données compressées du fichier «\u00a0{name}\u00a0» sont endommagées.",
        "The compressed data of the file “{name}” is damaged.",
    ),
    "bundle.crc_mismatch": (
        "Le fichier «\u00a0{name}\u00a0» est endommagé\u00a0: sa somme de contrôle CRC-32 ne "
        "correspond pas.",
        "The file “{name}” is damaged: its CRC-32 checksum does not match.",
    ),
    # The layout of the ZIP: exactly what TalaGov writes (talagov/verifier/zip_layout.py).
    "bundle.layout_prefix": (
        "Des données précèdent l'archive ZIP proprement dite\u00a0: TalaGov n'en écrit "
        "jamais, et d'autres logiciels pourraient y lire un autre contenu.",
        "Data precedes the ZIP archive itself: TalaGov never writes any, and other "
        "software could read other contents there.",
    ),
    "bundle.layout_trailing": (
        "Des données suivent la fin de l'archive ZIP\u00a0: TalaGov n'en écrit jamais, et "
        "d'autres logiciels pourraient y lire un autre contenu.",
        "Data follows the end of the ZIP archive: TalaGov never writes any, and other "
        "software could read other contents there.",
    ),
    "bundle.layout_comment": (
        "L'archive ZIP porte un commentaire\u00a0: TalaGov n'en écrit jamais, l'archive a "
        "été modifiée après son export.",
        "The ZIP archive carries a comment: TalaGov never writes one, so the archive was "
        "changed after its export.",
    ),
    "bundle.layout_zip64": (
        "L'archive utilise le format ZIP64, que TalaGov n'écrit jamais (ses archives "
        "restent bien en deçà de ses limites).",
        "The archive uses the ZIP64 format, which TalaGov never writes (its archives stay "
        "far below the limits that call for it).",
    ),
    "bundle.layout_directory": (
        "La fin de l'archive ne décrit pas sa table des fichiers comme TalaGov l'écrit "
        "(archive en plusieurs parties, ou nombre, taille ou position de la table "
        "incohérents).",
        "The end of the archive does not describe its table of files as TalaGov writes "
        "it (a split archive, or an inconsistent count, size or position of the table).",
    ),
    "bundle.layout_entry": (
        "Dans la table des fichiers, l'entrée de «\u00a0{name}\u00a0» porte un champ "
        "supplémentaire, un commentaire ou un indicateur que TalaGov n'écrit jamais.",
        "In the table of files, the entry of “{name}” carries an extra field, a comment "
        "or a flag that TalaGov never writes.",
    ),
    "bundle.layout_order": (
        "Le fichier «\u00a0{name}\u00a0» n'est pas à sa place\u00a0: TalaGov écrit les "
        "fichiers de l'archive dans l'ordre de leurs noms.",
        "The file “{name}” is out of place: TalaGov writes the archive's files in the "
        "order of their names.",
    ),
    "bundle.layout_gap": (
        "Des octets inexpliqués suivent les données du fichier «\u00a0{name}\u00a0»\u00a0: "
        "ils peuvent cacher des fichiers que d'autres logiciels liraient à la place des "
        "vrais.",
        "Unaccounted bytes follow the data of the file “{name}”: they can hide files that "
        "other software would read instead of the genuine ones.",
    ),
    "bundle.local_header_mismatch": (
        "L'en-tête local du fichier «\u00a0{name}\u00a0» ne répète pas fidèlement son entrée "
        "dans la table des fichiers (méthode, date, somme de contrôle, tailles ou champ "
        "supplémentaire)\u00a0: d'autres logiciels y liraient un autre contenu.",
        "The local header of the file “{name}” does not repeat its entry in the table of "
        "files (method, date, checksum, sizes or extra field): other software would read "
        "other contents there.",
    ),
    # The manifest and the members it lists.
    "bundle.missing_manifest": (
        "L'archive ne contient pas «\u00a0{name}\u00a0»\u00a0: ce n'est pas une archive de "
        "réunion TalaGov, ou elle est incomplète.",
        "The archive has no “{name}”: it is not a TalaGov meeting archive, or it is "
        "incomplete.",
    ),
    "bundle.missing_signature": (
        "L'archive ne contient pas la signature «\u00a0{name}\u00a0»\u00a0: rien ne prouve "
        "qui l'a produite.",
        "The archive has no signature “{name}”: nothing proves who produced it.",
    ),
    "bundle.not_a_manifest": (
        "«\u00a0{name}\u00a0» n'est pas le manifeste d'une archive de réunion TalaGov.",
        "“{name}” is not the manifest of a TalaGov meeting archive.",
    ),
    "bundle.manifest_version": (
        "Cette archive est au format version {version}, que cette version de TalaGov ne "
        "lit pas (elle lit la version {supported})\u00a0: mettez TalaGov à jour.",
        "This archive is in format version {version}, which this version of TalaGov does "
        "not read (it reads version {supported}): update TalaGov.",
    ),
    "bundle.bad_manifest": (
        "Le manifeste de l'archive est mal formé\u00a0: {detail}.",
        "The archive's manifest is malformed: {detail}.",
    ),
    "bundle.unlisted_member": (
        "L'archive contient «\u00a0{name}\u00a0», que son manifeste ne liste pas\u00a0: un "
        "fichier a été ajouté après la signature.",
        "The archive holds “{name}”, which its manifest does not list: a file was added "
        "after signing.",
    ),
    "bundle.missing_member": (
        "Le manifeste liste «\u00a0{name}\u00a0», absent de l'archive\u00a0: un fichier a été "
        "retiré.",
        "The manifest lists “{name}”, which the archive lacks: a file was removed.",
    ),
    "bundle.no_such_file": (
        "L'archive ne contient pas le fichier «\u00a0{name}\u00a0».",
        "The archive has no file “{name}”.",
    ),
    "bundle.extract_outside": (
        "Le fichier «\u00a0{name}\u00a0» n'est pas extrait\u00a0: un lien du dossier de "
        "destination mènerait l'écriture hors de ce dossier.",
        "The file “{name}” is not extracted: a link in the destination folder would lead "
        "the write outside it.",
    ),
    # JSON members.
    "bundle.json_too_large": (
        "Le fichier JSON «\u00a0{name}\u00a0» fait {size} octets, au-delà de la limite de "
        "{limit}.",
        "The JSON file “{name}” is {size} bytes, beyond the limit of {limit}.",
    ),
    "bundle.json_encoding": (
        "Le fichier «\u00a0{name}\u00a0» n'est pas du texte UTF-8 valide.",
        "The file “{name}” is not valid UTF-8 text.",
    ),
    "bundle.bad_json": (
        "Le fichier «\u00a0{name}\u00a0» n'est pas du JSON valide (ligne {line}, colonne "
        "{column}).",
        "The file “{name}” is not valid JSON (line {line}, column {column}).",
    ),
    "bundle.json_duplicate_key": (
        "Le fichier «\u00a0{name}\u00a0» donne deux fois la clé «\u00a0{key}\u00a0» dans un "
        "même objet\u00a0: deux lecteurs pourraient y lire deux valeurs différentes.",
        "The file “{name}” gives the key “{key}” twice in one object: two readers could "
        "read two different values.",
    ),
    "bundle.json_not_finite": (
        "Le fichier «\u00a0{name}\u00a0» contient un nombre infini ou NaN, qui n'existe pas "
        "en JSON.",
        "The file “{name}” holds an infinite or NaN number, which JSON does not have.",
    ),
    "bundle.json_number_too_long": (
        "Le fichier «\u00a0{name}\u00a0» contient un nombre de trop de chiffres.",
        "The file “{name}” holds a number with too many digits.",
    ),
    "bundle.json_too_deep": (
        "Le fichier «\u00a0{name}\u00a0» imbrique trop profondément ses listes ou objets.",
        "The file “{name}” nests its lists or objects too deeply.",
    ),
    # Lines of the manifest check (area « manifeste »).
    "bundle.check.files": (
        "Les {count} fichiers listés par le manifeste sont intacts (taille et empreinte "
        "SHA-256).",
        "The {count} files listed in the manifest are intact (size and SHA-256).",
    ),
    "bundle.check.file_size": (
        "Le fichier {file} a été modifié\u00a0: il fait {actual} octets, le manifeste en "
        "indique {size}.",
        "The file {file} was altered: it is {actual} bytes, the manifest says {size}.",
    ),
    "bundle.check.file_hash": (
        "Le fichier {file} a été modifié\u00a0: son empreinte SHA-256 n'est pas celle du "
        "manifeste.",
        "The file {file} was altered: its SHA-256 is not the manifest's.",
    ),
    "bundle.check.manifest_signed": (
        "Le manifeste est signé par la clé de l'organisation.",
        "The manifest is signed by the organisation's key.",
    ),
    "bundle.check.manifest_signature": (
        "La signature du manifeste ({file}) n'est pas valide pour la clé de "
        "l'organisation\u00a0: le manifeste a été modifié ou signé par une autre clé.",
        "The manifest's signature ({file}) is not valid for the organisation's key: the "
        "manifest was altered or signed by another key.",
    ),
    "bundle.check.sums_match": (
        "{file} liste exactement les fichiers et empreintes du manifeste.",
        "{file} lists exactly the manifest's files and hashes.",
    ),
    "bundle.check.sums_differ": (
        "{file} ne liste pas les mêmes fichiers et empreintes que le manifeste\u00a0: "
        "une vérification par «\u00a0sha256sum -c\u00a0» ne prouverait pas la même chose.",
        "{file} does not list the same files and hashes as the manifest: a check with "
        "“sha256sum -c” would not prove the same thing.",
    ),
    "bundle.check.sums_signed": (
        "La signature {file} de SHA256SUMS est valide pour la clé de l'organisation.",
        "The signature {file} of SHA256SUMS is valid for the organisation's key.",
    ),
    "bundle.check.sums_signature": (
        "La signature {file} de SHA256SUMS n'est pas valide pour la clé de "
        "l'organisation\u00a0: le fichier a été modifié ou signé par une autre clé.",
        "The signature {file} of SHA256SUMS is not valid for the organisation's key: the "
        "file was altered or signed by another key.",
    ),
}
