# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the verify area (codes ``verify.*``): the lines of a bundle's
verification (``talagov.verifier``) and the output of ``talagov verify``.

Each failed line names the rule broken; the file and the subject (a ballot, a poll,
a minutes, a certificate) travel beside the sentence, so the sentences do not repeat
them. ``{number}`` is a poll's resolution number. The lines about the minutes, the
register, the journal and the documents are in :mod:`talagov.messages.verify_records`.
"""

from __future__ import annotations

from talagov.messages.verify_output import OUTPUT_MESSAGES
from talagov.messages.verify_records import RECORD_MESSAGES

_S = "\u00a0"  # no-break space before French : ; ! ? and inside « »


_CERTIFICATES: dict[str, tuple[str, str]] = {
    "verify.cert.org_ok": (
        f"Le certificat de l'organisation «{_S}{{name}}{_S}» est une autorité auto-signée.",
        "The certificate of the organisation “{name}” is a self-signed authority.",
    ),
    "verify.cert.org_missing": (
        "Le certificat de l'organisation manque à l'archive.",
        "The organisation's certificate is missing from the archive.",
    ),
    "verify.cert.org_unreadable": (
        "Le certificat de l'organisation est illisible.",
        "The organisation's certificate cannot be read.",
    ),
    "verify.cert.org_not_self_signed": (
        "Le certificat de l'organisation n'est pas signé par sa propre clé.",
        "The organisation's certificate is not signed by its own key.",
    ),
    "verify.cert.org_not_ca": (
        "Le certificat de l'organisation n'est pas celui d'une autorité de certification.",
        "The organisation's certificate is not a certificate authority's.",
    ),
    "verify.cert.org_not_p256": (
        "La clé de l'organisation n'est pas une clé ECDSA P-256.",
        "The organisation's key is not an ECDSA P-256 key.",
    ),
    "verify.cert.org_not_manifest": (
        f"Le manifeste annonce la clé {{manifest}}, mais le certificat de l'archive est "
        f"{{found}}{_S}: l'archive a été refaite sous une autre clé.",
        "The manifest names the key {manifest}, but the archive's certificate is {found}: "
        "the archive was rebuilt under another key.",
    ),
    "verify.cert.members_ok": (
        "{count} certificat(s) de sociétaire délivré(s) par l'organisation.",
        "{count} member certificate(s) issued by the organisation.",
    ),
    "verify.cert.members_unchecked": (
        f"{{count}} certificat(s) de sociétaire non vérifiable(s){_S}: le certificat de "
        "l'organisation manque ou ne tient pas.",
        "{count} member certificate(s) cannot be checked: the organisation's certificate is "
        "missing or does not hold.",
    ),
    "verify.cert.member_unreadable": (
        "Ce certificat de sociétaire est illisible.",
        "This member certificate cannot be read.",
    ),
    "verify.cert.member_not_issued": (
        "Ce certificat (sociétaire {member}) n'a pas été délivré par la clé de l'organisation.",
        "This certificate (member {member}) was not issued by the organisation's key.",
    ),
    "verify.cert.member_malformed": (
        "Ce certificat (sociétaire {member}) n'est pas un certificat de sociétaire TalaGov.",
        "This certificate (member {member}) is not a TalaGov member certificate.",
    ),
    "verify.cert.member_misnamed": (
        "Le nom de ce fichier ne correspond pas au sociétaire ({member}) ou au numéro de "
        "série du certificat qu'il contient.",
        "This file's name does not match the member ({member}) or the serial number of the "
        "certificate it holds.",
    ),
    "verify.cert.no_revocations": (
        "Aucune liste de révocation n'a été émise.",
        "No revocation list was ever issued.",
    ),
    "verify.cert.revocations_ok": (
        "Liste de révocation n°{sequence} signée par l'organisation ({count} certificat(s) révoqué(s)).",
        "Revocation list no. {sequence} signed by the organisation ({count} certificate(s) revoked).",
    ),
    "verify.cert.revocations_unchecked": (
        "La liste de révocation ne peut pas être vérifiée sans le certificat de l'organisation.",
        "The revocation list cannot be checked without the organisation's certificate.",
    ),
    "verify.cert.revocations_bad_signature": (
        "La signature de la liste de révocation ne correspond pas à la clé de l'organisation.",
        "The revocation list's signature does not match the organisation's key.",
    ),
    "verify.cert.revocations_malformed": (
        "La liste de révocation est illisible.",
        "The revocation list cannot be read.",
    ),
    "verify.cert.revocations_other_org": (
        "La liste de révocation est celle d'une autre organisation ({named}).",
        "The revocation list is another organisation's ({named}).",
    ),
    "verify.keys.ok": (
        "L'index des clés décrit exactement les {count} certificat(s) de l'archive.",
        "The keys index describes the archive's {count} certificate(s) exactly.",
    ),
    "verify.keys.organisation": (
        "L'index des clés nomme une autre clé d'organisation ({named}) que celle de "
        "l'archive ({found}).",
        "The keys index names another organisation key ({named}) than the archive's ({found}).",
    ),
    "verify.keys.entry_differs": (
        f"L'index des clés ne décrit pas ce certificat comme il est{_S}: sociétaire, numéro "
        "de série ou empreinte ({path}).",
        "The keys index does not describe this certificate as it is: member, serial number "
        "or fingerprint ({path}).",
    ),
    "verify.keys.revocation_differs": (
        "L'index des clés dit ce certificat révoqué ou non autrement que la liste de "
        f"révocation signée (révoqué selon la liste{_S}: {{revoked}}) ({{path}}).",
        "The keys index says this certificate is revoked or not otherwise than the signed "
        "revocation list (revoked by the list: {revoked}) ({path}).",
    ),
    "verify.keys.not_indexed": (
        "Ce certificat de sociétaire n'est pas dans l'index des clés.",
        "This member certificate is not in the keys index.",
    ),
    "verify.keys.file_missing": (
        "L'index des clés nomme ce certificat, mais son fichier manque à l'archive.",
        "The keys index names this certificate, but its file is missing from the archive.",
    ),
}

_DATA: dict[str, tuple[str, str]] = {
    "verify.manifest.unchecked": (
        "Les signatures du manifeste ne peuvent pas être vérifiées sans le certificat de "
        "l'organisation.",
        "The manifest's signatures cannot be checked without the organisation's certificate.",
    ),
    "verify.data.ok": (
        "Les {count} fichiers de données sont lisibles et écrits comme TalaGov les écrit.",
        "The {count} data files are readable and written as TalaGov writes them.",
    ),
    "verify.data.missing": (
        "Ce fichier de données manque à l'archive.",
        "This data file is missing from the archive.",
    ),
    "verify.data.malformed": (
        f"Ce fichier de données n'est pas dans le format de cette version{_S}: {{detail}}",
        "This data file is not in this version's format: {detail}",
    ),
    "verify.data.statutes_incomplete": (
        "Les statuts de l'archive ne donnent pas les règles d'une assemblée ordinaire, "
        f"extraordinaire ou d'un conseil{_S}: rien ne peut être recalculé.",
        "The archive's statutes lack the rules of an ordinary or extraordinary assembly or "
        "of a board: nothing can be recalculated.",
    ),
    "verify.data.not_canonical": (
        "Ce fichier de données n'est pas écrit exactement comme TalaGov l'écrit (ordre, "
        "espacement ou écriture des valeurs modifiés).",
        "This data file is not written exactly as TalaGov writes it (order, spacing or the "
        "writing of values changed).",
    ),
}

_BALLOTS: dict[str, tuple[str, str]] = {
    "verify.electorate.ok": (
        f"Scrutin {{number}}{_S}: le corps électoral recalculé ({{voters}} votant(s), base de "
        "{participants} participant(s)) est celui enregistré à la clôture.",
        "Poll {number}: the electorate recalculated ({voters} voter(s), a base of "
        "{participants} participant(s)) is the one recorded at closing.",
    ),
    "verify.electorate.not_frozen": (
        f"Scrutin {{number}}{_S}: clos sans que soit enregistré ce sur quoi il a été jugé.",
        "Poll {number}: closed without a record of what it was judged on.",
    ),
    "verify.electorate.differs": (
        f"Scrutin {{number}}{_S}: «{_S}{{field}}{_S}» enregistré à la clôture diffère de ce "
        f"que donnent la liste des votants, la présence et les pouvoirs (seulement "
        f"enregistré{_S}: {{recorded}}{_S}; seulement recalculé{_S}: {{computed}}).",
        "Poll {number}: “{field}” as recorded at closing differs from what the roll, the "
        "attendance and the proxies give (only recorded: {recorded}; only recalculated: "
        "{computed}).",
    ),
    "verify.electorate.revocations": (
        f"Scrutin {{number}}{_S}: des révocations enregistrées à la clôture manquent à la "
        f"liste de révocation signée ({{serials}}).",
        "Poll {number}: revocations recorded at closing are missing from the signed "
        "revocation list ({serials}).",
    ),
    "verify.ballots.ok": (
        f"Scrutin {{number}}{_S}: jugés à nouveau, les {{received}} bulletin(s) reçu(s) ont "
        f"le sort enregistré ({{counted}} compté(s), {{superseded}} remplacé(s), {{overridden}} "
        "écarté(s) par un autre canal, {rejected} rejeté(s)).",
        "Poll {number}: judged again, the {received} ballot(s) received have the verdicts "
        "recorded ({counted} counted, {superseded} superseded, {overridden} overridden by "
        "another channel, {rejected} rejected).",
    ),
    "verify.ballots.unchecked": (
        "Les bulletins des {count} scrutin(s) clos ne peuvent pas être jugés sans le "
        "certificat de l'organisation.",
        "The ballots of the {count} closed poll(s) cannot be judged without the "
        "organisation's certificate.",
    ),
    "verify.ballots.file_missing": (
        "Le bulletin n°{id} est dans l'index du scrutin, mais son fichier manque.",
        "Ballot {id} is in the poll's index, but its file is missing.",
    ),
    "verify.ballots.malformed": (
        f"Ce fichier n'est pas un bulletin lisible{_S}: {{reason}}",
        "This file is not a readable ballot: {reason}",
    ),
    "verify.ballots.misnamed": (
        "Ce bulletin n'a pas l'empreinte sous laquelle il est rangé (il a l'empreinte {actual}).",
        "This ballot does not have the fingerprint it is filed under (its fingerprint is {actual}).",
    ),
    "verify.ballots.unlisted": (
        "Ce fichier de bulletin n'est dans l'index d'aucun scrutin (bulletin ajouté à l'archive).",
        "This ballot file is in no poll's index (a ballot added to the archive).",
    ),
    "verify.ballots.verdict_differs": (
        f"Scrutin {{number}}{_S}: ce bulletin est enregistré «{_S}{{recorded}}{_S}», mais "
        f"jugé à nouveau il est «{_S}{{computed}}{_S}».",
        "Poll {number}: this ballot is recorded as “{recorded}”, but judged again it is "
        "“{computed}”.",
    ),
    "verify.ballots.voter_not_present": (
        f"Scrutin {{number}}{_S}: le bulletin n°{{id}} a été signé à l'isoloir (sur "
        f"l'ordinateur du secrétariat, dans la salle) à {{at}}, mais la feuille de présence "
        f"ne dit pas son votant (membre n°{{member}}) présent à ce moment{_S}: "
        f"«{_S}{{status}}{_S}».",
        "Poll {number}: ballot {id} was signed at the booth (on the secretary's laptop, in "
        "the room) at {at}, but the attendance sheet does not record its voter (member "
        "{member}) present then: “{status}”.",
    ),
    "verify.ballots.cast_after_close": (
        f"Scrutin {{number}}{_S}: le bulletin n°{{id}} dit avoir été émis à {{cast_at}} "
        f"(horloge de l'ordinateur du votant), après la clôture du scrutin à {{closed_at}}. "
        f"Les horloges (ou les fuseaux horaires) des ordinateurs peuvent différer{_S}: "
        "à rapprocher de l'heure de réception.",
        "Poll {number}: ballot {id} says it was cast at {cast_at} (the voter's computer "
        "clock), after the poll closed at {closed_at}. Computers' clocks (or time zones) "
        "may differ: compare with the time of reception.",
    ),
    "verify.ballots.cast_after_received": (
        f"Scrutin {{number}}{_S}: le bulletin n°{{id}} dit avoir été émis à {{cast_at}} "
        f"(horloge de l'ordinateur du votant), après sa réception à {{received_at}}. "
        "Les horloges (ou les fuseaux horaires) des ordinateurs peuvent différer.",
        "Poll {number}: ballot {id} says it was cast at {cast_at} (the voter's computer "
        "clock), after it was received at {received_at}. Computers' clocks (or time zones) "
        "may differ.",
    ),
}

_TALLY: dict[str, tuple[str, str]] = {
    "verify.polls.definition_ok": (
        f"Scrutin {{number}}{_S}: la question est celle de l'ordre du jour, sous la majorité "
        "des statuts.",
        "Poll {number}: the question is the agenda's, under the statutes' majority.",
    ),
    "verify.polls.hash_differs": (
        f"Scrutin {{number}}{_S}: la définition du scrutin ne donne pas l'empreinte que "
        "nomment ses bulletins.",
        "Poll {number}: the poll's definition does not give the fingerprint its ballots name.",
    ),
    "verify.polls.no_item": (
        f"Scrutin {{number}}{_S}: il ne porte sur aucun point de l'ordre du jour de cette réunion.",
        "Poll {number}: it concerns no item of this meeting's agenda.",
    ),
    "verify.polls.majority_differs": (
        f"Scrutin {{number}}{_S}: la majorité appliquée ({{recorded}}) n'est pas celle des "
        f"statuts de l'archive pour ce point ({{statutes}}).",
        "Poll {number}: the majority applied ({recorded}) is not the one the archive's "
        "statutes give for this item ({statutes}).",
    ),
    "verify.polls.majority_override": (
        f"Scrutin {{number}}{_S}: majorité fixée pour ce scrutin, et non par les statuts "
        f"({{source}}).",
        "Poll {number}: majority set for this poll, not by the statutes ({source}).",
    ),
    "verify.polls.definition_differs": (
        f"Scrutin {{number}}{_S}: «{_S}{{field}}{_S}» de la définition n'est pas ce que "
        "donnent l'ordre du jour, la réunion et les statuts de l'archive.",
        "Poll {number}: “{field}” of the definition is not what the archive's agenda, "
        "meeting and statutes give.",
    ),
    "verify.polls.not_closed": (
        f"Scrutin {{number}}{_S}: il n'a pas été clos, il n'a donc pas de résultat.",
        "Poll {number}: it was not closed, so it has no result.",
    ),
    "verify.tally.ok_adopted": (
        f"Scrutin {{number}}{_S}: recompté, même résultat qu'enregistré ({{total}} voix){_S}: "
        "adoptée.",
        "Poll {number}: counted again, the result recorded ({total} vote(s)): adopted.",
    ),
    "verify.tally.ok_rejected": (
        f"Scrutin {{number}}{_S}: recompté, même résultat qu'enregistré ({{total}} voix){_S}: "
        "rejetée.",
        "Poll {number}: counted again, the result recorded ({total} vote(s)): rejected.",
    ),
    "verify.tally.ok_elected": (
        f"Scrutin {{number}}{_S}: recompté, même résultat qu'enregistré ({{total}} voix){_S}: "
        "élection.",
        "Poll {number}: counted again, the result recorded ({total} vote(s)): elected.",
    ),
    "verify.tally.ok_none_elected": (
        f"Scrutin {{number}}{_S}: recompté, même résultat qu'enregistré ({{total}} voix){_S}: "
        "personne n'est élu.",
        "Poll {number}: counted again, the result recorded ({total} vote(s)): nobody elected.",
    ),
    "verify.tally.ok_no_decision": (
        f"Scrutin {{number}}{_S}: recompté, même résultat qu'enregistré ({{total}} voix){_S}: "
        "pas de décision.",
        "Poll {number}: counted again, the result recorded ({total} vote(s)): no decision.",
    ),
    "verify.tally.not_recorded": (
        f"Scrutin {{number}}{_S}: clos sans résultat enregistré.",
        "Poll {number}: closed without a recorded result.",
    ),
    "verify.tally.votes_differ": (
        f"Scrutin {{number}}{_S}: {{recorded}} voix enregistrée(s) pour «{_S}{{choice}}{_S}», "
        "mais {computed} au recomptage des bulletins.",
        "Poll {number}: {recorded} vote(s) recorded for “{choice}”, but {computed} when the "
        "ballots are counted again.",
    ),
    "verify.tally.adoption_differs": (
        f"Scrutin {{number}}{_S}: enregistrée comme adoptée{_S}: {{recorded}}{_S}; au "
        f"recomptage{_S}: {{computed}}.",
        "Poll {number}: recorded as adopted: {recorded}; counted again: {computed}.",
    ),
    "verify.tally.field_differs": (
        f"Scrutin {{number}}{_S}: «{_S}{{field}}{_S}» du résultat enregistré ({{recorded}}) "
        "n'est pas celui du recomptage ({computed}).",
        "Poll {number}: “{field}” of the recorded result ({recorded}) is not the recount's "
        "({computed}).",
    ),
    "verify.tally.hand_count_ok": (
        f"Scrutin {{number}}{_S}: le décompte à main levée ({{total}} voix, par "
        "{scrutineers}) porte la signature de l'organisation.",
        "Poll {number}: the hand count ({total} vote(s), by {scrutineers}) carries the "
        "organisation's signature.",
    ),
    "verify.tally.hand_count_signature": (
        f"Scrutin {{number}}{_S}: la signature de l'organisation sur le décompte à main levée "
        "manque ou ne correspond pas (totaux modifiés après la clôture).",
        "Poll {number}: the organisation's signature over the hand count is missing or does "
        "not match (totals changed after closing).",
    ),
}

_QUORUM: dict[str, tuple[str, str]] = {
    "verify.quorum.ok_met": (
        f"Quorum du {{at}}{_S}: {{participants}} participant(s) sur {{base}}, {{required}} "
        "requis — atteint, comme enregistré.",
        "Quorum at {at}: {participants} participant(s) of {base}, {required} required — met, "
        "as recorded.",
    ),
    "verify.quorum.ok_not_met": (
        f"Quorum du {{at}}{_S}: {{participants}} participant(s) sur {{base}}, {{required}} "
        "requis — non atteint, comme enregistré.",
        "Quorum at {at}: {participants} participant(s) of {base}, {required} required — not "
        "met, as recorded.",
    ),
    "verify.quorum.differs": (
        f"Quorum du {{at}}{_S}: «{_S}{{field}}{_S}» enregistré ({{recorded}}) n'est pas celui "
        "que donne la feuille de présence ({computed}).",
        "Quorum at {at}: “{field}” as recorded ({recorded}) is not what the attendance sheet "
        "gives ({computed}).",
    ),
    "verify.quorum.poll_link": (
        f"Scrutin {{number}}{_S}: le quorum n°{{record}} qu'il nomme n'a pas été enregistré "
        "à l'ouverture de son point.",
        "Poll {number}: the quorum no. {record} it names was not recorded at the opening of "
        "its item.",
    ),
    "verify.quorum.none_recorded": (
        "Aucun quorum n'a été enregistré (aucune séance ouverte).",
        "No quorum was recorded (no session was opened).",
    ),
}


MESSAGES: dict[str, tuple[str, str]] = {
    **OUTPUT_MESSAGES, **_CERTIFICATES, **_DATA, **_BALLOTS, **_TALLY, **_QUORUM,
    **RECORD_MESSAGES,
}
