# SPDX-License-Identifier: GPL-3.0-or-later
"""The words of the convocation letter and its forms, in French and English.

Declared once as ``(french, english)`` templates with ``{name}`` placeholders (see
:mod:`talagov.reports.bilingual`). French templates hold the no-break spaces French
typography needs before ``:`` ``;`` ``!`` ``?``, inside « » and after « n° ».
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from talagov.core.legal_forms import CompanyType, LegalForm
from talagov.reports.bilingual import Texts, fill, lang_index

_N = "\u00a0"

TEXTS: Texts = {
    "subject": ("Objet\u00a0: convocation {what} du {date}", "Subject: notice of {what} on {date}"),
    "subject.second": (" — deuxième convocation", " — second notice"),
    "greeting": ("Madame, Monsieur,", "Dear Member,"),
    "what.ago": ("à l'assemblée générale ordinaire", "the ordinary general meeting"),
    "what.age": ("à l'assemblée générale extraordinaire", "the extraordinary general meeting"),
    "what.mixed": ("à l'assemblée générale mixte", "the combined general meeting"),
    "what.board": ("à la réunion «\u00a0{body}\u00a0»", "the meeting of the {body}"),
    "of.company": ("des associés de la société {org}", "of the members of {org}"),
    "of.association": ("des membres de l'association {org}", "of the members of {org}"),
    "intro": (
        "Nous avons l'honneur de vous convoquer {what} {of}, qui se tiendra le {date}{when}{where}.",
        "We have the honour to invite you to {what} {of}, to be held on {date}{when}{where}.",
    ),
    "intro.board": (
        "Nous avons l'honneur de vous convoquer {what} de {org}, qui se tiendra le {date}{when}{where}.",
        "We have the honour to invite you to {what} of {org}, to be held on {date}{when}{where}.",
    ),
    "when.at": (" à {start}", " at {start}"),
    "when.from_to": (" de {start} à {end}", " from {start} to {end}"),
    "where": (", au lieu suivant\u00a0: {place}", " at the following place: {place}"),
    "where.remote_only": (", exclusivement à distance", ", entirely remotely"),
    "second": (
        "L'assemblée réunie sur première convocation{previous} n'a pu valablement délibérer, "
        "faute de quorum. La présente lettre est une deuxième convocation.",
        "The meeting called on first notice{previous} could not validly deliberate for lack "
        "of a quorum. This letter is a second notice.",
    ),
    "second.previous": (" le {date}", " on {date}"),
    "remote": (
        "Vous pourrez aussi participer à distance par le lien suivant\u00a0:\n{link}",
        "You may also take part remotely through this link:\n{link}",
    ),
    "remote.deemed": (
        "Les associés qui participent par visioconférence sont réputés présents pour le calcul "
        "du quorum et de la majorité.",
        "Members taking part by video conference are deemed present for the quorum and the "
        "majority.",
    ),
    "nature": (
        "Nature de la réunion\u00a0: {nature}, {rank}.",
        "Kind of meeting: {nature}, {rank}.",
    ),
    "nature.ago": ("assemblée générale ordinaire", "ordinary general meeting"),
    "nature.age": ("assemblée générale extraordinaire", "extraordinary general meeting"),
    "nature.mixed": (
        "assemblée générale mixte (ordinaire et extraordinaire)",
        "combined general meeting (ordinary and extraordinary)",
    ),
    "nature.board": ("réunion du conseil", "board meeting"),
    "nature.other": ("réunion", "meeting"),
    "rank.1": ("première convocation", "first notice"),
    "rank.2": ("deuxième convocation", "second notice"),
    "agenda": ("Ordre du jour", "Agenda"),
    "agenda.empty": ("L'ordre du jour ne comporte aucun point.", "The agenda has no item."),
    "agenda.resolution": ("résolution n°\u00a0{number}, {nature}", "resolution {number}, {nature}"),
    "agenda.election": (
        "résolution n°\u00a0{number}, élection, {seats} siège(s)",
        "resolution {number}, election, {seats} seat(s)",
    ),
    "agenda.information": ("information", "information"),
    "resolution.ordinary": ("ordinaire", "ordinary"),
    "resolution.extraordinary": ("extraordinaire", "extraordinary"),
    "how": ("Si vous ne pouvez pas être présent(e)", "If you cannot attend"),
    "how.remote": (
        "à distance\u00a0: connectez-vous au lien indiqué ci-dessus à l'heure de la séance\u00a0;",
        "remotely: join through the link above at the time of the meeting;",
    ),
    "how.proxy": (
        "par procuration\u00a0: complétez et signez le pouvoir joint en désignant {holder}\u00a0;",
        "by proxy: fill in and sign the enclosed proxy form, naming {holder};",
    ),
    "how.blank": (
        "par pouvoir en blanc\u00a0: signez le pouvoir sans désigner de mandataire (voir la règle "
        "rappelée sur le formulaire)\u00a0;",
        "by blank proxy: sign the proxy form without naming a holder (see the rule printed on "
        "the form);",
    ),
    "how.correspondence": (
        "par correspondance\u00a0: complétez le formulaire de vote joint, qui doit parvenir à la "
        "société {deadline}.",
        "by correspondence: fill in the enclosed voting form, which must reach the company {deadline}.",
    ),
    "how.no_correspondence": (
        "Les statuts ne prévoient pas le vote par correspondance.",
        "The statutes do not provide for voting by correspondence.",
    ),
    "how.return": (
        "Les formulaires sont à retourner à la société, au siège social\u00a0: {office}.",
        "Return the forms to the company at its registered office: {office}.",
    ),
    "deadline.at": (
        "avant l'ouverture de la séance, le {date} à {start}",
        "before the meeting opens, on {date} at {start}",
    ),
    "deadline.day": (
        "avant l'ouverture de la séance, le {date}",
        "before the meeting opens, on {date}",
    ),
    "holder.associate": ("un autre associé", "another member"),
    "holder.associate_or_spouse": (
        "un autre associé, votre conjoint ou votre partenaire de PACS",
        "another member, your spouse or your civil partner",
    ),
    "holder.anyone": ("la personne de votre choix", "the person of your choice"),
    "holder.body_member": ("un autre membre de l'instance", "another member of the body"),
    "voter_id": (
        "Identifiant pour le vote électronique : {id}",
        "Identifier for electronic voting: {id}",
    ),
    "fingerprint": (
        "Empreinte du certificat de l'organisation (à comparer avant de voter "
        "électroniquement)\u00a0: elle doit être identique à celle qu'affiche TalaGov quand "
        "vous ouvrez le dossier de vote.",
        "Fingerprint of the organisation's certificate (compare it before voting "
        "electronically): it must be the same as the one TalaGov shows when you open the "
        "voting package.",
    ),
    "enclosed": (
        "Les projets de résolutions figurent ci-après. Les documents soumis à l'assemblée sont "
        "tenus à votre disposition au siège social.",
        "The draft resolutions follow. The documents submitted to the meeting are available at "
        "the registered office.",
    ),
    "closing": (
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "Yours faithfully,",
    ),
    "signature": ("Pour {org}, {signatory}", "For {org}, {signatory}"),
    "management.sa": ("le conseil d'administration", "the board of directors"),
    "management.sarl": ("la gérance", "the management"),
    "management.sas": ("la présidence", "the president"),
    "management.association": ("le conseil d'administration", "the board"),
    "resolutions": ("Projets de résolutions", "Draft resolutions"),
    "resolutions.none": (
        "Aucune résolution n'est soumise au vote.",
        "No resolution is put to the vote.",
    ),
    "resolution.heading": ("{ordinal} — {title}", "{ordinal} — {title}"),
    "resolution.numbered": ("Résolution n°\u00a0{number}", "Resolution {number}"),
    "resolution.meta": (
        "Résolution {nature}, présentée par {presenter}.",
        "{nature} resolution, presented by {presenter}.",
    ),
    "presenter.members": ("des associés", "members"),
    "election.seats": ("Sièges à pourvoir\u00a0: {seats}.", "Seats to fill: {seats}."),
    "election.candidates": ("Candidats\u00a0: {names}.", "Candidates: {names}."),
    "election.no_candidates": (
        "Les candidatures seront présentées en séance.",
        "Candidates will be presented at the meeting.",
    ),
    "proxy.title": ("Pouvoir", "Proxy form"),
    "proxy.meeting": ("{nature} du {date}", "{nature} of {date}"),
    "proxy.principal": (
        "Je soussigné(e) {name}, associé(e) n°\u00a0{number}, demeurant {address},",
        "I, the undersigned {name}, member no. {number}, residing at {address},",
    ),
    "proxy.principal_no_address": (
        "Je soussigné(e) {name}, associé(e) n°\u00a0{number},",
        "I, the undersigned {name}, member no. {number},",
    ),
    "proxy.holder_line": (
        "donne pouvoir à\u00a0: ____________________________________________ "
        "(nom, prénom, n°\u00a0d'associé)",
        "appoint as my proxy: ____________________________________________ (name, member number)",
    ),
    "proxy.body": (
        "pour me représenter {what} de la société {org} du {date}, ou à toute assemblée "
        "réunie ultérieurement sur le même ordre du jour, prendre part en mon nom aux "
        "délibérations et aux votes sur chacune des résolutions, et signer la feuille de présence.",
        "to represent me at {what} of {org} on {date}, or at any later meeting called "
        "with the same agenda, to take part in my name in the debates and the votes on each "
        "resolution, and to sign the attendance sheet.",
    ),
    "proxy.rule.holder": (
        "Le mandataire doit être {holder}. Un pouvoir ne peut pas être transmis à un tiers.",
        "The holder must be {holder}. A proxy cannot be passed on to someone else.",
    ),
    "proxy.rule.cap": (
        "Un mandataire ne peut détenir plus de {cap} pouvoir(s) en plus de sa propre voix.",
        "A holder may carry at most {cap} proxy vote(s) besides their own vote.",
    ),
    "proxy.rule.blank": (
        "Pouvoir en blanc\u00a0: si vous ne désignez pas de mandataire, le pouvoir est attribué "
        "au président de l'assemblée, qui émet en votre nom un vote favorable aux projets de "
        "résolutions présentés ou agréés par {management} et un vote défavorable à tous les "
        "autres projets.",
        "Blank proxy: if you name no holder, the proxy goes to the chair of the meeting, who "
        "votes in your name for the draft resolutions presented or approved by {management} "
        "and against all the others.",
    ),
    "proxy.rule.no_blank": (
        "Un pouvoir qui ne désigne pas de mandataire n'est pas valable.",
        "A proxy that names no holder is not valid.",
    ),
    "proxy.rule.void": (
        "Le pouvoir est sans effet si vous assistez vous-même à l'assemblée.",
        "The proxy has no effect if you attend the meeting yourself.",
    ),
    "proxy.place": (
        "Fait à ______________________, le ______________",
        "Signed at ______________________, on ______________",
    ),
    "proxy.sign": (
        "Signature, précédée de la mention manuscrite «\u00a0Bon pour pouvoir\u00a0»\u00a0:",
        "Signature, preceded by the handwritten words “Good for proxy”:",
    ),
    "form.title": ("Formulaire de vote par correspondance", "Voting form by correspondence"),
    "form.member": ("Associé(e)\u00a0: {name}, n°\u00a0{number}", "Member: {name}, no. {number}"),
    "form.instructions": (
        "Pour chaque résolution, dans l'ordre, cochez une seule case\u00a0: Pour, Contre ou "
        "Abstention.",
        "For each resolution, in order, tick one box only: For, Against or Abstain.",
    ),
    "form.abstain.cast": (
        "Une abstention, comme une résolution sans case cochée, n'est pas un vote exprimé\u00a0: "
        "elle n'est comptée ni pour ni contre, car la majorité se calcule sur les votes "
        "exprimés{which}. Le formulaire compte pour le quorum.",
        "An abstention, like a resolution with no box ticked, is not a vote cast: it counts "
        "neither for nor against, because the majority is computed on the votes cast{which}. "
        "The form counts towards the quorum.",
    ),
    "form.abstain.present_or_represented": (
        "Une abstention, comme une résolution sans case cochée, équivaut à un vote contre, car "
        "la majorité se calcule sur les voix des associés présents ou représentés{which}.",
        "An abstention, like a resolution with no box ticked, works as a vote against, because "
        "the majority is computed on the votes of the members present or represented{which}.",
    ),
    "form.abstain.total": (
        "Une abstention, comme une résolution sans case cochée, équivaut à un vote contre, car "
        "la majorité se calcule sur l'ensemble des associés{which}.",
        "An abstention, like a resolution with no box ticked, works as a vote against, because "
        "the majority is computed on all the members{which}.",
    ),
    "form.which.ordinary": (" (résolutions ordinaires)", " (ordinary resolutions)"),
    "form.which.extraordinary": (" (résolutions extraordinaires)", " (extraordinary resolutions)"),
    "form.deadline": (
        "Ce formulaire doit parvenir à la société {deadline}. Un formulaire reçu plus tard n'est "
        "pas pris en compte.",
        "This form must reach the company {deadline}. A form received later is not counted.",
    ),
    "form.later": (
        "Le formulaire vaut pour les assemblées successives convoquées avec le même ordre du jour.",
        "The form is valid for later meetings called with the same agenda.",
    ),
    "form.col.number": ("N°", "No."),
    "form.col.resolution": ("Résolution", "Resolution"),
    "form.col.for": ("Pour", "For"),
    "form.col.against": ("Contre", "Against"),
    "form.col.abstain": ("Abstention", "Abstain"),
    "form.election": (
        "Élection\u00a0: {title}\nSièges à pourvoir\u00a0: {seats}\nCandidats\u00a0: {candidates}",
        "Election: {title}\nSeats to fill: {seats}\nCandidates: {candidates}",
    ),
    "form.election.elsewhere": (
        "Une élection ne se vote pas par correspondance.",
        "An election is not voted by post.",
    ),
    "form.sign": ("Signature\u00a0:", "Signature:"),
    "footer": ("{org} — {title} — {date}", "{org} — {title} — {date}"),
    "page": ("Page {page} / {pages}", "Page {page} / {pages}"),
    "mail.subject": ("Convocation — {title} — {date}", "Notice of meeting — {title} — {date}"),
    "ics.agenda": ("Ordre du jour\u00a0:", "Agenda:"),
    "ics.remote": ("Participation à distance\u00a0: {link}", "Remote participation: {link}"),
    "pdf.title": ("Convocation — {title}", "Notice of meeting — {title}"),
}

_WEEKDAYS = (
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
)
_MONTHS = (
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"),
    ("January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"),
)  # fmt: skip
_ORDINALS = (
    ("Première", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième", "Septième",
     "Huitième", "Neuvième", "Dixième", "Onzième", "Douzième", "Treizième", "Quatorzième",
     "Quinzième", "Seizième", "Dix-septième", "Dix-huitième", "Dix-neuvième", "Vingtième"),
    ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
     "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth",
     "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth"),
)  # fmt: skip


def t(key: str, lang: str, **params: Any) -> str:
    """The text ``key`` in ``lang`` (``"fr"``, anything else is English), filled in.

    Raises:
        KeyError: ``key`` is not declared (a bug).
    """
    return fill(TEXTS, key, lang, params)


def long_date(value: date, lang: str) -> str:
    """``jeudi 30 juin 2027`` / ``Wednesday 30 June 2027`` (no-break spaces inside)."""
    i = lang_index(lang)
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    parts = (_WEEKDAYS[i][value.weekday()], day, _MONTHS[i][value.month - 1], str(value.year))
    return _N.join(parts)


def hour(value: time, lang: str) -> str:
    """``14 h 30`` / ``14 h`` in French (no-break spaces), ``14:30`` in English."""
    if lang != "fr":
        return value.strftime("%H:%M")
    return f"{value.hour}{_N}h" + (f"{_N}{value.minute:02d}" if value.minute else "")


def ordinal_heading(number: int, lang: str) -> str:
    """``Première résolution`` ... ``Vingtième résolution``, then ``Résolution n° 21``."""
    words = _ORDINALS[lang_index(lang)]
    if number <= len(words):
        return (
            f"{words[number - 1]} résolution" if lang == "fr" else f"{words[number - 1]} resolution"
        )
    return t("resolution.numbered", lang, number=number)


def management_label(form: LegalForm, lang: str) -> str:
    """Who manages the organisation, as named on the letter: « la gérance » in a SARL."""
    key = {
        CompanyType.SA: "management.sa",
        CompanyType.SARL: "management.sarl",
        CompanyType.SAS: "management.sas",
    }.get(form.company_type, "management.association")
    return t(key, lang)
