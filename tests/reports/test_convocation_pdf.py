# SPDX-License-Identifier: GPL-3.0-or-later
"""The convocation letter: K2 mentions, agenda, resolutions, proxy and postal forms."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time

import pytest

from talagov.core.agenda import ItemKind, Presenter, ResolutionNature
from talagov.core.cancel import CancelToken
from talagov.core.errors import Cancelled
from talagov.core.legal_forms import LegalForm
from talagov.core.meetings import Meeting, MeetingType
from talagov.core.organisation import Organisation
from talagov.core.statutes import Convocation, MajorityBase
from talagov.reports.convocation_content import letter_text
from talagov.reports.convocation_pdf import (
    Addressee,
    ConvocationData,
    ItemLine,
    StatutesFacts,
    convocation_pdf,
    convocations_pdf,
)
from talagov.reports.convocation_texts import TEXTS
from talagov.reports.labels_pdf import Label
from tests.reports.pdftools import pdf_fonts, pdf_text

ORG = Organisation(
    name="Fonderie du Val", form=LegalForm.SCOP_SA, siren="732829320", rcs_city="Lyon",
    registered_office="12 rue des Forges\n69001 Lyon", share_nominal_cents=2500,
)  # fmt: skip
MEETING = Meeting(
    id=7, title="AG annuelle 2027", type=MeetingType.MIXED, on=date(2027, 6, 30),
    start_time=time(14, 30), end_time=time(17, 0), place="Salle des fêtes, 69001 Lyon",
    remote_link="https://visio.example.org/ag-2027", record_date=date(2027, 6, 15),
)  # fmt: skip
ITEMS = (
    ItemLine("Rapport de gestion", ItemKind.INFORMATION),
    ItemLine("Approbation des comptes 2026", ItemKind.RESOLUTION, 1,
             "L'assemblée approuve les comptes de l'exercice 2026."),
    ItemLine("Modification de l'article 12", ItemKind.RESOLUTION, 2,
             "L'assemblée modifie l'article 12.", ResolutionNature.EXTRAORDINARY),
    ItemLine("Élection au conseil", ItemKind.ELECTION, 3, seats=2,
             candidates=("Lefèvre Élodie", "Cœur Zoé")),
    ItemLine("Prime d'intéressement", ItemKind.RESOLUTION, 4, "Texte des associés.",
             presenter=Presenter.MEMBERS),
)  # fmt: skip
FACTS = StatutesFacts(correspondence_allowed=True, remote_allowed=True, max_proxies=2)
DATA = ConvocationData(ORG, MEETING, ITEMS, FACTS, capital_cents=123_456_700)
MEMBER = Addressee("Lefèvre Élodie", "S-12", "4 impasse des Lilas\n69003 Lyon")


def _flat(data: bytes) -> str:
    return re.sub(r"\s+", " ", pdf_text(data))


def test_letter_carries_the_legal_mentions_of_r225_66() -> None:
    text = _flat(convocation_pdf(DATA, MEMBER))
    assert "Fonderie du Val" in text
    assert "SCOP-SA à capital variable" in text
    assert "RCS Lyon 732 829 320" in text
    assert "Siège social : 12 rue des Forges, 69001 Lyon" in text
    # The capital is the one on the record date, not the meeting date.
    assert "Capital au 15/06/2027 : 1 234 567,00 €" in text
    assert "mercredi 30 juin 2027 de 14 h 30 à 17 h" in text
    assert "Salle des fêtes, 69001 Lyon" in text
    assert "https://visio.example.org/ag-2027" in text
    assert "assemblée générale mixte (ordinaire et extraordinaire), première convocation" in text


def test_letter_is_addressed_to_the_member() -> None:
    text = pdf_text(convocation_pdf(DATA, MEMBER))
    assert "Lefèvre Élodie" in text
    assert "4 impasse des Lilas" in text and "69003 Lyon" in text
    assert "Je soussigné(e) Lefèvre Élodie, associé(e) n° S-12" in re.sub(r"\s+", " ", text)


def test_agenda_and_numbered_draft_resolutions_with_their_text() -> None:
    text = _flat(convocation_pdf(DATA, MEMBER))
    assert "1. Rapport de gestion (information)" in text
    assert "Approbation des comptes 2026 (résolution n° 1, ordinaire)" in text
    assert "Modification de l'article 12 (résolution n° 2, extraordinaire)" in text
    assert "Première résolution — Approbation des comptes 2026" in text
    assert "L'assemblée approuve les comptes de l'exercice 2026." in text
    assert "Deuxième résolution — Modification de l'article 12" in text
    assert "Candidats : Lefèvre Élodie, Cœur Zoé." in text
    assert "présentée par des associés" in text


def test_how_to_vote_remotely_by_proxy_and_by_correspondence() -> None:
    text = _flat(convocation_pdf(DATA, MEMBER))
    assert "réputés présents pour le calcul du quorum" in text
    assert "par procuration" in text and "un autre associé" in text
    assert "par correspondance" in text
    assert "avant l'ouverture de la séance, le mercredi 30 juin 2027 à 14 h 30" in text


def test_proxy_form_states_the_blank_proxy_rule_and_the_cap() -> None:
    text = _flat(convocation_pdf(DATA, MEMBER))
    assert "Pouvoir" in text
    assert "donne pouvoir à : ____" in text
    assert "attribué au président de l'assemblée" in text
    assert "vote favorable aux projets de résolutions présentés ou agréés par le conseil" in text
    assert "plus de 2 pouvoir(s)" in text
    no_blank = replace(DATA, statutes=replace(FACTS, blank_proxies=False))
    assert "ne désigne pas de mandataire n'est pas valable" in _flat(
        convocation_pdf(no_blank, MEMBER)
    )


def test_postal_form_lists_every_resolution_in_order_with_three_boxes() -> None:
    text = pdf_text(convocation_pdf(DATA, MEMBER))
    form = text[text.index("Formulaire de vote par correspondance") :]
    assert "Pour" in form and "Contre" in form and "Abstention" in form
    positions = [form.index(title) for title in
                 ("Approbation des comptes 2026", "Modification de l'article 12",
                  "Élection au conseil", "Prime d'intéressement")]  # fmt: skip
    assert positions == sorted(positions)
    assert form.count("\u2610") == 3 * 3  # the election takes no box
    assert "Rapport de gestion" not in form  # information items are not voted


def test_postal_form_lists_an_election_with_its_candidates_and_no_for_against() -> None:
    flat = _flat(convocation_pdf(DATA, MEMBER))
    form = flat[flat.index("Formulaire de vote par correspondance") :]
    election = form[form.index("Élection : Élection au conseil") : form.index(
        "Prime d'intéressement")]  # fmt: skip
    assert "Lefèvre Élodie" in election and "Cœur Zoé" in election
    assert "Sièges à pourvoir : 2" in election
    assert "Une élection ne se vote pas par" in election  # the cell wraps
    assert "Pour" not in election and "Contre" not in election and "\u2610" not in election


def test_postal_form_says_what_an_abstention_does() -> None:
    flat = _flat(convocation_pdf(DATA, MEMBER))
    assert "n'est pas un vote exprimé" in flat
    assert "Un formulaire reçu plus tard n'est pas pris en compte" in flat
    mixed = replace(DATA, statutes=replace(
        FACTS, extraordinary_base=MajorityBase.PRESENT_OR_REPRESENTED))  # fmt: skip
    flat = _flat(convocation_pdf(mixed, MEMBER))
    assert "n'est pas un vote exprimé" in flat and "(résolutions ordinaires)" in flat
    assert "équivaut à un vote contre" in flat and "(résolutions extraordinaires)" in flat


def test_no_postal_form_when_the_statutes_do_not_allow_it() -> None:
    closed = replace(DATA, statutes=replace(FACTS, correspondence_allowed=False))
    text = _flat(convocation_pdf(closed, MEMBER))
    assert "Formulaire de vote par correspondance" not in text
    assert "ne prévoient pas le vote par correspondance" in text


def test_second_convocation_says_so() -> None:
    second = replace(DATA, meeting=replace(MEETING, convocation=Convocation.SECOND),
                     previous_on=date(2027, 6, 10))  # fmt: skip
    text = _flat(convocation_pdf(second, MEMBER))
    assert "deuxième convocation" in text
    assert "première convocation le jeudi 10 juin 2027 n'a pu valablement délibérer" in text


def test_english_letter() -> None:
    text = _flat(convocation_pdf(DATA, MEMBER, lang="en"))
    assert "Agenda" in text and "Draft resolutions" in text and "Proxy form" in text
    assert "Wednesday 30 June 2027" in text and "Voting form by correspondence" in text


def test_only_embedded_fonts() -> None:
    fonts = pdf_fonts(convocation_pdf(DATA, MEMBER))
    assert fonts and all(embedded for _, embedded in fonts)
    assert not any("Helvetica" in name for name, _ in fonts)


def test_same_input_same_bytes() -> None:
    assert convocation_pdf(DATA, MEMBER) == convocation_pdf(DATA, MEMBER)
    assert convocation_pdf(DATA, MEMBER) != convocation_pdf(DATA, replace(MEMBER, number="S-13"))


def test_merged_letters_then_labels_with_progress_and_cancel() -> None:
    members = [Addressee(f"Membre {i}", f"S-{i}", f"{i} rue Haute\n69001 Lyon") for i in range(5)]
    seen: list[tuple[int, int]] = []
    data = convocations_pdf(DATA, members, labels=[Label.of(m.name, m.address) for m in members],
                            progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    single = pdf_text(convocation_pdf(DATA, members[0])).count("Page 1 / ")
    text = pdf_text(data)
    assert text.count("Page 1 / ") == 5 * single
    assert all(f"Je soussigné(e) Membre {i}," in text for i in range(5))
    assert seen[-1] == (10, 10)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        convocations_pdf(DATA, members, cancel=token)


def test_a_long_agenda_runs_over_several_pages() -> None:
    items = tuple(ItemLine(f"Résolution numéro {n}", ItemKind.RESOLUTION, n, "Texte. " * 120)
                  for n in range(1, 31))  # fmt: skip
    text = pdf_text(convocation_pdf(replace(DATA, items=items), MEMBER))
    assert "Trentième" not in text and "Résolution n° 30 — Résolution numéro 30" in text
    assert "Vingtième résolution — Résolution numéro 20" in text


def test_letter_text_for_the_email_body() -> None:
    body = letter_text(DATA, MEMBER, "fr")
    assert body.startswith("Fonderie du Val\n")
    assert "Ordre du jour" in body and "1. Rapport de gestion (information)" in body


def test_french_texts_keep_no_break_spaces_before_colons() -> None:
    for key, (french, _) in TEXTS.items():
        assert " :" not in french and " ;" not in french, key
        assert "« " not in french and " »" not in french, key


FINGERPRINT = "3F2A 91C0 ABCD 0123 4567 89AB CDEF 0011 2233 4455 6677 8899 AABB CCDD EEFF 1234"


def test_the_letter_prints_the_organisation_fingerprint_to_compare_before_voting() -> None:
    data = replace(DATA, fingerprint=FINGERPRINT)
    text = _flat(convocation_pdf(data, MEMBER))
    assert ("Empreinte du certificat de l'organisation (à comparer avant de voter "
            "électroniquement) :") in text
    assert FINGERPRINT in text  # 16 groups, on two lines of eight
    lines = pdf_text(convocation_pdf(data, MEMBER)).splitlines()
    assert any(line.strip() == " ".join(FINGERPRINT.split()[:8]) for line in lines)
    english = _flat(convocation_pdf(data, MEMBER, lang="en"))
    assert "Fingerprint of the organisation's certificate (compare it before voting" in english
    assert FINGERPRINT in english
    assert FINGERPRINT.split()[0] in letter_text(data, MEMBER, "fr")  # the e-mail too


def test_the_letter_gives_the_identifier_a_member_types_to_make_a_voting_key() -> None:
    member = replace(MEMBER, member_id=42)
    with_key = _flat(convocation_pdf(replace(DATA, fingerprint=FINGERPRINT), member))
    assert "Identifiant pour le vote électronique : 42" in with_key
    assert "Identifiant pour le vote" not in _flat(convocation_pdf(DATA, member))


def test_no_fingerprint_line_without_an_organisation_key() -> None:
    assert "Empreinte du certificat" not in _flat(convocation_pdf(DATA, MEMBER))
    board = replace(DATA, meeting=replace(MEETING, type=MeetingType.BOARD), fingerprint=FINGERPRINT)
    assert FINGERPRINT in _flat(convocation_pdf(board, MEMBER))  # boards vote electronically too
