# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the verifier's output: the areas' titles, the command line's frame, the
subjects' wording and the voting receipts (merged into ``verify.MESSAGES``)."""

from __future__ import annotations

_S = "\u00a0"  # no-break space before French : ; ! ? and inside « »

_AREAS: dict[str, tuple[str, str]] = {
    "verify.area.manifest": ("Manifeste, signatures et fichiers", "Manifest, signatures and files"),
    "verify.area.certificates": ("Certificats", "Certificates"),
    "verify.area.ballots": ("Bulletins et corps électoral", "Ballots and electorate"),
    "verify.area.tally": ("Scrutins et résultats", "Polls and results"),
    "verify.area.quorum": ("Quorum", "Quorum"),
    "verify.area.minutes": ("Procès-verbaux et registre", "Minutes and register"),
    "verify.area.journal": ("Journal des événements", "Event journal"),
    "verify.area.documents": ("Documents joints", "Attached documents"),
}


_CLI: dict[str, tuple[str, str]] = {
    "verify.cli.bundle": (
        f"Archive{_S}: {{title}} du {{date}} (réunion {{meeting}}), exportée le "
        "{exported_at} par {generator}",
        "Archive: {title} of {date} (meeting {meeting}), exported {exported_at} by {generator}",
    ),
    "verify.cli.organisation": (f"Organisation{_S}: {{name}}", "Organisation: {name}"),
    "verify.cli.fingerprint": (
        f"Empreinte de la clé de l'organisation{_S}: comparez-la à celle imprimée sur les "
        "convocations et les procès-verbaux. Une archive refaite sous une autre clé ne se "
        "voit qu'ainsi.",
        "Fingerprint of the organisation key: compare it with the one printed on the "
        "convocations and the minutes. An archive rebuilt under another key shows only that way.",
    ),
    "verify.cli.no_fingerprint": (
        "(aucune — le certificat de l'organisation est illisible)",
        "(none — the organisation certificate cannot be read)",
    ),
    "verify.cli.ok": (
        "Toutes les vérifications tiennent ({count} contrôles, {warnings} avertissement(s)).",
        "Every check holds ({count} checks, {warnings} warning(s)).",
    ),
    "verify.cli.failed": (
        f"Échec{_S}: {{failed}} contrôle(s) sur {{count}} ne tiennent pas.",
        "Failed: {failed} of {count} checks do not hold.",
    ),
    "verify.cli.unreadable": (
        f"{{file}} n'est pas une archive lisible{_S}: {{reason}}",
        "{file} is not a readable archive: {reason}",
    ),
}


# How a line names its subject ("poll 2" in --json, « scrutin 2 » for a reader).
_SUBJECTS: dict[str, tuple[str, str]] = {
    "verify.subject.poll": ("scrutin {id}", "poll {id}"),
    "verify.subject.ballot": ("bulletin {id}", "ballot {id}"),
    "verify.subject.minutes": ("procès-verbal {id}", "minutes {id}"),
    "verify.subject.certificate": ("certificat {id}", "certificate {id}"),
    "verify.subject.register": ("registre {id}", "register {id}"),
    "verify.subject.quorum": ("quorum n°{id}", "quorum no. {id}"),
    "verify.subject.entry": ("entrée {id} du journal", "journal entry {id}"),
    "verify.subject.document": ("document {id}", "document {id}"),
}


# A voter's receipt looked up in the archive (``talagov verify --receipt``).
_RECEIPTS: dict[str, tuple[str, str]] = {
    "verify.receipt.heading": ("Reçus de vote", "Voting receipts"),
    "verify.receipt.counted": (
        f"Bulletin {{fingerprint}} (scrutin {{number}}, «{_S}{{title}}{_S}»){_S}: dans "
        "l'archive, compté.",
        "Ballot {fingerprint} (poll {number}, “{title}”): in the archive, counted.",
    ),
    "verify.receipt.superseded": (
        f"Bulletin {{fingerprint}} (scrutin {{number}}, «{_S}{{title}}{_S}»){_S}: dans "
        "l'archive, remplacé par un vote ultérieur du même votant, qui compte à sa place.",
        "Ballot {fingerprint} (poll {number}, “{title}”): in the archive, replaced by a "
        "later vote of the same voter, which counts instead.",
    ),
    "verify.receipt.overridden": (
        f"Bulletin {{fingerprint}} (scrutin {{number}}, «{_S}{{title}}{_S}»){_S}: dans "
        "l'archive, écarté au profit d'un autre canal du même sociétaire (son propre vote, "
        "un vote par correspondance), qui compte à sa place.",
        "Ballot {fingerprint} (poll {number}, “{title}”): in the archive, set aside for "
        "another channel of the same member (their own vote, a postal vote), which counts "
        "instead.",
    ),
    "verify.receipt.rejected": (
        f"Bulletin {{fingerprint}} (scrutin {{number}}, «{_S}{{title}}{_S}»){_S}: dans "
        f"l'archive, rejeté{_S}: {{reason}}.",
        "Ballot {fingerprint} (poll {number}, “{title}”): in the archive, rejected: {reason}.",
    ),
    "verify.receipt.absent": (
        f"Aucun bulletin de cette archive n'a une empreinte qui commence par {{digits}}{_S}: "
        "si c'est le reçu d'un vote de cette réunion, ce bulletin manque à l'archive.",
        "No ballot of this archive has a fingerprint starting with {digits}: if this is the "
        "receipt of a vote of this meeting, that ballot is missing from the archive.",
    ),
    "verify.receipt.unchecked": (
        "Les reçus n'ont pas pu être recherchés : les données de l'archive sont illisibles.",
        "The receipts could not be looked up: the archive's data cannot be read.",
    ),
    "verify.receipt.bad": (
        f"«{_S}{{text}}{_S}» n'est pas une empreinte de reçu{_S}: il faut au moins "
        "16 chiffres hexadécimaux (0 à 9, A à F), tels qu'imprimés sur le reçu.",
        "“{text}” is not a receipt fingerprint: at least 16 hexadecimal digits (0 to 9, "
        "A to F) are needed, as printed on the receipt.",
    ),
}

OUTPUT_MESSAGES: dict[str, tuple[str, str]] = {**_AREAS, **_CLI, **_SUBJECTS, **_RECEIPTS}
