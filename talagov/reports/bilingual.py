# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables of ``(french, english)`` templates, and the one lookup they share.

The registers (:mod:`labels`), the attendance sheet (:mod:`attendance_labels`) and the
convocations (:mod:`convocation_texts`) each declare their words in such a table, with
``{name}`` placeholders; each module's own ``text``/``t`` is this lookup on its table.
Unlike :func:`talagov.messages.render`, values are filled in as given: the caller has
already formatted numbers and dates for the page.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Texts = dict[str, tuple[str, str]]


def lang_index(lang: str) -> int:
    """0 for French (``"fr"``), 1 for anything else (English)."""
    return 0 if lang == "fr" else 1


def fill(texts: Mapping[str, tuple[str, str]], key: str, lang: str,
         params: Mapping[str, Any]) -> str:  # fmt: skip
    """The template ``key`` of ``texts`` in ``lang``, with ``params`` filled in.

    Raises:
        KeyError: ``key`` is not declared (a bug), or a placeholder has no value.
    """
    template = texts[key][lang_index(lang)]
    return template.format(**params) if params else template
