# SPDX-License-Identifier: GPL-3.0-or-later
"""What a frozen (submitted or signed) minutes shows: its frozen content, in two halves.

From submission only the content is signed; the ``generated`` and ``written`` columns
beside it are the draft's, and anyone with the database file can rewrite them. The
editor shows the two halves, so for frozen minutes they are taken from the content:
the stored ones when they still assemble into it exactly (the usual case, which keeps
the secretary's incidents apart from the record's), else halves cut from the content.
"""

from __future__ import annotations

import json
from dataclasses import replace

from talagov.core.errors import UserError
from talagov.core.minutes_codec import (
    content_bytes,
    from_data,
    generated_from_data,
    written_from_data,
)
from talagov.core.minutes_content import Generated, ItemWritten, MinutesContent, Written, assemble
from talagov.storage.minutes_models import MinutesRow


def halves_of(content: MinutesContent) -> tuple[Generated, Written]:
    """Generated and written halves that :func:`assemble` into ``content`` again (the
    secretary's incidents then show among the record's: the content keeps them together)."""
    generated = replace(content.generated, incidents=content.incidents, items=tuple(
        replace(s, debates=(), not_recorded=False) for s in content.items))  # fmt: skip
    written = Written(
        opening=content.opening, closing=content.closing, decisions=content.decisions,
        items={s.item_id: ItemWritten(s.debates, s.not_recorded) for s in content.items},
        drafted_by=content.drafted_by, correction=content.correction,
    )  # fmt: skip
    return generated, written


def stored_halves(row: MinutesRow) -> tuple[Generated, Written] | None:
    """The halves stored beside a frozen content, when they still make that content.

    Only the content is signed; the ``generated`` and ``written`` columns are the draft's
    and anyone with the file can rewrite them. ``None`` when they no longer assemble
    into the frozen content (or cannot be read).
    """
    try:
        content = from_data(json.loads(row.content))
        generated = generated_from_data(json.loads(row.generated))
        written = written_from_data(json.loads(row.written))
    except (UserError, ValueError, RecursionError):
        return None
    again = assemble(generated, written, drafted_on=content.drafted_on,
                     signatories=content.signatories, erratum=content.erratum)  # fmt: skip
    return (generated, written) if content_bytes(again) == row.content.encode("utf-8") else None
