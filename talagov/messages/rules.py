# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for statutes floors (:mod:`talagov.core.floors`) and compliance findings.

The meeting and bound messages are generated from small tables so that every code
the floors can emit has a sentence; the tables hold the only prose, in both languages.
"""

from __future__ import annotations

from talagov.core.floors import BOUNDS
from talagov.core.statutes import MajorityBase, MeetingKind

# "de l'AGO (convocation n° 1)": the meeting a floor finding is about.
_MEETINGS: dict[MeetingKind, tuple[str, str]] = {
    MeetingKind.AGO: ("de l'assemblée générale ordinaire (convocation n° {convocation})",
                      "of the ordinary general meeting (convocation no. {convocation})"),
    MeetingKind.AGE: ("de l'assemblée générale extraordinaire (convocation n° {convocation})",
                      "of the extraordinary general meeting (convocation no. {convocation})"),
    MeetingKind.BOARD: ("du conseil (réunion n° {convocation})",
                        "of the board (meeting no. {convocation})"),
}
_BASES: dict[MajorityBase, tuple[str, str]] = {
    MajorityBase.CAST: ("sur les voix exprimées (abstentions, blancs et nuls exclus)",
                        "on votes cast (abstentions, blank and void votes excluded)"),
    MajorityBase.PRESENT_OR_REPRESENTED: ("au moins sur les voix des présents et représentés",
                                          "at least on the votes of those present or represented"),
    MajorityBase.TOTAL: ("sur l'ensemble des associés, présents ou non",
                         "on all associates, present or not"),
}


def _meeting_messages() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for kind, (fr, en) in _MEETINGS.items():
        k = f"floor.{kind.value}"
        out[f"{k}.quorum"] = (
            f"Le quorum {fr} est de {{actual}} dans les statuts\u00a0; la loi exige au moins {{required}}.",
            f"The quorum {en} is {{actual}} in the statutes; the law requires at least {{required}}.",
        )
        out[f"{k}.majority"] = (
            f"La majorité {fr} est de {{actual}} dans les statuts\u00a0; la loi exige au moins {{required}}.",
            f"The majority {en} is {{actual}} in the statutes; the law requires at least {{required}}.",
        )
        out[f"{k}.majority_strict"] = (
            f"La majorité {fr} doit être strictement supérieure à {{required}}\u00a0; "
            "les statuts se contentent de l'atteindre.",
            f"The majority {en} must be strictly above {{required}}; the statutes only require reaching it.",
        )
        for base, (bfr, ben) in _BASES.items():
            out[f"{k}.majority_base_{base.value}"] = (
                f"La majorité {fr} doit être calculée {bfr}, selon la loi.",
                f"The majority {en} must be counted {ben}, by law.",
            )
        out[f"{k}.notice_days"] = (
            f"Le délai de convocation {fr} est de {{actual}} jours\u00a0; la loi exige au moins {{required}} jours.",
            f"The notice period {en} is {{actual}} days; the law requires at least {{required}} days.",
        )
        out[f"{k}.notice_negative"] = (
            f"Le délai de convocation {fr} ne peut pas être négatif ({{actual}} jours).",
            f"The notice period {en} cannot be negative ({{actual}} days).",
        )
        out[f"{k}.missing"] = (
            f"Les statuts ne contiennent aucune règle de quorum et de majorité {fr}.",
            f"The statutes hold no quorum and majority rule {en}.",
        )
    return out


# Subject of each bounded setting, with the unit its values are in.
_SUBJECTS: dict[str, tuple[str, str, str, str]] = {
    "composition.employee_capital_min": ("Part minimale du capital détenue par les salariés",
                                         "Minimum share of capital held by employees", "", ""),
    "composition.employee_votes_min": ("Part minimale des voix détenue par les salariés",
                                       "Minimum share of votes held by employees", "", ""),
    "composition.external_votes_max": ("Part maximale des voix des associés extérieurs",
                                       "Maximum share of votes of external associates", "", ""),
    "composition.min_employee_associates": ("Nombre minimal d'associés salariés",
                                            "Minimum number of employee-associates", "", ""),
    "composition.max_associates": ("Nombre maximal d'associés", "Maximum number of associates", "", ""),
    "composition.min_categories": ("Nombre minimal de catégories d'associés",
                                   "Minimum number of categories of associates", "", ""),
    "composition.public_capital_max": ("Part maximale du capital des collectivités publiques",
                                       "Maximum share of capital of public bodies", "", ""),
    "composition.college_min": ("Poids minimal d'un collège", "Minimum weight of a college", "", ""),
    "composition.college_max": ("Poids maximal d'un collège", "Maximum weight of a college", "", ""),
    "composition.min_colleges": ("Nombre minimal de collèges", "Minimum number of colleges", "", ""),
    "mandates.term_max_years": ("Durée maximale d'un mandat d'administrateur ou de gérant",
                                "Maximum term of an administrator or manager", " ans", " years"),
    "mandates.gerant_term_max_years": ("Durée maximale du mandat de gérant",
                                       "Maximum term of a gérant", " ans", " years"),
    "mandates.board_min": ("Nombre minimal d'administrateurs", "Minimum number of board members", "", ""),
    "mandates.board_max": ("Nombre maximal d'administrateurs", "Maximum number of board members", "", ""),
    "mandates.non_employee_mandates_max": (
        "Part maximale des mandats détenus par des associés non salariés",
        "Maximum share of mandates held by non-employee associates", "", ""),
    "mandates.supervisory_board_above": (
        "Nombre d'associés au-delà duquel un conseil de surveillance est obligatoire",
        "Number of associates above which a supervisory board is mandatory", "", ""),
    "mandates.supervisory_board_min": ("Nombre minimal de membres du conseil de surveillance",
                                       "Minimum number of supervisory board members", "", ""),
    "mandates.supervisory_board_max": ("Nombre maximal de membres du conseil de surveillance",
                                       "Maximum number of supervisory board members", "", ""),
    "membership.ag_must_rule_after_months": (
        "Délai après lequel l'assemblée doit statuer sur la candidature d'un salarié",
        "Delay after which the meeting must decide on an employee's application", " mois", " months"),
}


def _bound_messages() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for bound in BOUNDS:
        sfr, sen, ufr, uen = _SUBJECTS[bound.path]
        lfr, len_ = (("impose au moins", "requires at least") if bound.at_least
                     else ("permet au plus", "allows at most"))
        out[f"floor.{bound.path}"] = (
            f"{sfr}\u00a0: les statuts prévoient {{actual}}{ufr}\u00a0; la loi {lfr} {{required}}{ufr}.",
            f"{sen}: the statutes set {{actual}}{uen}; the law {len_} {{required}}{uen}.",
        )
        out[f"floor.{bound.path}.missing"] = (
            f"{sfr}\u00a0: les statuts ne fixent aucune limite\u00a0; la loi {lfr} {{required}}{ufr}.",
            f"{sen}: the statutes set no limit; the law {len_} {{required}}{uen}.",
        )
    return out


_FIXED: dict[str, tuple[str, str]] = {
    "floor.board.quorum_represented": (
        "Au conseil d'administration, les administrateurs représentés ne comptent pas pour le quorum\u00a0; "
        "une clause contraire des statuts est nulle.",
        "At the board, represented directors do not count towards the quorum; a contrary clause is void.",
    ),
    "floor.age.unanimity": (
        "Les statuts d'une SARL ne peuvent pas exiger l'unanimité pour modifier les statuts "
        "(convocation n° {convocation}).",
        "The statutes of a SARL may not require unanimity to amend the statutes "
        "(convocation no. {convocation}).",
    ),
    "floor.proxies.holder": (
        "Dans une SCOP, un associé ne peut donner pouvoir qu'à un autre associé.",
        "In a SCOP, an associate may only give a proxy to another associate.",
    ),
    "floor.proxies.cap.missing": (
        "Les statuts ne limitent pas les pouvoirs\u00a0: la loi n'en permet qu'un par mandataire sous "
        "20 associés, puis un par tranche de 20 associés.",
        "The statutes set no proxy limit: the law allows one per holder below 20 associates, "
        "then one per 20 associates.",
    ),
    "floor.proxies.cap": (
        "Les statuts permettent {actual} pouvoirs par mandataire\u00a0; la loi n'en permet que {required} "
        "tant que la coopérative compte moins de {below} associés.",
        "The statutes allow {actual} proxies per holder; the law allows only {required} "
        "while the cooperative has fewer than {below} associates.",
    ),
    "colleges.count": (
        "Les statuts prévoient {actual} collège(s) de vote\u00a0; il en faut au moins {required}.",
        "The statutes define {actual} voting college(s); at least {required} are required.",
    ),
    "colleges.weight_low": (
        "Le collège «\u00a0{college}\u00a0» pèse {actual_bp} des voix\u00a0; chaque collège doit peser au moins {required_bp}.",
        "College \"{college}\" weighs {actual_bp} of the votes; each college must weigh at least {required_bp}.",
    ),
    "colleges.weight_high": (
        "Le collège «\u00a0{college}\u00a0» pèse {actual_bp} des voix\u00a0; aucun collège ne peut dépasser {required_bp}.",
        "College \"{college}\" weighs {actual_bp} of the votes; no college may exceed {required_bp}.",
    ),
}


def _share(code: str, fr: str, en: str, fr_near: str, en_near: str) -> dict[str, tuple[str, str]]:
    return {code: (fr, en), f"{code}.near": (fr_near, en_near)}


_COMPLIANCE: dict[str, tuple[str, str]] = {
    **_share(
        "scop.employee_capital",
        "Les associés salariés détiennent {actual_bp} du capital\u00a0; la loi exige au moins {required_bp}.",
        "Employee-associates hold {actual_bp} of the capital; the law requires at least {required_bp}.",
        "Les associés salariés détiennent {actual_bp} du capital, proche du minimum de {required_bp}.",
        "Employee-associates hold {actual_bp} of the capital, close to the {required_bp} minimum.",
    ),
    **_share(
        "scop.employee_votes",
        "Les associés salariés ou anciens salariés ont {actual_bp} des voix\u00a0; la loi exige au moins "
        "{required_bp}.",
        "Current and former employee-associates have {actual_bp} of the votes; the law requires at least "
        "{required_bp}.",
        "Les associés salariés ou anciens salariés ont {actual_bp} des voix, proche du minimum de "
        "{required_bp}.",
        "Current and former employee-associates have {actual_bp} of the votes, close to the "
        "{required_bp} minimum.",
    ),
    **_share(
        "scop.external_votes",
        "Les associés extérieurs ont {actual_bp} des voix\u00a0; la loi en permet au plus {required_bp}.",
        "External associates have {actual_bp} of the votes; the law allows at most {required_bp}.",
        "Les associés extérieurs ont {actual_bp} des voix, proche du maximum de {required_bp}.",
        "External associates have {actual_bp} of the votes, close to the {required_bp} maximum.",
    ),
    **_share(
        "scic.public_capital",
        "Les collectivités publiques détiennent {actual_bp} du capital\u00a0; la loi en permet au plus "
        "{required_bp}.",
        "Public bodies hold {actual_bp} of the capital; the law allows at most {required_bp}.",
        "Les collectivités publiques détiennent {actual_bp} du capital, proche du maximum de {required_bp}.",
        "Public bodies hold {actual_bp} of the capital, close to the {required_bp} maximum.",
    ),
    "scop.min_employee_associates": (
        "La coopérative compte {actual} associé(s) salarié(s)\u00a0; il en faut au moins {required}.",
        "The cooperative has {actual} employee-associate(s); at least {required} are required.",
    ),
    "scop.non_employee_mandates": (
        "Des associés non salariés occupent {actual} des {total} mandats de direction\u00a0; "
        "ils ne peuvent en occuper plus de {required}.",
        "Non-employee associates hold {actual} of the {total} governing mandates; "
        "they may not hold more than {required}.",
    ),
    "scop.supervisory_board_required": (
        "Avec {actual} associés (plus de {required}), un conseil de surveillance est obligatoire.",
        "With {actual} associates (more than {required}), a supervisory board is mandatory.",
    ),
    "sarl.max_associates": (
        "La coopérative compte {actual} associés\u00a0; une SARL ne peut pas en compter plus de {required}.",
        "The cooperative has {actual} associates; a SARL may not have more than {required}.",
    ),
    "scic.min_categories": (
        "Les associés appartiennent à {actual} catégorie(s)\u00a0; une SCIC doit en réunir au moins {required}.",
        "Associates belong to {actual} category(ies); a SCIC must gather at least {required}.",
    ),
    "scic.beneficiaries_missing": (
        "Aucun associé n'est dans une catégorie de bénéficiaires\u00a0; une SCIC doit en compter.",
        "No associate is in a beneficiary category; a SCIC must have some.",
    ),
    "scic.employees_or_producers_missing": (
        "Aucun associé n'est salarié ni producteur\u00a0; une SCIC doit associer ses salariés "
        "(ou, sans salariés, ses producteurs).",
        "No associate is an employee or a producer; a SCIC must include its employees "
        "(or, without employees, its producers).",
    ),
    "board.too_small": (
        "«\u00a0{body}\u00a0» compte {actual} membre(s)\u00a0; il en faut au moins {required}.",
        "\"{body}\" has {actual} member(s); at least {required} are required.",
    ),
    "board.too_large": (
        "«\u00a0{body}\u00a0» compte {actual} membres\u00a0; il ne peut pas en compter plus de {required}.",
        "\"{body}\" has {actual} members; it may not have more than {required}.",
    ),
    "supervisory_board.too_small": (
        "Le conseil de surveillance «\u00a0{body}\u00a0» compte {actual} membre(s)\u00a0; il en faut au moins {required}.",
        "Supervisory board \"{body}\" has {actual} member(s); at least {required} are required.",
    ),
    "supervisory_board.too_large": (
        "Le conseil de surveillance «\u00a0{body}\u00a0» compte {actual} membres\u00a0; il ne peut pas en compter plus "
        "de {required}.",
        "Supervisory board \"{body}\" has {actual} members; it may not have more than {required}.",
    ),
    "board.over_70": (
        "«\u00a0{body}\u00a0» compte {actual} membre(s) de plus de 70 ans sur {seats}\u00a0; au plus {required} "
        "des membres peuvent avoir plus de 70 ans.",
        "\"{body}\" has {actual} member(s) over 70 out of {seats}; at most {required} "
        "of the members may be over 70.",
    ),
    "mandate.term_too_long": (
        "Le mandat de {member} dans «\u00a0{body}\u00a0» est prévu pour {actual_months} mois\u00a0; "
        "il ne peut pas dépasser {required_years} ans.",
        "{member}'s mandate in \"{body}\" is planned for {actual_months} months; "
        "it may not exceed {required_years} years.",
    ),
    "mandate.gerant_term_too_long": (
        "Le mandat de gérant de {member} dans «\u00a0{body}\u00a0» est prévu pour {actual_months} mois\u00a0; "
        "il ne peut pas dépasser {required_years} ans.",
        "{member}'s gérant mandate in \"{body}\" is planned for {actual_months} months; "
        "it may not exceed {required_years} years.",
    ),
    "member.no_representative": (
        "{member} ({number}) est une personne morale sans représentant désigné à cette date.",
        "{member} ({number}) is a legal entity with no designated representative on this date.",
    ),
    "member.college_unknown": (
        "{member} ({number}) est rattaché au collège «\u00a0{college}\u00a0», qui n'existe pas dans les statuts.",
        "{member} ({number}) belongs to college \"{college}\", which the statutes do not define.",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {
    **_meeting_messages(), **_bound_messages(), **_FIXED, **_COMPLIANCE,
}
