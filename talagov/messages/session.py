# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the session area (French, English): notice and e-mail consent rules,
proxies, quorum explanations and the session's refusals."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Notice period and e-mail consent (core.notice, core.convocation)
    "convocation.notice_too_short": (
        "Le délai de convocation est trop court\u00a0: {actual} jours au lieu d'au moins "
        "{required} jours. Les convocations devaient partir au plus tard le {deadline}.",
        "The notice period is too short: {actual} days instead of at least {required} days. "
        "The convocations had to be sent by {deadline}.",
    ),
    "convocation.no_consent": (
        "{name} ({number}) n'a pas donné son accord préalable à la convocation électronique\u00a0: "
        "la convocation doit partir par courrier.",
        "{name} ({number}) has not given prior consent to electronic convocation: "
        "the convocation must go by post.",
    ),
    "convocation.no_email": (
        "{name} ({number}) a accepté la convocation électronique mais n'a pas d'adresse "
        "électronique\u00a0: la convocation doit partir par courrier.",
        "{name} ({number}) accepted electronic convocation but has no e-mail address: "
        "the convocation must go by post.",
    ),
    # Proxies (core.proxies)
    "proxy.principal_no_vote": (
        "Le mandant n'a pas de droit de vote à cette réunion\u00a0: il ne peut pas donner pouvoir.",
        "The principal has no vote at this meeting, so cannot give a proxy.",
    ),
    "proxy.self": (
        "Un associé ne peut pas se donner pouvoir à lui-même.",
        "A member cannot give a proxy to themselves.",
    ),
    "proxy.blank_not_allowed": (
        "Les statuts n'admettent pas les pouvoirs en blanc\u00a0: le mandataire doit être désigné.",
        "The statutes do not allow blank proxies: the holder must be named.",
    ),
    "proxy.holder_not_associate": (
        "Le mandataire doit être un associé ayant le droit de vote.",
        "The proxy holder must be an associate with a vote.",
    ),
    "proxy.holder_not_body_member": (
        "Le mandataire doit être un membre de l'organe qui se réunit.",
        "The proxy holder must be a member of the body that meets.",
    ),
    "proxy.principal_attends": (
        "Le mandant assiste à la réunion (sur place ou à distance)\u00a0: son pouvoir est sans effet.",
        "The principal attends the meeting (in the room or remotely): the proxy has no effect.",
    ),
    "proxy.chain": (
        "Un pouvoir ne se transmet pas\u00a0: qui a donné pouvoir ne peut pas en détenir, et "
        "qui détient des pouvoirs ne peut pas en donner.",
        "Proxies cannot be passed on: a member who gave a proxy cannot hold one, and a holder "
        "cannot give one.",
    ),
    "proxy.cap_exceeded": (
        "Ce mandataire détient déjà le maximum de pouvoirs\u00a0: {cap} pour {eligible} associés "
        "ayant le droit de vote.",
        "This holder already carries the maximum number of proxies: {cap} for {eligible} "
        "members with a vote.",
    ),
    "proxy.duplicate": (
        "Ce membre a déjà donné un pouvoir pour cette réunion\u00a0; supprimez-le d'abord.",
        "This member has already given a proxy for this meeting; remove it first.",
    ),
    # Quorum explanations (core.quorum)
    "quorum.none_required": (
        "Aucun quorum n'est requis pour cette réunion.",
        "No quorum is required for this meeting.",
    ),
    "quorum.not_met": (
        "Quorum non atteint\u00a0: {participants} participants sur {base}, il en faut au moins "
        "{required} ({ratio}).",
        "Quorum not met: {participants} participants out of {base}, at least {required} are "
        "needed ({ratio}).",
    ),
    "quorum.remote_not_counted": (
        "{count} membre(s) à distance non compté(s)\u00a0: les statuts ne les réputent pas présents.",
        "{count} remote member(s) not counted: the statutes do not deem them present.",
    ),
    "quorum.late_forms": (
        "{count} formulaire(s) de vote par correspondance reçu(s) après l'ouverture de la séance, "
        "conservé(s) mais non compté(s).",
        "{count} postal voting form(s) received after the session opened, kept but not counted.",
    ),
    "quorum.correspondence_not_counted": (
        "{count} formulaire(s) de vote par correspondance non compté(s)\u00a0: les statuts "
        "n'admettent pas ce vote.",
        "{count} postal voting form(s) not counted: the statutes do not allow postal votes.",
    ),
    "quorum.holder_absent": (
        "{count} pouvoir(s) non compté(s)\u00a0: le mandataire n'assiste pas à la réunion.",
        "Proxies not counted: {count} (their holder does not attend the meeting).",
    ),
    "quorum.represented_not_counted": (
        "{count} membre(s) représenté(s) non compté(s) dans le quorum de cet organe.",
        "{count} represented member(s) not counted for the quorum of this body.",
    ),
    # Session refusals (services.session)
    "session.closed": (
        "La réunion «\u00a0{title}\u00a0» est close\u00a0: la feuille de présence ne peut plus changer.",
        "The meeting \"{title}\" is closed: the attendance sheet can no longer change.",
    ),
    "session.not_on_roll": (
        "{name} n'a pas de droit de vote à cette réunion.",
        "{name} has no vote at this meeting.",
    ),
    "session.left_before_arrival": (
        "L'heure de départ de {name} est antérieure à son heure d'arrivée.",
        "{name}'s departure time is before their arrival time.",
    ),
    "session.signature_empty": (
        "La signature est vide\u00a0: signez dans le cadre.",
        "The signature is empty: sign inside the box.",
    ),
    "session.signature_not_attending": (
        "Seul un membre présent ou à distance peut signer la feuille de présence.",
        "Only a member present or attending remotely can sign the attendance sheet.",
    ),
    "session.member_not_found": (
        "Ce membre n'existe pas (ou plus).",
        "This member does not exist (any more).",
    ),
    "session.document_not_found": (
        "Ce document n'existe pas (ou plus) dans la bibliothèque.",
        "This document does not exist (any more) in the library.",
    ),
    "session.proxy_not_found": (
        "Ce pouvoir n'existe pas (ou plus).",
        "This proxy does not exist (any more).",
    ),
    "session.form_not_found": (
        "Ce formulaire de vote par correspondance n'existe pas (ou plus).",
        "This postal voting form does not exist (any more).",
    ),
    "session.correspondence_not_allowed": (
        "Les statuts n'admettent pas le vote par correspondance pour cette réunion.",
        "The statutes do not allow postal votes for this meeting.",
    ),
    "session.form_duplicate": (
        "Un formulaire de vote par correspondance de {name} est déjà enregistré.",
        "A postal voting form from {name} is already recorded.",
    ),
    "session.form_unknown_item": (
        "Le formulaire porte sur un point qui n'est pas une résolution de cette réunion.",
        "The form gives a vote on an item that is not a resolution of this meeting.",
    ),
    "session.not_in_session": (
        "La séance de «\u00a0{title}\u00a0» n'est pas ouverte.",
        "The session of \"{title}\" is not open.",
    ),
    "session.item_not_found": (
        "Ce point n'est pas à l'ordre du jour de la réunion.",
        "This item is not on the meeting's agenda.",
    ),
    "session.bureau_not_attending": (
        "{name} n'assiste pas à la réunion\u00a0: le bureau se choisit parmi les présents.",
        "{name} does not attend the meeting: the bureau is chosen among those attending.",
    ),
    "session.bureau_chair_scrutineer": (
        "{name} préside la séance et ne peut pas être aussi scrutateur.",
        "{name} chairs the meeting and cannot also be a scrutineer.",
    ),
}
