# SPDX-License-Identifier: GPL-3.0-or-later
"""A line's subject in the reader's language: ``"poll 2"`` → « scrutin 2 ».

Lines name their subject in a fixed form (``"<kind> <identifier>"``, see
:mod:`talagov.verifier.lines`) so that ``--json`` output stays stable whatever the
language; the checklist, the GUI and the report word it through the ``verify.subject.*``
messages.
"""

from __future__ import annotations

from talagov.messages import catalogue, render

_PREFIX = "verify.subject."


def render_subject(subject: str, lang: str) -> str:
    """``subject`` worded in ``lang`` (unchanged when its kind has no wording)."""
    kind, _, rest = subject.partition(" ")
    code = _PREFIX + kind
    if not rest or code not in catalogue():
        return subject
    return render(code, {"id": rest}, lang)
