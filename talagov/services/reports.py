# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases: the printable registers, loaded from the database and rendered as PDF."""

from __future__ import annotations

from datetime import date

from talagov.core.shares import capital_at, holdings_at
from talagov.reports.register_pdf import members_register_pdf, share_register_pdf
from talagov.reports.table_layout import Cancellable, Progress
from talagov.services import shares
from talagov.services.organisation import categories, require_organisation
from talagov.services.uow import UnitOfWork
from talagov.storage import members_repo, organisation_repo


def members_register(
    uow: UnitOfWork,
    at: date,
    lang: str = "fr",
    progress: Progress | None = None,
    cancel: Cancellable | None = None,
) -> bytes:
    """The register of associates on ``at`` as PDF bytes.

    Shares and capital are those held at the end of ``at``; colleges are named as in
    the statutes in force on ``at`` (keys print as themselves before any statutes).

    Raises:
        UserError: ``org.missing`` before set-up; ``reports.font_missing``.
        Cancelled: through ``cancel``.
    """
    org = require_organisation(uow)
    members = members_repo.all_members(uow.session)
    moves = shares.movements(uow)
    statutes = organisation_repo.statutes_at(uow.session, at)
    colleges = {c.key: c.name for c in statutes.colleges} if statutes else {}
    if cancel is not None:
        cancel.raise_if_cancelled()
    return members_register_pdf(
        org,
        members,
        holdings_at(moves, at),
        at,
        categories={c.key: c.label for c in categories(uow)},
        colleges=colleges,
        capital=capital_at(moves, at),
        lang=lang,
        progress=progress,
        cancel=cancel,
    )


def share_register(
    uow: UnitOfWork,
    lang: str = "fr",
    *,
    at: date | None = None,
    progress: Progress | None = None,
    cancel: Cancellable | None = None,
) -> bytes:
    """The register of share movements up to ``at`` as PDF bytes.

    Args:
        at: last day covered; by default the date of the last movement, so that
            printing an unchanged register twice gives the same file (today's date
            for an empty register).

    Raises:
        UserError: ``org.missing`` before set-up; ``reports.font_missing``.
        Cancelled: through ``cancel``.
    """
    org = require_organisation(uow)
    items = shares.list_movements(uow)
    if at is None:
        at = max((m.on for m in items), default=date.today())
    if cancel is not None:
        cancel.raise_if_cancelled()
    return share_register_pdf(org, items, at, lang=lang, progress=progress, cancel=cancel)
