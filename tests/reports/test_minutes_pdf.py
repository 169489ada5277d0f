# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes PDF: the record as the secretary would sign it, archival-grade bytes."""

from __future__ import annotations

import re
from dataclasses import replace

from talagov.core.canonical import readable_fingerprint
from talagov.core.minutes_codec import content_hash
from talagov.core.minutes_content import MinutesContent
from talagov.core.rich_text import Block, BlockKind, Run, paragraph
from talagov.reports.minutes_pdf import minutes_pdf
from tests.reports import minutes_samples as samples
from tests.reports.minutes_samples import page_lines, page_text, pdf_info
from tests.reports.pdftools import pdf_fonts, pdf_text

NOTE = "Horodatage : aucun jeton obtenu ; heure locale enregistrée."


def _pdf(content: MinutesContent | None = None, **kwargs: object) -> bytes:
    kwargs.setdefault("signature_note", NOTE)
    return minutes_pdf(content or samples.ag_minutes(), fingerprint=samples.FINGERPRINT,
                       **kwargs)  # type: ignore[arg-type]


def _flat(data: bytes) -> str:
    return re.sub(r"\s+", " ", pdf_text(data))


def _lines(data: bytes) -> list[str]:
    return [" ".join(line.split()) for line in pdf_text(data).splitlines()]


def _pages(data: bytes) -> int:
    return int(pdf_info(data)["Pages"])


def test_the_head_says_who_met_when_where_and_who_drafted() -> None:
    text = _flat(_pdf())
    assert "Les Communs du Val SCIC SAS à capital variable — RCS Lyon 812 345 678" in text
    assert "Procès-verbal Assemblée générale ordinaire — AG annuelle 2026" in text
    assert "samedi 13 juin 2026 17 h 00 – 20 h 00 Salle du patio, 8 rue Basse" in text
    assert "Convocation : par courrier électronique et par lettre, le 20 mai 2026" in text
    assert "Réunion présidée par : Jeanne Martin" in text
    assert "Secrétaire de séance : Karim Benali" in text
    assert "Scrutateurs : Lucie Petit, Paul Roche" in text
    assert "Rédigé par Karim Benali le lundi 15 juin 2026" in text
    assert "Documents présentés • Rapport de gestion 2025 • Comptes annuels 2025" in text
    assert "PJ : Diaporama diffusé, Feuille de présence" in text


def test_attendance_and_the_quorum_with_its_explanation() -> None:
    data = _pdf()
    assert "Associés présents 41" in _lines(data)
    text = _flat(data)
    assert "Présences et quorum" in text
    assert "un quart des associés, soit 22. Associés présents, représentés" in text
    # The outcome is said once, by the record's first sentence (printed in bold).
    assert text.count("Quorum atteint") == 1 and "Le quorum est atteint." not in text
    unmet = samples.ag_minutes()
    unmet = replace(unmet, generated=replace(unmet.generated, attendance=replace(
        unmet.generated.attendance, quorum_met=False,
        quorum=("Quorum non atteint : 19 participant(s), 22 requis (25 % de 88).",))))
    text = _flat(_pdf(unmet))
    assert "Quorum non atteint" in text and "Quorum atteint" not in text
    no_sentence = replace(unmet, generated=replace(unmet.generated, attendance=replace(
        unmet.generated.attendance, quorum=())))
    assert "Le quorum n'est pas atteint." in _flat(_pdf(no_sentence))


def test_the_agenda_table_says_which_points_were_dealt_with() -> None:
    lines = _lines(_pdf())
    assert "N° POINT TRAITÉ (O/N)" in lines
    assert "1 Approbation des comptes de l'exercice 2025 O" in lines
    assert "5 Questions diverses N" in lines


def test_the_decisions_table_lists_action_owner_and_due_date() -> None:
    lines = _lines(_pdf())
    assert "N° ACTION À MENER QUI ÉCHÉANCE" in lines
    assert "1 Organiser 4 groupes de travail thématiques MEL Fin mars / début avril" in lines
    assert "2 Envoyer les comptes approuvés au greffe Karim Benali dans le mois" in lines


def test_each_item_has_its_debates_its_text_and_its_result() -> None:
    data = _pdf()
    text, lines = _flat(data), _lines(data)
    assert "1 / APPROBATION DES COMPTES DE L'EXERCICE 2025" in text
    assert "Lucie Petit (Les Communs du Val) : Présentation des comptes" in text
    assert "Texte soumis au vote L'assemblée générale, après avoir entendu" in text
    assert "Majorité : plus de la moitié des suffrages exprimés" in text
    assert {"Pour 54", "Contre 3", "Abstention 2", "Pour 31", "Contre 22"} <= set(lines)
    assert "57 voix exprimées sur 59 votants" in text
    assert text.count("Décision : résolution adoptée.") == 2
    assert "Décision : résolution rejetée." in text
    assert "« Pour » : 30 sur une base de 59 (50,85 %), moins des deux tiers." in text


def test_the_scic_colleges_and_the_weighted_result() -> None:
    lines = _lines(_pdf())
    assert "COLLÈGE RÉSULTAT" in lines
    assert "Salariés 12 pour, 2 contre — part 6/7 — poids 50 %" in lines
    assert "Usagers 14 pour, 18 contre — part 7/16 — poids 30 %" in lines
    assert "R = 1 201/1 680 ≈ 71,49 % (seuil : plus de 1/2)" in lines


def test_the_election_ranking_and_who_is_elected() -> None:
    data = _pdf()
    lines, text = _lines(data), _flat(data)
    assert "CANDIDAT VOIX" in lines and "Élodie Lefèvre 40" in lines
    assert "Classement 1. Élodie Lefèvre — 40 voix — élue 2. Marc Godefroy — 35 voix — élu" in text
    assert "Décision : élu(e)(s) : Élodie Lefèvre, Marc Godefroy." in text


def test_debates_not_recorded_and_an_item_with_nothing_written() -> None:
    text = _flat(_pdf())
    statutes = text[text.index("4 / MODIFICATION DE L'ARTICLE 12"):]
    assert statutes.split(" Texte soumis au vote")[0].endswith("Débats non enregistrés")
    assert "5 / QUESTIONS DIVERSES Aucune observation consignée." in text


def test_lists_keep_their_bullets_and_numbers_restart() -> None:
    content = samples.ag_minutes()
    debates = (Block(BlockKind.NUMBERED, (Run("premier"),)),
               Block(BlockKind.NUMBERED, (Run("second"),)),
               paragraph("entre les deux"), Block(BlockKind.NUMBERED, (Run("nouveau"),)))
    items = (replace(content.items[0], debates=debates), *content.items[1:])
    text = _flat(_pdf(replace(content, items=items)))
    assert "1. premier 2. second entre les deux 1. nouveau" in text
    assert "• renforcer les fonds propres • préparer l'investissement 2027" in text


def test_the_annexes_list_participants_proxies_postal_voters_and_incidents() -> None:
    data = _pdf()
    lines, text = _lines(data), _flat(data)
    assert "LISTE DES PARTICIPANTS" in text
    assert "NOM PRÉNOM FONCTION STRUCTURE PRÉSENCE" in lines
    assert "MARTIN Jeanne Présidente Les Communs du Val présente" in lines
    assert "ROCHE Paul Usager à distance" in lines
    assert "MANDANT MANDATAIRE" in lines and "Gérard Dechy Jeanne Martin" in lines
    assert "Anne Vidal en blanc" in lines
    assert "Votes par correspondance Sophie Frys, Olivier Noël, Rémi Top" in text
    assert "Incidents • Paul Roche a quitté la séance avant le vote de la résolution n° 4." in text


def test_the_last_page_carries_the_signatures_and_the_fingerprints() -> None:
    content = samples.ag_minutes()
    data = _pdf(content)
    last = page_text(data, _pages(data))
    assert "Signatures Jeanne Martin, Présidente de séance" in last
    assert "Karim Benali, Secrétaire de séance" in last
    assert f"Certificat : {readable_fingerprint(samples.CERT_CHAIR)}" in last
    groups = readable_fingerprint(content_hash(content)).split()
    assert f"Empreinte SHA-256 du contenu signé {' '.join(groups[:8])} {' '.join(groups[8:])}" in last
    org = samples.FINGERPRINT.split()
    assert f"Empreinte de la clé de l'organisation {' '.join(org[:8])} {' '.join(org[8:])}" in last
    assert NOTE in last
    assert "Signatures" not in page_text(data, 1)


def test_a_draft_is_marked_on_every_page_and_claims_no_signature() -> None:
    draft = _pdf(draft=True)
    for page in range(1, _pages(draft) + 1):
        assert "PROJET" in page_text(draft, page)
    text = page_text(draft, nodiag=True)
    assert "Projet : ce document n'est pas signé et ne vaut pas procès-verbal." in text
    assert "Signataires prévus Jeanne Martin, Présidente de séance" in text
    assert "contenu signé" not in text and "signent électroniquement" not in text
    assert NOTE not in text
    assert "PROJET" not in _flat(_pdf())
    english = replace(samples.ag_minutes(), generated=replace(samples.ag_minutes().generated,
                                                              lang="en"))
    assert "DRAFT" in page_text(_pdf(english, draft=True), 1)


def test_every_page_is_numbered_out_of_the_total() -> None:
    data = _pdf()
    pages = _pages(data)
    assert pages >= 3
    for page in range(1, pages + 1):
        assert f"Page {page} / {pages}" in page_text(data, page)
        assert "Procès-verbal — Les Communs du Val — samedi 13 juin 2026" in page_text(data, page)


def test_only_embedded_fonts_and_the_document_information() -> None:
    data = _pdf()
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _, embedded in fonts)
    assert not any("Helvetica" in name for name, _ in fonts)
    info = pdf_info(data)
    assert "\u00a0" not in "".join(info.values())
    assert info["Title"] == ("Procès-verbal — Assemblée générale ordinaire — AG annuelle 2026 — "
                             "samedi 13 juin 2026")
    assert info["Author"] == "Les Communs du Val"
    assert info["Subject"].startswith("Procès-verbal — Assemblée générale ordinaire")
    assert "procès-verbal" in info["Keywords"]
    assert info["Creator"].startswith("TalaGov ")
    assert info["Encrypted"] == "no"
    assert info["CreationDate"].startswith("Mon Jun 15 00:00:00 2026")


def test_the_same_content_gives_the_same_bytes() -> None:
    assert _pdf() == _pdf()
    assert _pdf(draft=True) == _pdf(draft=True)
    other = replace(samples.ag_minutes(), closing=(paragraph("Séance levée à 20 h 05."),))
    assert _pdf(other) != _pdf()


def test_what_people_typed_prints_literally_never_as_markup() -> None:
    content = samples.ag_minutes()
    tricky = (paragraph("a <b>& c</b> &amp; <br/> d", speaker="X <i>Y</i> & Z"),)
    items = (replace(content.items[0], debates=tricky, title="Point <u>souligné</u> & co"),
             *content.items[1:])
    decisions = (*content.decisions, replace(content.decisions[0], action="<font size=40>x"))
    data = _pdf(replace(content, items=items, decisions=decisions))
    text = _flat(data)
    assert "X <i>Y</i> & Z : a <b>& c</b> &amp; <br/> d" in text
    assert "1 / POINT <U>SOULIGNÉ</U> & CO" in text
    assert "3 <font size=40>x MEL" in text


def test_a_board_meeting_without_vote_has_no_empty_vote_heading() -> None:
    text = _flat(_pdf(samples.board_minutes()))
    assert "Conseil d'administration — Conseil du 2 avril" in text
    assert "4 requis (50 % de 7). La moitié au moins des administrateurs est présente." in text
    assert "1 / PRÉPARATION DE L'ASSEMBLÉE GÉNÉRALE Le conseil arrête l'ordre du jour" in text
    for absent in ("Résultat du vote", "Texte soumis au vote", "Décisions", "Procurations",
                   "Incidents", "PRÉSENCE"):
        assert absent not in text
    assert "Élodie Lefèvre, Administratrice" in text


def test_a_working_group_has_its_decisions_and_no_quorum() -> None:
    data = _pdf(samples.working_group_minutes())
    text = _flat(data)
    assert "1 Organisation de 4 groupes de travail thématiques MEL Fin mars / début avril" in text
    for absent in ("quorum", "Présences", "Ordre du jour", "LISTE DES PARTICIPANTS",
                   "Ouverture de la séance", "Résultat du vote"):
        assert absent not in text
    assert "Rédigé par Clara Schmidt le mardi 3 mars 2026" in text
    assert _pages(data) == 1


def test_an_erratum_names_what_it_corrects_and_says_the_correction() -> None:
    data = _pdf(samples.erratum_minutes())
    text = _flat(data)
    assert "Erratum au procès-verbal n° 1 du samedi 13 juin 2026" in text
    assert "Ce texte corrige le procès-verbal n° 1 du registre." in text
    assert "Empreinte du contenu corrigé 9F9F 9F9F" in text
    assert "Correction À la résolution n° 2, lire « réserve impartageable »" in text
    assert "Ordre du jour" not in text and "Signatures" in text
    assert pdf_info(data)["Title"].startswith("Erratum au procès-verbal n° 1")


def test_english_minutes_use_english_labels() -> None:
    ag = samples.ag_minutes()
    data = _pdf(replace(ag, generated=replace(ag.generated, lang="en")))
    text, lines = _flat(data), _lines(data)
    assert "Minutes Assemblée générale ordinaire" in text
    assert "NO. ITEM DEALT WITH (Y/N)" in lines and "5 Questions diverses N" in lines
    assert "Chaired by: Jeanne Martin" in text and "Result of the vote" in text
    assert "Debates not recorded" in text and "Page 1 / " in text


def test_long_minutes_lay_out_across_pages_without_losing_text() -> None:
    content = samples.ag_minutes()
    people = tuple(replace(content.generated.participants[0], name=f"NOM{i:03d}")
                   for i in range(300))
    header = replace(content.header, notice_override="Convoquée à bref délai : tous les "
                     "associés ont renoncé au délai de quinze jours.")
    essay = " ".join(f"mot{i}" for i in range(3000))
    items = (replace(content.items[0], debates=(paragraph(essay, speaker="Lucie Petit"),),
                     resolution=essay), *content.items[1:])
    decisions = (replace(content.decisions[0], action="action " * 300), *content.decisions[1:])
    big = replace(content, generated=replace(content.generated, participants=people,
                                             header=header),
                  items=items, decisions=decisions)
    data = _pdf(big)
    text = _flat(data)
    assert "NOM000" in text and "NOM299" in text and "NOM150" in text
    assert text.count("mot2999") == 2
    assert "Convoquée à bref délai : tous les associés ont renoncé" in text
    pages = _pages(data)
    assert pages > 10
    assert "Signatures" in page_text(data, pages)


def test_no_page_ends_with_a_heading() -> None:
    headings = re.compile(r"^(\d+ / [^a-z]+|Texte soumis au vote|Résultat du vote|Ordre du jour|"
                          r"Décisions|Présences et quorum|Signatures|LISTE DES PARTICIPANTS)$")
    content = samples.ag_minutes()
    for padding in range(0, 48, 8):  # shifts every heading down the pages
        opening = tuple(paragraph(f"Ligne d'ouverture {i}.") for i in range(padding + 1))
        data = _pdf(replace(content, opening=opening))
        for page in range(1, _pages(data)):
            lines = [" ".join(line.split()) for line in page_lines(data, page)]
            body = [line for line in lines if line and not line.startswith("Procès-verbal — ")]
            assert not headings.match(body[-1]), (padding, page, body[-1])
