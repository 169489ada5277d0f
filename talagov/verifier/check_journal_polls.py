# SPDX-License-Identifier: GPL-3.0-or-later
"""Each poll's ``poll.opened`` and ``poll.closed`` journal entries against ``data/polls.json``.

The entries were written when the poll opened and closed (``services.polls``): the
time, the definition's hash, and at closing the SHA-256 of the result and of the frozen
setting as TalaGov stored them, the decision, the votes, the ballots received and the
hand count's witness signature. Someone holding the organisation key who rewrites the
poll in the archive (its window, its setting, its result) must then rewrite its entries
too, and re-chain every entry after them: each field is compared here, and a mismatch
is a failed line naming the poll, the event and the field.

The stored result and setting are the text :func:`talagov.core.tally_codec.stored_text`
writes of what :mod:`talagov.core.tally_codec` and :mod:`talagov.core.poll_setting_codec`
produce (the storage calls it too): rebuilt here from the decoded bundle, they give the
same bytes, hence the same hashes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from talagov.core.bundle_format import JOURNAL
from talagov.core.bundle_model import PollRecord
from talagov.core.canonical import sha256_hex
from talagov.core.journal import EventKind, JournalPayload
from talagov.core.poll_setting_codec import setting_to_data
from talagov.core.signing import b64
from talagov.core.tally_codec import result_to_data, stored_text
from talagov.verifier.lines import failed, poll_subject
from talagov.verifier.report import Area, CheckLine

_A = Area.JOURNAL


def entry_time(at: datetime | None) -> str | None:
    """How an entry writes a time: local, to the second, without offset."""
    if at is None:
        return None
    return (at if at.tzinfo is None else at.astimezone().replace(tzinfo=None)).isoformat(
        timespec="seconds")


def stored_hash(data: dict[str, Any]) -> str:
    """SHA-256 of the JSON text TalaGov stores for a result or a setting."""
    return sha256_hex(stored_text(data).encode("utf-8"))


def _opened(record: PollRecord) -> dict[str, object]:
    poll = record.poll
    return {"at": entry_time(poll.opened_at), "definition_hash": poll.definition_hash}


def _closed(record: PollRecord) -> dict[str, object]:
    poll, result, setting = record.poll, record.result, record.setting
    signature = record.hand_count_signature
    return {
        "at": entry_time(poll.closed_at), "definition_hash": poll.definition_hash,
        "result_sha256": stored_hash(result_to_data(result)) if result is not None else None,
        "setting_sha256": stored_hash(setting_to_data(setting)) if setting is not None else None,
        "adopted": result.adopted if result is not None else None,
        "total_votes": result.total_votes if result is not None else None,
        "ballots": len(record.ballots),
        "hand_count_signature": b64(signature) if signature is not None else None,
    }  # fmt: skip


def _differs(entry: JournalPayload, wanted: dict[str, object]) -> str | None:
    """The first field the entry holds otherwise than the poll (``at`` is the entry's
    own time; the others are read from its subject, when it has them)."""
    for name, value in wanted.items():
        said = entry.at if name == "at" else entry.subject.get(name, value)
        if said != value:
            return name
    return None


def poll_lines(opened: Sequence[JournalPayload], closed: Sequence[JournalPayload],
               polls: Iterable[PollRecord]) -> list[CheckLine]:
    """A failed line for each poll opened or closed without its entry, and for each
    entry that says of its poll otherwise than ``data/polls.json``."""
    lines: list[CheckLine] = []
    for record in polls:
        poll = record.poll
        subject = poll_subject(poll.definition.number)
        for kind, entries, when, wanted in (
                (EventKind.POLL_OPENED, opened, poll.opened_at, _opened),
                (EventKind.POLL_CLOSED, closed, poll.closed_at, _closed)):
            mine = [e for e in entries if e.subject.get("poll_id") == poll.id]
            if not mine:
                if when is not None:
                    lines.append(failed(_A, "verify.journal.event_missing", JOURNAL, subject,
                                        event=kind.value))
                continue
            values = wanted(record)
            for entry in mine:
                field = _differs(entry, values)
                if field is not None:
                    lines.append(failed(_A, "verify.journal.poll_differs", JOURNAL, subject,
                                        number=poll.definition.number, event=kind.value,
                                        field=field, sequence=entry.sequence,
                                        journaled=_text(entry, field),
                                        recorded=_shown(values[field])))
    return lines


def _shown(value: object) -> str:
    return "-" if value is None else str(value)


def _text(entry: JournalPayload, field: str) -> str:
    return entry.at if field == "at" else _shown(entry.subject.get(field))
