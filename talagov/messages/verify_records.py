# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the verify area about the meeting's records: the minutes and their
register entries, the journal and the attached documents (``verify.minutes.*``,
``verify.register.*``, ``verify.journal.*``, ``verify.documents.*``).

Merged into :data:`talagov.messages.verify.MESSAGES`, the area's catalogue (this module
is not an area of its own).
"""

from __future__ import annotations

_S = "\u00a0"  # no-break space before French : ; ! ? and inside « »

_MINUTES: dict[str, tuple[str, str]] = {
    "verify.minutes.ok": (
        f"Procès-verbal n°{{id}} signé{_S}: son contenu et ses {{signatures}} signature(s) "
        "tiennent, dans le contenu et dans le PDF.",
        "Minutes {id} signed: their content and {signatures} signature(s) hold, in the "
        "content and in the PDF.",
    ),
    "verify.minutes.not_signed": (
        f"Procès-verbal n°{{id}} soumis mais pas signé{_S}: les {{signatures}} signature(s) "
        "données tiennent, mais rien de ce qu'il dit n'est encore attesté par ses "
        "signataires.",
        "Minutes {id} submitted but not signed: the {signatures} signature(s) given hold, "
        "but nothing they say is attested by their signatories yet.",
    ),
    "verify.minutes.none_signed": (
        f"Aucun procès-verbal signé par ses signataires{_S}: les bulletins conservés et les "
        "résultats ne reposent que sur la clé de l'organisation, qui pourrait avoir retiré "
        f"un bulletin et recompté. Chaque votant peut encore chercher l'empreinte de son "
        f"reçu sous ballots/poll-N/{_S}: c'est le nom du fichier de son bulletin.",
        "No minutes signed by their signatories: the ballots kept and the results rest on "
        "the organisation key alone, which could have dropped a ballot and counted again. "
        "Each voter can still look for their receipt's fingerprint under ballots/poll-N/: "
        "it is the name of their ballot's file.",
    ),
    "verify.minutes.draft": (
        f"Procès-verbal n°{{id}} encore à l'état de projet{_S}: rien n'y est signé.",
        "Minutes {id} still a draft: nothing in it is signed.",
    ),
    "verify.minutes.content_missing": (
        "Le contenu signé de ce procès-verbal manque à l'archive.",
        "The signed content of these minutes is missing from the archive.",
    ),
    "verify.minutes.content_hash": (
        f"Le contenu de ce procès-verbal ne donne pas l'empreinte enregistrée ({{recorded}}){_S}: "
        "il a été modifié.",
        "The content of these minutes does not give the recorded fingerprint ({recorded}): "
        "it was changed.",
    ),
    "verify.minutes.content_malformed": (
        "Le contenu de ce procès-verbal n'est pas un contenu signé lisible (format ou forme "
        "canonique).",
        "The content of these minutes is not a readable signed content (format or canonical form).",
    ),
    "verify.minutes.signature_missing": (
        "Le signataire {member} que nomme le contenu n'a pas signé ce procès-verbal.",
        "Signatory {member}, named by the content, did not sign these minutes.",
    ),
    "verify.minutes.signatory_unnamed": (
        "Le sociétaire {member} a signé ce procès-verbal sans être l'un des signataires "
        "qu'il nomme.",
        "Member {member} signed these minutes without being one of the signatories they name.",
    ),
    "verify.minutes.signature_certificate": (
        "La signature de {member} ({role}) est faite avec un certificat que l'organisation "
        "n'a pas délivré, ou absent de l'archive.",
        "The signature of {member} ({role}) is made with a certificate the organisation did "
        "not issue, or one missing from the archive.",
    ),
    "verify.minutes.signature_not_named": (
        "La signature de {member} ({role}) n'est pas faite avec le certificat que le contenu "
        "nomme pour ce signataire.",
        "The signature of {member} ({role}) is not made with the certificate the content "
        "names for this signatory.",
    ),
    "verify.minutes.signature_certificate_invalid": (
        "Le certificat de {member} ({role}) n'était pas valable au moment de sa signature.",
        "The certificate of {member} ({role}) was not valid when they signed.",
    ),
    "verify.minutes.signature_certificate_revoked": (
        "Le certificat de {member} ({role}) était révoqué au moment de sa signature.",
        "The certificate of {member} ({role}) was revoked when they signed.",
    ),
    "verify.minutes.signature_signature": (
        "La signature de {member} ({role}) ne correspond pas au contenu du procès-verbal.",
        "The signature of {member} ({role}) does not match the content of the minutes.",
    ),
    "verify.minutes.pdf_missing": (
        "Le PDF de ce procès-verbal manque à l'archive.",
        "The PDF of these minutes is missing from the archive.",
    ),
    "verify.minutes.pdf_unchecked": (
        "Les signatures du PDF ne peuvent pas être vérifiées sans le certificat de l'organisation.",
        "The PDF's signatures cannot be checked without the organisation's certificate.",
    ),
    "verify.minutes.pdf_unreadable": (
        "Le PDF de ce procès-verbal est illisible.",
        "The PDF of these minutes cannot be read.",
    ),
    "verify.minutes.pdf_truncated": (
        "Le PDF est plus court que la version signée par le dernier signataire ({size} octets).",
        "The PDF is shorter than the revision the last signatory signed ({size} bytes).",
    ),
    "verify.minutes.pades_invalid": (
        "Le PDF ne porte pas de signature valable de {member} ({role}) rattachée à "
        "l'autorité de l'organisation.",
        "The PDF carries no valid signature of {member} ({role}) chaining to the "
        "organisation's authority.",
    ),
    "verify.minutes.pdf_modified": (
        "Le PDF a été modifié après une signature (autre chose qu'une signature ou un horodatage).",
        "The PDF was changed after a signature (something else than a signature or a time-stamp).",
    ),
    "verify.minutes.pdf_tail": (
        "Après la version signée ({size} octets), le PDF contient autre chose que des "
        "horodatages valables qui ne changent rien.",
        "After the signed revision ({size} bytes), the PDF holds something else than valid "
        "time-stamps that change nothing.",
    ),
    "verify.minutes.facts_ok": (
        f"Procès-verbal n°{{id}}{_S}: les résultats des {{votes}} vote(s) et la présence "
        "qu'il rapporte sont ceux recalculés.",
        "Minutes {id}: the results of the {votes} vote(s) and the attendance they report "
        "are those recalculated.",
    ),
    "verify.minutes.facts_ok_no_vote": (
        f"Procès-verbal n°{{id}}{_S}: aucun vote à rapporter, et la présence qu'il rapporte "
        "est celle recalculée.",
        "Minutes {id}: no vote to report, and the attendance they report is the one "
        "recalculated.",
    ),
    "verify.minutes.votes_differ": (
        f"Point {{number}}{_S}: le procès-verbal rapporte les voix {{recorded}}, le "
        "recomptage donne {computed}.",
        "Item {number}: the minutes report the votes {recorded}, the recount gives {computed}.",
    ),
    "verify.minutes.decision_differs": (
        f"Point {{number}}{_S}: le procès-verbal dit adoptée{_S}: {{recorded}}, le recomptage "
        f"donne{_S}: {{computed}}.",
        "Item {number}: the minutes say adopted: {recorded}, the recount gives: {computed}.",
    ),
    "verify.minutes.attendance_differs": (
        "La présence que rapporte le procès-verbal ({recorded}) n'est pas celle de la "
        "feuille de présence ({computed}).",
        "The attendance the minutes report ({recorded}) is not the attendance sheet's "
        "({computed}).",
    ),
    "verify.minutes.quorum_differs": (
        f"Le procès-verbal dit le quorum atteint{_S}: {{recorded}}{_S}; le quorum enregistré "
        f"à l'ouverture{_S}: {{computed}}.",
        "The minutes say the quorum was met: {recorded}; the quorum recorded at the opening: "
        "{computed}.",
    ),
    "verify.minutes.ballots_differ": (
        f"Point {{number}}{_S}: le procès-verbal dit {{recorded_received}} bulletin(s) signé(s) "
        f"reçu(s) et {{recorded_rejected}} rejeté(s){_S}; les bulletins de l'archive en donnent "
        f"{{received}} et {{rejected}}, soit{_S}: «{_S}{{computed}}{_S}».",
        "Item {number}: the minutes say {recorded_received} signed ballot(s) received and "
        "{recorded_rejected} rejected; the archive's ballots give {received} and {rejected}, "
        "that is: “{computed}”.",
    ),
    "verify.minutes.chair_differs": (
        f"Le procès-verbal nomme comme président de séance «{_S}{{recorded}}{_S}», la séance "
        f"enregistrée «{_S}{{computed}}{_S}».",
        "The minutes name “{recorded}” as the chair, the meeting's record “{computed}”.",
    ),
    "verify.minutes.secretary_differs": (
        f"Le procès-verbal nomme comme secrétaire de séance «{_S}{{recorded}}{_S}», la séance "
        f"enregistrée «{_S}{{computed}}{_S}».",
        "The minutes name “{recorded}” as the secretary, the meeting's record “{computed}”.",
    ),
    "verify.minutes.scrutineers_differ": (
        f"Le procès-verbal nomme comme scrutateurs «{_S}{{recorded}}{_S}», la séance "
        f"enregistrée «{_S}{{computed}}{_S}».",
        "The minutes name “{recorded}” as the scrutineers, the meeting's record "
        "“{computed}”.",
    ),
    "verify.minutes.postal_voters_differ": (
        f"Les votants par correspondance du procès-verbal ne sont pas ceux dont le formulaire "
        f"compte{_S}: nommés par lui seul «{_S}{{minutes_only}}{_S}», par le dossier seul "
        f"«{_S}{{record_only}}{_S}».",
        "The minutes' postal voters are not those whose form counts: named by the minutes "
        "only “{minutes_only}”, by the record only “{record_only}”.",
    ),
    "verify.minutes.participants_differ": (
        f"Les participants en annexe du procès-verbal ne sont pas ceux de la feuille de "
        f"présence{_S}: nommés par lui seul «{_S}{{minutes_only}}{_S}», par la feuille seule "
        f"«{_S}{{record_only}}{_S}».",
        "The participants annexed to the minutes are not those of the attendance sheet: "
        "named by the minutes only “{minutes_only}”, by the sheet only “{record_only}”.",
    ),
    "verify.register.ok": (
        f"Registre {{register}}, délibération n°{{number}}{_S}: l'entrée, sa signature par "
        "l'organisation et son procès-verbal concordent.",
        "Register {register}, entry {number}: the entry, the organisation's signature over "
        "it and its minutes agree.",
    ),
    "verify.register.missing": (
        "L'entrée du registre ou sa signature manque à l'archive.",
        "The register entry or its signature is missing from the archive.",
    ),
    "verify.register.altered": (
        "L'entrée du registre ne donne pas son empreinte enregistrée, ou n'est pas une entrée "
        "lisible sous sa forme canonique.",
        "The register entry does not give its recorded fingerprint, or is not a readable "
        "entry in canonical form.",
    ),
    "verify.register.misfiled": (
        "L'entrée nomme un autre registre ou un autre numéro que celui sous lequel elle est rangée.",
        "The entry names another register or number than the one it is filed under.",
    ),
    "verify.register.signature": (
        "La signature de l'organisation sur l'entrée du registre ne correspond pas.",
        "The organisation's signature over the register entry does not match.",
    ),
    "verify.register.chain": (
        "L'entrée ne nomme pas l'empreinte de l'entrée précédente du registre.",
        "The entry does not name the fingerprint of the register's previous entry.",
    ),
    "verify.register.content_hash": (
        f"Registre {{register}} n°{{number}}{_S}: l'empreinte du contenu que nomme l'entrée n'est pas "
        "celle du procès-verbal.",
        "Register {register} no. {number}: the content fingerprint the entry names is not "
        "the minutes'.",
    ),
    "verify.register.pdf_sha256": (
        f"Registre {{register}} n°{{number}}{_S}: l'empreinte ou la taille du PDF que nomme l'entrée "
        "n'est pas celle du PDF signé.",
        "Register {register} no. {number}: the PDF fingerprint or size the entry names is "
        "not the signed PDF's.",
    ),
    "verify.register.meeting": (
        f"Registre {{register}} n°{{number}}{_S}: l'entrée nomme une autre réunion ou une autre date.",
        "Register {register} no. {number}: the entry names another meeting or date.",
    ),
    "verify.register.kind": (
        f"Registre {{register}} n°{{number}}{_S}: l'entrée dit procès-verbal ou erratum autrement que "
        "le procès-verbal.",
        "Register {register} no. {number}: the entry says minutes or erratum otherwise than "
        "the minutes.",
    ),
    "verify.register.signatures": (
        f"Registre {{register}} n°{{number}}{_S}: les signatures que nomme l'entrée ne sont pas "
        "celles du procès-verbal.",
        "Register {register} no. {number}: the signatures the entry names are not the "
        "minutes'.",
    ),
    "verify.register.timestamp": (
        f"Registre {{register}} n°{{number}}{_S}: l'entrée dit les signatures horodatées autrement "
        "qu'elles ne le sont.",
        "Register {register} no. {number}: the entry says the signatures are time-stamped "
        "otherwise than they are.",
    ),
    "verify.register.not_entered": (
        "Ce procès-verbal est signé, mais son entrée au registre manque.",
        "These minutes are signed, but their register entry is missing.",
    ),
}

_JOURNAL: dict[str, tuple[str, str]] = {
    "verify.journal.ok": (
        "{count} entrée(s) du journal, {signed} signée(s) par l'organisation, chaîne intacte.",
        "{count} journal entry(ies), {signed} signed by the organisation, chain intact.",
    ),
    "verify.journal.altered": (
        "L'entrée n°{sequence} du journal ne donne pas son empreinte, ou n'est pas une entrée lisible.",
        "Journal entry {sequence} does not give its fingerprint, or is not a readable entry.",
    ),
    "verify.journal.signature": (
        "La signature de l'entrée n°{sequence} du journal ne correspond pas.",
        "The signature of journal entry {sequence} does not match.",
    ),
    "verify.journal.unsigned": (
        "L'entrée n°{sequence} du journal n'est pas signée, alors qu'une entrée suivante l'est.",
        "Journal entry {sequence} is not signed, yet a later entry is.",
    ),
    "verify.journal.misnumbered": (
        "L'entrée n°{sequence} du journal n'est pas à sa place (numéro répété ou en arrière).",
        "Journal entry {sequence} is out of place (a number repeated or going back).",
    ),
    "verify.journal.chain": (
        "L'entrée n°{sequence} du journal ne nomme pas l'empreinte de l'entrée précédente.",
        "Journal entry {sequence} does not name the fingerprint of the entry before it.",
    ),
    "verify.journal.unknown_signer": (
        "L'entrée n°{sequence} du journal est signée par une autre clé que celle de l'organisation.",
        "Journal entry {sequence} is signed by another key than the organisation's.",
    ),
    "verify.journal.install": (
        "L'entrée n°{sequence} du journal vient d'une autre installation que les autres.",
        "Journal entry {sequence} comes from another install than the others.",
    ),
    "verify.journal.gap": (
        "Il manque {missing} entrée(s) au journal entre les entrées n°{after} et n°{before} "
        "(l'archive porte toutes les entrées de la première à la dernière de la réunion)"
        f"{_S}: une entrée a été retirée.",
        "{missing} journal entry(ies) are missing between entries {after} and {before} (the "
        "archive carries every entry from the meeting's first to its last): an entry was "
        "removed.",
    ),
    "verify.journal.poll_differs": (
        f"Scrutin {{number}}{_S}: l'entrée n°{{sequence}} du journal ({{event}}) dit "
        f"«{_S}{{journaled}}{_S}» pour «{_S}{{field}}{_S}», mais l'archive enregistre "
        f"«{_S}{{recorded}}{_S}».",
        "Poll {number}: journal entry {sequence} ({event}) says “{journaled}” for "
        "“{field}”, but the archive records “{recorded}”.",
    ),
    "verify.journal.pending": (
        "{count} entrée(s) du journal attendaient encore la signature de l'organisation.",
        "{count} journal entry(ies) were still awaiting the organisation's signature.",
    ),
    "verify.journal.coverage_ok": (
        "Chaque bulletin ({ballots}), l'ouverture et la clôture de chaque scrutin ({polls}), "
        "chaque signature du procès-verbal et chaque convocation envoyée figurent au journal.",
        "Every ballot ({ballots}), each poll's opening and closing ({polls}), each signature "
        "of the minutes and each convocation sent are in the journal.",
    ),
    "verify.journal.coverage_ok_no_poll": (
        f"Aucun scrutin dans cette réunion{_S}; chaque signature du procès-verbal et chaque "
        "convocation envoyée figurent au journal.",
        "No poll in this meeting; each signature of the minutes and each convocation sent "
        "are in the journal.",
    ),
    "verify.journal.ballot_missing": (
        "Le bulletin n°{id} ne figure pas au journal (bulletin ajouté après coup).",
        "Ballot {id} is not in the journal (a ballot added afterwards).",
    ),
    "verify.journal.ballot_absent": (
        "L'entrée n°{sequence} du journal enregistre ce bulletin, absent de l'archive (retiré).",
        "Journal entry {sequence} records this ballot, which is missing from the archive "
        "(removed).",
    ),
    "verify.journal.ballot_differs": (
        f"Le journal (entrée n°{{sequence}}) dit le bulletin n°{{id}} autrement que l'index "
        f"du scrutin ou que le fichier du bulletin{_S}: «{_S}{{field}}{_S}» diffère.",
        "The journal (entry {sequence}) says otherwise of ballot {id} than the poll's "
        "index or the ballot file: “{field}” differs.",
    ),
    "verify.journal.ballot_order": (
        "Le bulletin n°{id} figure au journal avant un bulletin reçu plus tôt selon l'index "
        "(index réordonné).",
        "Ballot {id} is in the journal before a ballot the index says was received earlier "
        "(a reordered index).",
    ),
    "verify.journal.event_missing": (
        f"L'événement «{_S}{{event}}{_S}» ne figure pas au journal.",
        "The event “{event}” is not in the journal.",
    ),
}

_DOCUMENTS: dict[str, tuple[str, str]] = {
    "verify.documents.ok": (
        "Les {count} document(s) joint(s) sont ceux que la bibliothèque a enregistrés.",
        "The {count} attached document(s) are those the library recorded.",
    ),
    "verify.documents.missing": (
        f"Le document «{_S}{{title}}{_S}» joint à la réunion manque à l'archive.",
        "The document “{title}” attached to the meeting is missing from the archive.",
    ),
    "verify.documents.altered": (
        f"Le document «{_S}{{title}}{_S}» n'a pas l'empreinte ou la taille que la "
        "bibliothèque a enregistrée.",
        "The document “{title}” does not have the fingerprint or size the library recorded.",
    ),
    "verify.documents.unlisted": (
        "Ce document n'est pas de ceux joints à la réunion.",
        "This document is not one of those attached to the meeting.",
    ),
}

RECORD_MESSAGES: dict[str, tuple[str, str]] = {**_MINUTES, **_JOURNAL, **_DOCUMENTS}
