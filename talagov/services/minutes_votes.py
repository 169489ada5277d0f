# SPDX-License-Identifier: GPL-3.0-or-later
"""The result of each vote as it enters the minutes (totals only, never a name).

A closed poll is worded from its recount exactly as the results document words it
(:func:`talagov.reports.results_content.poll_section`); what that document prints as
tables (colleges, ranking, weighted result) becomes lines here, and the explanation
leaves out the sentences that would only say those numbers again. A poll whose quorum was
not met at its opening decides nothing, and the minutes say so instead of "rejected".
"""

from __future__ import annotations

from dataclasses import replace

from talagov.core.minutes_content import VoteResult
from talagov.core.polls import PollStatus
from talagov.messages import format_int, render
from talagov.reports.minutes_record_texts import text
from talagov.reports.results_content import CollegeLine, PollSection, RankLine, poll_section
from talagov.reports.vote_texts import text as vote_text
from talagov.services.polls import PollView
from talagov.services.tally import PollTally, explain

NO_QUORUM = "tally.quorum_not_met"
# Sentences of the tally that only restate the choices, colleges and weighted result the
# minutes already list: the explanation keeps the rules applied and what they decided.
RESTATED = frozenset({"tally.counts", "tally.college", "tally.candidate",
                      "tally.weighted_more_than"})


def _college(c: CollegeLine, lang: str) -> str:
    if c.empty:
        return text("college.empty", lang, weight=c.weight)
    base = format_int(c.base, lang)
    if c.by_choice:  # an election: each candidate's votes in the college
        choices = ", ".join(text("choice_votes", lang, label=label, votes=format_int(n, lang))
                            for label, n in c.by_choice)  # fmt: skip
        return text("college.election", lang, choices=choices, base=base, weight=c.weight)
    return text("college", lang, for_=format_int(c.votes_for, lang),
                against=format_int(c.against, lang), abstain=format_int(c.abstain, lang),
                base=base, share=f"{c.share} ({c.percent})", weight=c.weight)  # fmt: skip


def _rank(r: RankLine, lang: str) -> str:
    line = text("rank", lang, rank=r.rank, label=r.label, votes=format_int(r.votes, lang))
    return text("rank.outcome", lang, line=line, outcome=r.outcome) if r.outcome else line


def _weighted(section: PollSection, lang: str) -> str:
    w = section.weighted
    if w is None:
        return ""
    return vote_text("weighted", lang, fraction=w.fraction, decimal=w.decimal,
                     approx="=" if w.exact else "≈", sign=">" if w.strict else "≥",
                     threshold=w.threshold)  # fmt: skip


def _ballots(section: PollSection, lang: str) -> list[str]:
    # What became of the signed ballots: the minutes keep the count and the reasons,
    # in the catalogue's words, which the verifier renders again from the ballots.
    b = section.ballots
    if not b.received:
        return []
    lines = [render("ballot.summary", {"received": b.received, "counted": b.counted,
                                       "superseded": b.superseded, "overridden": b.overridden,
                                       "rejected": b.rejected}, lang)]  # fmt: skip
    if b.reasons:
        reasons = ", ".join(render("ballot.summary.reason", {"reason": r, "count": k}, lang)
                            for r, k in b.reasons)  # fmt: skip
        lines.append(render("ballot.summary.rejected", {"reasons": reasons}, lang))
    return lines


def _majority(section: PollSection, source: str) -> str:
    return f"{section.majority} ({source})" if source else section.majority


def vote_result(poll: PollView, counted: PollTally | None, lang: str) -> VoteResult:
    """The result of ``poll`` for the minutes; a poll not closed gets no count at all.

    Args:
        counted: the recount of the closed poll (:func:`talagov.services.tally.tally_poll`).
    """
    definition = poll.definition
    source = definition.majority_source.strip()
    if poll.status is not PollStatus.CLOSED or counted is None:
        # No partial count: the minutes only say the poll was not opened or not closed.
        section = poll_section(definition, None, status=poll.status, lang=lang)
        return VoteResult(majority=_majority(section, source), choices=(),
                          decision=section.decision)  # fmt: skip
    result = counted.result
    kept = replace(result, explanation=tuple(
        f for f in result.explanation if f.code not in RESTATED))
    section = poll_section(definition, result, status=poll.status,
                           judgements=counted.judgement.judgements,
                           explanation=explain(kept, definition, lang=lang), lang=lang)  # fmt: skip
    no_quorum = any(f.code == NO_QUORUM for f in result.explanation)
    return VoteResult(
        majority=_majority(section, source),
        choices=tuple((line.label, line.total) for line in section.choices),
        counted=" ".join(x for x in (section.counted, section.base_line) if x),
        colleges=tuple((c.name, _college(c, lang)) for c in section.colleges),
        weighted=_weighted(section, lang),
        ranking=tuple(_rank(r, lang) for r in section.ranking),
        decision=text("no_decision", lang) if no_quorum else section.decision,
        adopted=None if no_quorum else section.adopted,
        explanation=(*section.explanation, *_ballots(section, lang)),
    )  # fmt: skip
