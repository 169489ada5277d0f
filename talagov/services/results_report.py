# SPDX-License-Identifier: GPL-3.0-or-later
"""Use case: the results of a meeting's votes, as a document and as a PDF file.

Every poll of the meeting is listed in agenda order. A closed poll is recounted from
its stored ballots (:func:`talagov.services.tally.tally_poll`) and printed with its
counts, its decision and the plain-language explanation; a poll still open or not
yet opened says so and shows no count. The document ends with the fingerprint of the
organisation's certificate. Nothing in it reads the clock: the same database gives
the same file.
"""

from __future__ import annotations

from pathlib import Path

from talagov.core.polls import PollStatus
from talagov.core.shares import capital_at
from talagov.reports.convocation_content import nature_label
from talagov.reports.convocation_texts import long_date
from talagov.reports.letterhead import legal_mentions, one_line
from talagov.reports.results_content import PollSection, ResultsDocument, poll_section
from talagov.reports.results_pdf import results_pdf
from talagov.reports.vote_texts import text
from talagov.services import shares
from talagov.services.agenda import require_meeting
from talagov.services.files import save_file
from talagov.services.keys import organisation_key
from talagov.services.organisation import require_organisation
from talagov.services.polls import PollView, list_polls
from talagov.services.tally import explain, tally_poll
from talagov.services.uow import UnitOfWork


def _section(uow: UnitOfWork, poll: PollView, lang: str) -> PollSection:
    definition = poll.definition
    if poll.status is not PollStatus.CLOSED:
        # No partial count while people may still vote.
        return poll_section(definition, None, status=poll.status, lang=lang)
    counted = tally_poll(uow, poll.id)
    return poll_section(definition, counted.result, status=poll.status,
                        judgements=counted.judgement.judgements,
                        explanation=explain(counted.result, definition, lang=lang),
                        lang=lang)  # fmt: skip


def results_document(uow: UnitOfWork, meeting_id: int, *, lang: str = "fr") -> ResultsDocument:
    """The results of every poll of a meeting, worded in ``lang``.

    Only totals are given, never who chose what (a secret poll is marked as such).

    Raises:
        NotFoundError: ``meeting.not_found``. UserError: ``org.missing`` before set-up.
    """
    org = require_organisation(uow)
    meeting = require_meeting(uow, meeting_id)
    capital = sum(capital_at(shares.movements(uow), meeting.roll_date).values())
    nature = nature_label(meeting.type, lang)
    day = long_date(meeting.on, lang)
    title = meeting.title.strip() or f"{nature[:1].upper()}{nature[1:]}"
    # « Assemblée générale ordinaire 2026 » already says what kind of meeting it is.
    said = nature.casefold() in title.casefold()
    heading = text("meeting.dated" if said else "meeting", lang, title=title, nature=nature,
                   date=day)  # fmt: skip
    key = organisation_key(uow)
    return ResultsDocument(
        title=text("title", lang), organisation=org.name,
        mentions=legal_mentions(org, meeting.roll_date, capital, lang), meeting=heading,
        place=one_line(meeting.place), on=meeting.on,
        fingerprint=key.readable if key is not None else "",
        polls=tuple(_section(uow, poll, lang) for poll in list_polls(uow, meeting_id)),
    )  # fmt: skip


def results_report(uow: UnitOfWork, meeting_id: int, *, lang: str = "fr") -> bytes:
    """The results as PDF bytes (see :func:`results_document`)."""
    return results_pdf(results_document(uow, meeting_id, lang=lang), lang=lang)


def export_results(uow: UnitOfWork, meeting_id: int, path: Path, *, lang: str = "fr") -> Path:
    """Write the results PDF to ``path`` atomically and return the path.

    Raises:
        NotFoundError: ``meeting.not_found``. UserError: ``org.missing``,
            ``file.unwritable`` (any previous file is left intact).
    """
    save_file(Path(path), results_report(uow, meeting_id, lang=lang))
    return Path(path)
