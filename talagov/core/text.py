# SPDX-License-Identifier: GPL-3.0-or-later
"""Text normalisation for French search: case-folded, diacritics stripped, ligatures split.

SQLite's LIKE and NOCASE do not fold accents, so every searchable record keeps a
normalised key computed by :func:`search_key`; filters normalise the needle the same way.
"""

from __future__ import annotations

import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def fold(text: str) -> str:
    """Fold ``text`` for comparison: ``"Élodie Œuvré"`` → ``"elodie oeuvre"``."""
    text = text.translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def search_key(*parts: str | None) -> str:
    """One folded string from several fields, separated so that words never merge."""
    return " | ".join(fold(p) for p in parts if p)
