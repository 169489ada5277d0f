# SPDX-License-Identifier: GPL-3.0-or-later
"""Bilingual texts for error and finding codes (French first, English second).

The core only emits codes and parameters. Both the GUI and the CLI need the same
sentences (the CLI prints compliance explanations too, and cannot import Qt), so the
catalogue is plain Python: one module per area, each exporting
``MESSAGES: dict[str, tuple[str, str]]`` mapping a code to ``(french, english)``
templates with ``{name}`` placeholders. A test checks that every code has both
languages with the same placeholders. GUI labels, by contrast, use Qt's ``tr()``.

Parameter formatting follows the language: integers get thousands separators
(``1 234`` / ``1,234``), keys ending in ``_bp`` are hundredths of a percent rendered as
``50,90 %`` / ``50.90%``, keys ending in ``_cents`` are euros, ``date`` values are
``22/11/2026`` / ``2026-11-22``, and :class:`~talagov.core.ratio.Ratio` values are
percentages when exact (``51 %``) or fractions (``2/3``).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date
from typing import Any

from talagov.core.findings import Finding
from talagov.core.ratio import Ratio

LANGUAGES = ("fr", "en")
NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: French thousands separator


def _catalogue() -> dict[str, tuple[str, str]]:
    from talagov.messages import areas  # late import: areas import this package's helpers

    merged: dict[str, tuple[str, str]] = {}
    for module in areas.MODULES:
        for code, pair in module.MESSAGES.items():
            if code in merged:
                raise RuntimeError(f"duplicate message code {code}")
            merged[code] = pair
    return merged


_CACHE: dict[str, tuple[str, str]] | None = None


def catalogue() -> dict[str, tuple[str, str]]:
    """Every code with its ``(french, english)`` templates."""
    global _CACHE
    if _CACHE is None:
        _CACHE = _catalogue()
    return _CACHE


def format_int(value: int, lang: str) -> str:
    """``1234567`` → ``1 234 567`` (fr, narrow no-break spaces) or ``1,234,567`` (en)."""
    text = f"{value:,}"
    return text.replace(",", NNBSP) if lang == "fr" else text


def format_bp(value: int, lang: str) -> str:
    """Hundredths of a percent → ``50,90 %`` (fr) or ``50.90%`` (en)."""
    sign = "-" if value < 0 else ""
    whole, frac = divmod(abs(value), 100)
    if lang == "fr":
        return f"{sign}{format_int(whole, lang)},{frac:02d}{NBSP}%"
    return f"{sign}{whole:,}.{frac:02d}%"


def format_cents(value: int, lang: str) -> str:
    """Cents → ``1 234,56 €`` (fr) or ``€1,234.56`` (en)."""
    sign = "-" if value < 0 else ""
    euros, cents = divmod(abs(value), 100)
    if lang == "fr":
        return f"{sign}{format_int(euros, lang)},{cents:02d}{NBSP}€"
    return f"{sign}€{euros:,}.{cents:02d}"


def format_ratio(value: Ratio, lang: str) -> str:
    """An exact percentage when there is one (``51 %``), else the fraction (``2/3``)."""
    if (value.num * 100) % value.den == 0:
        pct = value.num * 100 // value.den
        return f"{pct}{NBSP}%" if lang == "fr" else f"{pct}%"
    return f"{value.num}/{value.den}"


def format_date(value: date, lang: str) -> str:
    """``22/11/2026`` (fr) or ``2026-11-22`` (en)."""
    return value.strftime("%d/%m/%Y") if lang == "fr" else value.isoformat()


def format_value(key: str, value: Any, lang: str) -> str:
    """Render one parameter for ``lang`` according to its key and type."""
    if isinstance(value, bool):
        return ("oui" if value else "non") if lang == "fr" else ("yes" if value else "no")
    if isinstance(value, int) and key.endswith("_bp"):
        return format_bp(value, lang)
    if isinstance(value, int) and key.endswith("_cents"):
        return format_cents(value, lang)
    if isinstance(value, int):
        return format_int(value, lang)
    if isinstance(value, Ratio):
        return format_ratio(value, lang)
    if isinstance(value, date):
        return format_date(value, lang)
    return str(value)


def placeholders(template: str) -> set[str]:
    """The ``{name}`` placeholders used by a template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(code: str, params: Mapping[str, Any] | None = None, lang: str = "fr") -> str:
    """The sentence for ``code`` in ``lang``; unknown codes render as the code itself."""
    pair = catalogue().get(code)
    params = params or {}
    if pair is None:
        return code
    template = pair[0] if lang == "fr" else pair[1]
    values = {k: format_value(k, v, lang) for k, v in params.items()}
    missing = placeholders(template) - values.keys()
    for name in missing:
        values[name] = "?"
    return template.format_map(values)


def _with_source(text: str, source: object, lang: str) -> str:
    sep = f"{NBSP}:" if lang == "fr" else ":"
    return f"{text} (Source{sep} {source})" if source else text


def render_finding(finding: Finding, lang: str = "fr") -> str:
    """A finding's sentence, followed by its legal source when it has one."""
    return _with_source(render(finding.code, finding.params, lang), finding.source, lang)


def render_error(code: str, params: Mapping[str, Any] | None = None, lang: str = "fr") -> str:
    """A refusal's sentence, followed by its legal source (``params["source"]``) when the
    template does not already quote it: every refusal by a rule says which rule refused."""
    text = render(code, params, lang)
    pair = catalogue().get(code)
    if pair is not None and "source" in placeholders(pair[0]):
        return text
    return _with_source(text, (params or {}).get("source"), lang)
