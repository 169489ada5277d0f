# SPDX-License-Identifier: GPL-3.0-or-later
"""Polls counted by the real tally, for the tests of the results document and PDF."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from talagov.core.ballot_check import BallotJudgement, CountedVote, RejectReason, Verdict
from talagov.core.ballots import Channel
from talagov.core.polls import (
    ABSTAIN,
    AGAINST,
    BLANK,
    FOR,
    RESOLUTION_CHOICES,
    PollDefinition,
    PollKind,
    PollStatus,
    candidate_choice,
)
from talagov.core.ratio import Ratio
from talagov.core.statutes import CollegeSpec, MajorityBase, MajorityRule
from talagov.core.tally import Bases, HandCount, TallyResult, tally
from talagov.reports.results_content import PollSection, ResultsDocument, poll_section

FINGERPRINT = "3F2A 91C0 ABCD 0123 4567 89AB CDEF 0011 2233 4455 6677 8899 AABB CCDD EEFF 1234"
MENTIONS = ("Fonderie du Val", "SCOP-SA à capital variable", "RCS Lyon 732 829 320",
            "Siège social : 12 rue des Forges, 69001 Lyon")  # fmt: skip
CANDIDATES = {candidate_choice(41): "Lefèvre Élodie", candidate_choice(42): "Cœur Zoé",
              candidate_choice(43): "Martin Paul"}  # fmt: skip


def definition(number: int, title: str, **fields: object) -> PollDefinition:
    """A poll definition of the sample meeting (a resolution unless told)."""
    values: dict[str, object] = dict(
        organisation="ab" * 32, meeting_id=1, meeting_title="AG annuelle 2027",
        meeting_on="2027-06-30", item_id=number, number=number, title=title, text="",
        kind=PollKind.RESOLUTION, choices=RESOLUTION_CHOICES)  # fmt: skip
    values.update(fields)
    return PollDefinition(**values)  # type: ignore[arg-type]


def votes(spec: Iterable[tuple[str, Channel, int]], *, college: str = "",
          start: int = 1) -> list[CountedVote]:
    """``(choice, channel, how many)`` -> one counted vote per principal."""
    out, n = [], start
    for choice, channel, count in spec:
        for _ in range(count):
            ballot = None if channel is Channel.BLANK_PROXY else n
            out.append(CountedVote(n, (choice,), channel, ballot, college))
            n += 1
    return out


def accounts() -> tuple[PollDefinition, TallyResult]:
    """Resolution 1, votes cast: every channel, adopted 30 to 8 with 3 abstentions."""
    d = definition(1, "Approbation des comptes de l'exercice 2026", majority_source="Statuts art. 22")
    counted = votes([(FOR, Channel.BOOTH, 12), (FOR, Channel.FILE, 8),
                     (FOR, Channel.CORRESPONDENCE, 5), (FOR, Channel.BLANK_PROXY, 2),
                     (AGAINST, Channel.BOOTH, 4), (AGAINST, Channel.FILE, 1),
                     (AGAINST, Channel.CORRESPONDENCE, 1), (ABSTAIN, Channel.BOOTH, 3)])  # fmt: skip
    hand = HandCount(1, {"": {FOR: 3, AGAINST: 2}}, ("Dupont", "Durand"), "2027-06-30T15:00:00")
    return d, tally(d, counted, [hand], Bases(participants=41, eligible=60), poll_id=1)


def colleges() -> tuple[PollDefinition, TallyResult]:
    """The worked example of domain-rules 3.3: R = 0.57, adopted (heads alone: 49 to 65)."""
    specs = (CollegeSpec("emp", "Salariés", 50), CollegeSpec("usr", "Usagers", 30),
             CollegeSpec("par", "Partenaires", 20))  # fmt: skip
    d = definition(2, "Programme d'investissement", colleges=specs)
    counted = (votes([(FOR, Channel.BOOTH, 8), (AGAINST, Channel.BOOTH, 2)], college="emp")
               + votes([(FOR, Channel.FILE, 40), (AGAINST, Channel.BOOTH, 60)], college="usr",
                       start=100)
               + votes([(FOR, Channel.BOOTH, 1), (AGAINST, Channel.CORRESPONDENCE, 3)],
                       college="par", start=200))  # fmt: skip
    bases = Bases(participants=114, eligible=150,
                  participants_by_college={"emp": 10, "usr": 100, "par": 4},
                  eligible_by_college={"emp": 12, "usr": 130, "par": 8})  # fmt: skip
    return d, tally(d, counted, [], bases, poll_id=2)


def election() -> tuple[PollDefinition, TallyResult]:
    """Two seats, secret: Lefèvre elected, Cœur and Martin tied for the second seat."""
    d = definition(3, "Élection au conseil de surveillance", kind=PollKind.ELECTION, seats=2,
                   secret=True, choices=(*CANDIDATES, BLANK), labels=CANDIDATES,
                   majority=MajorityRule(Ratio(0, 1), False, MajorityBase.CAST))  # fmt: skip
    c41, c42, c43 = CANDIDATES
    counted = [CountedVote(n, (c41, c42), Channel.BOOTH, n) for n in range(1, 6)]
    counted += [CountedVote(n, (c41, c43), Channel.FILE, n) for n in range(6, 11)]
    counted += [CountedVote(11, (BLANK,), Channel.BOOTH, 11)]
    return d, tally(d, counted, [], Bases(participants=11, eligible=20), poll_id=3)


JUDGEMENTS = (*(BallotJudgement(i, Verdict.COUNTED) for i in range(1, 31)),
              BallotJudgement(90, Verdict.SUPERSEDED), BallotJudgement(91, Verdict.OVERRIDDEN),
              BallotJudgement(92, Verdict.REJECTED, RejectReason.NO_PROXY),
              BallotJudgement(93, Verdict.REJECTED, RejectReason.BAD_SIGNATURE),
              BallotJudgement(94, Verdict.REJECTED, RejectReason.NO_PROXY))  # fmt: skip


def sections(lang: str = "fr") -> tuple[PollSection, ...]:
    """The four polls of the sample meeting: three closed, one still open."""
    d1, r1 = accounts()
    d2, r2 = colleges()
    d3, r3 = election()
    d4 = definition(4, "Prime d'intéressement")
    closed = PollStatus.CLOSED
    return (
        poll_section(d1, r1, status=closed, judgements=JUDGEMENTS, lang=lang,
                     explanation=("La résolution est adoptée.", "Les abstentions ne comptent pas.")),
        poll_section(d2, r2, status=closed, lang=lang),
        poll_section(d3, r3, status=closed, lang=lang),
        poll_section(d4, None, status=PollStatus.OPEN, lang=lang),
    )  # fmt: skip


def document(lang: str = "fr", polls: tuple[PollSection, ...] | None = None,
             fingerprint: str = FINGERPRINT) -> ResultsDocument:
    """The sample meeting's results."""
    return ResultsDocument(
        title="Résultats des votes" if lang == "fr" else "Results of the votes",
        organisation="Fonderie du Val", mentions=MENTIONS,
        meeting="AG annuelle 2027 — assemblée générale ordinaire du mercredi 30 juin 2027",
        place="Salle des fêtes, 69001 Lyon", on=date(2027, 6, 30), fingerprint=fingerprint,
        polls=sections(lang) if polls is None else polls,
    )  # fmt: skip
