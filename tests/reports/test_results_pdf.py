# SPDX-License-Identifier: GPL-3.0-or-later
"""The results PDF: a section per poll, tables that wrap, page numbers, the fingerprint."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from talagov.core.ballot_check import CountedVote
from talagov.core.ballots import Channel
from talagov.core.errors import UserError
from talagov.core.polls import BLANK, PollKind, PollStatus
from talagov.core.ratio import Ratio
from talagov.core.statutes import CollegeSpec, MajorityBase, MajorityRule
from talagov.core.tally import Bases, tally
from talagov.reports.results_content import poll_section
from talagov.reports.results_pdf import results_pdf
from talagov.services.files import save_file
from tests.reports import results_samples as samples
from tests.reports.pdftools import pdf_fonts, pdf_text


def _flat(data: bytes) -> str:
    return re.sub(r"\s+", " ", pdf_text(data))


def test_each_poll_is_a_section_with_its_rule_counts_and_decision() -> None:
    text = _flat(results_pdf(samples.document()))
    assert "Résultats des votes" in text and "RCS Lyon 732 829 320" in text
    assert "AG annuelle 2027 — assemblée générale ordinaire du mercredi 30 juin 2027" in text
    assert "Lieu : Salle des fêtes, 69001 Lyon" in text
    assert "Résolution n° 1 — Approbation des comptes de l'exercice 2026" in text
    assert "Majorité requise : plus de la moitié des suffrages exprimés (Statuts art. 22)." in text
    assert "Décision : résolution adoptée." in text
    assert "« Pour » : 30 sur une base de 38 (78,95 %)." in text
    assert "La résolution est adoptée." in text  # the explanation


def test_counts_are_printed_by_channel_with_the_total_row() -> None:
    lines = [" ".join(line.split()) for line in pdf_text(results_pdf(samples.document())).splitlines()]
    assert "Pour 12 8 5 2 3 30" in lines
    assert "Contre 4 1 1 0 2 8" in lines
    assert "Total 19 9 6 2 5 41" in lines
    flat = " ".join(lines)
    for header in ("Isoloir", "Fichier", "Correspondance", "Main levée"):
        assert header in flat


def test_the_college_table_and_the_weighted_result() -> None:
    text = _flat(results_pdf(samples.document()))
    assert "Salariés 8 2 0 10 4/5 (80,00 %) 50,00 %" in text
    assert "Partenaires 1 3 0 4 1/4 (25,00 %) 20,00 %" in text
    assert "R = Σ poids × part = 57/100 = 0,57 ; seuil : R > 1/2." in text


def test_the_election_ranking_and_the_secrecy_caveat() -> None:
    text = _flat(results_pdf(samples.document()))
    assert "1 Lefèvre Élodie 10 élu(e)" in text
    assert "2 Cœur Zoé 5 ex aequo" in text
    assert "à départager par l'assemblée" in text
    assert "Scrutin secret : seuls les totaux sont publiés." in text
    assert "la base de données du secrétariat peut relier un votant à son choix" in text


def test_an_open_poll_prints_no_count() -> None:
    text = _flat(results_pdf(samples.document()))
    tail = text[text.index("Résolution n° 4 — Prime d'intéressement"):]
    assert tail.split(" Empreinte")[0].endswith("le résultat sera publié à la clôture.")


def test_rejected_ballots_are_summarised_by_reason() -> None:
    text = _flat(results_pdf(samples.document()))
    assert "rejetés : 3." in text
    assert "aucun pouvoir du mandant 2" in text and "signature invalide 1" in text


def test_the_document_ends_with_the_organisation_fingerprint() -> None:
    text = _flat(results_pdf(samples.document()))
    last_footer = " Résultats des votes — Fonderie du Val — 30/06/2027"
    assert text.rsplit(last_footer, 1)[0].endswith(
        f"Empreinte du certificat de l'organisation : {samples.FINGERPRINT}")
    without = _flat(results_pdf(samples.document(fingerprint="")))
    assert "L'organisation n'a pas de certificat" in without


def test_long_titles_wrap_and_many_polls_run_over_numbered_pages() -> None:
    _, result = samples.accounts()
    long_title = "Affectation du résultat " + "et dotation de la réserve impartageable " * 6
    polls = tuple(poll_section(samples.definition(n, long_title), result,
                               status=PollStatus.CLOSED) for n in range(1, 13))  # fmt: skip
    data = results_pdf(samples.document(polls=polls))
    text = pdf_text(data)
    pages = text.count("\f") or 1
    assert pages >= 3
    assert f"Page 1 / {pages}" in text and f"Page {pages} / {pages}" in text
    assert _flat(data).count("Décision : résolution adoptée.") == 12
    assert all(len(line) < 140 for line in text.splitlines())  # nothing runs off the page


def test_english_results() -> None:
    text = _flat(results_pdf(samples.document("en"), lang="en"))
    assert "Results of the votes" in text and "Resolution 1 — Approbation" in text
    assert "Decision: resolution adopted." in text
    assert "Majority required: more than half of the votes cast (Statuts art. 22)." in text
    assert f"Fingerprint of the organisation's certificate: {samples.FINGERPRINT}" in text
    assert "Page 1 / " in text


def test_only_embedded_fonts_and_the_same_bytes_every_time() -> None:
    data = results_pdf(samples.document())
    assert data == results_pdf(samples.document())
    assert all(embedded for _, embedded in pdf_fonts(data))


def test_written_to_a_path_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "résultats.pdf"
    target.write_bytes(b"old")
    # Saved through the one atomic writer of the services (results_report.export_results).
    save_file(target, results_pdf(samples.document()))
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["résultats.pdf"]  # no temporary left
    with pytest.raises(UserError) as err:
        save_file(tmp_path / "missing" / "r.pdf", results_pdf(samples.document()))
    assert err.value.code == "file.unwritable"


def test_an_election_with_colleges_prints_the_votes_of_each_candidate_by_college() -> None:
    # A SCIC election has no "for", "against" or share of "for": its college table gives
    # each candidate's votes (a table of zeros under "Pour" misled the reader).
    c41, c42, c43 = samples.CANDIDATES
    d = samples.definition(3, "Élection au conseil", kind=PollKind.ELECTION, seats=2,
                           choices=(c41, c42, c43, BLANK), labels=samples.CANDIDATES,
                           majority=MajorityRule(Ratio(0, 1), False, MajorityBase.CAST),
                           colleges=(CollegeSpec("emp", "Salariés", 50),
                                     CollegeSpec("usr", "Usagers", 50)))
    counted = [CountedVote(1, (c41, c42), Channel.BOOTH, 1, "emp"),
               CountedVote(2, (c41,), Channel.BOOTH, 2, "emp"),
               CountedVote(3, (c43,), Channel.FILE, 3, "usr"),
               CountedVote(4, (BLANK,), Channel.BOOTH, 4, "usr")]
    result = tally(d, counted, [], Bases(participants=4, eligible=6), poll_id=3)
    section = poll_section(d, result, status=PollStatus.CLOSED)
    assert section.colleges[0].by_choice == (
        ("Lefèvre Élodie", 2), ("Cœur Zoé", 1), ("Martin Paul", 0), ("Blanc", 0))
    text = _flat(results_pdf(samples.document(polls=(section,))))
    assert "Salariés 2 1 0 0 2 50,00 %" in text
    assert "Usagers 0 0 1 1 1 50,00 %" in text
    assert "Part du « pour »" not in text and "Abst." not in text
