# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of polls, the booth, ballot import, hand counts and the tally command."""

from __future__ import annotations

_NB = "\u00a0"

MESSAGES: dict[str, tuple[str, str]] = {
    # Polls (services.polls)
    "poll.not_found": (
        "Scrutin introuvable (n°{id}).",
        "Poll not found (id {id}).",
    ),
    "poll.meeting_closed": (
        f"La réunion «{_NB}{{title}}{_NB}» est close{_NB}: ses scrutins ne changent plus.",
        "The meeting “{title}” is closed: its polls no longer change.",
    ),
    "poll.closed": (
        f"Le scrutin de la résolution {{number}} est clos{_NB}: rien ne peut plus y être changé.",
        "The poll of resolution {number} is closed: nothing about it can change any more.",
    ),
    "poll.already_open": (
        f"Le scrutin de la résolution {{number}} est déjà ouvert{_NB}: sa définition est figée.",
        "The poll of resolution {number} is already open: its definition is frozen.",
    ),
    "poll.not_open": (
        "Le scrutin de la résolution {number} n'est pas ouvert.",
        "The poll of resolution {number} is not open.",
    ),
    "poll.majority_invalid": (
        "Une majorité relative (sans seuil) ne s'applique qu'à une élection, "
        "pas à la résolution {number}.",
        "A relative majority (no threshold) applies only to an election, not to "
        "resolution {number}.",
    ),
    "poll.meeting_not_open": (
        f"La réunion «{_NB}{{title}}{_NB}» n'est ni convoquée ni en séance (état{_NB}: "
        f"{{status}}){_NB}: aucun scrutin ne peut s'ouvrir.",
        "The meeting “{title}” is neither convened nor in session (status: {status}): "
        "no poll can open.",
    ),
    "poll.meeting_not_in_session": (
        f"La séance de «{_NB}{{title}}{_NB}» n'est pas ouverte{_NB}: un scrutin se clôt en séance.",
        "The session of “{title}” is not open: a poll is closed during the session.",
    ),
    "poll.remote_voting_not_allowed": (
        f"Les statuts ne permettent ni le vote à distance ni le vote par correspondance{_NB}: "
        f"les scrutins de «{_NB}{{title}}{_NB}» s'ouvrent en séance.",
        "The statutes allow neither remote nor postal voting: the polls of “{title}” open "
        "during the session.",
    ),
    "poll.item_removed": (
        "Ce point n'est plus soumis au vote (scrutin n°{id}).",
        "This item is no longer put to the vote (poll {id}).",
    ),
    # Choices as a voter reads them (receipts, CLI)
    "poll.choice.for": ("Pour", "For"),
    "poll.choice.against": ("Contre", "Against"),
    "poll.choice.abstain": ("Abstention", "Abstain"),
    "poll.choice.blank": ("Vote blanc", "Blank vote"),
    # Booth and import (services.ballots)
    "ballot.unknown_poll": (
        "Ce bulletin désigne un scrutin inconnu de cette base (n°{poll}).",
        "This ballot names a poll this database does not know (id {poll}).",
    ),
    "ballot.key_mismatch": (
        "La clé déverrouillée ne correspond pas au certificat de ce sociétaire.",
        "The unlocked key does not match this member's certificate.",
    ),
    "ballot.nothing_to_cast": (
        "Aucun vote à enregistrer.",
        "No vote to record.",
    ),
    # Hand counts (services.hand_counts)
    "hand_count.unknown_college": (
        f"Collège inconnu pour ce scrutin{_NB}: {{college}}.",
        "Unknown college for this poll: {college}.",
    ),
    "hand_count.unknown_choice": (
        f"Choix inconnu pour ce scrutin{_NB}: {{choice}}.",
        "Unknown choice for this poll: {choice}.",
    ),
    "hand_count.negative": (
        f"Le nombre de voix doit être un entier positif ou nul ({{choice}}{_NB}: {{count}}).",
        "The number of votes must be a whole number, zero or more ({choice}: {count}).",
    ),
    "hand_count.scrutineer_required": (
        "Indiquez le nom d'au moins un scrutateur.",
        "Give the name of at least one scrutineer.",
    ),
    "hand_count.stale": (
        f"Le scrutin n°{{number}} ne peut pas être clos{_NB}: des bulletins signés sont arrivés "
        f"après le décompte à main levée, qui compte désormais {{total}} voix pour {{remaining}} "
        "participants restants. Corrigez le décompte à main levée, puis clôturez.",
        "Poll {number} cannot be closed: signed ballots arrived after the hand count, which "
        "now counts {total} votes for {remaining} remaining participants. Correct the hand "
        "count, then close.",
    ),
    "hand_count.exceeds": (
        "Le décompte à main levée ({total}) dépasse les participants qui n'ont pas déjà "
        f"voté autrement ({{remaining}}{_NB}: {{participants}} participants, dont {{counted}} "
        "déjà comptés).",
        "The hand count ({total}) exceeds the participants who have not already voted "
        "otherwise ({remaining}: {participants} participants, {counted} already counted).",
    ),
    "hand_count.exceeds_college": (
        f"{{college}}{_NB}: le décompte à main levée ({{total}}) dépasse les participants "
        "restants de ce collège ({remaining}).",
        "{college}: the hand count ({total}) exceeds the college's remaining participants "
        "({remaining}).",
    ),
    "hand_count.stale_college": (
        f"Le scrutin n°{{number}} ne peut pas être clos{_NB}: des bulletins signés sont arrivés "
        f"après le décompte à main levée{_NB}; pour «{_NB}{{college}}{_NB}», il compte désormais "
        "{total} voix pour {remaining} participants restants. Corrigez le décompte à main "
        "levée, puis clôturez.",
        "Poll {number} cannot be closed: signed ballots arrived after the hand count; for "
        "“{college}”, it now counts {total} votes for {remaining} remaining participants. "
        "Correct the hand count, then close.",
    ),
    # Command line (cli.vote_commands)
    "vote_cli.prompt_member": (
        "Votre phrase secrète de sociétaire\u00a0: ",
        "Your member passphrase: ",
    ),
    "vote_cli.out_required": (
        "Indiquez le dossier où écrire les bulletins (--out DOSSIER).",
        "Give the folder to write the ballots to (--out DIR).",
    ),
    "vote_cli.no_poll_number": (
        "Aucun scrutin n°{number} dans cette réunion.",
        "No poll number {number} in this meeting.",
    ),
    "vote_cli.bad_choice": (
        f"Choix illisible{_NB}: «{_NB}{{text}}{_NB}» (attendu SCRUTIN:MANDANT=CHOIX[,CHOIX]).",
        "Unreadable choice: “{text}” (expected POLL:PRINCIPAL=CHOICE[,CHOICE]).",
    ),
    "vote_cli.still_open": (
        "Scrutin ouvert : {received} bulletin(s) reçu(s) ; le résultat est donné à la clôture.",
        "Poll open: {received} ballot(s) received; the result is given when it closes.",
    ),
    "vote_cli.none": (
        "Aucun scrutin.",
        "No poll.",
    ),
    "vote_cli.outcome": (
        f"{{file}}{_NB}: {{status}} (résolution {{number}})",
        "{file}: {status} (resolution {number})",
    ),
    "vote_cli.refused": (
        f"{{file}}{_NB}: refusé — {{reason}}",
        "{file}: refused — {reason}",
    ),
    "vote_cli.written": (
        f"Bulletin écrit{_NB}: {{path}} (empreinte {{readable}})",
        "Ballot written: {path} (fingerprint {readable})",
    ),
    "vote_cli.opened": ("Scrutin n°{number} ouvert.", "Poll {number} opened."),
    "vote_cli.closed": ("Scrutin n°{number} clos.", "Poll {number} closed."),
    "vote_cli.prepared": ("Scrutins préparés.", "Polls prepared."),
    # Closing reads the shared folder first (services.sync_close)
    "vote_cli.folder_read": (
        f"Dossier partagé lu avant la clôture{_NB}: {{ballots}} bulletin(s) importé(s), "
        "{set_aside} fichier(s) mis de côté.",
        "Shared folder read before closing: {ballots} ballot(s) imported, {set_aside} "
        "file(s) set aside.",
    ),
    "vote_cli.folder_not_read": (
        "Le scrutin est clos, mais le dossier partagé n'a pas pu être lu avant (les "
        "bulletins qui y attendaient seront mis de côté à la prochaine synchronisation\u00a0; "
        f"prévenez les sociétaires concernés){_NB}: {{reason}}",
        "The poll is closed, but the shared folder could not be read first (ballots waiting "
        "there will be set aside at the next synchronisation; tell the members concerned): "
        "{reason}",
    ),
    "vote_cli.status.counted": ("compté", "counted"),
    "vote_cli.status.superseded": ("remplacé par un vote ultérieur", "superseded by a later vote"),
    "vote_cli.status.overridden": ("écarté au profit d'un autre canal",
                                   "overridden by another channel"),
    "vote_cli.status.rejected": ("rejeté", "rejected"),
    "vote_cli.status.duplicate": ("déjà reçu", "already received"),
    # The words of ``tally`` and ``polls`` in plain text (the JSON keeps the codes)
    "vote_cli.state.prepared": ("préparé", "prepared"),
    "vote_cli.state.open": ("ouvert", "open"),
    "vote_cli.state.closed": ("clos", "closed"),
    "vote_cli.channel.booth": ("isoloir", "booth"),
    "vote_cli.channel.file": ("fichier", "file"),
    "vote_cli.channel.correspondence": ("correspondance", "correspondence"),
    "vote_cli.channel.blank_proxy": ("pouvoir en blanc", "blank proxy"),
    "vote_cli.channel.hand": ("main levée", "hand"),
    "vote_cli.empty": ("vide", "empty"),
    "vote_cli.weight": ("poids {weight}", "weight {weight}"),
    "vote_cli.adopted": ("adoptée", "adopted"),
    "vote_cli.rejected": ("rejetée", "rejected"),
    "vote_cli.elected": ("élu(s)", "elected"),
    "vote_cli.none_elected": ("personne n'est élu", "nobody elected"),
    "vote_cli.no_decision": ("pas de décision", "no decision"),
}
