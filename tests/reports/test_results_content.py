# SPDX-License-Identifier: GPL-3.0-or-later
"""What the results say about each poll, before any layout: counts, colleges, decision."""

from __future__ import annotations

from dataclasses import replace

from talagov.core.ballots import Channel
from talagov.core.polls import AGAINST, FOR, PollStatus
from talagov.core.statutes import CollegeSpec
from talagov.core.tally import Bases, tally
from talagov.reports.results_content import CHANNELS, ballot_summary, poll_section
from tests.reports import results_samples as samples

NBSP = "\u00a0"


def test_counts_by_choice_and_channel_with_a_total_row() -> None:
    d, result = samples.accounts()
    section = poll_section(d, result, status=PollStatus.CLOSED)
    assert CHANNELS == (Channel.BOOTH, Channel.FILE, Channel.CORRESPONDENCE,
                        Channel.BLANK_PROXY, Channel.HAND)  # fmt: skip
    assert [(c.label, c.by_channel, c.total) for c in section.choices] == [
        ("Pour", (12, 8, 5, 2, 3), 30), ("Contre", (4, 1, 1, 0, 2), 8),
        ("Abstention", (3, 0, 0, 0, 0), 3)]  # fmt: skip
    assert section.total is not None
    assert (section.total.by_channel, section.total.total) == ((19, 9, 6, 2, 5), 41)
    assert section.base_line == f"«{NBSP}Pour{NBSP}»{NBSP}: 30 sur une base de 38 (78,95{NBSP}%)."
    assert section.adopted is True and section.decision == f"Décision{NBSP}: résolution adoptée."
    assert section.majority == "plus de la moitié des suffrages exprimés"
    assert f"Majorité requise{NBSP}: plus de la moitié des suffrages exprimés (Statuts art. 22)." \
        in section.notes


def test_the_college_example_gives_r_057_adopted() -> None:
    d, result = samples.colleges()
    section = poll_section(d, result, status=PollStatus.CLOSED)
    rows = [(c.name, c.votes_for, c.against, c.base, c.share, c.percent, c.weight)
            for c in section.colleges]  # fmt: skip
    assert rows == [("Salariés", 8, 2, 10, "4/5", f"80,00{NBSP}%", f"50,00{NBSP}%"),
                    ("Usagers", 40, 60, 100, "2/5", f"40,00{NBSP}%", f"30,00{NBSP}%"),
                    ("Partenaires", 1, 3, 4, "1/4", f"25,00{NBSP}%", f"20,00{NBSP}%")]  # fmt: skip
    w = section.weighted
    assert w is not None
    assert (w.fraction, w.decimal, w.exact, w.threshold, w.strict, w.reached) == (
        "57/100", "0,57", True, "1/2", True, True)
    assert section.adopted is True and "adoptée" in section.decision
    assert section.base_line == ""  # heads alone (49 to 65) decide nothing here
    assert "résultat pondéré des collèges" in section.majority


def test_a_weight_that_is_not_a_round_percentage_shows_its_fraction() -> None:
    d = samples.definition(5, "Trois collèges égaux", colleges=tuple(
        CollegeSpec(k, k.upper(), 1) for k in ("a", "b", "c")))  # fmt: skip
    votes = [*samples.votes([(FOR, Channel.BOOTH, 2)], college="a"),
             *samples.votes([(AGAINST, Channel.BOOTH, 1)], college="b", start=10),
             *samples.votes([(FOR, Channel.BOOTH, 1)], college="c", start=20)]
    result = tally(d, votes, [], Bases(4, 4, {"a": 2, "b": 1, "c": 1}, {"a": 2, "b": 1, "c": 1}))
    section = poll_section(d, result, status=PollStatus.CLOSED, lang="en")
    assert [c.weight for c in section.colleges] == ["1/3 ≈ 33.33%"] * 3
    assert section.weighted is not None
    assert (section.weighted.fraction, section.weighted.decimal, section.weighted.exact) == (
        "2/3", "0.6667", False)


def test_an_election_ranks_the_candidates_and_leaves_the_tie_to_the_meeting() -> None:
    d, result = samples.election()
    section = poll_section(d, result, status=PollStatus.CLOSED)
    assert [(r.rank, r.label, r.votes, r.outcome) for r in section.ranking] == [
        (1, "Lefèvre Élodie", 10, "élu(e)"), (2, "Cœur Zoé", 5, "ex aequo"),
        (2, "Martin Paul", 5, "ex aequo")]  # fmt: skip
    assert "Lefèvre Élodie" in section.decision
    assert "Égalité pour le dernier siège entre Cœur Zoé, Martin Paul" in section.decision
    assert f"Sièges non pourvus{NBSP}: 1." in section.decision
    assert section.total is None  # two names per ballot: a sum would mean nothing
    assert [c.label for c in section.choices][-1] == "Blanc"
    assert any("la base de données du secrétariat peut relier" in n for n in section.notes)
    assert f"Majorité requise{NBSP}: la majorité relative" in section.notes[-1]
    assert section.heading.startswith(f"Élection n°{NBSP}3")


def test_the_chairs_casting_vote_is_said() -> None:
    d, result = samples.accounts()
    section = poll_section(d, replace(result, casting_vote_used=True), status=PollStatus.CLOSED,
                           lang="en")  # fmt: skip
    assert section.decision == ("Decision: resolution adopted. The tie was settled by the "
                                "chair's casting vote.")


def test_a_poll_not_closed_shows_no_count() -> None:
    d, result = samples.accounts()
    for status, words in ((PollStatus.OPEN, "Scrutin en cours"),
                          (PollStatus.PREPARED, "Scrutin non ouvert")):  # fmt: skip
        section = poll_section(d, result, status=status, judgements=samples.JUDGEMENTS)
        assert not section.has_result and section.decision.startswith(words)
        assert section.choices == () and section.total is None and section.ballots.received == 0
        assert section.adopted is None


def test_ballots_set_aside_are_counted_by_reason_most_frequent_first() -> None:
    summary = ballot_summary(samples.JUDGEMENTS, "fr")
    assert (summary.received, summary.counted, summary.superseded, summary.overridden,
            summary.rejected) == (35, 30, 1, 1, 3)  # fmt: skip
    assert summary.reasons == (("aucun pouvoir du mandant", 2), ("signature invalide", 1))
    assert ballot_summary(samples.JUDGEMENTS, "en").reasons[0] == ("no proxy from the principal", 2)

