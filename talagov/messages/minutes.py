# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the minutes (procès-verbal), their signatures and the registers."""

from __future__ import annotations

_NB = "\u00a0"

MESSAGES: dict[str, tuple[str, str]] = {
    "minutes.bad_text": (
        "Ce texte n'est pas un texte mis en forme que TalaGov sait lire.",
        "This is not formatted text that TalaGov can read.",
    ),
    "minutes.bad_content": (
        "Le contenu de ce procès-verbal est illisible ou d'un format inconnu.",
        "The content of these minutes is unreadable or of an unknown format.",
    ),
    "minutes.too_long": (
        "Le procès-verbal dépasse les limites (trop de lignes ou un champ trop long).",
        "The minutes exceed the limits (too many lines or a field too long).",
    ),
    "minutes.decision_without_action": (
        f"La décision n°{{number}} n'a pas d'action à mener{_NB}: écrivez-la ou supprimez la ligne.",
        "Decision {number} has no action: write it or remove the line.",
    ),
    "minutes.not_found": (
        "Procès-verbal introuvable (n°{id}).",
        "Minutes not found (id {id}).",
    ),
    "minutes.meeting_not_closed": (
        f"La réunion «{_NB}{{title}}{_NB}» n'est pas close{_NB}: son procès-verbal sera rédigé "
        "à la clôture.",
        "The meeting “{title}” is not closed: its minutes are drafted when it closes.",
    ),
    "minutes.not_draft": (
        f"Ce procès-verbal n'est plus un projet{_NB}: il ne peut plus être modifié. Une "
        "correction se fait par un erratum signé.",
        "These minutes are no longer a draft: they cannot be changed. A correction is made "
        "by a signed erratum.",
    ),
    "minutes.signatory_not_candidate": (
        "Ce membre (n°{id}) n'a pas participé à la réunion ni à son bureau{_NB}: il ne peut pas "
        "signer le procès-verbal.".replace("{_NB}", _NB),
        "This member (id {id}) took no part in the meeting or its bureau: they cannot sign "
        "the minutes.",
    ),
    "minutes.bad_language": (
        f"Langue inconnue{_NB}: «{_NB}{{lang}}{_NB}» (fr ou en).",
        "Unknown language: “{lang}” (fr or en).",
    ),
    "minutes.corrected_not_signed": (
        "Seul un procès-verbal signé et inscrit au registre peut recevoir un erratum.",
        "Only signed minutes entered in the register can receive an erratum.",
    ),
    "minutes.no_signatory": (
        "Choisissez au moins un signataire avant de soumettre le procès-verbal.",
        "Choose at least one signatory before submitting the minutes.",
    ),
    "minutes.missing_chair": (
        f"Le président de séance doit signer le procès-verbal{_NB}: ajoutez-le aux signataires.",
        "The chair of the meeting must sign the minutes: add them to the signatories.",
    ),
    "minutes.missing_secretary": (
        f"Les statuts veulent la signature du secrétaire de séance{_NB}: ajoutez-le aux "
        "signataires (il doit être membre et avoir une clé TalaGov).",
        "The statutes require the secretary's signature: add them to the signatories (they "
        "must be a member with a TalaGov key).",
    ),
    "minutes.missing_scrutineer": (
        f"Les statuts veulent la signature des scrutateurs{_NB}: il en manque {{count}}.",
        "The statutes require the scrutineers' signatures: {count} missing.",
    ),
    "minutes.missing_gerant": (
        f"Les statuts veulent la signature des gérants{_NB}: il en manque {{count}}.",
        "The statutes require the gérants' signatures: {count} missing.",
    ),
    "minutes.missing_administrator": (
        f"Le procès-verbal du conseil est signé par le président de séance et au moins "
        f"{{count}} administrateur(s) (R225-23){_NB}: ajoutez-en aux signataires.",
        "Board minutes are signed by the chair and at least {count} director(s) (R225-23): "
        "add them to the signatories.",
    ),
    "minutes.signatory_without_key": (
        f"{{name}} n'a pas de certificat valide{_NB}: créez-lui une clé (Paramètres, Clés) "
        "avant de soumettre.",
        "{name} has no valid certificate: create a key for them (Settings, Keys) before "
        "submitting.",
    ),
    "minutes.erratum_empty": (
        "Écrivez la correction avant de soumettre l'erratum.",
        "Write the correction before submitting the erratum.",
    ),
    "minutes.not_submitted": (
        "Ce procès-verbal n'est pas soumis à signature.",
        "These minutes are not submitted for signature.",
    ),
    "minutes.already_signed_by": (
        f"{{count}} signataire(s) ont déjà signé{_NB}: le texte qu'ils ont signé ne peut plus "
        "changer.",
        "{count} signatory(ies) have already signed: the text they signed cannot change.",
    ),
    "minutes.not_signatory": (
        "Ce membre (n°{id}) n'est pas signataire de ce procès-verbal.",
        "This member (id {id}) is not a signatory of these minutes.",
    ),
    "minutes.already_signed": (
        "{name} a déjà signé ce procès-verbal.",
        "{name} has already signed these minutes.",
    ),
    "minutes.org_key_needed": (
        f"C'est la dernière signature{_NB}: la phrase secrète de l'organisation est aussi "
        "demandée pour inscrire le procès-verbal au registre.",
        "This is the last signature: the organisation's passphrase is also needed to enter "
        "the minutes in the register.",
    ),
    "minutes.certificate_changed": (
        f"Le certificat de {{name}} a changé depuis la soumission{_NB}: le procès-verbal nomme "
        "l'ancien. S'il n'a encore aucune signature, remettez-le en projet et soumettez-le à "
        "nouveau.",
        "{name}'s certificate changed since submission: the minutes name the old one. If "
        "nobody has signed yet, take it back to draft and submit it again.",
    ),
    "minutes.changed_since_submission": (
        "Ce procès-verbal a été modifié depuis sa soumission (son contenu figé, ses "
        f"signataires ou son PDF ne correspondent plus){_NB}: il ne peut pas être signé. S'il "
        "n'a encore aucune signature, remettez-le en projet et soumettez-le à nouveau.",
        "These minutes were changed since submission (their frozen content, signatories or "
        "PDF no longer match): they cannot be signed. If nobody has signed yet, take them "
        "back to draft and submit them again.",
    ),
    "minutes.not_signed": (
        "Ce procès-verbal n'est pas encore signé.",
        "These minutes are not signed yet.",
    ),
    "minutes.already_timestamped": (
        "Ce procès-verbal porte déjà un horodatage RFC 3161.",
        "These minutes already carry an RFC 3161 time-stamp.",
    ),
    "minutes.no_tsa": (
        f"Aucune autorité d'horodatage n'est configurée (Paramètres, Clés){_NB}: indiquez son "
        "adresse pour horodater.",
        "No time-stamping authority is configured (Settings, Keys): enter its address to "
        "time-stamp.",
    ),
    # PAdES signatures and time-stamps (core/pades.py, services/timestamping.py)
    "minutes.key_mismatch": (
        f"Cette clé n'est pas celle du certificat du signataire{_NB}: le PDF n'a pas été signé.",
        "This key is not the one of the signatory's certificate: the PDF was not signed.",
    ),
    "minutes.foreign_certificate": (
        f"Ce certificat n'a pas été délivré par l'organisation{_NB}: le PDF n'a pas été signé.",
        "This certificate was not issued by the organisation: the PDF was not signed.",
    ),
    "minutes.bad_pdf": (
        "Ce PDF ne peut être ni lu ni signé ({detail}).",
        "This PDF can be neither read nor signed ({detail}).",
    ),
    "minutes.tsa_unreachable": (
        f"L'autorité d'horodatage ne répond pas ({{detail}}){_NB}: vérifiez la connexion et "
        "son adresse, puis réessayez.",
        "The time-stamping authority does not answer ({detail}): check the connection and "
        "its address, then try again.",
    ),
    "minutes.tsa_refused": (
        "L'autorité d'horodatage a refusé de délivrer un horodatage ({detail}).",
        "The time-stamping authority refused to issue a time-stamp ({detail}).",
    ),
    "settings.bad_tsa_url": (
        f"«{_NB}{{url}}{_NB}» n'est pas une adresse d'autorité d'horodatage{_NB}: il faut une "
        "adresse http:// ou https:// complète, sans espace ni identifiant, de 500 caractères "
        "au plus.",
        "“{url}” is not a time-stamping authority address: it must be a full http:// or "
        "https:// address, without spaces or credentials, at most 500 characters long.",
    ),
    # The command line (cli/minutes_commands.py)
    "register.chain_ok": (
        "chaîne intacte, {count} entrée(s)",
        "chain intact, {count} entry(ies)",
    ),
    "register.break.altered": (
        "l'entrée n°{number} a été modifiée (son contenu ne donne plus son empreinte)",
        "entry {number} was altered (its bytes no longer give its hash)",
    ),
    "register.break.signature": (
        "la signature de l'organisation sur l'entrée n°{number} n'est pas valide",
        "the organisation's signature on entry {number} does not verify",
    ),
    "register.break.misnumbered": (
        "une entrée manque ou a été déplacée{_NB}: n°{number} trouvée, n°{expected} attendue"
        .replace("{_NB}", _NB),
        "an entry is missing or was moved: number {number} found, {expected} expected",
    ),
    "register.break.chain": (
        "l'entrée n°{number} ne suit pas la précédente (empreinte de chaînage différente)",
        "entry {number} does not follow the previous one (chaining hash differs)",
    ),
    "register.break.misfiled": (
        "l'entrée n°{number} appartient à un autre registre ou porte un autre numéro",
        "entry {number} belongs to another register or carries another number",
    ),
    "register.break.missing": (
        "un procès-verbal signé n'a pas d'entrée au registre (une entrée a été supprimée)",
        "a signed minutes has no register entry (an entry was removed)",
    ),
    "register.break.content": (
        "le procès-verbal ou le PDF de l'entrée n°{number} ne correspond plus à l'entrée",
        "the minutes or PDF of entry {number} no longer match the entry",
    ),
    "register.break.signatory": (
        "une signature du procès-verbal n°{number} (sur son contenu ou dans son PDF) n'est "
        "pas valide",
        "a signature of minutes {number} (over its content or in its PDF) does not verify",
    ),
    "minutes_cli.last_entry": (
        f"dernière entrée{_NB}: n°{{number}}, empreinte {{hash}}",
        "last entry: number {number}, hash {hash}",
    ),
    "minutes_cli.organisation": (
        f"Vérifié avec la clé de l'organisation {{fingerprint}}{_NB}: comparez-la à "
        "l'empreinte imprimée sur les procès-verbaux, et la dernière entrée de chaque "
        "registre à un registre imprimé auparavant. Une base réécrite sous une autre clé, ou "
        "dont les dernières entrées ont été retirées avec leurs procès-verbaux, ne se voit "
        "qu'ainsi.",
        "Checked with the organisation key {fingerprint}: compare it with the fingerprint "
        "printed on the minutes, and each register's last entry with a register printed "
        "earlier. A file rewritten under another key, or whose newest entries were removed "
        "with their minutes, shows only that way.",
    ),
    "minutes_cli.no_register": (
        "Aucune délibération n'est encore inscrite au registre.",
        "No deliberation is entered in a register yet.",
    ),
    "minutes_cli.none": (
        "La réunion n°{meeting} n'a pas ce procès-verbal.",
        "Meeting {meeting} has no such minutes.",
    ),
    "minutes_cli.status.draft": ("Projet.", "Draft."),
    "minutes_cli.status.submitted": ("Soumis à signature.", "Submitted for signature."),
    "minutes_cli.status.signed": (
        "Signé, inscrit au registre sous le n°{number}.",
        "Signed, entered in the register as number {number}.",
    ),
    "minutes_cli.submitted": (
        "Procès-verbal figé et soumis à signature.",
        "Minutes frozen and submitted for signature.",
    ),
    "minutes_cli.prompt_signatory": (
        f"Phrase secrète du signataire{_NB}: ",
        "Signatory's passphrase: ",
    ),
    "minutes_cli.signed": ("Signature enregistrée.", "Signature recorded."),
    "minutes_cli.entered": (
        "Dernière signature{_NB}: procès-verbal inscrit au registre sous le n°{number}.".replace(
            "{_NB}", _NB),
        "Last signature: minutes entered in the register as number {number}.",
    ),
    "minutes_cli.no_timestamp.no_tsa": (
        f"Aucune autorité d'horodatage n'est configurée{_NB}: l'heure locale a été enregistrée, "
        "sans horodatage RFC 3161.",
        "No time-stamping authority is configured: the local time was recorded, without a "
        "RFC 3161 time-stamp.",
    ),
    "minutes_cli.no_timestamp.failed": (
        f"Aucun horodatage n'a été obtenu ({{detail}}){_NB}: l'heure locale a été enregistrée. "
        "Ajoutez-le plus tard.",
        "No time-stamp was obtained ({detail}): the local time was recorded. Add it later.",
    ),
    "minutes_cli.timestamped": (
        "Horodatage RFC 3161 ajouté au procès-verbal signé.",
        "RFC 3161 time-stamp added to the signed minutes.",
    ),
    "minutes_cli.no_tsa_set": (
        "Aucune autorité d'horodatage n'est configurée.",
        "No time-stamping authority is configured.",
    ),
}
