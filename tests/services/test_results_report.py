# SPDX-License-Identifier: GPL-3.0-or-later
"""The results of a meeting's votes, from the database to the PDF file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from talagov.core.ballots import BallotContent, new_nonce, receipt_time, sign_ballot, to_file
from talagov.core.errors import NotFoundError, UserError
from talagov.core.polls import FOR, PollStatus, candidate_choice
from talagov.services import ballots, keys
from talagov.services.results_report import export_results, results_document, results_report
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.reports.pdftools import pdf_fonts, pdf_text

from .conftest import AddMember
from .vote_setup import Assembly, at, attend, close, make_assembly, open_polls, open_session, vote


def _voted(db: Database, add_member: AddMember) -> tuple[Assembly, list[int]]:
    """Resolution 1 and the election voted and closed; resolution 2 still open.

    Associé02 to Associé05 attend; Associé00 and Associé01 are the candidates. One ballot
    file claims to vote for a member without a proxy, and is rejected.
    """
    a = make_assembly(db, add_member, n=6, resolutions=2, election=True)
    m = a.members
    for member in m[2:]:
        attend(a, member)
    open_session(a)
    ids = open_polls(a, at(14, 5))
    for member, choice in zip(m[2:], ("for", "for", "for", "against"), strict=True):
        vote(a, member, ids[0], choice, when=at(14, 10))
    key, cert = a.member_keys[m[2]]
    poll = a.poll(ids[0])
    content = BallotContent(poll.definition.organisation, a.meeting_id, ids[0],
                            poll.definition_hash, m[2], m[0], ("against",), new_nonce(),
                            receipt_time(at(14, 11).astimezone()), 1)  # fmt: skip
    with UnitOfWork(db) as uow:
        outcome, _ = ballots.import_ballot_file(uow, to_file(sign_ballot(content, key, cert)),
                                                origin="test", now=at(14, 11))  # fmt: skip
    assert outcome.status == "rejected"
    for member, candidate in zip(m[2:], (0, 0, 1, 0), strict=True):
        vote(a, member, ids[2], candidate_choice(m[candidate]), when=at(14, 12))
    close(a, ids[0], at(14, 20))
    close(a, ids[2], at(14, 21))
    return a, ids


def test_closed_polls_with_counts_and_decisions_open_ones_without(
        db: Database, add_member: AddMember) -> None:
    a, _ = _voted(db, add_member)
    with UnitOfWork(db) as uow:
        doc = results_document(uow, a.meeting_id)
        readable = keys.organisation_key(uow).readable  # type: ignore[union-attr]
    assert [p.status for p in doc.polls] == [PollStatus.CLOSED, PollStatus.OPEN,
                                             PollStatus.CLOSED]  # fmt: skip
    first, still_open, election = doc.polls
    assert [(c.label, c.total) for c in first.choices] == [("Pour", 3), ("Contre", 1),
                                                           ("Abstention", 0)]  # fmt: skip
    assert first.adopted is True and first.explanation  # the plain-language sentences
    assert first.ballots.rejected == 1 and first.ballots.reasons == (("aucun pouvoir du mandant", 1),)
    assert still_open.choices == () and "Scrutin en cours" in still_open.decision
    assert election.secret and election.ranking[0].label == "Associé00"
    assert election.ranking[0].outcome == "élu(e)"
    assert doc.fingerprint == readable and len(readable.split()) == 16
    assert doc.meeting.startswith("AG 2026 — assemblée générale ordinaire du")


def test_the_pdf_shows_totals_never_who_chose_what(db: Database, add_member: AddMember) -> None:
    a, _ = _voted(db, add_member)
    with UnitOfWork(db) as uow:
        data = results_report(uow, a.meeting_id)
        readable = keys.organisation_key(uow).readable  # type: ignore[union-attr]
    text = re.sub(r"\s+", " ", pdf_text(data))
    assert "Résolution n° 1 — Résolution 1" in text and "Décision : résolution adoptée." in text
    assert "Élection n° 3 — Élection au conseil" in text and "Scrutin secret" in text
    assert f"Empreinte du certificat de l'organisation : {readable}" in text
    for voter in ("Associé02", "Associé03", "Associé04", "Associé05"):
        assert voter not in text  # only the candidates are named
    assert all(embedded for _, embedded in pdf_fonts(data))


def test_exported_atomically_the_same_file_every_time_and_in_english(
        db: Database, add_member: AddMember, tmp_path: Path) -> None:
    a, _ = _voted(db, add_member)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "résultats.pdf"
    with UnitOfWork(db) as uow:
        assert export_results(uow, a.meeting_id, target) == target
        first = target.read_bytes()
        export_results(uow, a.meeting_id, target)
        english = results_report(uow, a.meeting_id, lang="en")
        with pytest.raises(UserError) as err:
            export_results(uow, a.meeting_id, folder / "missing" / "r.pdf")
    assert target.read_bytes() == first  # deterministic: nothing reads the clock
    assert [p.name for p in folder.iterdir()] == ["résultats.pdf"]  # no temporary left
    assert err.value.code == "file.unwritable"
    assert "Results of the votes" in pdf_text(english)
    assert "Decision: resolution adopted." in re.sub(r"\s+", " ", pdf_text(english))


def test_a_meeting_without_polls_or_key_still_has_a_document(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=2, resolutions=1, org_key=False)
    with UnitOfWork(db) as uow:
        doc = results_document(uow, a.meeting_id)
        text = pdf_text(results_report(uow, a.meeting_id))
        with pytest.raises(NotFoundError):
            results_document(uow, 999)
    assert doc.polls == () and doc.fingerprint == ""
    assert "Aucun scrutin pour cette réunion." in text
    assert "L'organisation n'a pas de certificat" in re.sub(r"\s+", " ", text)


def test_a_public_poll_prints_its_totals_only(db: Database, add_member: AddMember) -> None:
    a, _ = _voted(db, add_member)
    with UnitOfWork(db) as uow:
        first = results_document(uow, a.meeting_id).polls[0]
    assert not first.secret
    assert first.total is not None and first.total.total == 4
    assert FOR not in {c.label for c in first.choices}  # worded, never raw keys


def test_the_demos_past_assembly(demo_path: Path) -> None:
    from talagov.storage.database import open_database

    db = open_database(demo_path)
    try:
        with UnitOfWork(db) as uow:
            doc = results_document(uow, 1)
            data = results_report(uow, 1)
            again = results_report(uow, 1)
    finally:
        db.close()
    # The title already says it is an ordinary general meeting: not said twice.
    assert doc.meeting.casefold().count("assemblée générale ordinaire") == 1
    assert all(p.has_result for p in doc.polls)  # the meeting is closed
    assert data == again and "Résultats des votes" in pdf_text(data)
