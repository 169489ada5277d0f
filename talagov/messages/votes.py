# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of ballots' verdicts and of the tally's explanation (core: ballots, ballot_check, tally)."""

from __future__ import annotations

_S = "\u00a0"  # no-break space before French : ; ! ? and inside « »

MESSAGES: dict[str, tuple[str, str]] = {
    # What became of a poll's signed ballots, as the results document and the minutes
    # word it (reports.vote_texts, services.minutes_votes) and as the verifier reads it
    # back from signed minutes (verifier.check_minutes_votes): kept byte for byte, since
    # minutes already signed hold these very sentences.
    "ballot.summary": (
        f"Bulletins signés reçus{_S}: {{received}}{_S}; comptés{_S}: {{counted}}{_S}; "
        f"remplacés par un vote ultérieur{_S}: {{superseded}}{_S}; écartés au profit d'un "
        f"autre canal{_S}: {{overridden}}{_S}; rejetés{_S}: {{rejected}}.",
        "Signed ballots received: {received}; counted: {counted}; replaced by a later vote: "
        "{superseded}; set aside for another channel: {overridden}; rejected: {rejected}.",
    ),
    "ballot.summary.rejected": ("Bulletins rejetés — {reasons}.", "Ballots rejected — {reasons}."),
    "ballot.summary.reason": (f"{{reason}}{_S}: {{count}}", "{reason}: {count}"),
    # The reasons of that summary, short (core.ballot_check.RejectReason)
    "ballot.reason.bad_signature": ("signature invalide", "invalid signature"),
    "ballot.reason.bad_certificate": ("certificat non délivré par l'organisation",
                                      "certificate not issued by the organisation"),
    "ballot.reason.certificate_expired": ("certificat expiré ou pas encore valable",
                                          "certificate expired or not yet valid"),
    "ballot.reason.certificate_revoked": ("certificat révoqué", "certificate revoked"),
    "ballot.reason.signer_not_voter": ("signataire autre que le votant",
                                       "signer is not the voter"),
    "ballot.reason.no_voting_right": ("pas de droit de vote", "no voting right"),
    "ballot.reason.no_proxy": ("aucun pouvoir du mandant", "no proxy from the principal"),
    "ballot.reason.proxy_void": ("pouvoir non valable", "proxy not valid"),
    "ballot.reason.poll_not_open": ("reçu hors de l'ouverture du scrutin",
                                    "received while the poll was not open"),
    "ballot.reason.wrong_definition": ("autre définition du scrutin", "another poll definition"),
    "ballot.reason.wrong_organisation": ("autre organisation", "another organisation"),
    "ballot.reason.invalid_choice": ("choix non valable", "invalid choice"),
    "ballot.reason.duplicate": ("bulletin reçu deux fois", "ballot received twice"),
    # Why a ballot is set aside (core.ballot_check.RejectReason)
    "ballot.rejected.bad_signature": (
        f"Bulletin écarté{_S}: la signature ne correspond pas au contenu du bulletin "
        "(il a été modifié après avoir été signé, ou abîmé).",
        "Ballot set aside: the signature does not match the ballot's content "
        "(it was changed after being signed, or damaged).",
    ),
    "ballot.rejected.bad_certificate": (
        f"Bulletin écarté{_S}: le certificat qui l'a signé n'a pas été délivré par "
        "l'organisation, ou il est illisible.",
        "Ballot set aside: the certificate that signed it was not issued by the "
        "organisation, or it cannot be read.",
    ),
    "ballot.rejected.certificate_expired": (
        f"Bulletin écarté{_S}: le certificat du votant n'était pas valable au moment où "
        "le bulletin a été reçu (expiré ou pas encore valable).",
        "Ballot set aside: the voter's certificate was not valid when the ballot was "
        "received (expired or not yet valid).",
    ),
    "ballot.rejected.certificate_revoked": (
        f"Bulletin écarté{_S}: le certificat du votant a été révoqué.",
        "Ballot set aside: the voter's certificate has been revoked.",
    ),
    "ballot.rejected.signer_not_voter": (
        f"Bulletin écarté{_S}: il a été signé avec le certificat d'un autre associé que "
        "le votant qu'il désigne.",
        "Ballot set aside: it was signed with the certificate of another member than "
        "the voter it names.",
    ),
    "ballot.rejected.no_voting_right": (
        f"Bulletin écarté{_S}: le votant, ou l'associé pour qui il vote, n'a pas de droit "
        "de vote dans ce scrutin.",
        "Ballot set aside: the voter, or the member they vote for, has no vote in this poll.",
    ),
    "ballot.rejected.no_proxy": (
        f"Bulletin écarté{_S}: le votant ne détient pas de pouvoir de l'associé pour qui "
        "il vote.",
        "Ballot set aside: the voter holds no proxy from the member they vote for.",
    ),
    "ballot.rejected.proxy_void": (
        f"Bulletin écarté{_S}: le pouvoir de l'associé pour qui il vote a été refusé "
        "(il n'est pas valable).",
        "Ballot set aside: the proxy of the member they vote for was refused (it is not valid).",
    ),
    "ballot.rejected.poll_not_open": (
        f"Bulletin écarté{_S}: il a été reçu alors que le scrutin n'était pas ouvert.",
        "Ballot set aside: it was received while the poll was not open.",
    ),
    "ballot.rejected.wrong_definition": (
        f"Bulletin écarté{_S}: il porte sur une autre question, une autre version de la "
        "question ou une autre réunion que ce scrutin.",
        "Ballot set aside: it concerns another question, another version of the question "
        "or another meeting than this poll.",
    ),
    "ballot.rejected.wrong_organisation": (
        f"Bulletin écarté{_S}: il a été émis pour une autre organisation.",
        "Ballot set aside: it was issued for another organisation.",
    ),
    "ballot.rejected.invalid_choice": (
        f"Bulletin écarté{_S}: les choix exprimés ne sont pas valables pour ce scrutin "
        "(choix inconnu, en double, trop de noms, ou blanc avec un nom).",
        "Ballot set aside: its choices are not valid for this poll (unknown choice, "
        "repeated, too many names, or blank together with a name).",
    ),
    "ballot.rejected.duplicate": (
        f"Bulletin écarté{_S}: ce même bulletin a déjà été reçu une fois{_S}; il n'est "
        "compté qu'une fois.",
        "Ballot set aside: this very ballot was already received; it is counted once only.",
    ),
    # What became of a ballot (core.ballot_check.Verdict)
    "ballot.verdict.counted": ("Compté", "Counted"),
    "ballot.verdict.superseded": (
        "Remplacé par un vote plus récent du même votant",
        "Replaced by a later vote of the same voter",
    ),
    "ballot.verdict.overridden": (
        f"Non compté{_S}: un autre vote compte pour cet associé",
        "Not counted: another vote counts for this member",
    ),
    "ballot.verdict.rejected": ("Écarté", "Set aside"),
    # The tally's explanation (core.tally, tally_colleges, tally_elections)
    "tally.quorum_not_met": (
        f"Le quorum n'était pas atteint à l'ouverture du scrutin ({{participants}} "
        f"participants){_S}: l'assemblée ne pouvait pas délibérer valablement, le vote ne "
        "décide rien.",
        "The quorum was not met when the poll opened ({participants} participants): the "
        "meeting could not validly deliberate, the vote decides nothing.",
    ),
    "tally.counts": (
        "{for} voix pour, {against} contre, {abstain} abstention(s) ({total} votes comptés).",
        "{for} for, {against} against, {abstain} abstention(s) ({total} votes counted).",
    ),
    "tally.base_cast": (
        f"Base de la majorité{_S}: les voix exprimées (pour et contre), soit {{base}}{_S}; "
        "les abstentions et les votes blancs n'y comptent pas.",
        "Majority base: the votes cast (for and against), that is {base}; abstentions "
        "and blank votes do not count in it.",
    ),
    "tally.base_present": (
        f"Base de la majorité{_S}: les participants présents, représentés ou votant par "
        f"correspondance, soit {{base}}{_S}; une abstention compte comme un vote contre.",
        "Majority base: the participants present, represented or voting by post, that is "
        "{base}; an abstention works as a vote against.",
    ),
    "tally.base_total": (
        f"Base de la majorité{_S}: tous les associés ayant le droit de vote, soit {{base}}{_S}; "
        "une absence ou une abstention compte comme un vote contre.",
        "Majority base: every member with a vote, that is {base}; an absence or an "
        "abstention works as a vote against.",
    ),
    "tally.election_base_cast": (
        f"Base de la majorité{_S}: les bulletins qui désignent au moins un candidat, soit "
        f"{{base}}{_S}; un bulletin qui en désigne plusieurs compte une fois, les bulletins "
        "blancs ne comptent pas.",
        "Majority base: the ballots naming at least one candidate, that is {base}; a "
        "ballot naming several counts once, blank ballots do not count.",
    ),
    "tally.base_below_ballots": (
        "La base enregistrée ({base}) est inférieure au nombre de votes comptés ({ballots})"
        f"{_S}: le nombre de votes est pris comme base. Vérifiez les participants et les "
        "votants enregistrés.",
        "The recorded base ({base}) is below the number of votes counted ({ballots}): the "
        "number of votes is used as the base. Check the recorded participants and voters.",
    ),
    "tally.college_base_below_ballots": (
        f"{{name}}{_S}: la base enregistrée ({{base}}) est inférieure au nombre de "
        f"votes comptés ({{ballots}}){_S}; le nombre de votes est pris comme base.",
        "{name}: the recorded base ({base}) is below the number of votes counted "
        "({ballots}); the number of votes is used as the base.",
    ),
    "tally.required_more_than": (
        "Il faut plus de {ratio} de {base}, soit au moins {required} voix pour.",
        "More than {ratio} of {base} is needed, that is at least {required} votes for.",
    ),
    "tally.required_at_least": (
        "Il faut au moins {ratio} de {base}, soit au moins {required} voix pour.",
        "At least {ratio} of {base} is needed, that is at least {required} votes for.",
    ),
    "tally.required_unanimity": (
        f"Il faut l'unanimité{_S}: {{required}} voix pour sur {{base}}.",
        "Unanimity is needed: {required} votes for out of {base}.",
    ),
    "tally.required_relative": (
        "Majorité relative (base {base})\u00a0: il suffit d'avoir obtenu des voix, les "
        "mieux placés sont élus.",
        "Relative majority (base {base}): any vote will do, the best placed are elected.",
    ),
    "tally.no_votes": (
        f"Aucune voix dans la base de la majorité{_S}: la résolution n'est pas adoptée.",
        "No vote in the majority base: the resolution is not adopted.",
    ),
    "tally.adopted": (
        f"{{for}} voix pour, il en fallait {{required}}{_S}: la résolution est adoptée.",
        "{for} votes for, {required} were needed: the resolution is adopted.",
    ),
    "tally.rejected": (
        f"{{for}} voix pour, il en fallait {{required}}{_S}: la résolution est rejetée.",
        "{for} votes for, {required} were needed: the resolution is rejected.",
    ),
    "tally.tie_rejected": (
        f"Partage égal des voix ({{for}} pour, {{against}} contre){_S}: la majorité n'est pas "
        "atteinte et la résolution est rejetée. Il n'y a pas de voix prépondérante en "
        "assemblée.",
        "Equal split ({for} for, {against} against): the majority is not reached and the "
        "resolution is rejected. There is no casting vote in a general assembly.",
    ),
    "tally.casting_vote": (
        f"Partage égal des voix ({{for}} pour, {{against}} contre){_S}: la voix du président "
        "de séance est prépondérante.",
        "Equal split ({for} for, {against} against): the chair of the meeting has the "
        "casting vote.",
    ),
    "tally.casting_adopted": (
        f"Le président a voté pour{_S}: la délibération est adoptée.",
        "The chair voted for: the decision is adopted.",
    ),
    "tally.casting_rejected": (
        f"Le président a voté contre{_S}: la délibération est rejetée.",
        "The chair voted against: the decision is rejected.",
    ),
    "tally.casting_vote_unknown": (
        f"Partage égal des voix ({{for}} pour, {{against}} contre){_S}: le vote du président "
        "n'est pas connu (il n'a pas voté pour ou contre par un bulletin compté), sa voix "
        "ne peut pas départager et la délibération est rejetée.",
        "Equal split ({for} for, {against} against): the chair's vote is not known (no "
        "counted ballot for or against), so it cannot settle the tie and the decision is "
        "rejected.",
    ),
    "tally.casting_vote_no_split": (
        "Autant de voix pour que contre ({for}), mais les abstentions comptent dans la base"
        f"{_S}: il n'y a pas de partage égal et la voix du président ne départage pas.",
        "As many votes for as against ({for}), but abstentions count in the base: there "
        "is no equal split and the chair's vote does not settle it.",
    ),
    "tally.casting_vote_qualified": (
        f"Partage égal des voix ({{for}} pour, {{against}} contre){_S}: la voix du président "
        "ne départage que sous la majorité simple, pas sous une majorité renforcée.",
        "Equal split ({for} for, {against} against): the chair's casting vote only settles "
        "a simple majority, not a qualified one.",
    ),
    "tally.hand_count": (
        "{total} votes comptés à main levée par les scrutateurs ({scrutineers}).",
        "{total} votes counted by show of hands by the scrutineers ({scrutineers}).",
    ),
    "tally.hand_count_exceeds": (
        "Le décompte à main levée ({total}) dépasse le nombre de participants qui ne sont "
        f"pas déjà comptés ({{available}}{_S}: {{participants}} participants, {{counted}} déjà "
        "comptés). Le décompte doit être corrigé.",
        "The show-of-hands count ({total}) exceeds the participants not already counted "
        "({available}: {participants} participants, {counted} already counted). The count "
        "must be corrected.",
    ),
    "tally.hand_count_ballots_estimated": (
        "Le décompte à main levée ne dit pas combien de votants ont désigné plusieurs "
        f"candidats{_S}: {{ballots}} bulletins au moins ont été retenus.",
        "The show-of-hands count does not say how many voters named several candidates: "
        "at least {ballots} ballots were assumed.",
    ),
    "tally.unknown_college": (
        f"{{votes}} votes de membres sans collège connu («{_S}{{college}}{_S}») sont comptés "
        "dans les totaux mais pas dans la pondération des collèges.",
        "{votes} votes of members without a known college (“{college}”) are counted in "
        "the totals but not in the college weighting.",
    ),
    "tally.unknown_choice": (
        f"{{votes}} votes pour un choix inconnu de ce scrutin («{_S}{{choice}}{_S}») ne sont "
        "pas comptés.",
        "{votes} votes for a choice this poll does not have (“{choice}”) are not counted.",
    ),
    "tally.secret": (
        "Scrutin secret\u00a0: seuls les totaux sont affichés. Dans cette version, la base "
        "de données du secrétariat permet encore de relier un votant à son choix.",
        "Secret poll: only the totals are shown. In this version, the secretary's "
        "database can still link a voter to their choice.",
    ),
    # Colleges (tally_colleges)
    "tally.college": (
        "{name}\u00a0: {for} pour, {against} contre, {abstain} abstention(s), base "
        "{base}\u00a0; part des voix pour {share_num}/{share_den} ({share_bp}), poids "
        "{weight_num}/{weight_den} ({weight_bp}).",
        "{name}: {for} for, {against} against, {abstain} abstention(s), base {base}; "
        "share of votes for {share_num}/{share_den} ({share_bp}), weight "
        "{weight_num}/{weight_den} ({weight_bp}).",
    ),
    "tally.college_empty_redistributed": (
        f"{{name}}{_S}: personne n'a voté{_S}; son poids est réparti entre les autres "
        "collèges au prorata de leur poids.",
        "{name}: nobody voted; its weight is shared among the other colleges in "
        "proportion to their weights.",
    ),
    "tally.college_empty_rejection": (
        f"{{name}}{_S}: personne n'a voté{_S}; il garde son poids et compte comme un "
        "rejet (part des voix pour nulle).",
        "{name}: nobody voted; it keeps its weight and counts as a rejection "
        "(no share of votes for).",
    ),
    "tally.all_colleges_empty": (
        f"Aucun collège n'a de votes{_S}: la résolution n'est pas adoptée.",
        "No college has any vote: the resolution is not adopted.",
    ),
    "tally.weighted_more_than": (
        "Résultat pondéré R = {weighted_num}/{weighted_den} ({weighted_bp})\u00a0; il faut "
        "plus de {ratio}.",
        "Weighted result R = {weighted_num}/{weighted_den} ({weighted_bp}); more than "
        "{ratio} is needed.",
    ),
    "tally.weighted_at_least": (
        "Résultat pondéré R = {weighted_num}/{weighted_den} ({weighted_bp})\u00a0; il faut "
        "au moins {ratio}.",
        "Weighted result R = {weighted_num}/{weighted_den} ({weighted_bp}); at least "
        "{ratio} is needed.",
    ),
    "tally.weighted_adopted": (
        f"La majorité pondérée est atteinte{_S}: la résolution est adoptée.",
        "The weighted majority is reached: the resolution is adopted.",
    ),
    "tally.weighted_rejected": (
        f"La majorité pondérée n'est pas atteinte{_S}: la résolution est rejetée.",
        "The weighted majority is not reached: the resolution is rejected.",
    ),
    "tally.weighted_tie": (
        f"Partage égal des voix pondérées (R = {{weighted_num}}/{{weighted_den}}){_S}: la "
        "majorité n'est pas atteinte et la résolution est rejetée.",
        "Equal split of the weighted votes (R = {weighted_num}/{weighted_den}): the "
        "majority is not reached and the resolution is rejected.",
    ),
    # Elections (tally_elections)
    "tally.candidate": (
        f"{{name}}{_S}: {{votes}} voix.",
        "{name}: {votes} votes.",
    ),
    "tally.candidate_score": (
        f"{{name}}{_S}: {{votes}} voix, score pondéré {{score_num}}/{{score_den}} ({{score_bp}}).",
        "{name}: {votes} votes, weighted score {score_num}/{score_den} ({score_bp}).",
    ),
    "tally.blank_ballots": (
        "{blank} bulletins blancs.",
        "{blank} blank ballots.",
    ),
    "tally.elected": (
        "{name} est élu(e) avec {votes} voix.",
        "{name} is elected with {votes} votes.",
    ),
    "tally.election_tie": (
        f"Égalité pour le dernier siège entre {{candidates}}{_S}: aucun d'eux n'est élu et "
        f"{{seats}} siège(s) reste(nt) à pourvoir{_S}; l'assemblée doit les départager "
        "(nouveau tour, ou la règle de ses statuts).",
        "Tie for the last seat between {candidates}: none of them is elected and {seats} "
        "seat(s) remain to be filled; the assembly must settle it (another round, or the "
        "rule of its statutes).",
    ),
    "tally.seats_unfilled": (
        f"{{seats}} siège(s) reste(nt) à pourvoir{_S}: pas assez de candidats n'ont obtenu "
        "la majorité requise.",
        "{seats} seat(s) remain to be filled: not enough candidates obtained the required "
        "majority.",
    ),
}
