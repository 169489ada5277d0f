# SPDX-License-Identifier: GPL-3.0-or-later
"""Each closed poll's result counted again from the judged ballots, and its hand count's
witness signature.

The votes that count (one per principal, from :func:`talagov.core.ballot_check.judge`)
and the hand count go through :func:`talagov.core.tally.tally` under the poll's
definition, with the bases recomputed from the record: the result must be the one
recorded at closing, field by field (the counts per choice first, named one by one,
then the decision and the rest). The hand count is signed by the organisation's key
when the poll closed: the scrutineers' totals cannot have been changed since.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.ballot_check import CountedVote
from talagov.core.bundle_format import POLLS
from talagov.core.bundle_model import PollRecord
from talagov.core.canonical import canonical
from talagov.core.signing import verify
from talagov.core.tally import tally
from talagov.core.tally_codec import hand_count_payload, result_to_data
from talagov.core.tally_model import Bases, TallyResult
from talagov.verifier.lines import failed, ok, poll_subject
from talagov.verifier.report import Area, CheckLine

_A = Area.TALLY
_SHOWN = 120  # characters of a value shown in a line


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…"


def decision(result: TallyResult) -> str:
    """The decision in one word: ``adopted``, ``rejected``, ``elected``, ``no_decision``."""
    if result.election is not None:
        return "elected" if result.election.elected else "none_elected"
    if result.adopted is None:
        return "no_decision"
    return "adopted" if result.adopted else "rejected"


def _count_lines(number: int, recorded: TallyResult, computed: TallyResult) -> list[CheckLine]:
    choices = dict.fromkeys([c.choice for c in recorded.counts]
                            + [c.choice for c in computed.counts])
    return [failed(_A, "verify.tally.votes_differ", POLLS, poll_subject(number),
                   number=number, choice=choice, recorded=recorded.votes_for(choice),
                   computed=computed.votes_for(choice))
            for choice in choices if recorded.votes_for(choice) != computed.votes_for(choice)]


def compare(number: int, recorded: TallyResult, computed: TallyResult) -> list[CheckLine]:
    """One line per difference between the recorded and the recomputed result."""
    lines = _count_lines(number, recorded, computed)
    named = {"counts"} if lines else set()
    if recorded.adopted is not None and computed.adopted is not None \
            and recorded.adopted != computed.adopted:
        lines.append(failed(_A, "verify.tally.adoption_differs", POLLS, poll_subject(number),
                            number=number, recorded=recorded.adopted,
                            computed=computed.adopted))
        named.add("adopted")
    a, b = result_to_data(recorded), result_to_data(computed)
    for key in a:
        if key in named:
            continue
        if canonical(a[key]) != canonical(b.get(key)):
            lines.append(failed(_A, "verify.tally.field_differs", POLLS, poll_subject(number),
                                number=number, field=key, recorded=_shown(a[key]),
                                computed=_shown(b.get(key))))
    return lines


def check_hand_count(record: PollRecord, org_key: ec.EllipticCurvePublicKey | None
                     ) -> list[CheckLine]:
    """The organisation's witness signature over the hand count, when there is one."""
    hand, number = record.hand_count, record.poll.definition.number
    if hand is None:
        return []
    subject = poll_subject(number)
    signature = record.hand_count_signature
    payload = hand_count_payload(hand, organisation=record.poll.definition.organisation,
                                 definition_hash=record.poll.definition_hash)
    if signature is None or org_key is None or not verify(payload, signature, org_key):
        return [failed(_A, "verify.tally.hand_count_signature", POLLS, subject, number=number)]
    return [ok(_A, "verify.tally.hand_count_ok", POLLS, subject, number=number,
               total=hand.total, scrutineers=", ".join(hand.scrutineers))]


def check_tally(record: PollRecord, counted: Iterable[CountedVote], bases: Bases
                ) -> tuple[TallyResult, list[CheckLine]]:
    """Count one closed poll again; the recomputed result and the lines comparing it
    with the recorded one."""
    poll = record.poll
    number = poll.definition.number
    hands = [record.hand_count] if record.hand_count is not None else []
    computed = tally(poll.definition, counted, hands, bases, poll_id=poll.id)
    if record.result is None:
        return computed, [failed(_A, "verify.tally.not_recorded", POLLS, poll_subject(number),
                                 number=number)]
    lines = compare(number, record.result, computed)
    if not lines:
        lines.append(ok(_A, f"verify.tally.ok_{decision(computed)}", POLLS,
                        poll_subject(number), number=number, total=computed.total_votes))
    return computed, lines
