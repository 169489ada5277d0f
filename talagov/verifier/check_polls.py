# SPDX-License-Identifier: GPL-3.0-or-later
"""Each poll's definition against the bundle's organisation, meeting, agenda and
statutes, and against the hash every ballot names.

A definition is frozen when its poll opens and hashed into every ballot, so the
ballots prove it was not changed since; what the verifier adds is that it is the
definition TalaGov builds (:func:`talagov.core.polls.build_definition`) from the
bundle's agenda item and statutes: the statutes' majority for that item, unless the
poll carried its own (an override with its own stated source, reported as such).
Statutes altered in the bundle, so that they would give another majority, are found
here.
"""

from __future__ import annotations

from collections.abc import Iterable

from talagov.core.agenda import resolution_numbers
from talagov.core.bundle_format import POLLS
from talagov.core.bundle_model import BundleContents, PollRecord
from talagov.core.canonical import canonical
from talagov.core.polls import (
    PollOptions,
    PollStatus,
    build_definition,
    definition_hash,
    statutes_majority,
)
from talagov.verifier.lines import failed, ok, poll_subject, warning
from talagov.verifier.report import Area, CheckLine

_A = Area.TALLY


def check_definition(record: PollRecord, contents: BundleContents, organisation: str
                     ) -> list[CheckLine]:
    """One poll's definition: its hash, and the definition rebuilt from the bundle."""
    poll = record.poll
    d = poll.definition
    subject = poll_subject(d.number)
    if definition_hash(d) != poll.definition_hash:
        return [failed(_A, "verify.polls.hash_differs", POLLS, subject, number=d.number)]
    meeting = contents.meeting.meeting
    item = next((i for i in contents.meeting.agenda if i.id == poll.item_id), None)
    if item is None or not item.votes or poll.meeting_id != meeting.id \
            or d.item_id != poll.item_id:
        return [failed(_A, "verify.polls.no_item", POLLS, subject, number=d.number)]
    statutes = contents.organisation.statutes
    board = contents.meeting.board
    rule, source = statutes_majority(statutes, item, board=board,
                                     meeting_kind=meeting.rule_kind,
                                     convocation=meeting.convocation)  # fmt: skip
    lines: list[CheckLine] = []
    override = None
    if d.majority_source != source:
        # Set on the poll before it opened, with the reason given: not the statutes'.
        override = d.majority
        lines.append(warning(_A, "verify.polls.majority_override", POLLS, subject,
                             number=d.number, source=d.majority_source or "-"))
    candidates = {c: d.labels.get(f"candidate:{c}", str(c)) for c in item.candidate_ids}
    rebuilt = build_definition(
        item, number=resolution_numbers(contents.meeting.agenda).get(item.id, 0),
        statutes=statutes, organisation=organisation, meeting_id=meeting.id,
        meeting_title=meeting.title, meeting_on=meeting.on.isoformat(),
        meeting_kind=meeting.rule_kind, board=board, convocation=meeting.convocation,
        candidate_names=candidates,
        options=PollOptions(majority=override, majority_source=d.majority_source
                            if override is not None else "", secret=d.secret),
    )  # fmt: skip
    if override is None and rule != d.majority:
        lines.append(failed(_A, "verify.polls.majority_differs", POLLS, subject,
                            number=d.number, recorded=_rule(d.majority), statutes=_rule(rule)))
    recorded, again = d.payload(), rebuilt.payload()
    lines += [failed(_A, "verify.polls.definition_differs", POLLS, subject, number=d.number,
                     field=key)
              for key in recorded
              if key != "majority" and canonical(recorded[key]) != canonical(again.get(key))]
    return lines


def _rule(rule: object) -> str:
    ratio, strict, base = (getattr(rule, n) for n in ("ratio", "strict", "base"))
    return f"{'>' if strict else '≥'} {ratio} ({base.value})"


def check_polls(polls: Iterable[PollRecord], contents: BundleContents, organisation: str
                ) -> list[CheckLine]:
    """Every poll's definition, and a warning for a poll that was never closed."""
    lines: list[CheckLine] = []
    for record in polls:
        found = check_definition(record, contents, organisation)
        number = record.poll.definition.number
        if record.poll.status is not PollStatus.CLOSED:
            found.append(warning(_A, "verify.polls.not_closed", POLLS, poll_subject(number),
                                 number=number))
        if not found:
            found.append(ok(_A, "verify.polls.definition_ok", POLLS, poll_subject(number),
                            number=number))
        lines += found
    return lines
