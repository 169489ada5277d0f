# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for CSV import and export (file, header and row problems, CLI summaries)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The file as a whole: nothing can be read.
    "csv.not_text": (
        "Ce fichier n'est pas un fichier CSV (un classeur Excel\u00a0?). "
        "Enregistrez-le au format CSV puis recommencez.",
        "This is not a CSV file (an Excel workbook?). Save it as CSV and try again.",
    ),
    "csv.invalid_bytes": (
        "Le fichier contient un octet illisible ({byte}) à la position {offset}.",
        "The file contains an unreadable byte ({byte}) at offset {offset}.",
    ),
    "csv.empty": ("Le fichier est vide.", "The file is empty."),
    "csv.malformed": (
        "Le fichier est mal formé à partir de la ligne {row} (guillemet non fermé\u00a0? "
        "fichier tronqué\u00a0?).",
        "The file is malformed from row {row} on (an unclosed quote? a truncated file?).",
    ),
    "csv.unencodable": (
        "Le caractère «\u00a0{char}\u00a0» (ligne {row}, colonne {column}) n'existe pas dans "
        "l'encodage Excel français\u00a0; exportez en UTF-8.",
        'The character "{char}" (row {row}, column {column}) does not exist in the '
        "French Excel encoding; export as UTF-8 instead.",
    ),
    # The header row.
    "csv.missing_column": (
        "Colonne obligatoire absente\u00a0: {column}.",
        "Required column missing: {column}.",
    ),
    "csv.duplicate_column": (
        "La colonne «\u00a0{column}\u00a0» apparaît deux fois.",
        'The column "{column}" appears twice.',
    ),
    "csv.unknown_column": (
        "Colonne «\u00a0{column}\u00a0» inconnue\u00a0: elle ne sera pas importée.",
        'Unknown column "{column}": it will not be imported.',
    ),
    # Any row.
    "csv.row_short": (
        "Ligne incomplète\u00a0: {found} cellule(s) au lieu de {expected}.",
        "Incomplete row: {found} cell(s) instead of {expected}.",
    ),
    "csv.row_long": (
        "Ligne trop longue\u00a0: {found} cellules remplies pour {expected} colonnes.",
        "Row too long: {found} cells for {expected} columns.",
    ),
    "csv.bad_date": (
        "Date invalide «\u00a0{value}\u00a0» (attendu 15/03/2024 ou 2024-03-15).",
        'Invalid date "{value}" (expected 2024-03-15 or 15/03/2024).',
    ),
    # Member rows.
    "csv.name_required": ("Le nom est obligatoire.", "The name is required."),
    "csv.unknown_kind": (
        "Type de personne inconnu «\u00a0{value}\u00a0» (personne physique ou personne morale).",
        'Unknown kind of person "{value}" (natural or legal).',
    ),
    "csv.unknown_exit_cause": (
        "Motif de sortie inconnu «\u00a0{value}\u00a0».",
        'Unknown exit cause "{value}".',
    ),
    "csv.exit_before_admission": (
        "La date de sortie {value} précède la date d'admission {admission}.",
        "The exit date {value} is before the admission date {admission}.",
    ),
    "csv.exit_cause_without_date": (
        "Un motif de sortie est donné sans date de sortie.",
        "An exit cause is given without an exit date.",
    ),
    "csv.bad_email": (
        "Adresse électronique invalide «\u00a0{value}\u00a0».",
        'Invalid e-mail address "{value}".',
    ),
    "csv.consent_needs_email": (
        "Le consentement à la convocation électronique suppose une adresse électronique.",
        "Consent to electronic convocation needs an e-mail address.",
    ),
    "csv.unknown_category": (
        "Catégorie inconnue «\u00a0{value}\u00a0».",
        'Unknown category "{value}".',
    ),
    "csv.legal_first_name": (
        "Une personne morale n'a pas de prénom («\u00a0{value}\u00a0»).",
        'A legal entity has no first name ("{value}").',
    ),
    "csv.representative_start": (
        "Date de début de désignation manquante pour le représentant {name}.",
        "Missing start date for the representative {name}.",
    ),
    "csv.representative_for_person": (
        "Seule une personne morale a un représentant.",
        "Only a legal entity has a representative.",
    ),
    "csv.number_exists": (
        "Le numéro {value} est déjà attribué dans le registre.",
        "Number {value} is already used in the register.",
    ),
    "csv.duplicate_number": (
        "Le numéro {value} figure déjà à la ligne {first_row} du fichier.",
        "Number {value} already appears on row {first_row} of the file.",
    ),
    # Share-movement rows.
    "csv.date_required": ("La date est obligatoire.", "The date is required."),
    "csv.movement_kind_required": (
        "Le type de mouvement est obligatoire.",
        "The kind of movement is required.",
    ),
    "csv.unknown_movement_kind": (
        "Type de mouvement inconnu «\u00a0{value}\u00a0» (souscription, cession ou remboursement).",
        'Unknown kind of movement "{value}" (subscription, transfer or redemption).',
    ),
    "csv.count_required": ("Le nombre de parts est obligatoire.", "The share count is required."),
    "csv.bad_count": (
        "Nombre de parts invalide «\u00a0{value}\u00a0» (un nombre entier).",
        'Invalid share count "{value}" (a whole number).',
    ),
    "csv.count_not_positive": (
        "Le nombre de parts doit être positif («\u00a0{value}\u00a0»).",
        'The share count must be positive ("{value}").',
    ),
    "csv.nominal_required": (
        "La valeur nominale est obligatoire.",
        "The nominal value is required.",
    ),
    "csv.bad_nominal": (
        "Montant invalide «\u00a0{value}\u00a0» (par exemple 25,00).",
        'Invalid amount "{value}" (for example 25.00).',
    ),
    "csv.nominal_not_positive": (
        "La valeur nominale doit être positive («\u00a0{value}\u00a0»).",
        'The nominal value must be positive ("{value}").',
    ),
    "csv.unknown_member": (
        "Aucun associé ne porte le numéro «\u00a0{value}\u00a0».",
        'No member has the number "{value}".',
    ),
    "csv.from_member_required": (
        "Ce mouvement ({kind}) exige l'associé cédant.",
        "This movement ({kind}) needs the member it comes from.",
    ),
    "csv.from_member_unexpected": (
        "Ce mouvement ({kind}) n'a pas d'associé cédant.",
        "This movement ({kind}) has no member it comes from.",
    ),
    "csv.to_member_required": (
        "Ce mouvement ({kind}) exige l'associé bénéficiaire.",
        "This movement ({kind}) needs the member it goes to.",
    ),
    "csv.to_member_unexpected": (
        "Ce mouvement ({kind}) n'a pas d'associé bénéficiaire.",
        "This movement ({kind}) has no member it goes to.",
    ),
    "csv.transfer_to_self": (
        "Une cession doit aller à un autre associé.",
        "A transfer must go to another member.",
    ),
    "csv.negative_balance": (
        "L'associé {member} détiendrait {balance} part(s) le {date}.",
        "Member {member} would hold {balance} share(s) on {date}.",
    ),
    "csv.movement_exists": (
        "Un mouvement identique existe déjà dans le registre (fichier déjà importé\u00a0?).",
        "An identical movement is already in the register (file imported twice?).",
    ),
    # Command-line summaries.
    "csv.summary.read": (
        "{rows} ligne(s) lue(s) ({encoding}, séparateur {delimiter}).",
        "{rows} row(s) read ({encoding}, delimiter {delimiter}).",
    ),
    "csv.summary.imported": ("{count} ligne(s) importée(s).", "{count} row(s) imported."),
    "csv.summary.skipped": (
        "{count} ligne(s) ignorée(s) car invalides.",
        "{count} invalid row(s) skipped.",
    ),
    "csv.summary.refused": (
        "{count} problème(s)\u00a0: rien n'a été importé. Corrigez le fichier, "
        "ou relancez avec --skip-invalid pour importer les lignes valides.",
        "{count} problem(s): nothing was imported. Fix the file, "
        "or run again with --skip-invalid to import the valid rows.",
    ),
    "csv.summary.dry_run": (
        "Essai à blanc\u00a0: {count} ligne(s) seraient importées\u00a0; rien n'a été écrit.",
        "Dry run: {count} row(s) would be imported; nothing was written.",
    ),
    "csv.summary.exported": (
        "{count} ligne(s) exportée(s) vers {path}.",
        "{count} row(s) exported to {path}.",
    ),
    "csv.report.row": ("Ligne {row}, {column}\u00a0: {message}", "Row {row}, {column}: {message}"),
    "csv.report.row_only": ("Ligne {row}\u00a0: {message}", "Row {row}: {message}"),
    "csv.file_unreadable": (
        "Impossible de lire ou d'écrire {path}\u00a0: {reason}",
        "Cannot read or write {path}: {reason}",
    ),
}
