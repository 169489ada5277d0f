# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the journal of governance events (codes ``journal.*``): its check, what
each break means, sealing, and the listing."""

from __future__ import annotations

_NB = "\u00a0"

MESSAGES: dict[str, tuple[str, str]] = {
    "journal.holds": (
        f"Le journal est intègre{_NB}: {{entries}} entrée(s), dont {{signed}} signée(s) et "
        "{pending} en attente de signature.",
        "The journal holds: {entries} entries, {signed} signed and {pending} awaiting "
        "signature.",
    ),
    "journal.broken": (
        f"Le journal est rompu{_NB}: {{count}} anomalie(s) sur {{entries}} entrée(s).",
        "The journal is broken: {count} problem(s) in {entries} entries.",
    ),
    "journal.empty": (
        "Le journal ne contient encore aucune entrée.",
        "The journal has no entry yet.",
    ),
    "journal.break.altered": (
        f"Entrée n°{_NB}{{sequence}}{_NB}: son contenu ne donne plus son empreinte, ou n'est "
        "pas une entrée lisible (modifiée après son écriture).",
        "Entry {sequence}: its content no longer gives its hash, or is not a readable "
        "entry (changed after it was written).",
    ),
    "journal.break.signature": (
        f"Entrée n°{_NB}{{sequence}}{_NB}: la signature ne correspond pas à son contenu.",
        "Entry {sequence}: the signature does not match its content.",
    ),
    "journal.break.unsigned": (
        f"Entrée n°{_NB}{{sequence}}{_NB}: elle n'est pas signée alors qu'une entrée "
        "suivante l'est (seules les dernières entrées peuvent attendre leur signature).",
        "Entry {sequence}: it is not signed although a later entry is (only the last "
        "entries may wait for their signature).",
    ),
    "journal.break.misnumbered": (
        f"Entrée n°{_NB}{{sequence}}{_NB}: la numérotation saute, se répète ou recule (une "
        "entrée retirée, déplacée ou rejouée).",
        "Entry {sequence}: the numbering skips, repeats or goes back (an entry removed, "
        "moved or replayed).",
    ),
    "journal.break.chain": (
        f"Entrée n°{_NB}{{sequence}}{_NB}: elle ne porte pas l'empreinte de l'entrée qui la "
        "précède (la chaîne est rompue).",
        "Entry {sequence}: it does not carry the hash of the entry before it (the chain is "
        "broken).",
    ),
    "journal.break.unknown_signer": (
        f"Entrée n°{_NB}{{sequence}}{_NB}: signée par une clé qui n'est pas celle de "
        "l'organisation.",
        "Entry {sequence}: signed by a key that is not the organisation's.",
    ),
    "journal.break.install": (
        f"Entrée n°{_NB}{{sequence}}{_NB}: écrite par une autre installation de TalaGov que "
        "celle de ce journal.",
        "Entry {sequence}: written by another TalaGov install than this journal's.",
    ),
    "journal.last": (
        f"Dernière entrée{_NB}: n°{_NB}{{sequence}}, empreinte {{hash}} (à comparer avec un "
        f"relevé antérieur{_NB}: une suppression des dernières entrées ne se voit qu'ainsi).",
        "Last entry: no. {sequence}, hash {hash} (compare it with an earlier reading: "
        "removing the last entries only shows that way).",
    ),
    "journal.install": (
        f"Installation{_NB}: {{install}}",
        "Install: {install}",
    ),
    "journal.organisation": (
        f"Clé de l'organisation{_NB}: {{fingerprint}}",
        "Organisation key: {fingerprint}",
    ),
    "journal.pending_note": (
        f"{{pending}} entrée(s) attendent la clé de l'organisation{_NB}: «{_NB}talagov journal "
        f"seal{_NB}» les signe.",
        "{pending} entries wait for the organisation key: “talagov journal seal” signs them.",
    ),
    "journal.sealed": (
        "{count} entrée(s) signée(s) avec la clé de l'organisation.",
        "{count} entries signed with the organisation key.",
    ),
    "journal.nothing_to_seal": (
        "Aucune entrée n'attend de signature.",
        "No entry is waiting for a signature.",
    ),
    "journal.left_pending": (
        f"{{count}} entrée(s) restent non signées{_NB}: l'une d'elles ne tient pas, et "
        f"TalaGov ne la signera pas. Lancez «{_NB}talagov journal verify{_NB}».",
        "{count} entries stay unsigned: one of them does not hold, and TalaGov will not "
        "sign it. Run “talagov journal verify”.",
    ),
    "journal.signed": ("signée", "signed"),
    "journal.pending": ("en attente", "pending"),
    # What each kind of entry records (``core.journal.EventKind``), as the GUI lists them.
    "journal.kind.member.admitted": ("Admission d'un associé", "Member admitted"),
    "journal.kind.member.exited": ("Sortie d'un associé", "Member exited"),
    "journal.kind.member.deleted": (
        "Associé supprimé (saisi par erreur)",
        "Member deleted (entered by mistake)",
    ),
    "journal.kind.members.imported": (
        "Import du registre des associés",
        "Register of members imported",
    ),
    "journal.kind.share.movement": ("Mouvement de parts sociales", "Share movement"),
    "journal.kind.share.movement_removed": ("Mouvement de parts annulé", "Share movement removed"),
    "journal.kind.shares.imported": ("Import des mouvements de parts", "Share movements imported"),
    "journal.kind.mandate.started": ("Début d'un mandat", "Mandate started"),
    "journal.kind.mandate.ended": ("Fin d'un mandat", "Mandate ended"),
    "journal.kind.certificate.issued": ("Certificat délivré", "Certificate issued"),
    "journal.kind.certificate.revoked": ("Certificat révoqué", "Certificate revoked"),
    "journal.kind.meeting.convened": ("Réunion convoquée", "Meeting convened"),
    "journal.kind.meeting.unconvened": (
        "Convocation retirée (retour au brouillon)",
        "Convocation withdrawn (back to draft)",
    ),
    "journal.kind.meeting.opened": ("Ouverture de la séance", "Meeting opened"),
    "journal.kind.meeting.closed": ("Clôture de la séance", "Meeting closed"),
    "journal.kind.meeting.archived": ("Réunion archivée", "Meeting archived"),
    "journal.kind.convocation.sent": ("Convocation envoyée", "Convocation sent"),
    "journal.kind.attendance.recorded": ("Présence enregistrée", "Attendance recorded"),
    "journal.kind.attendance.signed": ("Feuille de présence signée", "Attendance sheet signed"),
    "journal.kind.proxy.recorded": ("Pouvoir enregistré", "Proxy recorded"),
    "journal.kind.proxy.removed": ("Pouvoir retiré", "Proxy removed"),
    "journal.kind.postal.recorded": ("Vote par correspondance enregistré", "Postal vote recorded"),
    "journal.kind.postal.removed": ("Vote par correspondance retiré", "Postal vote removed"),
    "journal.kind.poll.opened": ("Ouverture d'un scrutin", "Poll opened"),
    "journal.kind.poll.closed": ("Clôture d'un scrutin", "Poll closed"),
    "journal.kind.ballot.accepted": ("Bulletin accepté", "Ballot accepted"),
    "journal.kind.ballot.rejected": ("Bulletin refusé", "Ballot rejected"),
    "journal.kind.minutes.signed": (
        "Procès-verbal signé par un signataire",
        "Minutes signed by a signatory",
    ),
    "journal.kind.minutes.registered": (
        "Procès-verbal inscrit au registre",
        "Minutes entered in the register",
    ),
}
