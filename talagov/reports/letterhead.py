# SPDX-License-Identifier: GPL-3.0-or-later
"""The legal mentions printed at the top of every register page."""

from __future__ import annotations

from datetime import date

from talagov.core.organisation import Organisation
from talagov.messages import NBSP, format_cents, format_date
from talagov.reports.document import Letterhead
from talagov.reports.labels import has_capital, text


def format_siren(siren: str) -> str:
    """``123456789`` → ``123 456 789`` with no-break spaces (kept on one line)."""
    digits = siren.replace(" ", "").replace(NBSP, "")
    if len(digits) != 9:
        return siren
    return NBSP.join((digits[:3], digits[3:6], digits[6:]))


def one_line(text: str) -> str:
    """Lines typed one under another (an address), on one line: « 8 rue Basse, 69002 Lyon »."""
    return ", ".join(p.strip() for p in text.splitlines() if p.strip())


def legal_mentions(org: Organisation, at: date, capital_cents: int, lang: str) -> tuple[str, ...]:
    """Name, legal form, registration, registered office and capital on ``at``.

    Empty fields are left out rather than printed blank; an association has no
    capital, so neither its form nor the mentions speak of one.
    """
    capital = has_capital(org.form)
    mentions = [org.name]
    mentions.append(text("form.capital", lang, form=org.form.label) if capital else org.form.label)
    if org.siren.strip():
        siren = format_siren(org.siren.strip())
        city = org.rcs_city.strip()
        mentions.append(
            text("rcs", lang, city=city, siren=siren) if city else text("siren", lang, siren=siren)
        )
    if org.registered_office.strip():
        # The office is often typed on several lines; one line reads better here.
        mentions.append(text("office", lang, office=one_line(org.registered_office)))
    if capital:
        mentions.append(
            text(
                "capital_at",
                lang,
                date=format_date(at, lang),
                capital=format_cents(capital_cents, lang),
            )
        )
    return tuple(mentions)


def letterhead(
    title: str, org: Organisation, at: date, capital_cents: int, lang: str
) -> Letterhead:
    """The complete letterhead of a register of ``org`` on ``at``."""
    as_of = text("as_of", lang, date=format_date(at, lang))
    return Letterhead(
        title=title,
        as_of=as_of,
        mentions=legal_mentions(org, at, capital_cents, lang),
        footer=text("footer", lang, title=title, name=org.name, as_of=as_of),
        author=org.name,
    )
