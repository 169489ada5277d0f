# SPDX-License-Identifier: GPL-3.0-or-later
"""The words of the results of the votes and of the booth's receipt, in French and English.

Declared as ``(french, english)`` templates (see :mod:`talagov.reports.bilingual`);
French ones carry the no-break spaces of French typography. The numbers of a tally are
worded here too: exact fractions, decimals and percentages from integers (rounded half
up, never through floats), and majority rules in words.
"""

from __future__ import annotations

from typing import Any

from talagov.core.ballot_check import RejectReason
from talagov.core.statutes import MajorityRule
from talagov.messages import format_bp, format_int, format_ratio
from talagov.messages.votes import MESSAGES as BALLOT_MESSAGES
from talagov.reports.bilingual import Texts, fill

_WORDED_RATIOS = ("1/2", "2/3", "3/4")

TEXTS: Texts = {
    # -- the results document -----------------------------------------------------
    "title": ("Résultats des votes", "Results of the votes"),
    "meeting": ("{title} — {nature} du {date}", "{title} — {nature} of {date}"),
    "meeting.dated": ("{title} — {date}", "{title} — {date}"),
    "place": ("Lieu\u00a0: {place}", "Place: {place}"),
    "totals_only": (
        "Ce document donne les totaux de chaque scrutin, jamais le choix d'une personne.",
        "This document gives the totals of each poll, never what a person chose.",
    ),
    "no_polls": ("Aucun scrutin pour cette réunion.", "No poll for this meeting."),
    "heading.resolution": ("Résolution n°\u00a0{number} — {title}", "Resolution {number} — {title}"),
    "heading.election": ("Élection n°\u00a0{number} — {title}", "Election {number} — {title}"),
    "seats": (
        "Sièges à pourvoir\u00a0: {seats}\u00a0; un bulletin peut désigner jusqu'à {seats} "
        "candidat(s).",
        "Seats to fill: {seats}; a ballot may name up to {seats} candidate(s).",
    ),
    "secret": (
        "Scrutin secret\u00a0: seuls les totaux sont publiés. Les bulletins restent signés\u00a0: "
        "la base de données du secrétariat peut relier un votant à son choix.",
        "Secret poll: only the totals are published. The ballots remain signed: the "
        "secretary's database can link a voter to their choice.",
    ),
    "majority": ("Majorité requise\u00a0: {rule}.", "Majority required: {rule}."),
    "majority.source": ("Majorité requise\u00a0: {rule} ({source}).",
                        "Majority required: {rule} ({source})."),
    "rule.more": ("plus {ratio} {base}", "more than {ratio} {base}"),
    "rule.least": ("au moins {ratio} {base}", "at least {ratio} {base}"),
    "rule.relative": ("la majorité relative (le plus grand nombre de voix l'emporte)",
                      "a relative majority (the most votes win)"),
    "rule.unanimity": ("l'unanimité {base}", "unanimity {base}"),
    "rule.colleges": (
        "{rule}, appréciée sur le résultat pondéré des collèges",
        "{rule}, judged on the weighted result of the colleges",
    ),
    "more.1/2": ("de la moitié", "half"),
    "more.2/3": ("des deux tiers", "two thirds"),
    "more.3/4": ("des trois quarts", "three quarters"),
    "more.other": ("de {ratio}", "{ratio}"),
    "least.1/2": ("la moitié", "half"),
    "least.2/3": ("les deux tiers", "two thirds"),
    "least.3/4": ("les trois quarts", "three quarters"),
    "least.other": ("{ratio}", "{ratio}"),
    "base.cast": ("des suffrages exprimés", "of the votes cast"),
    "base.present_or_represented": ("des voix présentes ou représentées",
                                    "of the votes present or represented"),
    "base.total": ("de l'ensemble des voix", "of all the votes"),
    "col.choice": ("Choix", "Choice"),
    "col.candidate": ("Candidat", "Candidate"),
    "col.booth": ("Isoloir", "Booth"),
    "col.file": ("Fichier", "File"),
    "col.correspondence": ("Correspondance", "Post"),
    "col.blank_proxy": ("Pouvoir en blanc", "Blank proxy"),
    "col.hand": ("Main levée", "By hand"),
    "col.total": ("Total", "Total"),
    "col.college": ("Collège", "College"),
    "col.for": ("Pour", "For"),
    "col.against": ("Contre", "Against"),
    "col.abstain": ("Abst.", "Abst."),
    "col.base": ("Base", "Base"),
    "col.share": ("Part du «\u00a0pour\u00a0»", "Share “for”"),
    "col.weight": ("Poids appliqué", "Weight applied"),
    "col.rank": ("Rang", "Rank"),
    "col.votes": ("Voix", "Votes"),
    "col.outcome": ("Résultat", "Outcome"),
    "col.reason": ("Motif du rejet", "Reason for rejection"),
    "col.count": ("Bulletins", "Ballots"),
    "choice.for": ("Pour", "For"),
    "choice.against": ("Contre", "Against"),
    "choice.abstain": ("Abstention", "Abstain"),
    "choice.blank": ("Blanc", "Blank"),
    "counted": ("Votes comptés\u00a0: {votes}.", "Votes counted: {votes}."),
    "base_line": (
        "«\u00a0Pour\u00a0»\u00a0: {votes} sur une base de {base} ({percent}).",
        "“For”: {votes} out of a base of {base} ({percent}).",
    ),
    "college.empty": ("aucun votant", "nobody voted"),
    "weighted": (
        "Résultat pondéré R = Σ poids × part = {fraction} {approx} {decimal}\u00a0; "
        "seuil\u00a0: R {sign} {threshold}.",
        "Weighted result R = Σ weight × share = {fraction} {approx} {decimal}; "
        "threshold: R {sign} {threshold}.",
    ),
    "outcome.elected": ("élu(e)", "elected"),
    "outcome.tied": ("ex aequo", "tied"),
    "decision.adopted": ("Décision\u00a0: résolution adoptée.", "Decision: resolution adopted."),
    "decision.rejected": ("Décision\u00a0: résolution rejetée.", "Decision: resolution rejected."),
    "decision.casting": (" Égalité départagée par la voix prépondérante du président.",
                         " The tie was settled by the chair's casting vote."),
    "decision.elected": ("Décision\u00a0: élu(e)(s)\u00a0: {names}.",
                         "Decision: elected: {names}."),
    "decision.nobody": ("Décision\u00a0: aucun candidat élu.", "Decision: no candidate elected."),
    "decision.tied": (
        " Égalité pour le dernier siège entre {names}\u00a0: à départager par l'assemblée.",
        " Tie for the last seat between {names}: for the meeting to settle.",
    ),
    "decision.unfilled": (" Sièges non pourvus\u00a0: {seats}.", " Seats left unfilled: {seats}."),
    "decision.prepared": ("Scrutin non ouvert\u00a0: aucun résultat.",
                          "Poll not opened: no result."),
    "decision.open": ("Scrutin en cours\u00a0: le résultat sera publié à la clôture.",
                      "Poll still open: the result will be published when it closes."),
    "explanation": ("Explication", "Explanation"),
    # What became of the signed ballots: worded in the messages catalogue, where the
    # verifier (which may not import reports) reads the same sentences back from minutes.
    "ballots": BALLOT_MESSAGES["ballot.summary"],
    **{f"reason.{reason.value}": BALLOT_MESSAGES[f"ballot.reason.{reason.value}"]
       for reason in RejectReason},
    "fingerprint": ("Empreinte du certificat de l'organisation\u00a0:",
                    "Fingerprint of the organisation's certificate:"),
    "no_fingerprint": (
        "L'organisation n'a pas de certificat\u00a0: aucun vote électronique signé.",
        "The organisation has no certificate: no signed electronic vote.",
    ),
    "footer": ("{title} — {org} — {date}", "{title} — {org} — {date}"),
    "page": ("Page {page} / {pages}", "Page {page} / {pages}"),
    # -- the booth's receipt ------------------------------------------------------------
    "receipt.title": ("Reçu de vote", "Voting receipt"),
    "receipt.voter": ("Votant\u00a0: {name}", "Voter: {name}"),
    "receipt.cast": ("Vote enregistré le {date} à {time}", "Vote recorded on {date} at {time}"),
    "receipt.heading": ("N°\u00a0{number} — {title}", "No. {number} — {title}"),
    "receipt.col.poll": ("Scrutin", "Poll"),
    "receipt.col.ballot": ("Bulletin", "Ballot"),
    "receipt.col.fingerprint": ("Empreinte du bulletin", "Ballot fingerprint"),
    "receipt.own": ("Pour votre propre compte", "On your own behalf"),
    "receipt.proxy": ("Pour le compte de {name} (pouvoir)", "On behalf of {name} (proxy)"),
    "receipt.choice": ("Choix\u00a0: {choices}", "Choice: {choices}"),
    "receipt.none": ("Aucun bulletin.", "No ballot."),
    "receipt.keep": (
        "Conservez ce reçu. L'empreinte identifie chaque bulletin signé de façon unique\u00a0: "
        "en cas de contestation, elle permet de retrouver le bulletin enregistré. Tant que le "
        "scrutin est ouvert, un nouveau vote remplace celui-ci.",
        "Keep this receipt. The fingerprint identifies each signed ballot uniquely: in case "
        "of dispute, it finds the recorded ballot. While the poll is open, a new vote "
        "replaces this one.",
    ),
    "receipt.private": (
        "Ce reçu montre vos choix\u00a0: ne le laissez pas sur place.",
        "This receipt shows your choices: do not leave it behind.",
    ),
}


def text(key: str, lang: str, **params: Any) -> str:
    """The text ``key`` in ``lang`` (``"fr"``, anything else is English), filled in."""
    return fill(TEXTS, key, lang, params)


def decimal_text(num: int, den: int, places: int, lang: str) -> tuple[str, bool]:
    """``num/den`` with at most ``places`` decimals, rounded half up, and whether exact.

    Trailing zeros are dropped (``0,57``, ``1``); French uses a decimal comma.
    """
    scaled, rest = divmod(num * 10**places, den)
    exact = rest == 0
    if 2 * rest >= den:
        scaled += 1
    whole, frac = divmod(scaled, 10**places)
    digits = f"{frac:0{places}d}".rstrip("0") if places else ""
    body = format_int(whole, lang) + ((("," if lang == "fr" else ".") + digits) if digits else "")
    return body, exact


def percent_text(num: int, den: int, lang: str) -> str:
    """``num/den`` as a percentage with two decimals (``80,00 %``), rounded half up."""
    if den <= 0:
        return "—"
    scaled, rest = divmod(num * 10_000, den)
    return format_bp(scaled + (1 if 2 * rest >= den else 0), lang)


def fraction_text(pair: tuple[int, int]) -> str:
    """``(4, 5)`` → ``4/5``; a whole number prints alone."""
    num, den = pair
    return str(num) if den == 1 else f"{num}/{den}"


def majority_text(rule: MajorityRule, lang: str, *, colleges: bool = False) -> str:
    """« plus de la moitié des suffrages exprimés », « au moins les deux tiers … »…

    A zero ratio is a relative majority (elections where the most votes win).
    """
    base = text(f"base.{rule.base.value}", lang)
    ratio = rule.ratio
    if ratio.num == 0:
        return text("rule.relative", lang)
    if ratio.num == ratio.den and not rule.strict:
        worded = text("rule.unanimity", lang, base=base)
    else:
        how = "more" if rule.strict else "least"
        key = f"{ratio.num}/{ratio.den}"
        phrase = (text(f"{how}.{key}", lang) if key in _WORDED_RATIOS
                  else text(f"{how}.other", lang, ratio=format_ratio(ratio, lang)))  # fmt: skip
        worded = text(f"rule.{how}", lang, ratio=phrase, base=base)
    return text("rule.colleges", lang, rule=worded) if colleges else worded


def fingerprint_lines(readable: str, per_line: int = 8) -> str:
    """A readable fingerprint on lines of ``per_line`` groups (two lines for 16 groups)."""
    groups = readable.split()
    return "\n".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))
