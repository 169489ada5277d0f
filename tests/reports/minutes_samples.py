# SPDX-License-Identifier: GPL-3.0-or-later
"""Minutes contents for the tests of the minutes PDF and of the printed register.

A SCIC general assembly with four resolutions (one judged on the weighted result of the
colleges, one election), a board meeting without vote, a working group with decisions
only, and an erratum. Worded as the drafting service words them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from talagov.core.minutes_content import (
    AgendaRow,
    Attendance,
    Decision,
    Erratum,
    Generated,
    Header,
    ItemSection,
    ItemWritten,
    MinutesContent,
    Person,
    Signatory,
    VoteResult,
    Written,
    assemble,
)
from talagov.core.rich_text import Block, BlockKind, Run, paragraph

N = "\u00a0"
ORG = "Les Communs du Val"
MENTIONS = (ORG, "SCIC SAS à capital variable", "RCS Lyon 812 345 678",
            "Siège social : 8 rue Basse, 69002 Lyon")  # fmt: skip
FINGERPRINT = "3F2A 91C0 ABCD 0123 4567 89AB CDEF 0011 2233 4455 6677 8899 AABB CCDD EEFF 1234"
CERT_CHAIR = "ab12" * 16
CERT_SECRETARY = "cd34" * 16
CHAIR = Signatory(1, "Jeanne Martin", "Présidente de séance", CERT_CHAIR)
SECRETARY = Signatory(2, "Karim Benali", "Secrétaire de séance", CERT_SECRETARY)


def _ag_header() -> Header:
    return Header(
        organisation=ORG, mentions=MENTIONS, meeting_kind="Assemblée générale ordinaire",
        title="AG annuelle 2026", date="2026-06-13", date_text=f"samedi 13{N}juin{N}2026",
        start_time=f"17{N}h{N}00", end_time=f"20{N}h{N}00",
        place="Salle du patio, 8 rue Basse, 69002 Lyon",
        remote="Participation à distance par visioconférence (lien envoyé avec la convocation)",
        convocation="par courrier électronique et par lettre, le 20 mai 2026",
        chair="Jeanne Martin", secretary="Karim Benali",
        scrutineers=("Lucie Petit", "Paul Roche"),
        documents=("Rapport de gestion 2025", "Comptes annuels 2025",
                   "Rapport du commissaire aux comptes"),
        attachments=("Diaporama diffusé", "Feuille de présence"),
    )  # fmt: skip


def _ag_items() -> tuple[ItemSection, ...]:
    accounts = VoteResult(
        majority="plus de la moitié des suffrages exprimés",
        choices=(("Pour", 54), ("Contre", 3), ("Abstention", 2)),
        counted="57 voix exprimées sur 59 votants", decision="Décision : résolution adoptée.",
        adopted=True, explanation=("« Pour » : 54 sur une base de 57 (94,74 %).",),
    )  # fmt: skip
    allocation = VoteResult(
        majority="plus de la moitié, appréciée sur le résultat pondéré des collèges",
        choices=(("Pour", 31), ("Contre", 22), ("Abstention", 6)),
        colleges=(("Salariés", "12 pour, 2 contre — part 6/7 — poids 50 %"),
                  ("Usagers", "14 pour, 18 contre — part 7/16 — poids 30 %"),
                  ("Partenaires", "5 pour, 2 contre — part 5/7 — poids 20 %")),
        weighted="R = 1 201/1 680 ≈ 71,49 % (seuil : plus de 1/2)",
        decision="Décision : résolution adoptée.", adopted=True,
        explanation=("Le résultat pondéré des collèges dépasse le seuil.",),
    )  # fmt: skip
    election = VoteResult(
        majority="la majorité relative (le plus grand nombre de voix l'emporte)",
        choices=(("Élodie Lefèvre", 40), ("Marc Godefroy", 35), ("Zoé Cœur", 12), ("Blanc", 4)),
        ranking=("1. Élodie Lefèvre — 40 voix — élue", "2. Marc Godefroy — 35 voix — élu",
                 "3. Zoé Cœur — 12 voix — non élue"),
        decision="Décision : élu(e)(s) : Élodie Lefèvre, Marc Godefroy.",
        explanation=("Deux sièges à pourvoir.",),
    )  # fmt: skip
    statutes = VoteResult(
        majority="au moins les deux tiers des voix présentes ou représentées",
        choices=(("Pour", 30), ("Contre", 25), ("Abstention", 4)),
        decision="Décision : résolution rejetée.", adopted=False,
        explanation=("« Pour » : 30 sur une base de 59 (50,85 %), moins des deux tiers.",),
    )  # fmt: skip
    return (
        ItemSection(11, 1, "Approbation des comptes de l'exercice 2025", "resolution",
                    resolution="L'assemblée générale, après avoir entendu le rapport de gestion "
                    "et le rapport du commissaire aux comptes, approuve les comptes annuels de "
                    "l'exercice clos le 31 décembre 2025 tels qu'ils lui ont été présentés.",
                    vote=accounts),
        ItemSection(12, 2, "Affectation du résultat", "resolution",
                    resolution="L'assemblée générale décide d'affecter l'excédent de 18 450 € "
                    "à la réserve impartageable.", vote=allocation),
        ItemSection(13, 3, "Élection de deux administrateurs", "election", vote=election),
        ItemSection(14, 4, "Modification de l'article 12 des statuts (collèges de vote)",
                    "resolution", resolution="L'assemblée générale décide de porter le poids "
                    "du collège des usagers de 30 % à 40 %.", vote=statutes),
        ItemSection(15, 5, "Questions diverses", "information"),
    )  # fmt: skip


def _ag_generated() -> Generated:
    people = (
        Person("MARTIN", "Jeanne", "Présidente", "Les Communs du Val", "présente"),
        Person("BENALI", "Karim", "Secrétaire", "Les Communs du Val", "présent"),
        Person("PETIT", "Lucie", "Salariée", "Les Communs du Val", "présente"),
        Person("ROCHE", "Paul", "Usager", "", "à distance"),
        Person("LEFÈVRE", "Élodie", "Administratrice", "Rhizomes", "présente"),
        Person("GODEFROY", "Marc", "Représentant", "Métropole européenne de Lille", "présent"),
        Person("DECHY", "Gérard", "Président", "Acteurs pour une économie solidaire",
               "représenté par Jeanne Martin"),
    )  # fmt: skip
    return Generated(
        lang="fr", body="ag", header=_ag_header(),
        attendance=Attendance(
            lines=(("Associés présents", 41), ("Associés à distance", 9),
                   ("Associés représentés", 6), ("Votes par correspondance", 3),
                   ("Associés inscrits", 88)),
            # As the record words it: the outcome first, then how it was reached.
            quorum=("Quorum atteint : 59 participant(s), 22 requis (25 % de 88).",
                    "Quorum requis (première convocation) : un quart des associés, soit 22.",
                    "Associés présents, représentés ou ayant voté par correspondance : 59."),
            quorum_met=True),
        agenda=tuple(AgendaRow(n, title, n != 5) for n, title in (
            (1, "Approbation des comptes de l'exercice 2025"), (2, "Affectation du résultat"),
            (3, "Élection de deux administrateurs"),
            (4, "Modification de l'article 12 des statuts (collèges de vote)"),
            (5, "Questions diverses"))),
        items=_ag_items(), participants=people,
        proxies=(("Gérard Dechy", "Jeanne Martin"), ("Anne Vidal", "en blanc")),
        correspondence=("Sophie Frys", "Olivier Noël", "Rémi Top"),
        incidents=("Paul Roche a quitté la séance avant le vote de la résolution n° 4.",),
    )  # fmt: skip


def _ag_written() -> Written:
    debates = {
        11: ItemWritten((
            paragraph("Présentation des comptes par la trésorière ; le chiffre d'affaires "
                      "progresse de 8 %.", speaker="Lucie Petit (Les Communs du Val)"),
            paragraph("Demande si la provision pour travaux suffit.",
                      speaker="Paul Roche"),
            paragraph("La provision couvre la réfection de la toiture prévue en 2027.",
                      speaker="Jeanne Martin (Les Communs du Val)"),
        )),
        12: ItemWritten((
            paragraph("Propose d'affecter l'excédent aux réserves plutôt qu'en ristourne.",
                      speaker="Marc Godefroy (MEL)"),
            Block(BlockKind.BULLET, (Run("renforcer les fonds propres"),)),
            Block(BlockKind.BULLET, (Run("préparer l'investissement "), Run("2027", bold=True))),
        )),
        13: ItemWritten((paragraph("Les trois candidats se présentent.", speaker="Karim Benali"),)),
        14: ItemWritten(not_recorded=True),
    }  # fmt: skip
    return Written(
        opening=(paragraph("Jeanne Martin ouvre la séance à 17 h 00 et remercie les associés "
                           "de leur présence."),),
        items=debates,
        closing=(paragraph("L'ordre du jour étant épuisé, la séance est levée à 20 h 00."),),
        decisions=(Decision("Organiser 4 groupes de travail thématiques", "MEL",
                            "Fin mars / début avril"),
                   Decision("Envoyer les comptes approuvés au greffe", "Karim Benali",
                            "dans le mois")),
        drafted_by="Karim Benali",
    )  # fmt: skip


def ag_minutes() -> MinutesContent:
    """The AG of the SCIC, signed by the chair and the secretary."""
    return assemble(_ag_generated(), _ag_written(), drafted_on="2026-06-15",
                    signatories=(CHAIR, SECRETARY))  # fmt: skip


def board_minutes() -> MinutesContent:
    """A board meeting: a quorum of administrators, an information item, no vote."""
    header = Header(organisation=ORG, mentions=MENTIONS, meeting_kind="Conseil d'administration",
                    title="Conseil du 2 avril", date="2026-04-02",
                    date_text=f"jeudi 2{N}avril{N}2026", start_time=f"18{N}h{N}30",
                    end_time=f"20{N}h{N}00", place="Bureau de la coopérative",
                    chair="Jeanne Martin")  # fmt: skip
    generated = Generated(
        lang="fr", body="body-3", header=header,
        attendance=Attendance((("Administrateurs présents", 5), ("Administrateurs en exercice", 7)),
                              ("Quorum atteint : 5 participant(s), 4 requis (50 % de 7).",
                               "La moitié au moins des administrateurs est présente."), True),
        agenda=(AgendaRow(1, "Préparation de l'assemblée générale", True),),
        items=(ItemSection(31, 1, "Préparation de l'assemblée générale", "information"),),
        participants=(Person("MARTIN", "Jeanne", "Présidente"), Person("LEFÈVRE", "Élodie")),
    )  # fmt: skip
    written = Written(items={31: ItemWritten((paragraph(
        "Le conseil arrête l'ordre du jour de l'assemblée du 13 juin."),))}, drafted_by="Jeanne Martin")
    return assemble(generated, written, drafted_on="2026-04-03",
                    signatories=(CHAIR, Signatory(5, "Élodie Lefèvre", "Administratrice", "ef56" * 16)))


def working_group_minutes() -> MinutesContent:
    """A working group: no quorum, no vote, only decisions (as in the seed)."""
    header = Header(organisation=ORG, mentions=MENTIONS, meeting_kind="Groupe de travail",
                    title="Restitution groupes de travail ESS", date="2026-02-11",
                    date_text=f"mercredi 11{N}février{N}2026", place="Salle du patio A, B, C")
    generated = Generated(lang="fr", body="other", header=header, attendance=Attendance(()))
    written = Written(decisions=(Decision("Organisation de 4 groupes de travail thématiques", "MEL",
                                          "Fin mars / début avril"),), drafted_by="Clara Schmidt")
    return assemble(generated, written, drafted_on="2026-03-03", signatories=(CHAIR,))


def erratum_minutes() -> MinutesContent:
    """An erratum to entry 1 of the AG register."""
    generated = Generated(lang="fr", body="ag", header=_ag_header(), attendance=Attendance(()))
    written = Written(drafted_by="Karim Benali", correction=(paragraph(
        "À la résolution n° 2, lire « réserve impartageable » au lieu de « réserve légale »."),))
    erratum = Erratum("ag", 1, "2026-06-13", "9f" * 32)
    return assemble(generated, written, drafted_on="2026-06-20", signatories=(CHAIR, SECRETARY),
                    erratum=erratum)


# -- reading the PDFs back, page by page (poppler) ----------------------------------------


def _poppler(tool: str, data: bytes, *args: str) -> str:
    if not shutil.which(tool):
        pytest.skip(f"{tool} is not available")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        extra = ["-"] if tool == "pdftotext" else []
        done = subprocess.run([tool, *args, str(path), *extra], capture_output=True, check=True)
        return done.stdout.decode("utf-8")


def page_text(data: bytes, page: int | None = None, *, nodiag: bool = False) -> str:
    """The text of one page, or of all (``pdftotext -layout``), spaces collapsed.

    ``nodiag`` leaves out diagonal text: poppler scrambles a draft's watermark into the
    lines it crosses.
    """
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    text = _poppler("pdftotext", data, "-layout", "-enc", "UTF-8", *pages,
                    *(["-nodiag"] if nodiag else []))  # fmt: skip
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def page_lines(data: bytes, page: int) -> list[str]:
    """The lines of one page as laid out (``pdftotext -layout -nodiag``)."""
    text = _poppler("pdftotext", data, "-layout", "-nodiag", "-enc", "UTF-8", "-f", str(page),
                    "-l", str(page))  # fmt: skip
    return text.replace("\u00a0", " ").replace("\u202f", " ").splitlines()


def pdf_info(data: bytes) -> dict[str, str]:
    """``pdfinfo``'s fields: Title, Author, Pages, Encrypted…"""
    out = _poppler("pdfinfo", data, "-enc", "UTF-8")
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}
